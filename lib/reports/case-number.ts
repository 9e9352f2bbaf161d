import { toJalali } from '@/lib/i18n/format';
import { normalizeIdentifier } from '@/lib/text/normalize';

/**
 * Case numbers: what staff call a report, e.g. 1405-23-00042 — the Jalali year (Tehran) it was received,
 * the province's two-digit code (Province.code, as in membership codes) and that province's sequence in
 * that year, at least five digits (Tehran receives more than 99,999 a year: it grows, never truncates).
 * Year first, so it is never mistaken for a membership code (23-1405-00042). Issued in the submission's
 * own statement from CaseSequence (lib/reports/submit-report.ts), so numbers neither repeat nor skip.
 * Never a key to anything public: /track takes only tracking codes.
 */
export function caseNumberPrefix(provinceCode: string, at: Date): string {
  return `${toJalali(at).jy}-${provinceCode}-`;
}

export function formatCaseNumber(prefix: string, sequence: number): string {
  return `${prefix}${String(sequence).padStart(5, '0')}`;
}

/**
 * A case number as a person types it — any digits (Persian, Arabic), with -, /, spaces or nothing between
 * the parts, the sequence with or without its leading zeros — in its stored form; null if it is not one.
 */
export function parseCaseNumber(text: string): string | null {
  const m = /^(\d{4})[-/.\s]?(\d{2})[-/.\s]?(\d{1,7})$/.exec(normalizeIdentifier(text).replace(/\s+/g, ' ').trim());
  if (!m) return null;
  return formatCaseNumber(`${m[1]}-${m[2]}-`, Number(m[3]));
}
