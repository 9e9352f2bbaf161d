'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';
import type { ReportFormOptions } from '@/lib/reports/form-options';
import type { SubmittedState } from '@/lib/reports/submit-report-form';
import { TrackingCodePanel } from './tracking-code-panel';
import { localized } from '@/lib/i18n/format';

type Props = {
  action: (state: ActionState<SubmittedState>, formData: FormData) => Promise<ActionState<SubmittedState>>;
  options: ReportFormOptions;
  submissionToken: string;
  locale: 'fa' | 'en';
  monthNames: string[];
  years: number[];
  /** Members report from their core: no place or contact fields, but they may hide who they are. */
  member?: boolean;
  limits: { descriptionMin: number; descriptionMax: number; maxFiles: number; maxFileMb: number };
};

const kinds = ['REPORT', 'OPINION', 'SUGGESTION'] as const;

export function ReportForm({ action, options, submissionToken, locale, monthNames, years, member = false, limits }: Props) {
  const t = useTranslations('reportForm');
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const v = state.values ?? {};
  const [provinceId, setProvinceId] = useState(v.provinceId ?? '');
  const [wantsContact, setWantsContact] = useState(v.wantsContact === 'on');
  const [length, setLength] = useState((v.description ?? '').length);
  const name = (item: { name: string; nameEn: string }) => localized(item, locale);
  const e = state.fieldErrors ?? {};
  const invalid = (field: string) => (e[field] ? true : undefined);
  const counties = options.provinces.find((p) => String(p.id) === provinceId)?.counties ?? [];

  if (state.ok && state.data) return <TrackingCodePanel code={state.data.trackingCode} qrSvg={state.data.qrSvg} />;

  return (
    <form
      action={formAction}
      noValidate
      className="mt-6 space-y-6 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      aria-describedby="report-form-message"
    >
      <FormMessage id="report-form-message" message={state.message} />
      <input type="hidden" name="submissionToken" value={submissionToken} />
      {/* Honeypot: hidden from people and assistive technology; bots that fill it are ignored. */}
      <div className="hidden" aria-hidden="true">
        <label>
          Website
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>

      <fieldset aria-describedby="kind-error">
        <legend className="font-medium">{t('kind')}</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {kinds.map((kind) => (
            <label key={kind} className="flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 px-3">
              <input type="radio" name="kind" value={kind} defaultChecked={(v.kind ?? 'REPORT') === kind} className="size-4" />
              {t(`kinds.${kind}`)}
            </label>
          ))}
        </div>
        <p id="kind-error" aria-live="polite" className="mt-1 text-sm text-red-800 empty:hidden">
          {e.kind?.join(' ')}
        </p>
      </fieldset>

      <Field id="categoryId" label={t('category')} error={e.categoryId}>
        <select id="categoryId" name="categoryId" defaultValue={v.categoryId ?? ''} required className={inputClass}>
          <option value="">{t('choose')}</option>
          {options.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {name(c)}
            </option>
          ))}
        </select>
      </Field>

      <Field id="topicId" label={t('topic')} hint={t('topicHint')} error={e.topicId}>
        <select id="topicId" name="topicId" defaultValue={v.topicId ?? ''} className={inputClass}>
          <option value="">{t('noTopic')}</option>
          {options.topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {localized(topic, locale)}
            </option>
          ))}
        </select>
      </Field>

      {member ? null : (
        <div className="grid gap-6 sm:grid-cols-2">
          <Field id="provinceId" label={t('province')} error={e.provinceId}>
            <select
              id="provinceId"
              name="provinceId"
              value={provinceId}
              onChange={(event) => setProvinceId(event.target.value)}
              required
              className={inputClass}
            >
              <option value="">{t('choose')}</option>
              {options.provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {name(p)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="countyId" label={t('county')} hint={t('countyHint')} error={e.countyId}>
            <select id="countyId" name="countyId" key={provinceId} defaultValue={v.provinceId === provinceId ? (v.countyId ?? '') : ''} className={inputClass}>
              <option value="">{t('choose')}</option>
              {counties.map((c) => (
                <option key={c.id} value={c.id}>
                  {name(c)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      )}

      <Field id="placeDescription" label={t('place')} hint={t('placeHint')} error={e.placeDescription}>
        <input id="placeDescription" name="placeDescription" type="text" maxLength={300} defaultValue={v.placeDescription} className={inputClass} />
      </Field>

      <fieldset aria-describedby="incidentDate-hint incidentDate-error">
        <legend className="font-medium">{t('incidentDate')}</legend>
        <div className="mt-1 grid grid-cols-3 gap-2">
          <label className="text-sm">
            {t('day')}
            <select name="incidentDay" defaultValue={v.incidentDay ?? ''} aria-invalid={invalid('incidentDate')} className={inputClass}>
              <option value="">—</option>
              {Array.from({ length: 31 }, (_, i) => i + 1).map((d) => (
                <option key={d} value={d}>
                  {d.toLocaleString(locale === 'fa' ? 'fa-IR' : 'en-US')}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            {t('month')}
            <select name="incidentMonth" defaultValue={v.incidentMonth ?? ''} aria-invalid={invalid('incidentDate')} className={inputClass}>
              <option value="">—</option>
              {monthNames.map((m, i) => (
                <option key={m} value={i + 1}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            {t('year')}
            <select name="incidentYear" defaultValue={v.incidentYear ?? ''} aria-invalid={invalid('incidentDate')} className={inputClass}>
              <option value="">—</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y.toLocaleString(locale === 'fa' ? 'fa-IR' : 'en-US', { useGrouping: false })}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p id="incidentDate-hint" className="mt-1 text-xs text-muted">
          {t('incidentDateHint')}
        </p>
        <p id="incidentDate-error" aria-live="polite" className="mt-1 text-sm text-red-800 empty:hidden">
          {e.incidentDate?.join(' ')}
        </p>
      </fieldset>

      <Field
        id="description"
        label={t('description')}
        hint={t('descriptionHint', { min: limits.descriptionMin, max: limits.descriptionMax, count: length })}
        error={e.description}
      >
        <textarea
          id="description"
          name="description"
          rows={7}
          required
          minLength={limits.descriptionMin}
          maxLength={limits.descriptionMax}
          defaultValue={v.description}
          onChange={(event) => setLength(event.target.value.length)}
          className={inputClass}
        />
      </Field>

      <Field id="attachments" label={t('attachments')} hint={t('attachmentsHint', { files: limits.maxFiles, mb: limits.maxFileMb })} error={e.attachments}>
        <input
          id="attachments"
          name="attachments"
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp,application/pdf"
          className={`${inputClass} file:me-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1`}
        />
      </Field>

      {member ? (
        <label className="flex min-h-11 items-start gap-3">
          <input type="checkbox" name="hideIdentity" defaultChecked={v.hideIdentity === 'on'} className="mt-1 size-4" aria-describedby="hideIdentity-hint" />
          <span>
            {t('hideIdentity')}
            <span id="hideIdentity-hint" className="block text-xs text-muted">
              {t('hideIdentityHint')}
            </span>
          </span>
        </label>
      ) : (
        <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4">
          <legend className="px-1 font-medium">{t('contact')}</legend>
          <p className="text-sm text-muted">{t('contactHint')}</p>
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="wantsContact" checked={wantsContact} onChange={(event) => setWantsContact(event.target.checked)} className="size-4" />
            {t('wantsContact')}
          </label>
          {wantsContact ? (
            <div className="grid gap-4 sm:grid-cols-3">
              <Field id="contactName" label={t('contactName')} error={e.contactName}>
                <input id="contactName" name="contactName" type="text" autoComplete="name" defaultValue={v.contactName} className={inputClass} />
              </Field>
              <Field id="contactPhone" label={t('contactPhone')} error={e.contactPhone}>
                <input id="contactPhone" name="contactPhone" type="tel" dir="ltr" autoComplete="tel" defaultValue={v.contactPhone} className={inputClass} />
              </Field>
              <Field id="contactEmail" label={t('contactEmail')} error={e.contactEmail}>
                <input id="contactEmail" name="contactEmail" type="email" dir="ltr" autoComplete="email" defaultValue={v.contactEmail} className={inputClass} />
              </Field>
            </div>
          ) : null}
        </fieldset>
      )}

      <button type="submit" disabled={pending} aria-describedby="submit-status" className={`${buttonClass()} w-full sm:w-auto disabled:opacity-60`}>
        {pending ? t('submitting') : t('submit')}
      </button>
      <p id="submit-status" role="status" className="text-sm text-muted empty:hidden">
        {pending ? t('uploading') : ''}
      </p>
    </form>
  );
}
