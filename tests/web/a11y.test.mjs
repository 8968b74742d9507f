// Accessibility of the real page in headless Chromium: axe-core (wcag2a, wcag2aa) finds no violation in either
// language on each product, and every control is reached with the Tab key alone.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from './browser.mjs';
import { serve } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const axeSource = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
let server, context, page, origin;

before(async () => {
  server = await serve(path.join(root, 'build/site'));
  origin = `http://127.0.0.1:${server.address().port}`;
  context = await launchBrowser();
  page = await context.newPage();
});

after(async () => {
  await context?.close();
  server?.close();
});

// Evaluated through the DevTools protocol, so the page's CSP (no inline script) does not stop it.
async function violations() {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }));
  assert.ok(result.passes.length > 20, `axe ran only ${result.passes.length} passing rules`);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const pages = {
  'body analysis': '?p=body-analysis&u.body-detection=2999999&k.body-detection=10000x1&q=10/month/30',
  'image analysis': '?p=image-analysis&e=current&u.image-tagging=2000000&u.vehicle-recognition=5000',
  'face verification': '?p=face-verification&u.enhanced-authority-wechat=1000&k.enhanced-authority-wechat=10000x1',
  // with an estimate of two products, one of them not quotable
  'an estimate': `?p=face-verification&u.id-verification=1000&x=${encodeURIComponent('p=body-analysis&u.body-detection=5万')}&x=${encodeURIComponent('p=body-analysis&u.body-detection=abc')}`,
};

for (const lang of ['zh', 'en']) {
  for (const [name, query] of Object.entries(pages)) {
    test(`axe: no wcag2a/wcag2aa violation on ${name} (${lang})`, async () => {
      await page.goto(`${origin}/${query}${lang === 'en' ? '&l=en' : ''}`);
      await page.waitForSelector('#chart svg');
      if (query.includes('&x=')) await page.locator('#estimate-items li').nth(1).waitFor();
      assert.deepEqual(await violations(), []);
    });
  }
}

// The time view with packs, a QPS plan, growth, events and the balance chart; face verification with its daily bills
// grouped by month (one month opened), a field in error.
const timePages = {
  'the time view (body analysis)': '?p=body-analysis&v=time&hs=2026-01-01&hm=12&tu=body-detection~500万~20&tb=body-detection~1000000~1~2026-03-10&tq=10~2~2026-06-15',
  'the time view (face verification)': '?p=face-verification&f=0&v=time&hs=2026-03-01&hm=3&tu=id-verification~2790~&tb=id-verification~1000~1~2026-03-01',
};

for (const lang of ['zh', 'en']) {
  for (const [name, query] of Object.entries(timePages)) {
    test(`axe: no wcag2a/wcag2aa violation on ${name} (${lang})`, async () => {
      await page.goto(`${origin}/${query}${lang === 'en' ? '&l=en' : ''}`);
      await page.waitForSelector('#time-chart svg');
      if (await page.locator('#time-bills details').count()) {
        await page.locator('#time-bills details summary').first().click();
        await page.locator('#time-bills details table').first().waitFor();  // built on the toggle event, a task later
      }
      await page.fill('#time-growth-0', 'x');
      assert.deepEqual(await violations(), []);
    });
  }
}

test('axe: no violation with the cheapest plan shown, marked as made for earlier usage, in both languages', async () => {
  for (const lang of ['zh', 'en']) {
    await page.goto(`${origin}/?p=face-verification&f=0&v=time&tu=enhanced-authority-wechat~25000~&tb=enhanced-authority-wechat~100000~3~${lang === 'en' ? '&l=en' : ''}`);
    await page.waitForSelector('#time-chart svg');
    await page.click('#time-plan-button');
    await page.waitForSelector('#time-plan-total');
    assert.deepEqual(await violations(), [], lang);
    await page.fill('#time-calls-0', '30000');
    assert.deepEqual(await violations(), [], `${lang}, stale`);
  }
});

test('axe: no violation in a dark colour scheme either, with a field in error', async () => {
  await page.emulateMedia({ colorScheme: 'dark' });
  try {
    for (const lang of ['zh', 'en']) {
      await page.goto(`${origin}/${pages['body analysis']}${lang === 'en' ? '&l=en' : ''}`);
      await page.waitForSelector('#chart svg');
      await page.fill('#calls-body-search', 'abc');
      assert.deepEqual(await violations(), [], lang);
    }
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
  }
});

test('axe: no violation with the embed panel open, two pack sizes, the service search in use, on a phone', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    for (const lang of ['zh', 'en']) {
      await page.goto(`${origin}/?p=face-verification&u.enhanced-authority-wechat=1000&k.enhanced-authority-wechat=200000x1,100000x1${lang === 'en' ? '&l=en' : ''}`);
      await page.waitForSelector('#chart svg');
      await page.click('#embed-panel summary');
      await page.fill('#service-filter', lang === 'en' ? 'enhanced' : '增强');
      assert.deepEqual(await violations(), [], lang);
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test('keyboard: Tab alone reaches every control, in document order, and the language switch works by key', async () => {
  await page.goto(`${origin}/?p=body-analysis`);
  await page.waitForSelector('#calls-body-detection');
  // A group of radio buttons is one Tab stop (the arrow keys move inside it): named by its group.
  const controls = await page.evaluate(() => [...document.querySelectorAll('button, input, select')]
    .filter((n) => n.offsetParent !== null && n.checkVisibility() && !n.disabled)  // not inside a closed <details>
    .map((n) => (n.type === 'radio' ? `radio:${n.name}` : n.id || n.textContent)));
  const reached = [];
  for (let i = 0; i < controls.length + 5; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => (document.activeElement.type === 'radio' ? `radio:${document.activeElement.name}`
      : document.activeElement.id || document.activeElement.textContent)));
  }
  for (const control of controls) assert.ok(reached.includes(control), `${control} not reached by Tab`);
  await page.focus('#calls-body-detection');
  await page.keyboard.type('25000');
  assert.equal(await page.locator('#total').textContent(), '¥48.00');  // (25,000 - 1,000) x 0.002
  await page.focus('#lang-switch');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en');  // English is fetched when first asked for
  assert.equal(await page.evaluate(() => document.activeElement.id), 'lang-switch');
});
