import { scaleQuantize } from 'd3-scale';
import type { NumberFormat } from './geometry';

/**
 * Five steps of one hue, light to dark (ColorBrewer "Blues"): sequential, readable in greyscale and by every kind of
 * colour blindness, as a single-hue ramp is. Text on the two darkest steps is white.
 */
export const SEQUENTIAL = ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5', '#08306b'] as const;
const DARK = new Set<string>([SEQUENTIAL[3], SEQUENTIAL[4]]);
/** A withheld value: grey with hatching (components/charts draw the hatch). */
export const WITHHELD_FILL = '#e5e7eb';

export type ColourScale = {
  colour: (value: number | null) => string;
  textColour: (value: number | null) => string;
  /** One legend entry per step (its range of values), then the withheld entry. */
  legend: { fill: string; label: string; withheld: boolean }[];
};

/** Equal-width steps from 0 to a nice maximum of the published values. */
export function sequentialScale({
  values,
  format,
  withheldText,
}: {
  values: readonly (number | null)[];
  format: NumberFormat;
  withheldText: string;
}): ColourScale {
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  const scale = scaleQuantize<string>()
    .domain([0, max > 0 ? max : 1])
    .nice()
    .range([...SEQUENTIAL]);
  const [low, high] = scale.domain() as [number, number];
  const edges = [low, ...scale.thresholds(), high];
  return {
    colour: (v) => (v === null ? WITHHELD_FILL : scale(v)),
    textColour: (v) => (v !== null && DARK.has(scale(v)) ? '#ffffff' : '#111827'),
    legend: [
      ...SEQUENTIAL.map((fill, i) => ({ fill, label: `${format(edges[i]!)}–${format(edges[i + 1]!)}`, withheld: false })),
      { fill: WITHHELD_FILL, label: withheldText, withheld: true },
    ],
  };
}
