import type { IncomingMessage, ServerResponse } from 'node:http';
export declare const BODY_LIMITS: [string, number][];
export declare function bodyLimitFor(pathname: string): number;
export declare function refuseUnacceptableBody(req: IncomingMessage, res: ServerResponse): boolean;
export declare const URLENCODED_LIMIT: number;
export declare function refusedFormPage(code: string): string;
export declare function refuseMalformedPath(req: IncomingMessage, res: ServerResponse): boolean;
