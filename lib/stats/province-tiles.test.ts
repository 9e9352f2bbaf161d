import { describe, expect, it } from 'vitest';
import { provinces } from '@/prisma/seed-data';
import { provinceTileGrid } from './province-tiles';

describe('the province tile map (issue #16)', () => {
  const { cols, rows, tiles } = provinceTileGrid();
  const at = (nameEn: string) => tiles.find((t) => t.provinceId === provinces.findIndex((p) => p.nameEn === nameEn) + 1)!;

  it('places each of the 31 provinces once, no two on one tile', () => {
    expect(tiles.map((t) => t.provinceId).sort((a, b) => a - b)).toEqual(provinces.map((_, i) => i + 1));
    expect(new Set(tiles.map((t) => `${t.col},${t.row}`)).size).toBe(tiles.length);
    expect(tiles.every((t) => t.col < cols && t.row < rows)).toBe(true);
  });

  it('keeps the map geographic: west on the left, north on top', () => {
    expect(at('West Azerbaijan').col).toBeLessThan(at('Razavi Khorasan').col);
    expect(at('Khuzestan').col).toBeLessThan(at('Sistan and Baluchestan').col);
    expect(at('Gilan').row).toBeLessThan(at('Fars').row);
    expect(at('Tehran').row).toBeLessThan(at('Hormozgan').row);
    expect(at('Alborz').col).toBeLessThan(at('Tehran').col);
  });
});
