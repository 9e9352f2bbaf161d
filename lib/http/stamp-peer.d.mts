import type { IncomingMessage } from 'node:http';
export declare const PEER_HEADER: 'x-sajam-peer';
export declare function ensurePeerToken(): string;
export declare function stampPeer(req: IncomingMessage, token: string): void;
export declare function dropUntrustedForwardedHost(req: IncomingMessage): void;
