// CI check, run by .ci/run right after `npm ci`, of what the install left in node_modules:
//
// 1. No package built for another platform. npm leaves out a platform package only when its
//    package-lock.json entry carries the `os`, `cpu` and `libc` of the package's own package.json.
//    Entries without them (what the removed scripts/lockfile-fill-optional.mjs wrote) made every `npm ci`
//    install the darwin, win32, arm and s390x builds of @next/swc, @swc/core, @tailwindcss/oxide and
//    @unrs/resolver-binding: 568 MB more, 1.5 GB of node_modules instead of 0.96 GB.
// 2. No dependency whose install script package.json `allowScripts` has not decided on. npm 11 skips
//    those scripts and ends every install with a notice; a new one must be approved or denied knowingly.
//
// Usage: node scripts/check-node-modules.mjs [node_modules directory]   (exit 1 when either is found)
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * npm's own rule (npm-install-checks `checkList`): a list of accepted values, "!value" refusing one;
 * a list of refusals only accepts everything else; `any` or no list accepts everything.
 * @param {string | null} value
 * @param {string | string[] | undefined} wanted
 */
export function accepts(value, wanted) {
  if (wanted === undefined) return true;
  const list = typeof wanted === 'string' ? [wanted] : wanted;
  if (list.length === 1 && list[0] === 'any') return true;
  let match = false;
  let refusals = 0;
  for (const entry of list) {
    if (entry.startsWith('!')) {
      refusals++;
      if (entry.slice(1) === value) return false;
    } else if (entry === value) match = true;
  }
  return match || refusals === list.length;
}

/** `glibc`, `musl`, or null (not Linux, or not known): how npm tells the two apart. */
export function currentLibc() {
  if (process.platform !== 'linux') return null;
  const report = /** @type {{ header?: { glibcVersionRuntime?: string }, sharedObjects?: string[] }} */ (process.report.getReport());
  if (report.header?.glibcVersionRuntime) return 'glibc';
  return report.sharedObjects?.some((file) => file.includes('libc.musl-') || file.includes('ld-musl-')) ? 'musl' : null;
}

/** @returns {import('./check-node-modules.d.mts').Platform} */
export function currentPlatform() {
  return { platform: process.platform, arch: process.arch, libc: currentLibc() };
}

/** @param {import('./check-node-modules.d.mts').Manifest} pkg @param {import('./check-node-modules.d.mts').Platform} here */
export function installsHere(pkg, here) {
  if (!accepts(here.platform, pkg.os) || !accepts(here.arch, pkg.cpu)) return false;
  // npm refuses a package that names a libc wherever the libc is not known to be one of them.
  return pkg.libc === undefined || (here.libc !== null && accepts(here.libc, pkg.libc));
}

/** Every installed package under `root`, nested node_modules included (symlinks are not followed). */
export function* installedPackages(root) {
  for (const entry of readdirOrNone(root)) {
    if (entry.startsWith('.')) continue;
    const dir = join(root, entry);
    if (!lstatSync(dir).isDirectory()) continue;
    if (entry.startsWith('@')) {
      yield* installedPackages(dir);
      continue;
    }
    const manifest = readManifest(dir);
    if (manifest) yield { dir, manifest };
    yield* installedPackages(join(dir, 'node_modules'));
  }
}

/** The installed packages npm would not install on `here`, with the platforms they declare and their size. */
export function foreignPackages(root, here = currentPlatform()) {
  const found = [];
  for (const { dir, manifest } of installedPackages(root)) {
    if (!installsHere(manifest, here)) found.push({ dir, manifest, bytes: sizeOf(dir) });
  }
  return found;
}

const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];

/**
 * The installed packages with an install script that `allowScripts` (package.json) neither approves
 * nor denies. A key is a name or `name@version`; npm also reads a binding.gyp as `install: node-gyp rebuild`.
 * @param {string} root @param {Record<string, boolean>} allowScripts
 */
export function unreviewedInstallScripts(root, allowScripts) {
  const decided = (name, version) => Object.keys(allowScripts).some((key) => key === name || key === `${name}@${version}`);
  const found = [];
  for (const { dir, manifest } of installedPackages(root)) {
    const scripts = INSTALL_SCRIPTS.filter((s) => manifest.scripts?.[s]);
    if (scripts.length === 0 && existsSync(join(dir, 'binding.gyp'))) scripts.push('install');
    if (scripts.length && !decided(manifest.name, manifest.version)) found.push({ dir, manifest, scripts });
  }
  return found;
}

function readManifest(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  } catch {
    return null;
  }
}

function readdirOrNone(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function sizeOf(dir) {
  let bytes = 0;
  for (const entry of readdirOrNone(dir)) {
    const stat = lstatSync(join(dir, entry));
    bytes += stat.isDirectory() ? sizeOf(join(dir, entry)) : stat.size;
  }
  return bytes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.argv[2] ?? 'node_modules';
  const here = currentPlatform();
  const where = `${here.platform}/${here.arch}${here.libc ? `/${here.libc}` : ''}`;
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  let failed = false;

  const foreign = foreignPackages(root, here);
  if (foreign.length) {
    failed = true;
    console.error(`node_modules holds ${foreign.length} package(s) built for another platform than ${where}:`);
    for (const { dir, manifest: m, bytes } of foreign) {
      const wants = ['os', 'cpu', 'libc'].filter((k) => m[k] !== undefined).map((k) => `${k}=${[m[k]].flat().join(',')}`);
      console.error(`  ${relative('.', dir)} (${m.name}@${m.version}: ${wants.join(' ')}) ${mb(bytes)}`);
    }
    console.error(
      `${mb(foreign.reduce((sum, p) => sum + p.bytes, 0))} in all. Their package-lock.json entries lack the package's os/cpu/libc: ` +
        'delete those entries and run `npm install --package-lock-only`, which writes them from the registry.',
    );
  } else {
    console.log(`node_modules: no package built for another platform than ${where}`);
  }

  const allowScripts = readManifest('.')?.allowScripts ?? {};
  const unreviewed = unreviewedInstallScripts(root, allowScripts);
  if (unreviewed.length) {
    failed = true;
    console.error('install scripts that package.json "allowScripts" does not decide on (npm skipped them):');
    for (const { manifest: m, scripts } of unreviewed) console.error(`  ${m.name}@${m.version} (${scripts.join(', ')})`);
    console.error('Read each script, then `npm install-scripts approve <name>` or `npm install-scripts deny <name>` (README, "Requirements").');
  } else {
    console.log('node_modules: every install script is approved or denied in package.json "allowScripts"');
  }
  if (failed) process.exit(1);
}
