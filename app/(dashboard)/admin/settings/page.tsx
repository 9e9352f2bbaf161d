import { getTranslations } from 'next-intl/server';
import { SettingsForm, type SettingGroupFields } from '@/components/settings/settings-form';
import { withFallbackPages } from '@/app/fallback-pages';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { listSettingsForAdmin, type AdminSetting } from '@/lib/settings/list-settings-for-admin';
import { SETTING_GROUPS } from '@/lib/settings/registry';
import { updateSettingsAction } from './actions';

export const generateMetadata = titled('adminSettings', 'title');

/** The administrator's settings (lib/settings/registry.ts): each value in force, its unit, its default from the environment, overridden or not. */
export default withFallbackPages(async function AdminSettings() {
  const { data: settings } = await loadPage({ returnTo: '/admin/settings', permission: 'settings:manage', load: (actor) => listSettingsForAdmin({ actor }) });
  const [t, locale] = await Promise.all([getTranslations('adminSettings'), currentLocale()]);
  const shown = (s: AdminSetting, v: AdminSetting['value']) =>
    typeof v === 'boolean' ? t(v ? 'on' : 'off') : v === null ? t('none') : s.unit ? `${formatNumber(v as number, locale)} ${t(`units.${s.unit}`)}` : String(v);
  const hint = (s: AdminSetting) =>
    [
      t.has(`hints.${s.key}`) ? t(`hints.${s.key}`) : '',
      t('default', { value: shown(s, s.defaultValue), env: s.env }),
      s.overridden && s.updatedAt ? t('overridden', { date: formatDateTime(s.updatedAt, locale) }) : t('notOverridden'),
    ]
      .filter(Boolean)
      .join(' ');
  const groups: SettingGroupFields[] = SETTING_GROUPS.map((group) => ({
    id: group,
    title: t(`groups.${group}`),
    fields: settings
      .filter((s) => s.group === group)
      .map((s) => ({
        key: s.key,
        label: s.unit ? `${t(`fields.${s.key}`)} (${t(`units.${s.unit}`)})` : t(`fields.${s.key}`),
        hint: hint(s),
        value: typeof s.value === 'boolean' ? (s.value ? 'on' : 'off') : s.value === null ? '' : String(s.value),
        input: s.kind === 'onOff' ? 'onOff' : s.kind === 'course' ? 'slug' : 'number',
        overridden: s.overridden,
      })),
  }));
  return (
    <section className="space-y-4" aria-labelledby="settings-title">
      <h1 id="settings-title" className="text-2xl font-bold">
        {t('title')}
      </h1>
      <p className="leading-7 text-muted">{t('intro')}</p>
      <p className="text-sm leading-7 text-muted">{t('secrets')}</p>
      <SettingsForm action={updateSettingsAction} groups={groups} labels={{ save: t('save'), reset: t('reset'), on: t('on'), off: t('off') }} />
    </section>
  );
});
