import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ChartLine, ChartText, Direction, NumberFormat } from './geometry';

export type LineChartGeometry = {
  width: number;
  height: number;
  /** SVG path data of the published points; a withheld point breaks the line. */
  path: string;
  points: { x: number; y: number; value: number; label: string }[];
  /** Where a withheld value sits (on the baseline), drawn hollow and explained beside the chart. */
  withheld: { x: number; y: number; label: string }[];
  xLabels: ChartText[];
  ticks: { line: ChartLine; label: ChartText }[];
  baseline: ChartLine;
};

/**
 * A trend over ordered periods (the twelve Jalali months): time runs from the start side — Farvardin on the right
 * in Persian — on a linear value scale from zero with nice ticks on the start side. Period labels are rotated so
 * twelve month names fit a phone's width.
 */
export function lineChartGeometry({
  values,
  labels,
  dir,
  format,
  width = 420,
  height = 240,
  maxTicks = 4,
  integer = true,
}: {
  values: readonly (number | null)[];
  labels: readonly string[];
  dir: Direction;
  format: NumberFormat;
  width?: number;
  height?: number;
  maxTicks?: number;
  /** Counts: only whole-number ticks. */
  integer?: boolean;
}): LineChartGeometry {
  const axisRoom = 40;
  const pad = 12;
  const labelRoom = 56;
  const plotTop = 12;
  const plotBottom = height - labelRoom;
  // The value axis stands on the start side; time runs away from it.
  // Room at the far end for the last month's name, which hangs away from the axis.
  const endPad = 32;
  const [first, last] = dir === 'rtl' ? [width - axisRoom - pad, endPad] : [axisRoom + pad, width - endPad];
  const x = scaleLinear()
    .domain([0, Math.max(1, values.length - 1)])
    .range([first, last]);
  const max = Math.max(1, ...values.map((v) => v ?? 0));
  const y = scaleLinear().domain([0, max]).nice(maxTicks).range([plotBottom, plotTop]);
  const path =
    line<number | null>()
      .defined((v) => v !== null)
      .x((_, i) => x(i))
      .y((v) => y(v ?? 0))(values as (number | null)[]) ?? '';
  const axisX = dir === 'rtl' ? width - axisRoom : axisRoom;
  return {
    width,
    height,
    path,
    points: values.flatMap((v, i) => (v === null ? [] : [{ x: x(i), y: y(v), value: v, label: labels[i] ?? '' }])),
    withheld: values.flatMap((v, i) => (v === null ? [{ x: x(i), y: plotBottom, label: labels[i] ?? '' }] : [])),
    // Rotated 45° about the tick so the text hangs below the axis: its start edge at the tick, running down and
    // away (down-left in RTL: SVG's rotate() is clockwise on screen, and RTL text runs leftwards from its start).
    xLabels: labels.map((text, i) => ({
      x: x(i),
      y: plotBottom + 14,
      text,
      align: dir === 'rtl' ? 'right' : 'left',
      size: 10,
      rotate: dir === 'rtl' ? -45 : 45,
    })),
    ticks: y
      .ticks(maxTicks)
      .filter((t) => !integer || Number.isInteger(t))
      .map((t) => ({
        line: { x1: first, y1: y(t), x2: last, y2: y(t) },
        label: { x: dir === 'rtl' ? axisX + 6 : axisX - 6, y: y(t) + 4, text: format(t), align: dir === 'rtl' ? 'left' : 'right', size: 10 },
      })),
    baseline: { x1: first, y1: plotBottom, x2: last, y2: plotBottom },
  };
}
