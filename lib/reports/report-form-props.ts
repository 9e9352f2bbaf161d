import 'server-only';
import { randomUUID } from 'node:crypto';
import { ATTACHMENT_LIMITS } from '@/lib/attachments/sanitize';
import { jalaliMonthNames, toJalali, type Locale } from '@/lib/i18n/format';
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from './report-input';
import { reportFormOptions } from './form-options';

/**
 * Everything the report form needs to render: choices, a fresh one-time submission token, the date picker's
 * calendar. `topicsOf`: a member's province — their form offers the national topics and that province's only.
 */
export async function reportFormProps(locale: Locale, { topicsOf }: { topicsOf?: number | null } = {}) {
  const currentYear = toJalali(new Date()).jy;
  const options = await reportFormOptions({ purpose: 'create' });
  return {
    options: topicsOf === undefined ? options : { ...options, topics: options.topics.filter((t) => t.provinceId === null || t.provinceId === topicsOf) },
    submissionToken: randomUUID(),
    locale,
    monthNames: jalaliMonthNames(locale),
    years: Array.from({ length: 6 }, (_, i) => currentYear - i),
    limits: {
      descriptionMin: DESCRIPTION_MIN,
      descriptionMax: DESCRIPTION_MAX,
      maxFiles: ATTACHMENT_LIMITS.maxFiles,
      maxFileMb: ATTACHMENT_LIMITS.maxFileBytes / 1024 / 1024,
      maxTotalMb: ATTACHMENT_LIMITS.maxTotalBytes / 1024 / 1024,
    },
  };
}
