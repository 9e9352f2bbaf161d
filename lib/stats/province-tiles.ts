// The 31 provinces as a tile grid for the statistics map (issue #16): one square each, placed roughly where
// the province lies (columns west → east, rows north → south), so the map needs no geometry download and
// every province is the same size whatever its area. Geographic, not mirrored for right-to-left pages.
// Keyed by province id, which is the province's place in prisma/seed-data.ts (1–31); a deployment in
// another country replaces this list with its own regions.

/** [province id, column (0 = west), row (0 = north)]. */
const TILES: readonly (readonly [id: number, col: number, row: number])[] = [
  [1, 2, 3], // Chaharmahal and Bakhtiari
  [2, 3, 3], // Kohgiluyeh and Boyer-Ahmad
  [3, 5, 1], // Semnan
  [4, 4, 1], // Tehran
  [5, 3, 2], // Qom
  [6, 4, 2], // Isfahan
  [7, 0, 0], // West Azerbaijan
  [8, 3, 4], // Bushehr
  [9, 5, 4], // Hormozgan
  [10, 0, 3], // Ilam
  [11, 1, 4], // Khuzestan
  [12, 0, 2], // Kermanshah
  [13, 0, 1], // Kurdistan
  [14, 3, 1], // Alborz
  [15, 2, 1], // Qazvin
  [16, 1, 1], // Zanjan
  [17, 4, 3], // Fars
  [18, 6, 2], // South Khorasan
  [19, 6, 0], // North Khorasan
  [20, 6, 1], // Razavi Khorasan
  [21, 5, 3], // Kerman
  [22, 5, 2], // Yazd
  [23, 6, 3], // Sistan and Baluchestan
  [24, 3, 0], // Gilan
  [25, 1, 3], // Lorestan
  [26, 2, 2], // Markazi
  [27, 5, 0], // Golestan
  [28, 4, 0], // Mazandaran
  [29, 1, 2], // Hamadan
  [30, 2, 0], // Ardabil
  [31, 1, 0], // East Azerbaijan
];

export type ProvinceTile = { provinceId: number; col: number; row: number };

/** The grid: its size in tiles and each province's place. */
export function provinceTileGrid(): { cols: number; rows: number; tiles: ProvinceTile[] } {
  const tiles = TILES.map(([provinceId, col, row]) => ({ provinceId, col, row }));
  return { cols: Math.max(...tiles.map((t) => t.col)) + 1, rows: Math.max(...tiles.map((t) => t.row)) + 1, tiles };
}
