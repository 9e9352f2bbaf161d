// The pieces the public verification pages share (issue #17's /verify/report, issue #18's /verify/certificate):
// the start page's GET form that forwards a well-formed code, the in-place 404 and 429 answers, and the box of
// facts about what Sajam issued. Each kind names its messages namespace (same keys in both) and its path.
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { VerifyCodeForm } from '@/components/annual-report/verify-code-form';
import { MessagePage } from '@/components/ui/message-page';
import { errorMessage } from '@/lib/actions/action-state';
import { isAppError } from '@/lib/errors';
import { setResponseStatus } from '@/lib/http/response-status.mjs';
import { formatShortCode, normalizeShortCode } from '@/lib/tracking/short-code';

/** What a verification page checks: its messages (title, startIntro, code, codeHint, find, tryAnother, notFound…) and path. */
export type VerifyKind = { namespace: 'verifyReport' | 'certificates'; path: '/verify/report' | '/verify/certificate' };

/** The code as it came in the address, decoded (a malformed escape such as «%E0» is kept as typed, not a 500) and capped. */
export function codeFromPath(param: string): string {
  try {
    return decodeURIComponent(param).slice(0, 40);
  } catch {
    return param.slice(0, 40);
  }
}

/** The page's title, kept out of search engines (a code's page is nobody's business but its holder's). */
export async function verifyMetadata(kind: VerifyKind) {
  return { title: (await getTranslations(kind.namespace))('title'), robots: { index: false } };
}

/**
 * The start page: where a person types a printed code. A code that can be one goes to `<path>/<code>` (which checks
 * it, rate-limited); anything else is said next to the field with what was typed kept. Nothing is looked up here.
 */
export async function VerifyStartPage({ kind, query }: { kind: VerifyKind; query: Record<string, string | string[] | undefined> }) {
  const t = await getTranslations(kind.namespace);
  const typed = typeof query.code === 'string' ? query.code.slice(0, 40) : undefined;
  if (typed !== undefined && typed.trim() !== '') {
    const code = normalizeShortCode(typed);
    if (code) redirect(`${kind.path}/${formatShortCode(code)}`);
  }
  return (
    <article className="mx-auto max-w-xl space-y-5">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="leading-7 text-muted">{t('startIntro')}</p>
      <VerifyCodeForm
        action={kind.path}
        labels={{ code: t('code'), hint: t('codeHint'), submit: t('find') }}
        value={typed}
        error={typed === undefined ? undefined : typed.trim() === '' ? t('errors.codeMissing') : t('errors.code')}
      />
    </article>
  );
}

/**
 * What a code's page says instead of its facts when the lookup refused: NOT_FOUND (every unknown or malformed code
 * alike) as a 404 with a form to try another, RATE_LIMITED as a 429 with the wait. Rendered in place with the status
 * (app/fallback-pages.tsx explains why not notFound()). Null for any other error: the caller rethrows it.
 */
export async function verifyRefusal(error: unknown, kind: VerifyKind): Promise<ReactNode | null> {
  if (!isAppError(error) || (error.code !== 'NOT_FOUND' && error.code !== 'RATE_LIMITED')) return null;
  const [t, errors] = await Promise.all([getTranslations(kind.namespace), getTranslations('errors')]);
  if (error.code === 'NOT_FOUND') {
    setResponseStatus(404);
    return (
      <MessagePage
        title={t('notFoundTitle')}
        body={t('notFound')}
        action={<VerifyCodeForm action={kind.path} labels={{ code: t('tryAnother'), hint: t('codeHint'), submit: t('find') }} />}
      />
    );
  }
  setResponseStatus(429);
  return (
    <article className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-red-800">
        {errorMessage(error, errors)}
      </p>
    </article>
  );
}

/** The box of what Sajam issued under the code: a heading and label–value rows. */
export function VerifiedFacts({ id, heading, rows }: { id: string; heading: string; rows: [string, ReactNode][] }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-xl border border-brand-100 bg-brand-50 p-4">
      <h2 id={id} className="text-lg font-bold text-brand-800">
        {heading}
      </h2>
      <dl className="space-y-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
