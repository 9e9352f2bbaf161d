// The chart module's geometry (lib/charts, issue #16) drawn with react-pdf's SVG primitives: the same rectangles,
// paths and points as the web's inline SVG (components/charts), never recomputed. Text is the exception: react-pdf
// gives text inside <Svg> no writing direction (Persian comes out with its letters unjoined and reversed), so every
// label is an absolutely positioned <Text> over the drawing, at the point the geometry gives.
import { G, Line, Path, Rect, Svg, Circle, Text, View } from '@react-pdf/renderer';
import type { BarChartGeometry } from '@/lib/charts/bar-chart';
import type { ChartText, Direction } from '@/lib/charts/geometry';
import type { LineChartGeometry } from '@/lib/charts/line-chart';
import type { TileMapGeometry } from '@/lib/charts/tile-map';
import { ltr, pdfText } from './pdf-text';

const INK = '#111827';
const AXIS = '#475569';
const BAR = '#2171b5';
/** Wide enough for the longest label of any chart (a category name at 12 pt). */
const LABEL_BOX = 260;
/**
 * From a text box's top to its baseline, over the font size, as react-pdf places Vazirmatn at lineHeight 1
 * (measured on the rendered page at 200 dpi: the font's ascent, 2100/2048, plus react-pdf's half-leading).
 */
const ASCENT = 1.15;

/** Chart text that has no letters (a number, a range) is a left-to-right piece: marked so react-pdf keeps its order. */
function chartString(text: string): string {
  return /\p{L}/u.test(text) ? pdfText(text) : ltr(pdfText(text));
}

/** One piece of chart text over the drawing: the geometry's point is on the baseline, at the edge `align` names. */
function ChartLabel({ t, dir, colour = INK }: { t: ChartText; dir: Direction; colour?: string }) {
  const left = t.align === 'left' ? t.x : t.align === 'right' ? t.x - LABEL_BOX : t.x - LABEL_BOX / 2;
  const top = t.y - t.size * ASCENT;
  const originX = t.align === 'left' ? 0 : t.align === 'right' ? LABEL_BOX : LABEL_BOX / 2;
  return (
    <Text
      style={{
        position: 'absolute',
        left,
        top,
        width: LABEL_BOX,
        fontSize: t.size,
        lineHeight: 1,
        fontWeight: t.weight === 'bold' ? 'bold' : 'normal',
        color: colour,
        direction: dir,
        textAlign: t.align,
        ...(t.rotate ? { transform: `rotate(${t.rotate}deg)`, transformOrigin: `${originX} ${t.size * ASCENT}` } : {}),
      }}
    >
      {chartString(t.text)}
    </Text>
  );
}

/** A chart's box: the drawing and its labels share one coordinate system, the geometry's, in points. */
function ChartBox({ width, height, children }: { width: number; height: number; children: React.ReactNode }) {
  return (
    <View wrap={false} style={{ position: 'relative', width, height, alignSelf: 'center', marginVertical: 6 }}>
      {children}
    </View>
  );
}

/** lib/charts/bar-chart.ts drawn in the PDF. */
export function PdfBarChart({ g, dir }: { g: BarChartGeometry; dir: Direction }) {
  return (
    <ChartBox width={g.width} height={g.height}>
      <Svg width={g.width} height={g.height} style={{ position: 'absolute', left: 0, top: 0 }}>
        <Line {...g.axis} stroke={AXIS} strokeWidth={0.8} />
        {g.ticks.map((t, i) => (
          <Line key={i} {...t.line} stroke={AXIS} strokeWidth={0.8} />
        ))}
        {g.bars.map((b, i) => (
          <Rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} fill={BAR} />
        ))}
        {g.withheld.map((b, i) => (
          <Rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} fill="none" stroke="#6b7280" strokeWidth={0.8} strokeDasharray="2 2" />
        ))}
      </Svg>
      {[...g.labels, ...g.values].map((t, i) => (
        <ChartLabel key={i} t={t} dir={dir} />
      ))}
      {g.ticks.map((t, i) => (
        <ChartLabel key={`t${i}`} t={t.label} dir={dir} colour="#4b5563" />
      ))}
    </ChartBox>
  );
}

/** lib/charts/line-chart.ts drawn in the PDF: the path, its points, withheld months hollow on the baseline. */
export function PdfLineChart({ g, dir }: { g: LineChartGeometry; dir: Direction }) {
  return (
    <ChartBox width={g.width} height={g.height}>
      <Svg width={g.width} height={g.height} style={{ position: 'absolute', left: 0, top: 0 }}>
        {g.ticks.map((t, i) => (
          <Line key={i} {...t.line} stroke="#e5e7eb" strokeWidth={0.8} />
        ))}
        <Line {...g.baseline} stroke={AXIS} strokeWidth={0.8} />
        {g.path ? <Path d={g.path} stroke={BAR} strokeWidth={2} fill="none" /> : null}
        <G>
          {g.points.map((p, i) => (
            <Circle key={i} cx={p.x} cy={p.y} r={3} fill={BAR} />
          ))}
          {g.withheld.map((p, i) => (
            <Circle key={`w${i}`} cx={p.x} cy={p.y} r={3} fill="#ffffff" stroke="#6b7280" strokeWidth={1} />
          ))}
        </G>
      </Svg>
      {g.ticks.map((t, i) => (
        <ChartLabel key={i} t={t.label} dir={dir} colour="#4b5563" />
      ))}
      {g.xLabels.map((t, i) => (
        <ChartLabel key={`x${i}`} t={t} dir={dir} />
      ))}
    </ChartBox>
  );
}

/** lib/charts/tile-map.ts drawn in the PDF: tiles in their scale's colours, withheld tiles grey and hatched. */
export function PdfTileMap({ g, dir }: { g: TileMapGeometry; dir: Direction }) {
  const hatch = (x: number, y: number, w: number, h: number) =>
    Array.from({ length: Math.floor((w + h) / 8) }, (_, k) => {
      // Diagonal strokes clipped to the tile by hand (react-pdf's clipPath is unreliable across viewers).
      const d = 8 * (k + 1);
      const x1 = x + Math.max(0, d - h);
      const y1 = y + Math.min(h, d);
      const x2 = x + Math.min(w, d);
      const y2 = y + Math.max(0, d - w);
      return <Line key={k} x1={x1} y1={y1} x2={x2} y2={y2} stroke="#9ca3af" strokeWidth={0.6} />;
    });
  return (
    <ChartBox width={g.width} height={g.height}>
      <Svg width={g.width} height={g.height} style={{ position: 'absolute', left: 0, top: 0 }}>
        {g.tiles.map((t) => (
          <G key={t.provinceId}>
            <Rect x={t.x} y={t.y} width={t.width} height={t.height} fill={t.fill} stroke="#ffffff" strokeWidth={0.5} />
            {t.withheld ? hatch(t.x, t.y, t.width, t.height) : null}
          </G>
        ))}
        {g.legend.map((l, i) => (
          <G key={i}>
            <Rect x={l.x} y={l.y} width={l.width} height={l.height} fill={l.fill} stroke="#9ca3af" strokeWidth={0.5} />
            {l.withheld ? hatch(l.x, l.y, l.width, l.height) : null}
          </G>
        ))}
      </Svg>
      {g.tiles.flatMap((t) => t.lines.map((line, i) => <ChartLabel key={`${t.provinceId}-${i}`} t={line} dir={dir} colour={t.textColour} />))}
      {g.legend.map((l, i) => (
        <ChartLabel key={`l${i}`} t={l.text} dir={dir} />
      ))}
    </ChartBox>
  );
}
