import type { BarChartGeometry } from '@/lib/charts/bar-chart';
import type { Direction } from '@/lib/charts/geometry';
import { ChartFrame, SvgText } from './chart-text';

/** Draws the bar chart geometry (lib/charts/bar-chart.ts) as inline SVG. */
export function BarChart({ g, id, title, description, dir }: { g: BarChartGeometry; id: string; title: string; description: string; dir: Direction }) {
  return (
    <ChartFrame id={id} title={title} description={description} width={g.width} height={g.height} dir={dir}>
      <line {...g.axis} stroke="#475569" />
      {g.ticks.map((t, i) => (
        <g key={i}>
          <line {...t.line} stroke="#475569" />
          <SvgText t={t.label} dir={dir} fill="#4b5563" />
        </g>
      ))}
      {g.labels.map((t, i) => (
        <SvgText key={i} t={t} dir={dir} />
      ))}
      {g.bars.map((b, i) => (
        <rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} fill="#2171b5" />
      ))}
      {g.withheld.map((b, i) => (
        <rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} fill="none" stroke="#6b7280" strokeDasharray="2 2" />
      ))}
      {g.values.map((t, i) => (
        <SvgText key={i} t={t} dir={dir} />
      ))}
    </ChartFrame>
  );
}
