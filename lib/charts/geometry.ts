// The chart module's output (issue #16): plain geometry — rectangles, paths, points, text positions — computed
// once and free of React and the DOM, so the web pages draw it as inline SVG (components/charts/) and the annual
// PDF (issue #17) draws the same numbers with react-pdf's SVG primitives. Client-safe, pure.

export type Direction = 'rtl' | 'ltr';

/**
 * A piece of text. `align` is physical — which edge of the text sits at `x` — so a renderer without a notion of
 * writing direction (react-pdf's <Svg>) places it the same way; components/charts maps it to text-anchor.
 */
export type ChartText = { x: number; y: number; text: string; align: 'left' | 'right' | 'center'; size: number; rotate?: number; weight?: 'bold' };
export type ChartRect = { x: number; y: number; width: number; height: number };
export type ChartLine = { x1: number; y1: number; x2: number; y2: number };

/** How numbers read on a chart (Persian digits in fa); the caller's formatter, so geometry stays locale-free. */
export type NumberFormat = (value: number) => string;

/** The physical side where text and bars start in this direction: the right in Persian. */
export const startSide = (dir: Direction): 'left' | 'right' => (dir === 'rtl' ? 'right' : 'left');
export const endSide = (dir: Direction): 'left' | 'right' => (dir === 'rtl' ? 'left' : 'right');

/** SVG's text-anchor for a physical alignment under a writing direction (start is the right edge in RTL). */
export function textAnchor(align: ChartText['align'], dir: Direction): 'start' | 'middle' | 'end' {
  if (align === 'center') return 'middle';
  return align === startSide(dir) ? 'start' : 'end';
}
