import 'server-only';
import { Worker } from 'node:worker_threads';

// Markdown that takes the parser too long is refused when a lesson is saved (issue #18, found by a break-it review).
// The parser (micromark, under react-markdown) is fast on prose but not linear on every input: on this project's
// 2-core machine 16,000 `*a_` in one paragraph took 24 s, 5,000 setext headings (`a\n=\n`) 6 s, 2,500 lines of
// nested list markers 2.5 s — each holding the server's only event loop — and 24,000 nested `>` overflowed the stack.
// No rule on the text's shape catches every such input, so the text is parsed once, off the event loop, in a worker
// thread with a time budget; what passes here renders in about that time at most, once per server process
// (components/training/lesson-body.tsx keeps the result). Figures: docs/benchmarks.md "Lesson Markdown".

/** Parse time allowed, in milliseconds, measured inside the worker. Ordinary lessons of 20,000 characters take 5–300 ms. */
export const MARKDOWN_PARSE_BUDGET_MS = 1_000;
/** Levels of nesting in the parsed tree (quotes in lists in quotes…): rendering recurses once per level. */
export const MARKDOWN_MAX_DEPTH = 32;
/** The worker's whole life (start, import, parse) before it is stopped: a slow start on a busy machine is not the text's fault. */
const WORKER_DEADLINE_MS = MARKDOWN_PARSE_BUDGET_MS + 4_000;

// Plain JavaScript evaluated in the worker: the bundler never sees it, so the parser is imported from node_modules at
// run time (mdast-util-from-markdown is a direct dependency, the same parser react-markdown uses).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import('mdast-util-from-markdown').then(({ fromMarkdown }) => {
  const start = performance.now();
  try {
    const tree = fromMarkdown(workerData);
    const ms = performance.now() - start;
    // Depth of the tree, without recursion: rendering it recurses once per level.
    let depth = 0;
    const stack = [[tree, 1]];
    while (stack.length) {
      const [node, d] = stack.pop();
      if (d > depth) depth = d;
      if (node.children) for (const child of node.children) stack.push([child, d + 1]);
    }
    parentPort.postMessage({ ms: depth > ${MARKDOWN_MAX_DEPTH} ? Infinity : ms });
  } catch {
    parentPort.postMessage({ ms: Infinity });
  }
}, (error) => parentPort.postMessage({ error: String(error && error.message) }));
`;

/**
 * Whether `markdown` parses within MARKDOWN_PARSE_BUDGET_MS into a tree at most MARKDOWN_MAX_DEPTH deep. Resolves true or false; never blocks the event loop for
 * longer than starting a worker. A parser that throws (a stack overflow on deep nesting) or runs past the deadline
 * counts as too slow.
 * @throws Error when the worker cannot load the parser at all (a broken install: a 500, not the trainer's fault)
 */
export function parsesWithinBudget(markdown: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: markdown, resourceLimits: { maxOldGenerationSizeMb: 256 } });
    const done = (settle: () => void) => {
      clearTimeout(timer);
      void worker.terminate();
      settle();
    };
    const timer = setTimeout(() => done(() => resolve(false)), WORKER_DEADLINE_MS);
    worker.once('message', (m: { ms?: number; error?: string }) =>
      done(() => (m.error !== undefined ? reject(new Error(`markdown worker: ${m.error}`)) : resolve((m.ms ?? Infinity) <= MARKDOWN_PARSE_BUDGET_MS))),
    );
    // Out of memory or a crash inside the parser: the text is what made it so.
    worker.once('error', () => done(() => resolve(false)));
  });
}
