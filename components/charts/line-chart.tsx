import type { Direction } from '@/lib/charts/geometry';
import type { LineChartGeometry } from '@/lib/charts/line-chart';
import { ChartFrame, SvgText } from './chart-text';

/** Draws the trend geometry (lib/charts/line-chart.ts): a line through the published months, withheld ones hollow. */
export function LineChart({ g, id, title, description, dir }: { g: LineChartGeometry; id: string; title: string; description: string; dir: Direction }) {
  return (
    <ChartFrame id={id} title={title} description={description} width={g.width} height={g.height} dir={dir}>
      {g.ticks.map((t, i) => (
        <g key={i}>
          <line {...t.line} stroke="#e2e8f0" />
          <SvgText t={t.label} dir={dir} fill="#4b5563" />
        </g>
      ))}
      <line {...g.baseline} stroke="#475569" />
      <path d={g.path} fill="none" stroke="#2171b5" strokeWidth={2.5} />
      {g.points.map((p, i) => (
        <circle key={i} cx={p.x} cy={p.y} r={3.5} fill="#2171b5" />
      ))}
      {g.withheld.map((p, i) => (
        <circle key={i} cx={p.x} cy={p.y} r={3.5} fill="#fff" stroke="#6b7280" strokeWidth={1.5} />
      ))}
      {g.xLabels.map((t, i) => (
        <SvgText key={i} t={t} dir={dir} fill="#374151" />
      ))}
    </ChartFrame>
  );
}
