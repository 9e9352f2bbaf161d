// npm run font:subset — writes app/fonts/vazirmatn-subset.woff2 from the vazirmatn package's variable font:
// only the characters Sajam's pages use (Basic Latin, Latin-1, the Arabic block that holds Persian, the
// joiners and direction marks, general punctuation, arrows, the euro and minus signs) and only the weights
// its styles use (400–800, Tailwind's normal…extrabold). 111 KB → 58 KB, and a file name without brackets:
// `Vazirmatn[wght].woff2` was fetched twice on a first visit (the preload asked for `%5Bwght%5D`, the
// stylesheet for `[wght]`, two cache keys). Shaping (GSUB/GPOS) is kept by HarfBuzz's subsetter, so
// Persian letters still join; the Arabic presentation-form code points are not needed for that.
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';

const SOURCE = new URL('../node_modules/vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2', import.meta.url);
const TARGET = new URL('../app/fonts/vazirmatn-subset.woff2', import.meta.url);
const RANGES = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x600, 0x6ff],
  [0x200c, 0x200f],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x2066, 0x2069],
  [0x20ac, 0x20ac],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
];

let text = '';
for (const [from, to] of RANGES) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
const source = readFileSync(SOURCE);
const subset = await subsetFont(source, text, { targetFormat: 'woff2', variationAxes: { wght: { min: 400, max: 800 } } });
writeFileSync(TARGET, subset);
console.log(`app/fonts/vazirmatn-subset.woff2: ${source.length} → ${subset.length} bytes`);
