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

// Before the first quote the page lays out only index.html's `.font-warm` line, so that the browser looks its fonts
// up while the scripts load (style.css): it must hold every size and weight the first frame draws text in.
test('the fonts looked up early are those of the first frame, on a desktop and on a phone', async () => {
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.documentElement.classList.contains('settled'));
    const { warmed, drawn } = await page.evaluate(() => {
      const font = (element) => { const style = getComputedStyle(element); return `${style.fontSize} ${style.fontWeight}`; };
      const drawn = new Set();
      for (const part of document.querySelectorAll('.site-header, #inputs, #total-card, .total-bar')) {
        const texts = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
        for (let node = texts.nextNode(); node; node = texts.nextNode()) {
          if (node.textContent.trim() && node.parentElement.getClientRects().length) drawn.add(font(node.parentElement));
        }
        for (const control of part.querySelectorAll('input, select, button')) if (control.getClientRects().length) drawn.add(font(control));
      }
      return { warmed: [...document.querySelectorAll('.font-warm span')].map(font), drawn: [...drawn] };
    });
    assert.ok(drawn.length >= 6, `${width}px: ${drawn}`);
    for (const pair of drawn) assert.ok(warmed.includes(pair), `${width}px: text in ${pair} is not in .font-warm (${warmed})`);
    await page.close();
  }
});

// Chromium reads a document's form fields for autofill when its parsing ends: the form is not there yet (index.html).
test('when the document is parsed the form is still in its template', async () => {
  const page = await context.newPage();
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
    window.atParsed = { forms: document.forms.length, fields: [...document.querySelectorAll('input, select, textarea')].map((f) => f.id) };
  }));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.documentElement.classList.contains('settled'));
  // the header's two view buttons (一个月报价 / 按时间) and the chart's menu only
  assert.deepEqual(await page.evaluate(() => window.atParsed), { forms: 0, fields: ['view-month', 'view-time', 'chart-service'] });
  assert.equal(await page.locator('#inputs #calls-body-detection').count(), 1, 'the form in place once the engine loaded');
  assert.equal(await page.locator('template').count(), 0);
  await page.close();
});

// Every request before the first quote waits for a connection beside the others (six to a host over HTTP/1.1): the
// page asks for one script (app.js, every module of the first screen bundled in: ./dev site), its styles are in the document
// (tools/inline-style.mjs), and English is fetched only when a visitor asks for it (i18n.js loadLanguage).
test('before the first quote: one script, the styles in the document, the engine and one tariff; English when asked', async () => {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.documentElement.classList.contains('settled'));
  const early = await page.evaluate(() => {
    const mark = performance.getEntriesByName('tally-first-quote')[0].startTime;
    return performance.getEntriesByType('resource').filter((e) => e.startTime < mark).map((e) => new URL(e.name).pathname).sort();
  });
  assert.deepEqual(early, ['/app.js', '/tally.mjs', '/tally.wasm', '/tariffs/body-analysis/current.json', '/tariffs/catalog.json']);
  assert.equal(await page.locator('link[rel="stylesheet"]').count(), 0);
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('total')).fontWeight), '700', 'the inline styles apply');
  const english = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/i18n-en.js')).length);
  assert.equal(await english(), 0);
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('#page-title').textContent(), 'Body Analysis price calculator');
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await english(), 1, 'fetched once');
  assert.deepEqual(problems, []);
  await page.close();
});
