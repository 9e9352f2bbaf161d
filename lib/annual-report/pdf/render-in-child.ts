import 'server-only';
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import path from 'node:path';
import { AppError, type ErrorCode, errorStatus } from '@/lib/errors';
import type { PdfProgressStage, RenderAnnualReportPdfOptions } from './render-annual-report-pdf';

/** The child's heap: the 25-page national report's working set fits well inside (docs/benchmarks.md). */
const CHILD_HEAP_MB = 384;
/** The child's niceness: requests to the server and the database come before the report's layout. */
const CHILD_NICENESS = 10;
/** Ten minutes: the national report renders in 5–17 s at national scale (docs/benchmarks.md). */
const CHILD_TIMEOUT_MS = 10 * 60_000;
/** The environment the child inherits: paths, locale, time zone — no secret, no database address. */
const CHILD_ENV = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ', 'NODE_ENV'] as const;

export function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(CHILD_ENV.flatMap((k) => (process.env[k] === undefined ? [] : [[k, process.env[k]!]]))) as NodeJS.ProcessEnv;
}

/**
 * renderAnnualReportPdf in a child process (scripts/render-annual-report-pdf.ts), so that its seconds of CPU-bound
 * layout never hold the server's event loop (the benchmark saw the server not answer for 10–14 s while it rendered
 * in-process) and its memory is returned when it ends. The figures go as JSON on stdin, the bytes come back on
 * stdout, progress on stderr. The child runs the same TypeScript through tsx outside React's server condition
 * (react-pdf needs the full React), from the project's root (`process.cwd()`, where `npm start` runs).
 * @throws AppError with the child's code (e.g. VALIDATION) when it refused the options; INTERNAL when it failed or
 *   wrote no PDF (its stderr goes into the error's cause, for the log).
 */
export function renderAnnualReportPdfInChild(options: RenderAnnualReportPdfOptions): Promise<Uint8Array> {
  const { onProgress, ...content } = options;
  const root = process.cwd();
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${CHILD_HEAP_MB}`,
      '--import',
      'tsx',
      '--import',
      path.join(/*turbopackIgnore: true*/ root, 'scripts/runtime/without-react-server.mjs'),
      path.join(/*turbopackIgnore: true*/ root, 'scripts/render-annual-report-pdf.ts'),
    ],
    // Only what Node and tsx need: the renderer reads no setting, and the server's secrets stay in the server.
    { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env: childEnv() },
  );
  // A renderer that never ends is killed well before the stuck sweep (15 minutes) fails its run.
  const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
  timer.unref();
  // Below the server in the scheduler (nice 10): pages keep answering first; the report takes the CPU they leave.
  if (child.pid !== undefined) {
    try {
      setPriority(child.pid, CHILD_NICENESS);
    } catch {
      // Not permitted (some containers): it runs at the server's priority.
    }
  }
  const out: Buffer[] = [];
  let err = '';
  let code: ErrorCode = 'INTERNAL';
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.setEncoding('utf8');
  let pending = '';
  child.stderr.on('data', (text: string) => {
    pending = (pending + text).slice(-64_000);
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      const progress = /^progress (\w+) (\d+)$/.exec(line);
      const failed = /^error (\w+)$/.exec(line);
      if (progress) onProgress?.(progress[1] as PdfProgressStage, Number(progress[2]));
      else if (failed && failed[1]! in errorStatus) code = failed[1] as ErrorCode;
      else err = `${err}${line}\n`.slice(-8_000);
    }
  });
  // A child that dies before reading its input (a missing tsx, an import error, the OOM killer) breaks the pipe:
  // without a listener that EPIPE would be an uncaught exception in the server. Its exit code says what happened.
  child.stdin.on('error', () => {});
  child.stdin.end(JSON.stringify({ ...content, generatedAt: content.generatedAt.toISOString() }));
  return new Promise((resolve, reject) => {
    child.on('error', (error) => reject(new AppError('INTERNAL', 'annual report renderer did not start', { cause: error })));
    child.on('close', (exit) => {
      clearTimeout(timer);
      const bytes = Buffer.concat(out);
      if (exit === 0 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      else reject(new AppError(code, `annual report renderer exited with ${exit}`, { cause: new Error(err.trim() || 'no output') }));
    });
  });
}
