import type { IncomingMessage, ServerResponse } from 'node:http';
export declare function accessFallbackStatus(error: unknown): 401 | 403 | 404 | undefined;
export declare function handleWithResponseStatus(req: IncomingMessage, res: ServerResponse, handle: () => Promise<void>): Promise<void>;
export declare function setResponseStatus(status: number): void;
