// web/engine.js loadPlanner(): the planner in a worker with the second module, on the real page in headless
// Chromium. The first screen never fetches the second module; a plan does, from this origin only, and answers
// the page's own prepaid example as worked by hand.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from './browser.mjs';
import { serve } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let server, context, page, origin;
const fetched = [];

before(async () => {
  server = await serve(path.join(root, 'build/site'));
  origin = `http://127.0.0.1:${server.address().port}`;
  context = await launchBrowser();
  context.on('request', (r) => fetched.push(r.url()));
  page = await context.newPage();
  await page.goto(`${origin}/?p=face-verification`);
  await page.waitForSelector('#calls-enhanced-authority-wechat');
});

after(async () => {
  await context?.close();
  server?.close();
});

const plan = (request) => page.evaluate(async (text) => {
  const { loadPlanner } = await import('./engine.js');
  try {
    return { answer: await loadPlanner().plan(JSON.parse(text)) };
  } catch (error) {
    return { error: { message: error.message, path: error.path } };
  }
}, JSON.stringify(request));

test('the first screen does not fetch the planner', () => {
  assert.deepEqual(fetched.filter((url) => /tally-plan|plan-worker/.test(url)), []);
});

test("the page's prepaid example: 20万 + 10万 for 280,000.00, not 3 x 10万 for 300,000.00", async () => {
  // 增强版人脸核身(微信原生H5-权威库), 300,000 calls in 2026, no free calls: a 20万 pack is 190,000.00 and a 10万
  // pack 90,000.00 (the price page's pack table), 280,000.00 together; postpaid 300,000 x 1.20 = 360,000.00.
  const { answer, error } = await plan({ product: 'face-verification', start: '2026-01-01', end: '2026-12-31',
    free_quota: false, usage: [{ service: 'enhanced-authority-wechat', calls: 300000, per: 'month', from: '2026-01', to: '2026-01' }] });
  assert.equal(error, undefined);
  assert.equal(answer.plan.total, '280000.00');
  assert.deepEqual(answer.plan.purchases.map((p) => [p.size, p.count, p.date]), [[200000, 1, '2026-01-01'], [100000, 1, '2026-01-01']]);
  assert.equal(answer.postpaid_only.total, '360000.00');
  assert.equal(answer.optimal, true);
  assert.ok(fetched.some((url) => url.endsWith('/tally-plan.wasm')), 'the second module was fetched');
  assert.deepEqual(fetched.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')), []);
});

test('a bad request rejects with the engine error line, naming the field', async () => {
  const { error } = await plan({ product: 'face-verification', start: '2026-01-01', end: '2026-12-31',
    usage: [{ service: 'enhanced-authority-wechat', calls: -1, per: 'day' }] });
  assert.equal(error.path, 'usage[0].calls');
  assert.match(error.message, /^error: usage\[0\]\.calls: /);
});

test('typing is not blocked while a three-year, ten-label plan runs', async () => {
  const request = { product: 'face-verification', start: '2026-01-01', end: '2028-12-31', usage: [
    'plus-authority-wechat', 'plus-upload-wechat', 'enhanced-authority-wechat', 'enhanced-upload-wechat',
    'enhanced-authority-app', 'basic-authority', 'basic-upload', 'id-verification', 'bank-card-info',
    'willingness-authority'].map((service, i) => ({ service, calls: 100 * (i + 1) ** 2, per: 'day' })) };
  // While the plan runs (hundreds of milliseconds of search), the page's thread keeps running its own tasks: on
  // that thread instead, not one of them would run before the answer.
  const { ticks, total } = await page.evaluate(async (text) => {
    const { loadPlanner } = await import('./engine.js');
    let ticks = 0, running = true;
    const tick = () => { if (running) { ticks += 1; setTimeout(tick, 0); } };
    setTimeout(tick, 0);
    const answer = await loadPlanner().plan(JSON.parse(text));
    running = false;
    return { ticks, total: answer.plan.total };
  }, JSON.stringify(request));
  assert.match(total, /^\d+\.\d\d$/);
  assert.ok(ticks >= 3, `only ${ticks} tasks ran on the page's thread during the plan`);
});

test("the one-month quote's 最省方案: the page's prepaid example, 20万 + 10万 instead of 3 x 10万, one click to use it", async () => {
  // 增强版人脸核身(微信原生H5-权威库) 300,000 calls in the month, no free calls, 3 x 10万 packs: 300,000.00; the
  // 20万 pack (190,000.00) + a 10万 (90,000.00) = 280,000.00 cover the same month (the price page's pack table).
  await page.goto(`${origin}/?p=face-verification&f=0&t=month&u.enhanced-authority-wechat=300000&k.enhanced-authority-wechat=100000x3`);
  await page.waitForSelector('#calls-enhanced-authority-wechat');
  await page.locator('#total', { hasText: '¥300,000.00' }).waitFor();
  await page.click('#month-plan');
  const advice = page.locator('#month-plan-result span').first();
  await advice.waitFor();
  assert.equal(await advice.textContent(),
    '最省方案：购买 200,000 次 × 1 + 100,000 次 × 1，本月合计 ¥280,000.00，比你的选择（购买 100,000 次 × 3，¥300,000.00）省 ¥20,000.00。');
  // Packs last a year: the note points to the time view for steady use.
  assert.match(await page.locator('#month-plan-result').textContent(), /资源包一年内有效/);
  await page.click('#month-plan-result button');
  await page.locator('#total', { hasText: '¥280,000.00' }).waitFor();
  await page.locator('#month-plan-result', { hasText: '你的选择已是本月最省的方案' }).waitFor();
  await page.waitForURL(/k\.enhanced-authority-wechat=200000x1(%2C|,)100000x1/);  // the URL follows a moment later
  // An input change withdraws the answer: it was for the calls before.
  await page.fill('#calls-enhanced-authority-wechat', '250000');
  assert.equal(await page.locator('#month-plan-result').textContent(), '');
});

test('an estimate of two products: each month priced, the combined total, kept in the link, exported', async () => {
  // body (000): 5万 + 2万 with the free quota = 98.00 + 38.00 = 136.00; face (004): 身份信息核验 30,000 calls typed
  // as the month's, no free calls, x 0.3 = 9,000.00. Together 9,136.00.
  await page.goto(`${origin}/?p=body-analysis&e=current&f=1&u.body-detection=5万&u.body-search=2万`);
  await page.locator('#total', { hasText: '¥136.00' }).waitFor();
  await page.click('#estimate-add');
  await page.locator('#estimate-items li').first().waitFor();
  // Another product: the estimate stays.
  await page.selectOption('#product', 'face-verification');
  await page.check('#span-month');
  await page.fill('#calls-id-verification', '30000');
  if (await page.isChecked('#free-quota')) await page.uncheck('#free-quota');
  await page.locator('#total', { hasText: '¥9,000.00' }).waitFor();
  await page.click('#estimate-add');
  await page.locator('#estimate-items li').nth(1).waitFor();
  assert.deepEqual(await page.locator('#estimate-items .estimate-amount').allTextContents(), ['¥136.00 /月', '¥9,000.00 /月']);
  assert.equal(await page.locator('#estimate-total').textContent(), '清单合计 ¥9,136.00 /月（2 项）');
  // Each item says its calls a month, a unit with each figure.
  assert.equal(await page.locator('#estimate-items .estimate-what').first().textContent(), '人体检测：每月 50,000 次；人体搜索：每月 20,000 次');
  // The link carries both items: opened afresh it shows the same estimate.
  await page.waitForURL((url) => new URL(url).searchParams.getAll('x').length === 2);
  const again = await context.newPage();
  await again.goto(page.url());
  await again.locator('#estimate-items li').nth(1).waitFor();
  assert.equal(await again.locator('#estimate-total').textContent(), '清单合计 ¥9,136.00 /月（2 项）');
  const [download] = await Promise.all([again.waitForEvent('download'), again.click('#estimate-csv')]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.match(csv, /"total","","","","","","","","","","","9136\.00"\r\n$/);
  // Removing one: the total follows.
  await again.locator('#estimate-items li').first().getByRole('button', { name: '移除' }).click();
  assert.equal(await again.locator('#estimate-total').textContent(), '清单合计 ¥9,000.00 /月（1 项）');
  await again.close();
});
