import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RewritingStream } from 'parse5-html-rewriting-stream';
export declare const DEFERRED_SCRIPT_PATHS: Set<string>;
export declare const DEFERRED_TYPE: string;
export declare const LOADER: string;
export declare const LOADER_SHA256: string;
export declare function wantsDeferredScripts(req: IncomingMessage, env?: NodeJS.ProcessEnv): boolean;
export declare function createScriptDeferrer(): RewritingStream;
export declare function deferScripts(req: IncomingMessage, res: ServerResponse): void;
