import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { incidentDateFromParts, reportFormInput, reportInputSchema } from './report-input';

const valid = {
  kind: 'REPORT',
  categoryId: '3',
  topicId: '',
  provinceId: '4',
  countyId: '4',
  placeDescription: 'خیابان آزادی، نبش کوچه ۱۲',
  incidentDate: '۱۴۰۵/۰۸/۱۵',
  description: 'آشغال‌ها یک هفته است جمع‌آوری نشده و بوی بد همه محله را گرفته است.',
  wantsContact: undefined,
  contactName: 'نام من',
  contactPhone: '09121234567',
  submissionToken: '0b8f2a52-8d4f-4a53-a3a2-0c9f3d2c1e11',
};

const fieldErrors = (input: Record<string, unknown>) => {
  const result = reportInputSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe('report input', () => {
  it('parses a valid report and converts the Jalali date', () => {
    const parsed = reportInputSchema.parse(valid);
    expect(parsed).toMatchObject({ kind: 'REPORT', categoryId: 3, provinceId: 4, topicId: undefined });
    expect(parsed.incidentDate?.toISOString()).toBe('2026-11-06T00:00:00.000Z');
  });

  it('drops contact details unless the reporter asked to be contacted', () => {
    expect(reportInputSchema.parse(valid)).not.toHaveProperty('contactPhone');
    expect(reportInputSchema.parse({ ...valid, wantsContact: 'on', contactPhone: '+98 912 123 4567' })).toMatchObject({
      contactPhone: '09121234567',
      contactName: 'نام من',
    });
  });

  it('names each bad field with a message key', () => {
    expect(fieldErrors({ ...valid, kind: 'RUMOUR' })).toEqual({ kind: ['kind'] });
    expect(fieldErrors({ ...valid, description: 'کوتاه' })).toEqual({ description: ['descriptionShort'] });
    expect(fieldErrors({ ...valid, description: 'x'.repeat(5001) })).toEqual({ description: ['descriptionLong'] });
    expect(fieldErrors({ ...valid, categoryId: '' })).toEqual({ categoryId: ['category'] });
    expect(fieldErrors({ ...valid, incidentDate: '1405/12/31' })).toEqual({ incidentDate: ['incidentDate'] });
    expect(fieldErrors({ ...valid, incidentDate: '1499/01/01' })).toEqual({ incidentDate: ['incidentFuture'] });
    expect(fieldErrors({ ...valid, wantsContact: 'on', contactPhone: '', contactEmail: '' })).toEqual({ contactPhone: ['contactMissing'] });
    expect(fieldErrors({ ...valid, wantsContact: 'on', contactPhone: '12' })).toEqual({ contactPhone: ['contactPhone'] });
    expect(fieldErrors({ ...valid, submissionToken: 'x' })).toEqual({ submissionToken: ['submissionToken'] });
    expect(fieldErrors({ ...valid, submissionToken: undefined })).toEqual({ submissionToken: ['submissionTokenMissing'] });
    expect(fieldErrors({ ...valid, submissionToken: '' })).toEqual({ submissionToken: ['submissionTokenMissing'] });
  });

  it('joins the date picker parts, or gives nothing when all are empty', () => {
    expect(incidentDateFromParts('1405', '9', '2')).toBe('1405/9/2');
    expect(incidentDateFromParts('', '', '')).toBeUndefined();
    expect(incidentDateFromParts('1405', '', '2')).toBe('1405//2');
  });
});

describe('the honeypot', () => {
  const form = (website: string) => {
    const f = new FormData();
    for (const [k, v] of Object.entries({
      kind: 'REPORT',
      categoryId: '1',
      provinceId: '4',
      description: 'چراغ‌های کوچه سه ماه است خاموش مانده است.',
      submissionToken: crypto.randomUUID(),
      website,
    }))
      f.append(k, v);
    return f;
  };
  it("answers a public post that filled it with nothing stored, but never throws a signed-in member's report away (autofill)", () => {
    expect(reportFormInput(form('http://spam.example'))).toEqual({ success: true, data: null });
    expect(reportFormInput(form('http://autofill.example'), { member: true }).data).toMatchObject({ kind: 'REPORT' });
  });
});
