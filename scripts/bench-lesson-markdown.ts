// npm run bench:lesson-markdown — how long lesson texts take to render in the save-time worker (issue #18,
// lib/training/markdown-budget.ts), against its budget of MARKDOWN_PARSE_BUDGET_MS. Each input runs BENCH_RUNS (3)
// times in a fresh worker (warmed up as the check does) and prints the median and max; an input that throws or is too
// deep prints ∞. Ordinary lessons should stay well under the budget and the hostile inputs of the break-it reviews
// well over it. Not a timed test: the figures go to docs/benchmarks.md ("Lesson Markdown").
import { MARKDOWN_PARSE_BUDGET_MS, renderTimeInWorker } from '@/lib/training/markdown-budget';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const ordinary = '## سرتیتر\n\nمتن درس با **تأکید** و [پیوند](https://example.org) و فهرست:\n\n- یک\n- دو\n  - سه\n\n> نقل قول\n\n';
const prose = 'گزارش خوب روشن می‌گوید چه دیده شده، کجا و کی؛ از حدس و داوری دربارهٔ کسی پرهیز می‌کند. ';
const realistic = `## بخش درس\n\n${prose.repeat(4)}**نکته:** ${prose.repeat(2)}[راهنما](https://example.org/guide).\n\n- ${prose}\n- ${prose}\n  - ${prose}\n\n> ${prose}\n\n`;
const fill = (unit: string) => unit.repeat(Math.floor(20_000 / unit.length));
const inputs: [string, string][] = [
  ['a lesson: sections of prose with bold, a link, a nested list and a quote', fill(realistic)],
  ['dense: a heading, link, list and quote every 100 characters', fill(ordinary)],
  ['list items with a link and bold text', fill('- مورد فهرست با [پیوند](https://a.org) و **تأکید**\n')],
  ['plain prose', fill('این یک جملهٔ ساده است که در درس آمده است. ')],
  ['`*a_` × 6,600 (one paragraph)', '*a_'.repeat(6_600) + 'x'],
  ['`a\\n=\\n` × 5,000 (setext headings)', 'a\n=\n'.repeat(5_000)],
  ['`- - - x\\n` × 2,500 (nested list markers)', '- - - x\n'.repeat(2_500)],
  ['`y` then `*\\n` × 9,990', 'y\n\n' + '*\n'.repeat(9_990)],
  ['`-\\n` × 9,990', '-\n'.repeat(9_990)],
  ['`> ` × 9,999 (nested quotes)', '> '.repeat(9_999) + 'x'],
];

console.log(`budget ${MARKDOWN_PARSE_BUDGET_MS} ms, ${runs} runs each`);
console.log('| input | characters | median | max |\n|---|---|---|---|');
for (const [name, markdown] of inputs) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await renderTimeInWorker(markdown, 30_000));
  times.sort((a, b) => a - b);
  const ms = (t: number) => (Number.isFinite(t) ? `${Math.round(t)} ms` : '∞');
  console.log(`| ${name} | ${markdown.length.toLocaleString('en')} | ${ms(times[Math.floor(times.length / 2)]!)} | ${ms(times.at(-1)!)} |`);
}
