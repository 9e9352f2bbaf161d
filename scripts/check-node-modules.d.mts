export type Platform = { platform: string; arch: string; libc: string | null };
export type Manifest = {
  name: string;
  version: string;
  os?: string | string[];
  cpu?: string | string[];
  libc?: string | string[];
  scripts?: Record<string, string>;
};
export type Installed = { dir: string; manifest: Manifest };

export declare function accepts(value: string | null, wanted: string | string[] | undefined): boolean;
export declare function currentLibc(): 'glibc' | 'musl' | null;
export declare function currentPlatform(): Platform;
export declare function installsHere(pkg: Manifest, here: Platform): boolean;
export declare function installedPackages(root: string): Generator<Installed>;
export declare function foreignPackages(root: string, here?: Platform): (Installed & { bytes: number })[];
export declare function unreviewedInstallScripts(root: string, allowScripts: Record<string, boolean>): (Installed & { scripts: string[] })[];
