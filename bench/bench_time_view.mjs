// The time view's recompute after an input change, in headless Chromium against build/site (`./dev run` or
// `./dev test` builds it): 12 months, 3 services, each change typed into the first service's calls. Timed twice
// over, as bench_page.mjs times the quote: the synchronous work (request, engine timeline, tables, events) and
// the same with the browser's style and layout forced at once; then the charts drawn after the frame.
// Run: node bench/bench_time_view.mjs   (goal: p95 16 ms, issue 14)
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from '../tests/web/browser.mjs';
import { serve } from '../tests/web/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = await serve(path.join(root, 'build/site'));
const origin = `http://127.0.0.1:${server.address().port}`;
const context = await launchBrowser();
const CHANGES = 200;

const CASES = {
  'body analysis (monthly bills; growth, a pack, a QPS plan)': '?p=body-analysis&v=time&hs=2027-01-01&hm=12'
    + '&tu=body-detection~500万~20&tu=body-search~2万~5&tu=body-library~30万~&tb=body-detection~1000000~2~2027-03-10&tq=10~2~2027-06-15',
  'face verification (365 daily bills; packs of two services)': '?p=face-verification&v=time&hs=2027-01-01&hm=12'
    + '&tu=enhanced-authority-wechat~25000~&tu=id-verification~3万~10&tu=phone-3-factor-telecom~5000~'
    + '&tb=enhanced-authority-wechat~100000~3~2027-01-01&tb=id-verification~100000~1~2027-02-01',
};

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
const ms = (x) => `${x.toFixed(2)} ms`;

for (const [name, query] of Object.entries(CASES)) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${origin}/${query}`);
  await page.waitForSelector('#time-chart svg');
  const [plain, forced, charts] = await page.evaluate(async (changes) => {
    const input = document.getElementById('time-calls-0');
    const base = Number(input.value.replace('万', '')) * (input.value.endsWith('万') ? 10000 : 1);
    const out = [[], []];
    for (const layout of [false, true]) {
      void document.body.offsetHeight;
      for (let i = 0; i < changes; i++) {
        input.value = String(base + (i + 1) * 137);
        const start = performance.now();
        input.dispatchEvent(new Event('input'));
        if (layout) void document.body.offsetHeight;
        out[Number(layout)].push(performance.now() - start);
      }
    }
    // The charts: drawn once per frame after the figures; measured over changes a frame apart.
    performance.clearMeasures('tally-time-chart');
    for (let i = 0; i < 30; i++) {
      input.value = String(base + i * 7);
      input.dispatchEvent(new Event('input'));
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    return [...out, performance.getEntriesByName('tally-time-chart').map((m) => m.duration)];
  }, CHANGES);
  for (const list of [plain, forced, charts]) list.sort((a, b) => a - b);
  console.log(`${name}:`);
  console.log(`  recompute after an input change: p50 ${ms(percentile(plain, 50))}, p95 ${ms(percentile(plain, 95))} over ${plain.length} (goal p95 16 ms)`);
  console.log(`  with style and layout forced:    p50 ${ms(percentile(forced, 50))}, p95 ${ms(percentile(forced, 95))} over ${forced.length}`);
  console.log(`  charts, drawn after the frame:   p50 ${ms(percentile(charts, 50))}, p95 ${ms(percentile(charts, 95))} over ${charts.length}`);
  await page.close();
}
await context.close();
server.close();
