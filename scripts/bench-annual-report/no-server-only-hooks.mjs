// The resolve hook registered by no-server-only.mjs: `server-only` → lib/testing/empty-module.ts (the Vitest alias).
const EMPTY = new URL('../../lib/testing/empty-module.ts', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'server-only') return nextResolve(EMPTY, context);
  return nextResolve(specifier, context);
}
