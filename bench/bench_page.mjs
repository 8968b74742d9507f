// The page's speed and size, measured in headless Chromium against build/site (`./dev run` builds it):
// first view bytes (gzip -9 of every file the first screen fetched), first quote after navigation (the
// page's 'tally-first-quote' mark, set in the first task after the frame showing the quote was painted), and
// recompute time over 100 input changes (p50, p95).
// Run: node bench/bench_page.mjs   (after `./dev test` or `./dev run` has built build/site)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from '../tests/web/browser.mjs';

import { serve } from '../tests/web/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const site = path.join(root, 'build/site');
const server = await serve(site);
const origin = `http://127.0.0.1:${server.address().port}`;
const context = await launchBrowser();

const firstQuotes = [];
let fetched = new Set();
const LOADS = 11;  // the first in a fresh browser (cold start) reported apart; the median is over the other ten
// Read the mark without touching the page while it loads: Playwright's polling injects a script into the page,
// which would run on the same main thread that is busy producing the first quote.
async function firstQuoteMark(page) {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  for (;;) {
    const mark = await page.evaluate(() => performance.getEntriesByName('tally-first-quote')[0]?.startTime);
    if (mark !== undefined) return mark;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
for (let run = 0; run < LOADS; run++) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });  // every load a first visit
  page.on('response', (r) => fetched.add(new URL(r.url()).pathname));
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  firstQuotes.push(await firstQuoteMark(page));
  if (run < LOADS - 1) await page.close();
  else {
    // Each change timed twice over: quote + render (update() runs synchronously), and the same with the browser's
    // style and layout of the result forced at once (offsetHeight), the work before the next frame can be painted.
    const [times, withLayout] = await page.evaluate(() => {
      const input = document.getElementById('calls-body-detection');
      const out = [[], []];
      for (const forced of [false, true]) {
        void document.body.offsetHeight;  // nothing left over from the changes before
        for (let i = 0; i < 100; i++) {
          input.value = String(2990000 + i * 137);
          const start = performance.now();
          input.dispatchEvent(new Event('input'));
          if (forced) void document.body.offsetHeight;
          out[Number(forced)].push(performance.now() - start);
        }
      }
      return out;
    });
    withLayout.sort((a, b) => a - b);
    // The chart follows the quote a moment later, from quotes cached per axis: the first drawing of a service
    // (every quote of every plan) and a redraw (the visitor's point moved).
    const chart = await page.evaluate(async () => {
      const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
      performance.clearMeasures('tally-chart');
      const input = document.getElementById('calls-body-detection');
      input.value = '6000000';  // a new axis end (20,000,000): every point quoted afresh
      input.dispatchEvent(new Event('input'));
      await settle();
      input.value = '6000100';  // the same axis: only redrawn
      input.dispatchEvent(new Event('input'));
      await settle();
      return performance.getEntriesByName('tally-chart').map((m) => m.duration);
    });
    times.sort((a, b) => a - b);
    const gz = [...fetched].map((p) => {
      const file = path.join(site, p.endsWith('/') ? `${p}index.html` : decodeURIComponent(p));
      return fs.existsSync(file) ? spawnSync('gzip', ['-9c', file]).stdout.length : 0;
    });
    console.log(`first view: ${fetched.size} files, ${gz.reduce((a, b) => a + b, 0)} bytes gzip -9 (goal 150 KB)`);
    const cold = firstQuotes[0];
    const warm = firstQuotes.slice(1).sort((a, b) => a - b);
    const ms = (x) => `${x.toFixed(0)} ms`;
    console.log(`first quote on screen after navigation: median ${ms(warm[5])} over ${warm.length} loads (min ${ms(warm[0])}, `
      + `max ${ms(warm.at(-1))}; goal 500 ms); ${ms(cold)} for the first page of a freshly started browser`);
    console.log(`chart after an input change: ${chart.map((d) => `${d.toFixed(1)} ms`).join(', then ')} (a new axis: every plan quoted; the same axis: redrawn)`);
    console.log(`recompute after an input change: p50 ${times[50].toFixed(2)} ms, p95 ${times[95].toFixed(2)} ms over 100 (goal p95 16 ms)`);
    console.log(`  with style and layout forced: p50 ${withLayout[50].toFixed(2)} ms, p95 ${withLayout[95].toFixed(2)} ms over 100`);
  }
}
await context.close();
server.close();
