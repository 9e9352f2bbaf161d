import 'server-only';
import { Worker } from 'node:worker_threads';

import { AppError } from '@/lib/errors';
import { lessonSanitizeSchema } from './lesson-markdown';

// Markdown that takes the renderer too long is refused when a lesson is saved (issue #18, found by break-it reviews).
// The parser (micromark, under react-markdown) is fast on prose but not linear on every input: on this project's
// 2-core machine 16,000 `*a_` in one paragraph took 24 s, 5,000 setext headings (`a\n=\n`) 6 s, 2,500 lines of
// nested list markers 2.5 s — each holding the server's only event loop — and 24,000 nested `>` overflowed the stack.
// No rule on the text's shape catches every such input, so the text is rendered once, off the event loop, in a worker
// thread with a time budget — the whole render the lesson page does, warm (parse, remark-rehype, rehype-sanitize, React to
// markup), not the parse alone, which is a third to a half of it (a second review passed 10,000 lines of `*` whose
// page render then took 1–1.7 s); what passes here renders in about that time at most, once per server process
// (components/training/lesson-body.tsx keeps the result). Figures: docs/benchmarks.md "Lesson Markdown".

/**
 * Render time allowed, in milliseconds, measured inside the worker after warming the renderer up. Ordinary lessons of 20,000 characters take 5–300 ms; the slowest inputs the reviews found, 800–1,000 ms.
 */
export const MARKDOWN_PARSE_BUDGET_MS = 600;
/** Levels of nesting in the parsed tree (quotes in lists in quotes…): rendering recurses once per level. */
export const MARKDOWN_MAX_DEPTH = 32;
/** Time to start the worker, import the renderer and warm it up, before the text's own time starts. */
const WORKER_START_DEADLINE_MS = 10_000;

/** A lesson's usual elements, rendered before the timed text (about 4,000 characters). */
const WARM_UP = '## سرتیتر\n\nمتن درس با **تأکید**، _کج_، `کد` و [پیوند](https://example.org):\n\n- یک\n- دو\n  1. سه\n\n> نقل قول\n\n'.repeat(30);

// Plain JavaScript evaluated in the worker: the bundler never sees it, so the renderer is imported from node_modules
// at run time, resolved from the server's working directory (like the PDF fonts: README "Requirements"); these are the
// page's own direct dependencies. The page's components and URL filter are left out: they change the elements made,
// not the work. A remark plugin measures the tree's depth before it is turned into HTML.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
Promise.all([import('react'), import('react-dom/server'), import('react-markdown'), import('rehype-sanitize')]).then(
  ([react, server, markdown, sanitize]) => {
    const tooDeep = () => (tree) => {
      let depth = 0;
      const stack = [[tree, 1]];
      while (stack.length) {
        const [node, d] = stack.pop();
        if (d > depth) depth = d;
        if (node.children) for (const child of node.children) stack.push([child, d + 1]);
      }
      if (depth > ${MARKDOWN_MAX_DEPTH}) throw new Error('too deep');
    };
    const render = (text) =>
      server.renderToStaticMarkup(
        react.createElement(markdown.default, {
          children: text,
          skipHtml: true,
          remarkPlugins: [tooDeep],
          rehypePlugins: [[sanitize.default, workerData.schema]],
        }),
      );
    // A warm renderer, as in a server process that has shown lessons before: a cold one is 2-3 times slower on the
    // first text, which would refuse ordinary lessons on a busy machine.
    for (let i = 0; i < 3; i++) render(${JSON.stringify(WARM_UP)});
    parentPort.postMessage({ started: true });
    const start = performance.now();
    try {
      render(workerData.markdown);
      parentPort.postMessage({ ms: performance.now() - start });
    } catch {
      parentPort.postMessage({ ms: Infinity });
    }
  },
  (error) => parentPort.postMessage({ error: String(error && error.message) }),
);
`;

/**
 * Milliseconds `markdown` takes to render in a worker (as components/training/lesson-body.tsx renders it, after a
 * warm-up), Infinity when its tree is deeper than MARKDOWN_MAX_DEPTH, the renderer throws (a stack overflow on deep
 * nesting) or crashes, or rendering runs past `stopAfterMs` (then it is stopped: the answer is known). Never blocks
 * the event loop for longer than starting a worker.
 * @throws Error when the worker cannot load the renderer at all (a broken install: a 500, not the trainer's fault)
 */
export function renderTimeInWorker(markdown: string, stopAfterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      // No inherited options: under `--conditions=react-server` (scripts, tests) react-dom/server refuses to load.
      execArgv: [],
      workerData: { markdown, schema: lessonSanitizeSchema },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    const done = (settle: () => void) => {
      clearTimeout(timer);
      void worker.terminate();
      settle();
    };
    // Starting and importing: a slow start on a busy machine is not the text's fault.
    let timer = setTimeout(() => done(() => resolve(Infinity)), WORKER_START_DEADLINE_MS);
    worker.on('message', (m: { started?: boolean; ms?: number; error?: string }) => {
      if (m.started) {
        clearTimeout(timer);
        timer = setTimeout(() => done(() => resolve(Infinity)), stopAfterMs + 200);
        return;
      }
      done(() => (m.error !== undefined ? reject(new Error(`markdown worker: ${m.error}`)) : resolve(m.ms ?? Infinity)));
    });
    // Out of memory or a crash inside the renderer: the text is what made it so.
    worker.once('error', () => done(() => resolve(Infinity)));
  });
}

/**
 * Workers rendering at once, and checks waiting for one, per server process. Each worker may take 256 MB and a core
 * for up to a second: a break-it review sent 40 lesson forms at once and took the server from 1.1 to 2.8 GB, with
 * /api/health at 5 s. Beyond the queue a save is refused as busy rather than queued without end.
 */
export const MARKDOWN_WORKERS = 2;
export const MARKDOWN_QUEUE = 6;
let running = 0;
const waiting: (() => void)[] = [];

/** Runs `task` when a worker place is free; RATE_LIMITED (`markdown: markdownBusy`) when the queue is full. */
async function inWorkerPlace<T>(task: () => Promise<T>): Promise<T> {
  if (running >= MARKDOWN_WORKERS) {
    if (waiting.length >= MARKDOWN_QUEUE)
      throw new AppError('RATE_LIMITED', 'markdown checks busy', { retryAfterSeconds: 10, fieldErrors: { markdown: ['markdownBusy'] } });
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else running++;
  try {
    return await task();
  } finally {
    // The place passes to the next waiting check, or is given back.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/**
 * Whether `markdown` renders within MARKDOWN_PARSE_BUDGET_MS (renderTimeInWorker): the check when a lesson is saved,
 * at most MARKDOWN_WORKERS at once per process.
 * @throws AppError RATE_LIMITED (`markdown: markdownBusy`) when MARKDOWN_QUEUE checks already wait for a place
 */
export async function parsesWithinBudget(markdown: string): Promise<boolean> {
  return inWorkerPlace(async () => (await renderTimeInWorker(markdown, MARKDOWN_PARSE_BUDGET_MS)) <= MARKDOWN_PARSE_BUDGET_MS);
}
