import 'server-only';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseStoredSetting, settingDefaults, type Settings } from './registry';

/** How long a process trusts what it read: another process sees an administrator's change within this time. */
export const SETTINGS_TTL_MS = 30_000;

type Reader = Pick<Prisma.TransactionClient, 'setting'>;
type Cached = { at: number; settings: Promise<Settings> };

// On globalThis: Next may load this module in more than one bundle of the same process.
const g = globalThis as { __sajamSettings?: Cached };

/**
 * The settings in force (lib/settings/registry.ts): each stored override, else its environment default.
 * The one way the app reads a setting. Cached per process for SETTINGS_TTL_MS; update-settings.ts clears
 * the cache of the process that wrote, so other processes (a second server, the jobs runner) follow
 * within the TTL. Pass `db` inside a transaction: on a cache miss the rows are read through it (the
 * embedded database serves one connection, so a read outside the open transaction would wait for it).
 */
export async function getSettings(db?: Reader): Promise<Settings> {
  const cached = g.__sajamSettings;
  if (cached && Date.now() - cached.at < SETTINGS_TTL_MS) return cached.settings;
  const settings = loadSettings(db ?? (await getDb()));
  const entry = { at: Date.now(), settings };
  g.__sajamSettings = entry;
  // A failed read is not remembered: the next call tries again.
  settings.catch(() => {
    if (g.__sajamSettings === entry) g.__sajamSettings = undefined;
  });
  return settings;
}

/** Forget the cached settings (after a write in this process, and in tests). */
export function invalidateSettings(): void {
  g.__sajamSettings = undefined;
}

/** The stored overrides merged over the environment's defaults, uncached. Invalid or unknown rows are ignored. */
export async function loadSettings(db: Reader): Promise<Settings> {
  const settings = settingDefaults(getEnv());
  for (const row of await db.setting.findMany({ select: { key: true, value: true } })) {
    const stored = parseStoredSetting(row.key, row.value);
    if (stored) Object.assign(settings, { [stored.key]: stored.value });
  }
  return settings;
}
