// From the click on 最省方案 to the plan on screen, in headless Chromium on the built site: the first click (the
// planner's worker, its module and the tariffs fetched and compiled) and the clicks after it. A benchmark, not a
// test:   node bench/plan_click.mjs [CLICKS]      (after ./dev site)
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from '../tests/web/browser.mjs';
import { serve } from '../tests/web/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const clicks = Number(process.argv[2] || 5);
const server = await serve(path.join(root, 'build/site'));
const origin = `http://127.0.0.1:${server.address().port}`;
const context = await launchBrowser();

// Each case: a page address, the button, and what shows the answer; the time from the click to that element.
const cases = [
  ['one month, face, 300,000 calls (the page\'s prepaid example)',
    '?p=face-verification&f=0&t=month&u.enhanced-authority-wechat=300000&k.enhanced-authority-wechat=100000x3', '#month-plan', '#month-plan-result span'],
  ['over time, body, 12 months, 3 services with growth',
    '?p=body-analysis&v=time&tu=body-detection~500万~20&tu=body-library~300万~0&tu=body-search~2万~5', '#time-plan-button', '#time-plan-result ul'],
];
for (const [name, query, button, answer] of cases) {
  const times = [];
  for (let i = 0; i < clicks; i++) {
    const page = await context.newPage();
    await page.goto(`${origin}/${query}`);
    await page.waitForSelector(button);
    await page.waitForTimeout(300);
    if (i > 0) {  // warm: the worker already has the planner and the tariffs
      await page.click(button);
      await page.waitForSelector(answer);
    }
    const ms = await page.evaluate(([b, a]) => new Promise((resolve) => {
      const start = performance.now();
      const seen = new MutationObserver(() => {
        if (document.querySelector(a)) { seen.disconnect(); requestAnimationFrame(() => resolve(performance.now() - start)); }
      });
      seen.observe(document.body, { childList: true, subtree: true });
      if (document.querySelector(a)) document.querySelector(a).parentElement.replaceChildren();
      document.querySelector(b).click();
    }), [button, answer]);
    times.push(ms);
    await page.close();
  }
  const [first, ...rest] = times;
  rest.sort((a, b) => a - b);
  console.log(`${name}: first click ${first.toFixed(0)} ms (a new page: worker, module, tariffs); after, median ${rest[rest.length >> 1]?.toFixed(0)} ms`);
}
await context.close();
server.close();
