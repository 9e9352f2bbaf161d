// The report form's fields, parsed once for both callers: the /report server action and POST /api/reports.
// Messages are keys under "reportForm.errors" in messages/*.json.
import { z } from 'zod';
import { normalizeMobile } from '@/lib/auth/identifier';
import { parseJalaliDate, tehranToday } from '@/lib/i18n/format';
import { blankToUndefined, optionalEmail, optionalText, requiredText } from '@/lib/text/schema';

export const DESCRIPTION_MIN = 20;
export const DESCRIPTION_MAX = 5000;
export const PLACE_MAX = 300;

// Ids are whole numbers, sent as a number (JSON) or digits (a form). No coercion of anything else:
// `z.coerce` read `[1]` as 1 and `true` as 1.
const digitsToNumber = (v: unknown) => (typeof v === 'string' && /^\s*\d{1,9}\s*$/.test(v) ? Number(v) : v);
const number = (message: string) => z.number({ error: message }).int(message).positive(message).max(2_147_483_647, message);
const id = (message: string) => z.preprocess((v) => digitsToNumber(blankToUndefined(v)), number(message));
const optionalId = (message: string) => z.preprocess((v) => digitsToNumber(blankToUndefined(v)), number(message).optional());
const flag = z.preprocess((v) => (v === undefined || v === null ? false : v === 'on' || v === 'true' ? true : v === 'false' ? false : v), z.boolean());

/** Members report from their core, so only the public form asks for a province. */
const makeReportInputSchema = (member: boolean) =>
  z
    .object({
      kind: z.enum(['REPORT', 'OPINION', 'SUGGESTION'], { error: 'kind' }),
      categoryId: id('category'),
      topicId: optionalId('topic'),
      provinceId: member ? optionalId('province') : id('province'),
      countyId: optionalId('county'),
      placeDescription: optionalText({ max: PLACE_MAX, tooLong: 'placeTooLong' }),
      // Checked here, field by field, so a bad date shows with every other error at once (not a round later).
      incidentDate: z.preprocess(
        blankToUndefined,
        z
          .string()
          .optional()
          .transform((v, ctx) => {
            if (v === undefined) return undefined;
            const date = parseJalaliDate(v);
            if (!date) return (ctx.addIssue({ code: 'custom', message: 'incidentDate' }), z.NEVER);
            // Tehran's calendar date: today is today at any hour (lib/i18n/format tehranToday).
            if (date.getTime() > tehranToday().getTime()) return (ctx.addIssue({ code: 'custom', message: 'incidentFuture' }), z.NEVER);
            return date;
          }),
      ),
      description: requiredText({ min: DESCRIPTION_MIN, max: DESCRIPTION_MAX, tooShort: 'descriptionShort', tooLong: 'descriptionLong' }),
      wantsContact: flag,
      contactName: optionalText({ max: 100, tooLong: 'contactNameLong' }),
      contactPhone: z.preprocess(
        blankToUndefined,
        z
          .string()
          .optional()
          .transform((v, ctx) => (v === undefined ? undefined : (normalizeMobile(v) ?? (ctx.addIssue({ code: 'custom', message: 'contactPhone' }), z.NEVER)))),
      ),
      contactEmail: optionalEmail('contactEmail'),
      // Only for messages saying the state changed (issue #13): kept apart from the contact fields.
      statusMobile: z.preprocess(
        blankToUndefined,
        z
          .string()
          .optional()
          .transform((v, ctx) => (v === undefined ? undefined : (normalizeMobile(v) ?? (ctx.addIssue({ code: 'custom', message: 'statusMobile' }), z.NEVER)))),
      ),
      hideIdentity: flag,
      // A new UUID per report, made by the form (or the API client): resending it returns the first report's code.
      submissionToken: z.preprocess(blankToUndefined, z.uuid({ error: (issue) => (issue.input === undefined ? 'submissionTokenMissing' : 'submissionToken') })),
    })
    .transform((input, ctx) => {
      if (input.wantsContact && !input.contactPhone && !input.contactEmail) ctx.addIssue({ code: 'custom', path: ['contactPhone'], message: 'contactMissing' });

      // Contact details are kept only when the reporter asked to be contacted: otherwise nothing identifies them.
      const contact = input.wantsContact ? { contactName: input.contactName, contactPhone: input.contactPhone, contactEmail: input.contactEmail } : {};
      return {
        kind: input.kind,
        categoryId: input.categoryId,
        topicId: input.topicId,
        provinceId: input.provinceId,
        countyId: input.countyId,
        placeDescription: input.placeDescription,
        incidentDate: input.incidentDate,
        description: input.description,
        hideIdentity: input.hideIdentity,
        submissionToken: input.submissionToken,
        // A member is told through their account: the public form alone asks.
        statusMobile: member ? undefined : input.statusMobile,
        ...contact,
      };
    });

export const reportInputSchema = makeReportInputSchema(false);
export const memberReportInputSchema = makeReportInputSchema(true);

export type ReportInput = z.output<typeof memberReportInputSchema>;

/** The Jalali date picker sends three selects; they become one «1405/9/2» field (or none). */
export function incidentDateFromParts(year: unknown, month: unknown, day: unknown): string | undefined {
  const parts = [year, month, day].map((p) => (typeof p === 'string' ? p.trim() : ''));
  if (parts.every((p) => p === '')) return undefined;
  return parts.join('/');
}

const TEXT_FIELDS = [
  'kind',
  'categoryId',
  'topicId',
  'provinceId',
  'countyId',
  'placeDescription',
  'description',
  'wantsContact',
  'contactName',
  'contactPhone',
  'contactEmail',
  'statusMobile',
  'hideIdentity',
  'submissionToken',
] as const;

/**
 * The report form as the action reads it: the parsed input, or null for a bot that filled the honeypot
 * field people never see (it is answered with a code that leads nowhere, whatever else it sent). A
 * signed-in member is no bot: a browser's autofill of that field must not throw their report away.
 */
export function reportFormInput(formData: FormData, { member = false } = {}): z.ZodSafeParseResult<ReportInput | null> {
  if (!member && formData.get('website')) return { success: true, data: null };
  return parseReportForm(formData, { member });
}

/** The report form as posted (the Jalali date comes as three selects, attachments as files). */
export function parseReportForm(formData: FormData, { member = false } = {}) {
  const fields = Object.fromEntries(TEXT_FIELDS.map((name) => [name, formData.get(name) ?? undefined]));
  const incidentDate = incidentDateFromParts(formData.get('incidentYear'), formData.get('incidentMonth'), formData.get('incidentDay'));
  return (member ? memberReportInputSchema : reportInputSchema).safeParse({ ...fields, incidentDate });
}

export function uploadedFiles(formData: FormData, field = 'attachments'): File[] {
  return formData.getAll(field).filter((v): v is File => typeof v !== 'string' && v.size > 0);
}
