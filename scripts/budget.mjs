// npm run budget — the public pages' weight and speed on a poor mobile link (issue #12).
// Loads each page cold (new browser context, empty cache) in Debian's Chromium at 390×844 with the
// network throttled to 400 kbit/s both ways and 400 ms latency (Chrome DevTools' emulation), and prints:
// bytes transferred by type (what crossed the network, compressed), the time the form's submit button is
// on screen (the forms work as plain HTML forms, so that is when a report can be sent), DOMContentLoaded and
// the load event; then it focuses the form's first field, as a visitor who starts to write, and prints the
// bytes after that (the public pages' scripts come then: lib/http/deferred-scripts.mjs) and how long React
// took from that focus to hydrate the form (live counters, file checks).
// Budget (issue #12): ≤ 150 KB in total and usable within 3 s. Figures go to docs/benchmarks.md; nothing
// here is a pass/fail test. Usage: start the production server (`npm start`, or `npm run demo`), then
//   BUDGET_URL=http://127.0.0.1:3000 npm run budget
import { chromium } from '@playwright/test';

const BASE = process.env.BUDGET_URL ?? 'http://127.0.0.1:3000';
const PAGES = (process.env.BUDGET_PAGES ?? '/,/report,/track,/join').split(',');
const RUNS = Number(process.env.BUDGET_RUNS ?? 3);
const KBIT = 1000 / 8; // bytes per second in one kbit/s
const conditions = { offline: false, latency: 400, downloadThroughput: 400 * KBIT, uploadThroughput: 400 * KBIT };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

async function measure(path) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fa-IR', deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', conditions);
  const types = new Map();
  const bytes = {};
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    const type = types.get(e.requestId) ?? 'Other';
    bytes[type] = (bytes[type] ?? 0) + e.encodedDataLength;
  });
  const start = Date.now();
  await page.goto(BASE + path, { waitUntil: 'commit' });
  // Timed from the start, not after DOMContentLoaded: the button may be on screen (and the form sendable)
  // before the document has finished parsing.
  const button = page
    .locator('main form button[type=submit]')
    .first()
    .waitFor({ state: 'visible', timeout: 60_000 })
    .then(() => Date.now() - start)
    .catch(() => null);
  await page.waitForLoadState('domcontentloaded');
  const hasForm = (await page.locator('main form').count()) > 0;
  const usable = hasForm ? await button : null;
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle').catch(() => {});
  const timing = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    return { dcl: Math.round(nav.domContentLoadedEventEnd), load: Math.round(nav.loadEventEnd) };
  });
  const cold = { ...bytes };
  // The visitor starts to write: the public pages' scripts come now (lib/http/deferred-scripts.mjs).
  let hydrated = null;
  if (hasForm) {
    const focusAt = Date.now();
    await page.locator('main form :is(input:not([type=hidden]), textarea, select)').filter({ visible: true }).first().focus();
    hydrated = await page
      .waitForFunction(
        () => {
          const form = document.querySelector('main form');
          return !form || Object.keys(form).some((k) => k.startsWith('__reactFiber'));
        },
        null,
        { timeout: 60_000, polling: 50 },
      )
      .then(() => Date.now() - focusAt)
      .catch(() => null);
    await page.waitForLoadState('networkidle').catch(() => {});
  }
  await context.close();
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  return { path, total: sum(cold), bytes: cold, afterFocus: sum(bytes), usable, hydrated, ...timing };
}

const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => (xs.some((x) => x === null) ? null : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
console.log(`Cold loads of ${BASE} at 400 kbit/s, 400 ms latency, 390×844; median of ${RUNS} runs.`);
console.log(
  '| page | total KB | document | script | stylesheet | font | other | usable (s) | DOMContentLoaded (s) | load (s) | total after the first focus KB | hydrated after the first focus (s) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const path of PAGES) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(path));
  const pick = runs.sort((a, b) => a.total - b.total)[Math.floor(runs.length / 2)];
  const by = (t) => kb(pick.bytes[t] ?? 0);
  const other = Object.entries(pick.bytes)
    .filter(([t]) => !['Document', 'Script', 'Stylesheet', 'Font'].includes(t))
    .reduce((a, [, b]) => a + b, 0);
  const s = (ms) => (ms === null || ms === undefined ? '—' : (ms / 1000).toFixed(2));
  console.log(
    `| ${path} | ${kb(pick.total)} | ${by('Document')} | ${by('Script')} | ${by('Stylesheet')} | ${by('Font')} | ${kb(other)} | ${s(median(runs.map((r) => r.usable)))} | ${s(median(runs.map((r) => r.dcl)))} | ${s(median(runs.map((r) => r.load)))} | ${pick.afterFocus === pick.total ? '—' : kb(pick.afterFocus)} | ${s(median(runs.map((r) => r.hydrated)))} |`,
  );
}
await browser.close();
