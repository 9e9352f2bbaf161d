import type { Direction } from '@/lib/charts/geometry';
import type { TileMapGeometry } from '@/lib/charts/tile-map';
import { ChartFrame, SvgText } from './chart-text';

/** Draws the province tile map (lib/charts/tile-map.ts) with its legend; withheld provinces grey and hatched. */
export function TileMap({ g, id, title, description, dir }: { g: TileMapGeometry; id: string; title: string; description: string; dir: Direction }) {
  const hatch = `${id}-hatch`;
  return (
    <ChartFrame id={id} title={title} description={description} width={g.width} height={g.height} dir={dir} maxWidth={520}>
      <defs>
        <pattern id={hatch} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={6} height={6} fill="#e5e7eb" />
          <line x1={0} y1={0} x2={0} y2={6} stroke="#9ca3af" strokeWidth={2} />
        </pattern>
      </defs>
      {g.tiles.map((t) => (
        <g key={t.provinceId}>
          <rect x={t.x} y={t.y} width={t.width} height={t.height} rx={4} fill={t.withheld ? `url(#${hatch})` : t.fill} stroke="#475569" strokeWidth={0.75} />
          {t.lines.map((line, i) => (
            <SvgText key={i} t={line} dir={dir} fill={t.textColour} />
          ))}
        </g>
      ))}
      {g.legend.map((l, i) => (
        <g key={i}>
          <rect x={l.x} y={l.y} width={l.width} height={l.height} fill={l.withheld ? `url(#${hatch})` : l.fill} stroke="#475569" strokeWidth={0.75} />
          <SvgText t={l.text} dir={dir} />
        </g>
      ))}
    </ChartFrame>
  );
}
