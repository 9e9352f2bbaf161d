import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';
import { AppError } from '@/lib/errors';

/** The family name every style of the PDF uses. */
export const PDF_FONT = 'Vazirmatn';

/**
 * The static Vazirmatn TTFs of the `vazirmatn` package (pinned in package.json). Only static TTFs: react-pdf's
 * fontkit draws the variable font at one weight and cannot read WOFF2. Resolved from the working directory's
 * node_modules, not through `require.resolve`: Next's server bundle rewrites module paths, while the server and the
 * job runner start at the project root (server.mjs, scripts/jobs-run.ts, Vitest). The paths are literal under
 * process.cwd(), so Next's tracing ships exactly these two files (a computed path made it trace the whole project);
 * next.config.mjs also lists them in `outputFileTracingIncludes`.
 */
export function vazirmatnFiles(): { regular: string; bold: string } {
  return {
    regular: path.join(process.cwd(), 'node_modules/vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf'),
    bold: path.join(process.cwd(), 'node_modules/vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf'),
  };
}

let registered = false;

/** Characters of a word above which react-pdf may break it (an address, a code, a name typed without spaces). */
export const PDF_LONG_WORD = 30;

/**
 * react-pdf's hyphenation callback: a word is one unbreakable part — its English hyphenation would cut Persian words
 * apart — except a word longer than PDF_LONG_WORD characters, which is given break points every 20 code points so it
 * wraps inside the page instead of running off it (a break-it review: a course title of one 150-character address
 * overflowed the certificate).
 */
export function breakableParts(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length <= PDF_LONG_WORD) return [word];
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += 20) parts.push(chars.slice(i, i + 20).join(''));
  return parts;
}

/**
 * Registers Vazirmatn (regular and bold) with react-pdf once per process, and turns hyphenation off: react-pdf's
 * default hyphenates with English rules and splits Persian words at wrong places, breaking their joins.
 * @throws AppError CONFIG when the font files are missing (node_modules not installed beside the server)
 */
export function registerPdfFonts(): void {
  if (registered) return;
  const files = vazirmatnFiles();
  // turbopackIgnore: the files reach the build through outputFileTracingIncludes; a traced existsSync of a computed
  // path would make Next ship the whole project.
  if (!existsSync(/*turbopackIgnore: true*/ files.regular) || !existsSync(/*turbopackIgnore: true*/ files.bold))
    throw new AppError('CONFIG', `Vazirmatn TTFs not found at ${path.dirname(files.regular)}`);
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: files.regular, fontWeight: 'normal' },
      { src: files.bold, fontWeight: 'bold' },
    ],
  });
  Font.registerHyphenationCallback(breakableParts);
  registered = true;
}
