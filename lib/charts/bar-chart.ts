import { scaleLinear } from 'd3-scale';
import { startSide, type ChartLine, type ChartRect, type ChartText, type Direction, type NumberFormat } from './geometry';

export type BarItem = { label: string; value: number | null };

export type BarChartGeometry = {
  width: number;
  height: number;
  bars: (ChartRect & { value: number })[];
  /** A withheld value's place: an outline only, with the withheld text beside it. */
  withheld: ChartRect[];
  labels: ChartText[];
  values: ChartText[];
  /** Tick marks under the bars (short lines on the axis) with their values; no grid crosses the labels. */
  ticks: { line: ChartLine; label: ChartText }[];
  /** The value axis under the bars, from zero to the largest tick. */
  axis: ChartLine;
};

const LABEL = 16;
const BAR = 16;
const GAP = 10;
const AXIS = 24;

/**
 * A horizontal bar chart: each item's label on its own line above its bar (long Persian labels fit a phone), bars
 * growing from the start side — from the right towards the left in Persian — on a linear scale from zero with
 * "nice" ticks on an axis under them (no grid lines: they would cross the labels; each bar has its value written
 * at its end). A withheld value (null) gets no bar but the withheld text (e.g. «کمتر از ۵»).
 */
export function barChartGeometry({
  items,
  dir,
  format,
  withheldText,
  width = 420,
  maxTicks = 4,
  integer = true,
}: {
  items: readonly BarItem[];
  dir: Direction;
  format: NumberFormat;
  withheldText: string;
  width?: number;
  maxTicks?: number;
  /** Counts: only whole-number ticks (no «۰٫۲ reports» when every value is small or withheld). */
  integer?: boolean;
}): BarChartGeometry {
  const pad = 8;
  const valueRoom = 56;
  const plot = width - 2 * pad - valueRoom;
  const max = Math.max(1, ...items.map((i) => i.value ?? 0));
  const scale = scaleLinear().domain([0, max]).nice(maxTicks).range([0, plot]);
  // x of a value: measured from the start edge, which is the right edge in RTL.
  const origin = dir === 'rtl' ? width - pad : pad;
  const at = (v: number) => (dir === 'rtl' ? origin - scale(v) : origin + scale(v));
  const start = startSide(dir);
  const towardsEnd = dir === 'rtl' ? -1 : 1;
  const rowHeight = LABEL + BAR + GAP;
  const top = 4;
  const bars: BarChartGeometry['bars'] = [];
  const withheld: ChartRect[] = [];
  const labels: ChartText[] = [];
  const values: ChartText[] = [];
  items.forEach((item, i) => {
    const y = top + i * rowHeight;
    labels.push({ x: origin, y: y + LABEL - 4, text: item.label, align: start, size: 12 });
    const barY = y + LABEL;
    if (item.value === null) {
      const w = 10;
      withheld.push({ x: dir === 'rtl' ? origin - w : origin, y: barY, width: w, height: BAR });
      values.push({ x: origin + towardsEnd * (w + 4), y: barY + BAR - 4, text: withheldText, align: start, size: 11 });
      return;
    }
    const x = at(item.value);
    bars.push({ x: Math.min(origin, x), y: barY, width: Math.abs(x - origin), height: BAR, value: item.value });
    values.push({ x: x + towardsEnd * 4, y: barY + BAR - 4, text: format(item.value), align: start, size: 11 });
  });
  const plotBottom = top + items.length * rowHeight;
  const tickValues = scale.ticks(maxTicks).filter((t) => !integer || Number.isInteger(t));
  const ticks = tickValues.map((t) => ({
    line: { x1: at(t), y1: plotBottom, x2: at(t), y2: plotBottom + 4 },
    label: { x: at(t), y: plotBottom + 16, text: format(t), align: 'center' as const, size: 10 },
  }));
  return {
    width,
    height: plotBottom + AXIS,
    bars,
    withheld,
    labels,
    values,
    ticks,
    axis: { x1: origin, y1: plotBottom, x2: at(scale.domain()[1]!), y2: plotBottom },
  };
}
