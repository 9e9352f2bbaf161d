import { describe, expect, it } from 'vitest';
import { MARKDOWN_QUEUE, MARKDOWN_WORKERS, parsesWithinBudget } from './markdown-budget';

// The inputs a break-it review used to hold the server (issue #18): each is under the 20,000-character limit of a
// lesson and each took the parser seconds on the main thread (or overflowed its stack). The check runs them in a worker.
describe('parsesWithinBudget', () => {
  it('passes an ordinary lesson of the full length', async () => {
    // Sections of prose with bold text, a link, a nested list and a quote: about 50 ms of the 600 ms budget
    // (docs/benchmarks.md "Lesson Markdown"), so a busy test machine does not refuse it.
    const prose = 'گزارش خوب روشن می‌گوید چه دیده شده، کجا و کی؛ از حدس و داوری دربارهٔ کسی پرهیز می‌کند. ';
    const lesson = `## بخش درس\n\n${prose.repeat(4)}**نکته:** ${prose.repeat(2)}[راهنما](https://example.org/guide).\n\n- ${prose}\n- ${prose}\n  - ${prose}\n\n> ${prose}\n\n`;
    expect(await parsesWithinBudget(lesson.repeat(Math.floor(20_000 / lesson.length)))).toBe(true);
  });

  it.each([
    ['emphasis delimiters in one paragraph', '*a_'.repeat(6_600) + 'x'],
    ['setext headings', 'a\n=\n'.repeat(5_000)],
    ['nested list markers', '- - - x\n'.repeat(2_500)],
    ['nested quotes', '> '.repeat(9_999) + 'x'],
    // Quick to parse (0.4–0.6 s) but 0.8–1 s to render: passed while only the parse was timed (second review).
    ['lines of single asterisks', 'y\n\n' + '*\n'.repeat(9_990)],
    ['lines of single dashes', '-\n'.repeat(9_990)],
  ])(
    'refuses %s, without blocking the event loop',
    async (_name, markdown) => {
      expect(markdown.length).toBeLessThanOrEqual(20_000);
      let ticks = 0;
      const ticker = setInterval(() => ticks++, 50);
      const ok = await parsesWithinBudget(markdown);
      clearInterval(ticker);
      expect(ok).toBe(false);
      // The main thread kept running while the worker parsed (a blocked loop would not tick at all).
      expect(ticks).toBeGreaterThan(3);
    },
    20_000,
  );

  it(`runs ${MARKDOWN_WORKERS} checks at once, queues ${MARKDOWN_QUEUE}, and refuses more as busy`, async () => {
    // A break-it review sent 40 lesson forms at once: 40 workers took the server from 1.1 to 2.8 GB.
    const n = MARKDOWN_WORKERS + MARKDOWN_QUEUE + 2;
    const outcomes = await Promise.allSettled(Array.from({ length: n }, (_, i) => parsesWithinBudget(`## درس ${i}\n\nمتن کوتاه.`)));
    const busy = outcomes.filter((o) => o.status === 'rejected');
    expect(busy).toHaveLength(2);
    for (const o of busy) expect((o as PromiseRejectedResult).reason).toMatchObject({ code: 'RATE_LIMITED', fieldErrors: { markdown: ['markdownBusy'] } });
    expect(outcomes.filter((o) => o.status === 'fulfilled' && o.value === true)).toHaveLength(MARKDOWN_WORKERS + MARKDOWN_QUEUE);
    // The places are given back: a later check runs.
    expect(await parsesWithinBudget('متن')).toBe(true);
  }, 60_000);
});
