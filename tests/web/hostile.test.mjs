// The page loaded with a hostile tariff: names carrying markup and bidi controls are shown as text, no script
// from them runs, nothing is fetched for them, and the page keeps quoting.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from './browser.mjs';

import { serve } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '"><img src=x onerror="window.__pwned = 2">';
const RLO = '\u202E人体搜索\u202C';
let server, context, page, origin;
const requests = [];

before(async () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-hostile-site-'));
  fs.cpSync(path.join(root, 'build/site'), site, { recursive: true });
  const file = path.join(site, 'tariffs/body-analysis/current.json');
  const tariff = JSON.parse(fs.readFileSync(file, 'utf8'));
  tariff.services[0].name.zh = SCRIPT;
  tariff.services[1].name.zh = IMG;
  tariff.services[2].name.zh = RLO;
  tariff.qps_groups[0].name.zh = `${SCRIPT}${IMG}`;
  fs.writeFileSync(file, JSON.stringify(tariff));
  server = await serve(site);
  origin = `http://127.0.0.1:${server.address().port}`;
  context = await launchBrowser();
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${origin}/?p=body-analysis`);
  await page.waitForSelector('#calls-body-detection');
});

after(async () => {
  await context?.close();
  server?.close();
});

test('markup in tariff names is text: no script runs, no element is made, nothing is fetched', async () => {
  await page.fill('#calls-body-detection', '5000');
  await page.fill('#calls-body-library', '5000');
  await page.check('#qps-on');
  await page.uncheck('#qps-on');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(await page.locator('main script').count(), 0);
  const labels = await page.locator('#usage label').allTextContents();
  assert.ok(labels.includes(SCRIPT) && labels.includes(IMG) && labels.includes(RLO), JSON.stringify(labels));
  // The same names in the waterfall, the bill, the chart and the English page: still text.
  await page.waitForSelector('#chart figcaption');
  assert.ok((await page.locator('#chart figcaption').textContent()).includes(SCRIPT));
  assert.ok((await page.locator('#lines').textContent()).includes(IMG));
  assert.ok((await page.locator('#waterfall').textContent()).includes(SCRIPT));
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img').count(), 0);
  assert.ok(requests.every((url) => url.startsWith(origin) && !url.endsWith('/x')), JSON.stringify(requests));
});

test('the page stays responsive and keeps quoting', async () => {
  await page.fill('#calls-body-detection', '2999999');
  await page.fill('#calls-body-library', '');
  assert.equal(await page.locator('#total').textContent(), '¥5,998.00');  // 2,998,999 x 0.002 = 5997.998
});

test('the time view: the same names in its menus, events, chart legend and tables are text; nothing runs or is fetched', async () => {
  // body-detection carries the <script> name, body-library the <img> one: a pack of each, used up, alerts worded
  await page.goto(`${origin}/?p=body-analysis&v=time&hs=2026-01-01&hm=3&tu=body-detection~5万~&tu=body-library~5万~50`
    + '&tb=body-detection~100000~1~2026-01-01&tb=body-library~100000~1~2026-01-01&tq=10~1~2026-02-15');
  await page.waitForSelector('#time-balance svg');
  const options = await page.locator('#time-service-0 option').allTextContents();
  assert.ok(options.includes(SCRIPT) && options.includes(IMG) && options.includes(RLO), JSON.stringify(options));
  const events = await page.locator('#time-events').textContent();
  assert.ok(events.includes(SCRIPT) && events.includes(IMG), events);
  assert.ok((await page.locator('#time-balance .legend').textContent()).includes(IMG));
  assert.ok((await page.locator('#time-qps-hint').textContent()).includes(`${SCRIPT}${IMG}`));
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(await page.locator('main script').count(), 0);
  assert.ok(requests.every((url) => url.startsWith(origin) && !url.endsWith('/x')), JSON.stringify(requests));
});
