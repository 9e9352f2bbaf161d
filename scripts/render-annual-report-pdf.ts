// The annual report's renderer as a child process (lib/annual-report/pdf/render-in-child.ts starts it): reads the
// options as JSON on stdin (figures, locale, verification, generatedAt as ISO, filterLabel), writes the PDF's bytes
// on stdout and its progress on stderr as lines «progress <stage> <percent>». Exit 0 when the whole PDF is written;
// otherwise 1, with a line «error <code>» (an AppError's code, or INTERNAL) on stderr and no bytes promised.
// Runs outside React's server condition (`--import ./scripts/runtime/without-react-server.mjs`): react-pdf needs the
// full React. CPU-bound for seconds: in its own process it never holds the server's event loop.
import { renderAnnualReportPdf } from '@/lib/annual-report/pdf/render-annual-report-pdf';
import { isAppError } from '@/lib/errors';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

try {
  const options = JSON.parse(await readStdin());
  const pdf = await renderAnnualReportPdf({
    ...options,
    generatedAt: new Date(options.generatedAt),
    onProgress: (stage, percent) => process.stderr.write(`progress ${stage} ${percent}\n`),
  });
  await new Promise<void>((resolve, reject) => process.stdout.write(pdf, (error) => (error ? reject(error) : resolve())));
} catch (error) {
  process.stderr.write(`error ${isAppError(error) ? error.code : 'INTERNAL'}\n`);
  if (!isAppError(error)) process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
