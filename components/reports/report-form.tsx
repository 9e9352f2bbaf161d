'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { ProvinceCountyFields } from '@/components/places/province-county-fields';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import { Select, TextArea, TextInput } from '@/components/ui/inputs';
import { useFormAction } from '@/components/ui/use-form-action';
import { chosenFiles } from '@/components/ui/form-on-screen';
import { UploadProgress } from '@/components/ui/upload-progress';
import { useLocalDraft } from '@/components/ui/use-local-draft';
import type { ActionState } from '@/lib/actions/action-state';
import { formatMegabytes, localized, localDigits } from '@/lib/i18n/format';
import type { ReportFormOptions } from '@/lib/reports/form-options';
import type { SubmittedState } from '@/lib/reports/submit-report-form';
import { ChosenFiles } from './chosen-files';
import { TrackingCodePanel } from './tracking-code-panel';

type Props = {
  action: (state: ActionState<SubmittedState>, formData: FormData) => Promise<ActionState<SubmittedState>>;
  /** The same action as a form action route (e.g. /report/send): attachments go with a progress bar. */
  upload: string;
  options: ReportFormOptions;
  submissionToken: string;
  locale: 'fa' | 'en';
  monthNames: string[];
  years: number[];
  /** Members report from their core: no place or contact fields, but they may hide who they are. */
  member?: boolean;
  /** The member's account id: their draft is kept under it. */
  draftOwner?: string;
  limits: { descriptionMin: number; descriptionMax: number; maxFiles: number; maxFileMb: number; maxTotalMb: number };
  /** First values of a fresh form (e.g. the topic chosen on the home page); what was sent wins after an answer. */
  defaults?: Record<string, string>;
};

const kinds = ['REPORT', 'OPINION', 'SUGGESTION'] as const;
// A member's draft belongs to their account: on a shared device another member (their core head, say)
// never finds it in their own form.
const draftKey = (member: boolean, owner?: string) => (member ? `sajam:draft:member-report:${owner ?? ''}` : 'sajam:draft:report');
const MB = 1024 * 1024;
const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];

/**
 * The report form. Works without JavaScript (the county list is grouped by province, the contact fields
 * show by CSS when the box is ticked); with it, the county list follows the province, the description
 * counts its characters, and chosen files are checked against the limits before anything is sent.
 */
export function ReportForm({ action, upload, options, submissionToken, locale, monthNames, years, member = false, draftOwner, limits, defaults }: Props) {
  const t = useTranslations('reportForm');
  const shared = useTranslations('sharedErrors.attachments');
  const { state, pending, progress, cancel, formProps } = useFormAction(action, { summaryId: 'report-form-message', doneId: 'done', upload });
  // Kept on this device as the reporter types; read back once when the page opens (issue #12).
  const draft = useLocalDraft(formProps.ref, draftKey(member, draftOwner), { done: Boolean(state.ok && state.data) });
  const v = state.values ?? draft.restored ?? defaults ?? {};
  // Refilled from a draft (or emptied when it is cleared): the form starts again with new first values.
  const formKey = draft.restored ? 'draft' : 'fresh';
  const [hydrated, setHydrated] = useState(false);
  const [length, setLength] = useState((v.description ?? '').length);
  const [chosen, setChosen] = useState<File[]>([]);
  // The province on screen, known once scripts run: the topic list follows it.
  const [province, setProvince] = useState('');
  const filesRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  // After hydration, and whenever the form starts again: the counter and the chosen files follow what is on
  // screen, which may have been typed and picked before the scripts arrived (form-on-screen.ts).
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHydrated(true);
    setLength(descriptionRef.current?.value.length ?? 0);
    setChosen(chosenFiles(filesRef.current));
  }, [formKey]);
  const files = { count: chosen.length, bytes: chosen.reduce((sum, f) => sum + f.size, 0), largest: Math.max(0, ...chosen.map((f) => f.size)) };
  const wrongType = chosen.some((f) => !ACCEPTED.includes(f.type));
  // Takes one file out of the input itself (a FileList is read-only; a DataTransfer makes a new one).
  const removeFile = (index: number) => {
    const input = filesRef.current;
    if (!input) return;
    const kept = new DataTransfer();
    chosen.forEach((f, i) => i !== index && kept.items.add(f));
    input.files = kept.files;
    setChosen([...kept.files]);
  };
  const name = (item: { name: string; nameEn: string }) => localized(item, locale);
  const fileProblem =
    files.count > limits.maxFiles
      ? shared('count')
      : wrongType
        ? shared('type')
        : files.largest > limits.maxFileMb * MB || files.bytes > limits.maxTotalMb * MB
          ? shared('size')
          : undefined;
  const e: Record<string, string[] | undefined> = { ...state.fieldErrors, ...(fileProblem ? { attachments: [fileProblem] } : {}) };
  const labels: Record<string, string> = {
    kind: t('kind'),
    categoryId: t('category'),
    topicId: t('topic'),
    provinceId: t('province'),
    countyId: t('county'),
    placeDescription: t('place'),
    incidentDate: t('incidentDate'),
    description: t('description'),
    attachments: t('attachments'),
    contactName: t('contactName'),
    contactPhone: t('contactPhone'),
    contactEmail: t('contactEmail'),
    statusMobile: t('statusMobile'),
  };
  const places = options.provinces.map((p) => ({ id: p.id, name: name(p), counties: p.counties.map((c) => ({ id: c.id, name: name(c) })) }));

  if (state.ok && state.data) return <TrackingCodePanel code={state.data.trackingCode} qrSvg={state.data.qrSvg} />;

  return (
    <form
      {...formProps}
      key={formKey}
      data-draft-key={draftKey(member, draftOwner)}
      onSubmit={(event) => {
        // Files past the limits are not sent at all: on a slow link, 25 MB is minutes of waiting for a refusal.
        if (fileProblem) {
          event.preventDefault();
          document.getElementById('attachments')?.focus();
          return;
        }
        formProps.onSubmit(event);
      }}
      noValidate
      className="mt-6 space-y-6 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      aria-describedby="report-form-message"
    >
      <FormMessage id="report-form-message" message={state.message} errors={state.fieldErrors} labels={labels} />
      {hydrated && draft.saved ? (
        <div role="note" className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-950">
          <p>{t('draft.saved')}</p>
          <button type="button" onClick={draft.clear} className={buttonClass('secondary')}>
            {t('draft.clear')}
          </button>
        </div>
      ) : null}
      {draft.earlier ? (
        <div role="note" className="space-y-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-950">
          <p>{t('draft.earlier')}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={draft.restoreEarlier} className={buttonClass('secondary')}>
              {t('draft.restore')}
            </button>
            <button type="button" onClick={draft.clear} className={buttonClass('secondary')}>
              {t('draft.clear')}
            </button>
          </div>
        </div>
      ) : null}
      <input type="hidden" name="submissionToken" value={submissionToken} />
      {/* Honeypot: hidden from people and assistive technology; bots that fill it are ignored. */}
      <div className="hidden" aria-hidden="true">
        <label>
          Website
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>

      <fieldset id="kind" tabIndex={-1} aria-describedby="kind-error">
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
        <Select name="categoryId" defaultValue={v.categoryId ?? ''} required>
          <option value="">{t('choose')}</option>
          {options.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {name(c)}
            </option>
          ))}
        </Select>
      </Field>

      <Field id="topicId" label={t('topic')} hint={t('topicHint')} error={e.topicId}>
        <Select name="topicId" defaultValue={v.topicId ?? ''}>
          <option value="">{t('noTopic')}</option>
          {/* Once scripts run and a province is chosen, another province's topics are not offered (the server refuses them anyway). */}
          {options.topics
            .filter((topic) => !province || topic.provinceId === null || String(topic.provinceId) === province)
            .map((topic) => (
              <option key={topic.id} value={topic.id}>
                {/* A province's topic says so: it is accepted only for a report from that province. */}
                {topic.province ? t('topicOfProvince', { title: localized(topic, locale), province: name(topic.province) }) : localized(topic, locale)}
              </option>
            ))}
        </Select>
      </Field>

      {member ? null : (
        <ProvinceCountyFields
          provinces={places}
          labels={{ province: t('province'), county: t('county'), countyHint: t('countyHint'), choose: t('choose') }}
          errors={e}
          defaults={v}
          required
          onProvince={setProvince}
        />
      )}

      <Field id="placeDescription" label={t('place')} hint={t('placeHint')} error={e.placeDescription}>
        <TextInput name="placeDescription" defaultValue={v.placeDescription} />
      </Field>

      <fieldset id="incidentDate" tabIndex={-1} aria-describedby="incidentDate-hint incidentDate-error">
        <legend className="font-medium">{t('incidentDate')}</legend>
        <div className="mt-1 grid grid-cols-3 gap-2">
          <label className="text-sm">
            {t('day')}
            <Select name="incidentDay" defaultValue={v.incidentDay ?? ''} aria-invalid={e.incidentDate ? true : undefined}>
              <option value="">—</option>
              {Array.from({ length: 31 }, (_, i) => i + 1).map((d) => (
                <option key={d} value={d}>
                  {localDigits(d, locale)}
                </option>
              ))}
            </Select>
          </label>
          <label className="text-sm">
            {t('month')}
            <Select name="incidentMonth" defaultValue={v.incidentMonth ?? ''} aria-invalid={e.incidentDate ? true : undefined}>
              <option value="">—</option>
              {monthNames.map((m, i) => (
                <option key={m} value={i + 1}>
                  {m}
                </option>
              ))}
            </Select>
          </label>
          <label className="text-sm">
            {t('year')}
            <Select name="incidentYear" defaultValue={v.incidentYear ?? ''} aria-invalid={e.incidentDate ? true : undefined}>
              <option value="">—</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {localDigits(y, locale)}
                </option>
              ))}
            </Select>
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
        hint={t('descriptionHint', { min: limits.descriptionMin, max: limits.descriptionMax })}
        error={e.description}
      >
        {/* No maxLength: the browser would cut a long paste silently; the counter and the server say the limit. */}
        <TextArea
          ref={descriptionRef}
          name="description"
          rows={7}
          required
          defaultValue={v.description}
          onChange={(event) => setLength(event.target.value.length)}
        />
      </Field>
      <p className={`-mt-5 text-xs ${length > limits.descriptionMax ? 'font-semibold text-red-800' : 'text-muted'}`}>
        {t('descriptionCount', { count: length, max: limits.descriptionMax })}
      </p>

      <Field
        id="attachments"
        label={t('attachments')}
        hint={t('attachmentsHint', { files: limits.maxFiles, mb: limits.maxFileMb, totalMb: limits.maxTotalMb })}
        error={e.attachments}
      >
        <input
          ref={filesRef}
          name="attachments"
          type="file"
          multiple
          accept={ACCEPTED.join(',')}
          onChange={(event) => setChosen([...(event.target.files ?? [])])}
          className={`${inputClass} file:me-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1`}
        />
      </Field>
      {/* A page rendered by the server after a refused post (no JavaScript): files are never refilled, so say so. */}
      {!hydrated && state.message ? <p className="-mt-5 text-sm font-medium text-amber-900">{t('filesAgain')}</p> : null}
      {files.count ? <p className="-mt-5 text-xs text-muted">{t('chosenFiles', { count: files.count, mb: formatMegabytes(files.bytes, locale) })}</p> : null}
      <ChosenFiles files={chosen} onRemove={removeFile} locale={locale} />

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
        <fieldset className="group space-y-4 rounded-lg border border-slate-200 p-4">
          <legend className="px-1 font-medium">{t('contact')}</legend>
          <p className="text-sm text-muted">{t('contactHint')}</p>
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="wantsContact" defaultChecked={v.wantsContact === 'on'} className="size-4" />
            {t('wantsContact')}
          </label>
          {/* Shown by CSS when the box is ticked, so it works without JavaScript; the server keeps nothing unless it is. */}
          <div className="hidden gap-4 group-has-checked:grid sm:grid-cols-3">
            <Field id="contactName" label={t('contactName')} error={e.contactName}>
              <TextInput name="contactName" autoComplete="name" defaultValue={v.contactName} />
            </Field>
            <Field id="contactPhone" label={t('contactPhone')} error={e.contactPhone}>
              <TextInput name="contactPhone" type="tel" dir="ltr" autoComplete="tel" defaultValue={v.contactPhone} />
            </Field>
            <Field id="contactEmail" label={t('contactEmail')} error={e.contactEmail}>
              <TextInput name="contactEmail" type="email" dir="ltr" autoComplete="email" defaultValue={v.contactEmail} />
            </Field>
          </div>
        </fieldset>
      )}

      {member ? null : (
        <Field id="statusMobile" label={t('statusMobile')} hint={t('statusMobileHint')} error={e.statusMobile}>
          <TextInput name="statusMobile" type="tel" dir="ltr" autoComplete="off" inputMode="tel" defaultValue={v.statusMobile} />
        </Field>
      )}

      <button type="submit" disabled={pending} aria-describedby="submit-status" className={`${buttonClass()} w-full sm:w-auto disabled:opacity-60`}>
        {pending ? t('submitting') : t('submit')}
      </button>
      {progress ? <UploadProgress progress={progress} onCancel={cancel} /> : null}
      <p id="submit-status" role="status" className="text-sm text-muted empty:hidden">
        {pending && !progress ? t('uploading') : ''}
      </p>
    </form>
  );
}
