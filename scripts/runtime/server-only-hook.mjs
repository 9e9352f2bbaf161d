// Module resolution hook registered by ./without-react-server.mjs: `server-only` → its empty module.
const empty = new URL('../../node_modules/server-only/empty.js', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'server-only') return { url: empty, shortCircuit: true, format: 'commonjs' };
  return nextResolve(specifier, context);
}
