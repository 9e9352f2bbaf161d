// npm run bench:certificate — how long a certificate PDF takes to draw (issue #18: the learner's download renders it
// on request, in the server's own process, where the annual report goes to a child process). Renders BENCH_RUNS (20)
// certificates with a long Persian name and course title, after one cold render in this fresh process (fonts loaded
// then), and prints the cold time, median, p95 and max of the warm ones, and the PDF's size. Not a timed test: the
// figures go to docs/benchmarks.md ("Certificate PDF").
//
// Runs without the react-server condition (react-pdf cannot render under it): package.json starts it with
// `tsx --import ./scripts/runtime/without-react-server.mjs`.
import { performance } from 'node:perf_hooks';
import { renderCertificatePdf } from '@/lib/training/certificates/pdf/render-certificate-pdf';

const runs = Number(process.env.BENCH_RUNS ?? 20);
const content = {
  locale: 'fa' as const,
  holderName: 'سیده فاطمه‌زهرا میرمحمدصادقی‌نژاد',
  courseTitle: 'دورهٔ پایهٔ اعضای سجام: گزارش‌دهی امن، محرمانگی و پیگیری',
  version: 3,
  issuedAt: new Date('2026-12-04T08:00:00Z'),
  expiresAt: new Date('2028-12-03T20:30:00Z'),
  verification: { code: 'AB2CD-3EFGH', url: 'https://sajam.example/verify/certificate/AB2CD-3EFGH' },
};

async function timed(): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const pdf = await renderCertificatePdf(content);
  return { ms: performance.now() - start, bytes: pdf.byteLength };
}

const cold = await timed();
const warm: number[] = [];
for (let i = 0; i < runs; i++) warm.push((await timed()).ms);
warm.sort((a, b) => a - b);
const at = (q: number) => warm[Math.min(warm.length - 1, Math.ceil(q * warm.length) - 1)]!;
const ms = (x: number) => `${Math.round(x)} ms`;
console.log('| cold (first in the process) | warm median | warm p95 | warm max | size |');
console.log('|---|---|---|---|---|');
console.log(`| ${ms(cold.ms)} | ${ms(at(0.5))} | ${ms(at(0.95))} | ${ms(warm.at(-1)!)} | ${(cold.bytes / 1024).toFixed(1)} KB |`);
