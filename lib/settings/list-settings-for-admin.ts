import 'server-only';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { parseStoredSetting, SETTING_KEYS, SETTINGS, settingDefaults, type SettingKey, type SettingValue } from './registry';

export type AdminSetting = {
  key: SettingKey;
  group: (typeof SETTINGS)[SettingKey]['group'];
  kind: (typeof SETTINGS)[SettingKey]['kind'];
  unit: (typeof SETTINGS)[SettingKey]['unit'];
  /** The environment variable that supplies the default. */
  env: string;
  value: SettingValue;
  defaultValue: SettingValue;
  /** A stored row overrides the default (even one equal to it: it no longer follows the environment). */
  overridden: boolean;
  updatedAt: Date | null;
};

/**
 * Every setting as the administrator edits it, in the registry's order, read fresh (not through the
 * cache): its value in force, the environment's default and whether a row overrides it.
 * Errors: FORBIDDEN (not 'settings:manage').
 */
export async function listSettingsForAdmin({ actor }: { actor: Actor }): Promise<AdminSetting[]> {
  if (!can(actor, 'settings:manage')) throw new AppError('FORBIDDEN');
  const db = await getDb();
  const rows = new Map((await db.setting.findMany()).map((r) => [r.key, r]));
  const defaults = settingDefaults(getEnv());
  return SETTING_KEYS.map((key) => {
    const row = rows.get(key);
    const stored = row ? parseStoredSetting(key, row.value) : null;
    const { group, kind, unit, env } = SETTINGS[key];
    return {
      key,
      group,
      kind,
      unit,
      env,
      value: stored ? stored.value : defaults[key],
      defaultValue: defaults[key],
      overridden: stored !== null,
      updatedAt: row?.updatedAt ?? null,
    };
  });
}
