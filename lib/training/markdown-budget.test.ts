import { describe, expect, it } from 'vitest';
import { parsesWithinBudget } from './markdown-budget';

// The inputs a break-it review used to hold the server (issue #18): each is under the 20,000-character limit of a
// lesson and each took the parser seconds on the main thread (or overflowed its stack). The check runs them in a worker.
describe('parsesWithinBudget', () => {
  it('passes an ordinary lesson of the full length', async () => {
    const lesson = '## سرتیتر\n\nمتن درس با **تأکید** و [پیوند](https://example.org) و فهرست:\n\n- یک\n- دو\n  - سه\n\n> نقل قول\n\n';
    expect(await parsesWithinBudget(lesson.repeat(Math.floor(20_000 / lesson.length)))).toBe(true);
  });

  it.each([
    ['emphasis delimiters in one paragraph', '*a_'.repeat(6_600) + 'x'],
    ['setext headings', 'a\n=\n'.repeat(5_000)],
    ['nested list markers', '- - - x\n'.repeat(2_500)],
    ['nested quotes', '> '.repeat(9_999) + 'x'],
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
});
