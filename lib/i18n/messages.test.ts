import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fa from '@/messages/fa.json';
import { errorStatus } from '@/lib/errors';

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

describe('message files', () => {
  it('have the same keys in Persian and English', () => {
    expect(keys(en).sort()).toEqual(keys(fa).sort());
  });

  it('have a message for every error code', () => {
    for (const code of Object.keys(errorStatus)) expect(fa.errors).toHaveProperty(code);
  });

  it('have no empty Persian message', () => {
    const tree = fa as Tree;
    for (const key of keys(tree)) expect(key.split('.').reduce<Tree | string>((t, k) => (t as Tree)[k]!, tree)).not.toBe('');
  });
});
