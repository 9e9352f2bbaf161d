// The npm registry reachable from our machines lacks some platform builds (darwin, win32, …) of
// packages such as @swc/core and @tailwindcss/oxide, so `npm install` leaves them out of
// package-lock.json and `npm ci` then refuses the lockfile. This adds a version-only entry for each
// missing optional dependency: npm ci skips it on other platforms and fetches it where it exists.
// Run after every `npm install`: node scripts/lockfile-fill-optional.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    lock.packages[`node_modules/${name}`] = { version, optional: true, ...(pkg.dev ? { dev: true } : {}) };
    added++;
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} missing optional platform entr${added === 1 ? 'y' : 'ies'}`);
