import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getEnv } from '@/lib/env';
import { Prisma } from '@/lib/generated/prisma/client';
import { invalidateSettings, loadSettings } from './get-settings';
import { checkSetting, sameSetting, SETTING_KEYS, settingDefaults, type SettingKey, type SettingValue, type SettingsInput } from './registry';

type Change = { before: SettingValue; after: SettingValue; reset: boolean };

/**
 * The administrator changes settings (lib/settings/registry.ts): each value in `values` that differs from
 * the one in force is stored (a row overrides the environment's default), each key in `reset` loses its
 * row (back to the default). Rows and one `settings.updated` audit event (before/after per changed key)
 * are written in one transaction; nothing is written when nothing changed. This process's cache is
 * cleared; other processes follow within SETTINGS_TTL_MS.
 * Errors: FORBIDDEN (not 'settings:manage'); VALIDATION with field errors keyed by setting (a value out of
 * its range, the training gate on without a course, a course that is not a members' course, or the gate on with a
 * course never published): then nothing is written.
 */
export async function updateSettings({ actor, values, reset }: { actor: Actor } & SettingsInput): Promise<{ changed: SettingKey[] }> {
  if (!can(actor, 'settings:manage')) throw new AppError('FORBIDDEN');
  const fieldErrors: Record<string, string[]> = {};
  for (const key of SETTING_KEYS) {
    if (!(key in values)) continue;
    const checked = checkSetting(key, values[key]);
    if (!checked.ok) fieldErrors[key] = [checked.error];
  }
  if (Object.keys(fieldErrors).length) throw new AppError('VALIDATION', 'setting out of range', { fieldErrors });

  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      // Two administrators saving at once: the second waits here and compares with what the first wrote.
      await tx.$queryRaw`LOCK TABLE "Setting" IN SHARE ROW EXCLUSIVE MODE`;
      const before = await loadSettings(tx);
      const stored = new Set((await tx.setting.findMany({ select: { key: true } })).map((r) => r.key));
      const defaults = settingDefaults(getEnv());
      const after = { ...before };
      const changes: Partial<Record<SettingKey, Change>> = {};
      for (const key of SETTING_KEYS) {
        if (reset.includes(key)) {
          if (!stored.has(key)) continue;
          await tx.setting.delete({ where: { key } });
          Object.assign(after, { [key]: defaults[key] });
          changes[key] = { before: before[key], after: defaults[key], reset: true };
        } else if (key in values && !sameSetting(values[key]!, before[key])) {
          const value = values[key]!;
          // A course set to none is stored as JSON null (it overrides a course named in the environment).
          const json = value === null ? Prisma.JsonNull : value;
          await tx.setting.upsert({ where: { key }, create: { key, value: json, updatedById: actor.id }, update: { value: json, updatedById: actor.id } });
          Object.assign(after, { [key]: value });
          changes[key] = { before: before[key], after: value, reset: false };
        }
      }
      if (after.trainingGate && !after.trainingCourse)
        throw new AppError('VALIDATION', 'training gate without a course', { fieldErrors: { trainingCourse: ['courseRequired'] } });
      // The gate must name a course members can take (a break-it review locked every member out with a typo and with
      // the trainers' course): a members' course, published once the gate is on. Checked when either changes.
      if (after.trainingCourse && (changes.trainingCourse || changes.trainingGate)) {
        const course = await tx.course.findUnique({
          where: { slug: after.trainingCourse },
          select: { audience: true, versions: { where: { publishedAt: { not: null } }, select: { id: true }, take: 1 } },
        });
        if (!course || course.audience !== 'MEMBER')
          throw new AppError('VALIDATION', 'training course unknown', { fieldErrors: { trainingCourse: ['courseUnknown'] } });
        if (after.trainingGate && course.versions.length === 0)
          throw new AppError('VALIDATION', 'training course unpublished', { fieldErrors: { trainingCourse: ['courseUnpublished'] } });
      }
      const changed = Object.keys(changes) as SettingKey[];
      if (changed.length)
        await recordAuditEvent(tx, { actorId: actor.id, action: 'settings.updated', objectType: 'settings', objectId: null, meta: { changes } });
      return { changed };
    });
  } finally {
    invalidateSettings();
  }
}
