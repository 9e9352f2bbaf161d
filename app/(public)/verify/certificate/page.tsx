import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { VerifyCodeForm } from '@/components/annual-report/verify-code-form';
import { formatShortCode, normalizeShortCode } from '@/lib/tracking/short-code';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: (await getTranslations('certificates'))('title'), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * `/verify/certificate` (public; issue #18): where a person types the code printed on a course certificate. A GET
 * form: a code that can be one goes to `/verify/certificate/<code>` (which checks it, rate-limited); anything else is
 * said next to the field with what was typed kept. Nothing is looked up here.
 */
export default async function VerifyCertificateStartPage({ searchParams }: Props) {
  const [query, t] = await Promise.all([searchParams, getTranslations('certificates')]);
  const typed = typeof query.code === 'string' ? query.code.slice(0, 40) : undefined;
  if (typed !== undefined && typed.trim() !== '') {
    const code = normalizeShortCode(typed);
    if (code) redirect(`/verify/certificate/${formatShortCode(code)}`);
  }
  return (
    <article className="mx-auto max-w-xl space-y-5">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="leading-7 text-muted">{t('startIntro')}</p>
      <VerifyCodeForm
        action="/verify/certificate"
        labels={{ code: t('code'), hint: t('codeHint'), submit: t('find') }}
        value={typed}
        error={typed === undefined ? undefined : typed.trim() === '' ? t('errors.codeMissing') : t('errors.code')}
      />
    </article>
  );
}
