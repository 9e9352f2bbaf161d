import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fa from '@/messages/fa.json';
import { CLIENT_NAMESPACES, clientMessages } from './client-messages';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('client messages', () => {
  it('hold every namespace a component reads with useTranslations (the hook runs in the browser too)', () => {
    const used = new Set<string>();
    for (const file of [...files('components'), ...files('app')]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/useTranslations\('([^'.]+)/g)) used.add(m[1]!);
      // A component choosing its namespace by prop: the values it is given.
      if (/useTranslations\(namespace\)/.test(text))
        for (const m of text.matchAll(/namespace: '([^']+)'(?: \| '([^']+)')*/g)) m.slice(1).forEach((n) => n && used.add(n));
    }
    for (const file of files('app')) for (const m of readFileSync(file, 'utf8').matchAll(/namespace="([^"]+)"/g)) used.add(m[1]!);
    expect([...used].filter((ns) => !(CLIENT_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });

  it('leave out what only the server reads', () => {
    const picked = clientMessages(fa);
    expect(Object.keys(picked).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(picked).not.toHaveProperty('infoPages');
    expect(picked).not.toHaveProperty('refusedPage');
  });
});
