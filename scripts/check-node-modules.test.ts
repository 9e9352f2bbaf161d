import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accepts, foreignPackages, installsHere, unreviewedInstallScripts, type Manifest } from './check-node-modules.mjs';

const linuxGlibc = { platform: 'linux', arch: 'x64', libc: 'glibc' };
const linuxMusl = { platform: 'linux', arch: 'x64', libc: 'musl' };
const pkg = (name: string, fields: Partial<Manifest> = {}): Manifest => ({ name, version: '1.0.0', ...fields });

describe('which packages npm installs on a platform', () => {
  it('follows npm: a list accepts its values, "!x" refuses x, refusals alone accept the rest', () => {
    expect(accepts('linux', undefined)).toBe(true);
    expect(accepts('linux', ['linux'])).toBe(true);
    expect(accepts('linux', 'darwin')).toBe(false);
    expect(accepts('linux', ['!win32'])).toBe(true);
    expect(accepts('win32', ['!win32'])).toBe(false);
    expect(accepts('x64', ['any'])).toBe(true);
  });

  it('refuses another os, cpu or libc, and a libc it cannot tell', () => {
    expect(installsHere(pkg('@next/swc-linux-x64-gnu', { os: ['linux'], cpu: ['x64'], libc: ['glibc'] }), linuxGlibc)).toBe(true);
    expect(installsHere(pkg('@next/swc-linux-x64-musl', { os: ['linux'], cpu: ['x64'], libc: ['musl'] }), linuxGlibc)).toBe(false);
    expect(installsHere(pkg('@next/swc-linux-x64-musl', { os: ['linux'], cpu: ['x64'], libc: ['musl'] }), linuxMusl)).toBe(true);
    expect(installsHere(pkg('@next/swc-darwin-arm64', { os: ['darwin'], cpu: ['arm64'] }), linuxGlibc)).toBe(false);
    expect(installsHere(pkg('@swc/core-linux-s390x-gnu', { os: ['linux'], cpu: ['s390x'], libc: ['glibc'] }), linuxGlibc)).toBe(false);
    expect(installsHere(pkg('x', { libc: ['glibc'] }), { ...linuxGlibc, libc: null })).toBe(false);
    expect(installsHere(pkg('plain-js'), linuxGlibc)).toBe(true);
  });
});

describe('check-node-modules on an installed tree', () => {
  const root = mkdtempSync(join(tmpdir(), 'sajam-node-modules-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const install = (path: string, manifest: Manifest, files: Record<string, string> = {}) => {
    mkdirSync(join(root, path), { recursive: true });
    writeFileSync(join(root, path, 'package.json'), JSON.stringify(manifest));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(root, path, file), text);
  };
  install('@next/swc-linux-x64-gnu', pkg('@next/swc-linux-x64-gnu', { os: ['linux'], cpu: ['x64'], libc: ['glibc'] }));
  install('@next/swc-darwin-arm64', pkg('@next/swc-darwin-arm64', { os: ['darwin'], cpu: ['arm64'] }), { 'next-swc.node': 'x'.repeat(1000) });
  install('some-tool', pkg('some-tool', { scripts: { test: 'vitest', postinstall: 'node fetch-binary.js' } }));
  install('some-tool/node_modules/lightningcss-win32-x64-msvc', pkg('lightningcss-win32-x64-msvc', { os: ['win32'], cpu: ['x64'] }));
  install('native-addon', pkg('native-addon'), { 'binding.gyp': '{}' });
  install('esbuild', pkg('esbuild', { version: '0.28.2', scripts: { postinstall: 'node install.js' } }));

  it('finds foreign builds at the top and nested, with their size', () => {
    const found = foreignPackages(root, linuxGlibc);
    expect(found.map((p) => p.manifest.name).sort()).toEqual(['@next/swc-darwin-arm64', 'lightningcss-win32-x64-msvc']);
    expect(found.find((p) => p.manifest.name === '@next/swc-darwin-arm64')!.bytes).toBeGreaterThan(1000);
  });

  it('finds install scripts allowScripts does not decide on, by name or name@version', () => {
    const names = (allow: Record<string, boolean>) => unreviewedInstallScripts(root, allow).map((p) => p.manifest.name);
    expect(names({}).sort()).toEqual(['esbuild', 'native-addon', 'some-tool']);
    expect(names({ esbuild: false, 'some-tool@1.0.0': true, 'native-addon@2.0.0': true })).toEqual(['native-addon']);
  });
});

describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
    packages: Record<string, { version?: string; integrity?: string; link?: boolean; inBundle?: boolean; os?: string[]; cpu?: string[] }>;
  };
  const entries = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.link);
  const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

  it('holds only entries npm resolved from the registry (an integrity), none written by hand', () => {
    expect(entries.filter(([, e]) => !e.integrity && !e.inBundle).map(([path]) => path)).toEqual([]);
  });

  it('names the os or cpu of every platform build, so npm ci skips the other platforms', () => {
    const platformBuild = /(^|[-/])(darwin|win32|linux|linuxmusl|android|freebsd|openbsd|netbsd|sunos|aix|openharmony)(-|$)/;
    const builds = entries.filter(([path]) => platformBuild.test(nameOf(path)));
    expect(builds.length).toBeGreaterThan(100);
    expect(builds.filter(([, e]) => !e.os && !e.cpu).map(([path]) => path)).toEqual([]);
  });
});
