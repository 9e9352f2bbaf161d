import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { switchLocale } from '@/app/actions';
import { dashboardsOf, type Actor } from '@/lib/authz';
import { mayOpenTraining } from '@/lib/training/training-access';
import type { Locale } from '@/lib/i18n/format';
import { LogoutButton } from '@/components/auth/logout-button';

const linkClass = 'rounded px-2 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50 hover:underline';

export async function SiteHeader({ actor, locale }: { actor: Actor | null; locale: Locale }) {
  const t = await getTranslations('nav');
  const td = await getTranslations('dashboard');
  const brand = await getTranslations('brand');
  const stats = await getTranslations('stats');
  const outcomes = await getTranslations('outcomesPage');
  const other: Locale = locale === 'fa' ? 'en' : 'fa';

  return (
    <header data-site-chrome className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2 text-brand-800">
          <span className="text-xl font-extrabold">{brand('name')}</span>
          <span className="hidden text-xs text-muted sm:inline">{brand('full')}</span>
        </Link>
        <form action={switchLocale}>
          <input type="hidden" name="locale" value={other} />
          <button type="submit" lang={other} className={linkClass} aria-label={`${t('language')}: ${t('switchTo')}`}>
            {t('switchTo')}
          </button>
        </form>
      </div>
      <nav aria-label={t('label')} className="mx-auto max-w-5xl px-2 pb-2">
        <ul className="flex flex-wrap items-center gap-1">
          <li>
            <Link className={linkClass} href="/report">
              {t('report')}
            </Link>
          </li>
          <li>
            <Link className={linkClass} href="/track">
              {t('track')}
            </Link>
          </li>
          <li>
            <Link className={linkClass} href="/outcomes">
              {outcomes('title')}
            </Link>
          </li>
          <li>
            <Link className={linkClass} href="/stats">
              {stats('navLink')}
            </Link>
          </li>
          {actor ? (
            <>
              {dashboardsOf(actor.roles).map((dashboard) => (
                <li key={dashboard}>
                  <Link className={linkClass} href={`/${dashboard}`}>
                    {td(dashboard)}
                  </Link>
                </li>
              ))}
              {/* Training is every learner's and overseer's too (issue #18); trainers reach it as their dashboard above. */}
              {!actor.roles.includes('TRAINER') && mayOpenTraining(actor) ? (
                <li>
                  <Link className={linkClass} href="/training">
                    {t('training')}
                  </Link>
                </li>
              ) : null}
              {actor.roles.length === 0 ? (
                <li>
                  <Link className={linkClass} href="/application">
                    {t('application')}
                  </Link>
                </li>
              ) : null}
              <li className="ms-auto flex items-center gap-2">
                {actor.name ? <span className="text-xs text-muted">{t('signedInAs', { name: actor.name })}</span> : null}
                <LogoutButton label={t('logout')} className={linkClass} />
              </li>
            </>
          ) : (
            <>
              <li>
                <Link className={linkClass} href="/join">
                  {t('join')}
                </Link>
              </li>
              <li className="ms-auto">
                <Link className={linkClass} href="/login">
                  {t('login')}
                </Link>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}
