export type ListenAddress = { port: number; hostname: string | undefined };
export declare function listenAddress(argv: readonly string[], env: Record<string, string | undefined>): ListenAddress;
export declare function isWildcard(hostname: string | undefined): boolean;
export declare function siteUrl(address: ListenAddress): string | undefined;
