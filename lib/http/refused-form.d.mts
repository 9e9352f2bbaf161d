import type { IncomingMessage, ServerResponse } from 'node:http';
export declare function explainRefusedForms(req: IncomingMessage, res: ServerResponse): void;
