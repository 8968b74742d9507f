// The frame that first shows the quote holds the header, the form's product and usage cards and the total; the
// result's other cards, the QPS card and the examples are laid out from the next frame on (style.css, `settled`).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from './browser.mjs';
import { serve } from './server.mjs';

const site = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build/site');
let server, context;

before(async () => {
  server = await serve(site);
  context = await launchBrowser();
});

after(async () => {
  await context?.close();
  server?.close();
});

// What is rendered (display other than none) in the first frame after <html> gets `ready`, and once `settled`.
async function frames(width, height) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await page.addInitScript(() => {
    const shown = () => Object.fromEntries(['.site-header', '#inputs', '#calls-body-detection', '#total-card', '#total',
      '#bar-total', '#waterfall', '#bill', '#estimate', '#qps-fieldset', '#presets', '#embed-panel']
      .map((s) => [s, document.querySelector(s).getClientRects().length > 0]));
    window.shownNow = shown;
    new MutationObserver((_, observer) => {  // on the document: the script runs before <html> exists
      if (!document.documentElement?.classList.contains('ready')) return;
      observer.disconnect();
      // Called before the frame that first paints <main>, like the page's own frame callback (registered earlier).
      requestAnimationFrame(() => {
        window.firstFrame = { ...shown(), total: document.getElementById('total').textContent,
          settled: document.documentElement.classList.contains('settled') };
      });
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.documentElement.classList.contains('settled'));
  const first = await page.evaluate(() => window.firstFrame);
  const then = await page.evaluate(() => window.shownNow());
  await page.close();
  return { first, then };
}

test('the first frame shows the total with the header and the form; the rest of the result follows', async () => {
  const { first, then } = await frames(1280, 720);
  // 人体检测 5万: 49,000 x 0.002 = 98.00; 人体搜索 2万: 19,000 x 0.002 = 38.00 (1,000 free each)
  assert.equal(first.total, '¥136.00');
  assert.equal(first.settled, false);
  for (const part of ['.site-header', '#inputs', '#calls-body-detection', '#total-card', '#total']) assert.ok(first[part], part);
  for (const part of ['#waterfall', '#bill', '#estimate', '#qps-fieldset', '#presets', '#embed-panel']) {
    assert.equal(first[part], false, `${part} waits for the next frame`);
    assert.ok(then[part], `${part} is shown once settled`);
  }
});

test('on a phone the first frame has the total bar', async () => {
  const { first } = await frames(390, 844);
  assert.equal(first.total, '¥136.00');
  assert.ok(first['#bar-total'], 'the bar at the bottom shows the total');
});
