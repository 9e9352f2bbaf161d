import { provinceTileGrid } from '@/lib/stats/province-tiles';
import { sequentialScale } from './colour-scale';
import type { ChartRect, ChartText, Direction, NumberFormat } from './geometry';

export type TileMapGeometry = {
  width: number;
  height: number;
  tiles: (ChartRect & { provinceId: number; fill: string; withheld: boolean; name: string; lines: ChartText[]; textColour: string })[];
  legend: (ChartRect & { fill: string; withheld: boolean; text: ChartText })[];
};

const TILE = 56;
const GAP = 4;

/** A province name in at most two lines, a lone «و» kept with the word before it. */
export function nameLines(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length <= 1) return words;
  const joined: string[] = [];
  for (const w of words)
    if (w === 'و' || w === 'and') joined[joined.length - 1] += ` ${w}`;
    else joined.push(w);
  if (joined.length <= 2) return joined;
  const half = Math.ceil(joined.length / 2);
  return [joined.slice(0, half).join(' '), joined.slice(half).join(' ')];
}

/**
 * The 31 provinces as a tile grid (lib/stats/province-tiles.ts: geographic, never mirrored, west on the left in
 * both languages), each tile coloured by its value on a sequential scale with its name and value written in it;
 * withheld tiles grey and hatched. The legend below runs from the start side.
 */
export function tileMapGeometry({
  values,
  dir,
  format,
  withheldText,
}: {
  values: readonly { provinceId: number; name: string; value: number | null }[];
  dir: Direction;
  format: NumberFormat;
  withheldText: string;
}): TileMapGeometry {
  const grid = provinceTileGrid();
  const byId = new Map(values.map((v) => [v.provinceId, v]));
  const scale = sequentialScale({ values: values.map((v) => v.value), format, withheldText });
  const width = grid.cols * (TILE + GAP) - GAP;
  const mapHeight = grid.rows * (TILE + GAP) - GAP;
  const tiles = grid.tiles.flatMap((t) => {
    const v = byId.get(t.provinceId);
    if (!v) return [];
    const x = t.col * (TILE + GAP);
    const y = t.row * (TILE + GAP);
    const lines = nameLines(v.name);
    const texts: ChartText[] = lines.map((text, i) => ({ x: x + TILE / 2, y: y + 15 + i * 12, text, align: 'center', size: 9.5 }));
    texts.push({ x: x + TILE / 2, y: y + TILE - 8, text: v.value === null ? '—' : format(v.value), align: 'center', size: 11, weight: 'bold' });
    return [
      {
        x,
        y,
        width: TILE,
        height: TILE,
        provinceId: t.provinceId,
        fill: scale.colour(v.value),
        withheld: v.value === null,
        name: v.name,
        lines: texts,
        textColour: scale.textColour(v.value),
      },
    ];
  });
  // Legend: two rows of swatches under the map, laid from the start side.
  const swatch = 14;
  const perRow = 3;
  const cell = width / perRow;
  const legend = scale.legend.map((entry, i) => {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    const y = mapHeight + 14 + row * 22;
    const x = dir === 'rtl' ? width - col * cell - swatch : col * cell;
    const textX = dir === 'rtl' ? x - 6 : x + swatch + 6;
    return {
      x,
      y,
      width: swatch,
      height: swatch,
      fill: entry.fill,
      withheld: entry.withheld,
      text: { x: textX, y: y + swatch - 3, text: entry.label, align: dir === 'rtl' ? ('right' as const) : ('left' as const), size: 10 },
    };
  });
  const rows = Math.ceil(scale.legend.length / perRow);
  return { width, height: mapHeight + 14 + rows * 22, tiles, legend };
}
