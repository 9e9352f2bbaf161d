// CSV as RFC 4180 writes it, for the open-data exports (issue #16): fields separated by commas, records
// ended by CRLF, a field quoted when it holds a comma, a quote, CR or LF, quotes inside doubled. The file
// starts with a UTF-8 byte order mark: without it Excel reads UTF-8 as the legacy code page and shows
// Persian as mojibake; every other reader (LibreOffice, pandas, R) skips it.

export const UTF8_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A text cell a spreadsheet would run as a formula («=HYPERLINK(…)», «+», «-», «@», or a leading tab or
 * CR: the OWASP "CSV injection" list) gets a leading apostrophe, which spreadsheets show as text. Only
 * text is touched: numbers are written as numbers, so −3 stays −3.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: null and undefined empty, booleans true/false, numbers as JavaScript writes them, text quoted when it must be. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
