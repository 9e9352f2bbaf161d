import { describe, expect, it } from 'vitest';
import { barChartGeometry } from './bar-chart';
import { SEQUENTIAL, sequentialScale, WITHHELD_FILL } from './colour-scale';
import { textAnchor } from './geometry';
import { lineChartGeometry } from './line-chart';
import { nameLines, tileMapGeometry } from './tile-map';

const format = (n: number) => String(n);
const items = [
  { label: 'تهران', value: 120 },
  { label: 'قم', value: null },
  { label: 'فارس', value: 45 },
];

describe('bar chart geometry (issue #16)', () => {
  it('grows bars from the right edge towards the left in Persian, and from the left in English', () => {
    const rtl = barChartGeometry({ items, dir: 'rtl', format, withheldText: 'کمتر از ۵' });
    const ltr = barChartGeometry({ items, dir: 'ltr', format, withheldText: 'fewer than 5' });
    const [bigR, smallR] = rtl.bars;
    // Both bars end at the same right edge; the larger reaches further left.
    expect(bigR!.x + bigR!.width).toBeCloseTo(smallR!.x + smallR!.width);
    expect(bigR!.x).toBeLessThan(smallR!.x);
    expect(rtl.axis.x1).toBeCloseTo(bigR!.x + bigR!.width);
    expect(rtl.axis.x2).toBeLessThan(rtl.axis.x1);
    const [bigL, smallL] = ltr.bars;
    expect(bigL!.x).toBeCloseTo(smallL!.x);
    expect(bigL!.x + bigL!.width).toBeGreaterThan(smallL!.x + smallL!.width);
    // Mirror images of each other.
    expect(bigR!.x).toBeCloseTo(rtl.width - (bigL!.x + bigL!.width));
    // Labels start at the start side: the right edge in Persian.
    expect(rtl.labels.every((l) => l.align === 'right' && l.x === rtl.axis.x1)).toBe(true);
    expect(textAnchor('right', 'rtl')).toBe('start');
    expect(textAnchor('right', 'ltr')).toBe('end');
  });

  it('has nice ticks from zero that cover the largest value, larger values further from the start', () => {
    const g = barChartGeometry({ items, dir: 'rtl', format, withheldText: '-' });
    const values = g.ticks.map((t) => Number(t.label.text));
    expect(values[0]).toBe(0);
    expect(values.at(-1)!).toBeGreaterThanOrEqual(100);
    expect(values.every((v) => v % 20 === 0 || v % 50 === 0)).toBe(true);
    const xs = g.ticks.map((t) => t.line.x1);
    expect([...xs].sort((a, b) => b - a)).toEqual(xs);
  });

  it('has whole-number ticks for counts, even when every value is small or withheld', () => {
    const g = barChartGeometry({ items: [{ label: 'a', value: null }], dir: 'rtl', format, withheldText: '-' });
    expect(g.ticks.map((t) => t.label.text)).toEqual(['0', '1']);
    const rates = barChartGeometry({ items: [{ label: 'a', value: 0.8 }], dir: 'rtl', format, withheldText: '-', integer: false });
    expect(rates.ticks.length).toBeGreaterThan(2);
  });

  it('draws no bar for a withheld value and writes the withheld text instead', () => {
    const g = barChartGeometry({ items, dir: 'rtl', format, withheldText: 'کمتر از ۵' });
    expect(g.bars).toHaveLength(2);
    expect(g.withheld).toHaveLength(1);
    expect(g.values.map((v) => v.text)).toEqual(['120', 'کمتر از ۵', '45']);
  });
});

describe('line chart geometry', () => {
  const values = [5, 8, null, 12, 20, 18, 9, 7, 6, 11, 14, 30];
  const labels = Array.from({ length: 12 }, (_, i) => `m${i + 1}`);
  it('puts the first month on the right in Persian and breaks the line at a withheld month', () => {
    const rtl = lineChartGeometry({ values, labels, dir: 'rtl', format });
    expect(rtl.points[0]!.label).toBe('m1');
    expect(rtl.points[0]!.x).toBeGreaterThan(rtl.points.at(-1)!.x);
    expect(rtl.withheld.map((w) => w.label)).toEqual(['m3']);
    expect(rtl.path.match(/M/g)).toHaveLength(2);
    const ltr = lineChartGeometry({ values, labels, dir: 'ltr', format });
    expect(ltr.points[0]!.x).toBeLessThan(ltr.points.at(-1)!.x);
    // Higher values are drawn higher.
    const top = rtl.points.find((p) => p.value === 30)!;
    expect(top.y).toBeLessThan(rtl.points.find((p) => p.value === 5)!.y);
    expect(Number(rtl.ticks.at(-1)!.label.text)).toBeGreaterThanOrEqual(30);
    // Month names hang below the axis: RTL text runs left from its start, turned counter-clockwise it runs down-left.
    expect(rtl.xLabels[0]).toMatchObject({ align: 'right', rotate: -45 });
    expect(ltr.xLabels[0]).toMatchObject({ align: 'left', rotate: 45 });
  });
});

describe('colour scale and tile map', () => {
  it('has five sequential steps from zero to a nice maximum and a withheld entry in its legend', () => {
    const s = sequentialScale({ values: [0.4, 3.2, null, 9.7], format, withheldText: 'کمتر از ۵' });
    expect(s.legend).toHaveLength(6);
    expect(s.legend.slice(0, 5).map((l) => l.fill)).toEqual([...SEQUENTIAL]);
    expect(s.legend[0]!.label.startsWith('0–')).toBe(true);
    expect(s.legend[4]!.label.endsWith('–10')).toBe(true);
    expect(s.legend[5]).toEqual({ fill: WITHHELD_FILL, label: 'کمتر از ۵', withheld: true });
    expect(s.colour(null)).toBe(WITHHELD_FILL);
    expect(s.colour(9.7)).toBe(SEQUENTIAL[4]);
    expect(s.colour(0.4)).toBe(SEQUENTIAL[0]);
    expect(s.textColour(9.7)).toBe('#ffffff');
  });

  it('places 31 tiles geographically (the same in both directions) and hatches the withheld ones', () => {
    const values = Array.from({ length: 31 }, (_, i) => ({ provinceId: i + 1, name: `استان ${i + 1}`, value: i % 4 === 0 ? null : i }));
    const rtl = tileMapGeometry({ values, dir: 'rtl', format, withheldText: 'کمتر از ۵' });
    const ltr = tileMapGeometry({ values, dir: 'ltr', format, withheldText: 'fewer than 5' });
    expect(rtl.tiles).toHaveLength(31);
    expect(rtl.tiles.map((t) => [t.x, t.y])).toEqual(ltr.tiles.map((t) => [t.x, t.y]));
    // West Azerbaijan (7) is west of Razavi Khorasan (20), in Persian too.
    expect(rtl.tiles.find((t) => t.provinceId === 7)!.x).toBeLessThan(rtl.tiles.find((t) => t.provinceId === 20)!.x);
    expect(rtl.tiles.filter((t) => t.withheld).every((t) => t.fill === WITHHELD_FILL)).toBe(true);
    expect(rtl.tiles.find((t) => t.provinceId === 1)!.lines.at(-1)!.text).toBe('—');
    // The legend starts on the right in Persian, on the left in English.
    expect(rtl.legend[0]!.x).toBeGreaterThan(rtl.legend[1]!.x);
    expect(ltr.legend[0]!.x).toBeLessThan(ltr.legend[1]!.x);
    expect(rtl.legend.at(-1)!.text.text).toBe('کمتر از ۵');
  });

  it('writes a long province name in two lines, keeping «و» with the word before it', () => {
    expect(nameLines('سیستان و بلوچستان')).toEqual(['سیستان و', 'بلوچستان']);
    expect(nameLines('آذربایجان شرقی')).toEqual(['آذربایجان', 'شرقی']);
    expect(nameLines('تهران')).toEqual(['تهران']);
  });
});
