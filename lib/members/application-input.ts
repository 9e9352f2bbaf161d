// What an applicant types, step by step, and how it is checked. The national code uses the official
// check-digit algorithm (@persian-tools/persian-tools); mobiles accept +98, 0098, 09… and Persian digits.
import { verifyIranianNationalId } from '@persian-tools/persian-tools';
import { z } from 'zod';
import { normalizeMobile } from '@/lib/auth/identifier';
import { jalaliAgeOn, parseJalaliDate } from '@/lib/i18n/format';
import { normalizeIdentifier, normalizeText } from '@/lib/text/normalize';
import { blankToUndefined as blank, optionalEmail, optionalText, requiredText as visibleText } from '@/lib/text/schema';

const text = (max: number, tooLong: string) => optionalText({ max, tooLong });
const requiredText = (max: number, missing: string) => visibleText({ min: 2, max, tooShort: missing });
const checked = (key: string) => z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.literal(true, { error: key }));

export const mobileSchema = z
  .string({ error: 'mobile' })
  .transform((v, ctx) => normalizeMobile(v) ?? (ctx.addIssue({ code: 'custom', message: 'mobile' }), z.NEVER));

/**
 * A national code is valid when it has ten digits, is not one digit repeated, and its check digit is
 * right (the National Organization for Civil Registration's mod-11 rule). No list of issuing-office
 * prefixes: the library's list is incomplete and refused real codes such as 9836900608 (issue #9).
 */
export function isValidNationalCode(code: string): boolean {
  return /^\d{10}$/.test(code) && !/^(\d)\1{9}$/.test(code) && verifyIranianNationalId(code, { checkPrefix: false });
}

/** Ten digits with a valid check digit; Persian or Arabic digits, spaces, dashes and invisible marks are accepted. */
export const nationalCodeSchema = z
  .string({ error: 'nationalCode' })
  .transform((v) => normalizeIdentifier(v).replace(/-/g, ''))
  .refine(isValidNationalCode, 'nationalCode');

export const otpRequestSchema = z.object({ mobile: mobileSchema });

export const accountSchema = z.object({
  mobile: mobileSchema,
  code: z
    .string({ error: 'otpWrong' })
    .transform((v) => normalizeIdentifier(v).replace(/-/g, ''))
    .refine((v) => /^\d{6}$/.test(v), 'otpWrong'),
  password: z.string({ error: 'passwordShort' }).min(10, 'passwordShort').max(256, 'passwordShort'),
});

const MIN_AGE = 18;

export const identitySchema = z.object({
  firstName: requiredText(60, 'firstName'),
  lastName: requiredText(60, 'lastName'),
  fatherName: requiredText(60, 'fatherName'),
  nationalCode: nationalCodeSchema,
  birthDate: z.string({ error: 'birthDate' }).transform((v, ctx) => {
    const date = parseJalaliDate(v);
    if (!date) return (ctx.addIssue({ code: 'custom', message: 'birthDate' }), z.NEVER);
    // Jalali years on Tehran's calendar date (lib/i18n/format jalaliAgeOn), not Gregorian years from an instant.
    if (jalaliAgeOn(date) < MIN_AGE) return (ctx.addIssue({ code: 'custom', message: 'underAge' }), z.NEVER);
    return date;
  }),
  gender: z.enum(['FEMALE', 'MALE'], { error: 'gender' }),
});

/** An e-mail address is bound only once the code sent to it is typed back (`emailCode`). */
export const contactSchema = z.object({
  email: optionalEmail('email'),
  emailCode: z.preprocess(
    blank,
    z
      .string()
      .transform((v) => normalizeIdentifier(v).replace(/-/g, ''))
      .refine((v) => /^\d{6}$/.test(v), 'emailCodeWrong')
      .optional(),
  ),
});

export const placeSchema = z.object({
  provinceId: z.coerce.number({ error: 'province' }).int().positive('province'),
  countyId: z.coerce.number({ error: 'county' }).int().positive('county'),
});

export const backgroundSchema = z.object({
  education: requiredText(100, 'education'),
  occupation: requiredText(100, 'occupation'),
  skills: z.preprocess(blank, z.string().max(500, 'skillsLong').optional()).transform((v) =>
    v
      ? v
          .split(/[،,\n]/)
          .map((s) => normalizeText(s).trim())
          .filter(Boolean)
          .slice(0, 20)
      : [],
  ),
  interests: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(40)).max(10)),
  availability: text(200, 'availabilityLong'),
});

export const declarationSchema = z.object({
  commitments: checked('commitments'),
  noCriminalRecord: checked('noCriminalRecord'),
  consentInquiries: checked('consentInquiries'),
});

export const APPLICATION_STEPS = ['identity', 'contact', 'place', 'background', 'declaration'] as const;
export type ApplicationStep = (typeof APPLICATION_STEPS)[number];

export const stepSchemas = {
  identity: identitySchema,
  contact: contactSchema,
  place: placeSchema,
  background: backgroundSchema,
  declaration: declarationSchema,
} as const;
