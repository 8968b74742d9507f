// The real page in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core), served from
// build/site on 127.0.0.1: quotes on typing, bad input kept at the field, nothing fetched from elsewhere.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { launchBrowser } from './browser.mjs';

import { serve } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.join(root, 'build/site');
const shots = path.join(root, 'build/screenshots');
let server, context, page, origin, firstScreen, firstScreenTotalBox;
const foreign = [];
const problems = [];

before(async () => {
  server = await serve(site);
  origin = `http://127.0.0.1:${server.address().port}`;
  context = await launchBrowser();
  page = await context.newPage();
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${origin}/`);
  await page.waitForSelector('#calls-body-detection');
  firstScreen = await page.locator('#total').textContent();
  firstScreenTotalBox = await page.locator('#total').boundingBox();
  await page.goto(`${origin}/?p=body-analysis`);  // a blank body-analysis form for the tests below
  await page.waitForSelector('#calls-body-detection');
  fs.mkdirSync(shots, { recursive: true });
});

after(async () => {
  await context?.close();
  server?.close();
});

const total = () => page.locator('#total').textContent();

test('the first screen shows a typical quote already filled in', () => {
  // 人体检测 5万 a month: 49,000 x 0.002 = 98.00; 人体搜索 2万: 19,000 x 0.002 = 38.00 (000: 1,000 free each)
  assert.equal(firstScreen, '¥136.00');
});

test('at 1280 x 720 the total is on the first screen; at 390 px wide nothing runs off the side', async () => {
  assert.deepEqual(page.viewportSize(), { width: 1280, height: 720 });
  assert.ok(firstScreenTotalBox.y + firstScreenTotalBox.height <= 720, `total at y ${firstScreenTotalBox.y}`);
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  const queries = ['?p=body-analysis&u.body-detection=2999999', '?p=image-analysis&u.image-tagging=50000',
    '?p=face-verification&f=0&u.enhanced-authority-wechat=300000&k.enhanced-authority-wechat=100000x3'];
  for (const query of ['', ...queries, ...queries.map((q) => `${q}&l=en`)]) {
    await phone.goto(`${origin}/${query}`);
    await phone.waitForSelector('#lines tbody tr');
    assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth), 390, query);
    // Nor is anything cut off by the bill's paint containment: only the scrolling tables may be wider.
    const outside = await phone.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 390.5 && !e.closest('.table-scroll')).map((e) => e.id || e.tagName));
    assert.deepEqual(outside, [], query);
  }
  await phone.close();
});

test('body analysis: 2,999,999 calls of 人体检测 quote ¥5,998.00 with the tier cliff named', async () => {
  await page.fill('#calls-body-detection', '2999999');
  assert.equal(await total(), '¥5,998.00');  // (2,999,999 - 1,000) x 0.002 = 5997.998
  assert.equal(await page.locator('#warnings li').first().textContent(),
    '人体检测：再多 2 次调用，账单反而降低 ¥599.80（阶梯到达：所有调用按达到的阶梯单价计费）。');
  // the unrounded amount grouped in threes as the charge beside it is
  assert.equal(await page.locator('#lines .exact').first().textContent(), '未舍入 5,997.998');
  await page.screenshot({ path: path.join(shots, 'body-analysis.png'), fullPage: true });
});

test('calls typed as 1.5万 and 150万', async () => {
  await page.fill('#calls-body-detection', '1.5万');
  assert.equal(await total(), '¥28.00');  // (15,000 - 1,000) x 0.002
  await page.fill('#calls-body-detection', '150万');
  assert.equal(await total(), '¥2,998.00');  // 1,499,000 x 0.002
});

test('bad input is shown at its field and the last good quote stays', async () => {
  await page.fill('#calls-body-detection', '1000000');
  const good = await total();
  for (const bad of ['abc', '-5', '1.5', '10000000000000000']) {
    await page.fill('#calls-body-detection', bad);
    assert.equal(await page.getAttribute('#calls-body-detection', 'aria-invalid'), 'true', bad);
    assert.notEqual(await page.locator('#error-body-detection').textContent(), '', bad);
    assert.equal(await total(), good, bad);
  }
  const body = await page.locator('body').textContent();
  assert.doesNotMatch(body, /NaN|undefined/);
  await page.fill('#calls-body-detection', '');
});

test('face verification: 1,000 calls of 身份信息核验 in a day, free quota off: ¥300.00', async () => {
  await page.selectOption('#product', 'face-verification');
  await page.waitForSelector('#calls-id-verification');
  await page.uncheck('#free-quota');
  await page.fill('#calls-id-verification', '1000');
  assert.equal(await total(), '¥300.00');  // 1,000 x 0.3 (the price page's postpaid example 1)
  await page.screenshot({ path: path.join(shots, 'face-verification.png'), fullPage: true });
  await page.check('#free-quota');
});

test('face verification, settled daily: at most 10^15 / 31 calls a day (B-1, B, B+1), the month bill quoting up to 31 of them', async () => {
  await page.selectOption('#product', 'face-verification');
  await page.waitForSelector('#calls-id-verification');
  await page.uncheck('#free-quota');
  await page.fill('#calls-id-verification', '32258064516128');
  assert.equal(await total(), '¥9,677,419,354,838.40');  // 32,258,064,516,128 x 0.3
  await page.fill('#calls-id-verification', '32258064516129');
  assert.equal(await total(), '¥9,677,419,354,838.70');  // 32,258,064,516,129 x 0.3; x 31 = 999,999,999,999,999 calls a month
  assert.equal(await page.locator('#error-id-verification').textContent(), '');
  await page.fill('#calls-id-verification', '32258064516130');
  assert.equal(await page.getAttribute('#calls-id-verification', 'aria-invalid'), 'true');
  assert.equal(await page.locator('#error-id-verification').textContent(), '至多 32,258,064,516,129 次');
  assert.equal(await total(), '¥9,677,419,354,838.70');  // the last good quote stays, marked stale
  assert.ok(await page.locator('#result.stale').count(), 'the result is marked stale');
  assert.match(await page.locator('#status').textContent(), /上一次有效输入的报价/);
  await page.fill('#calls-id-verification', '');
  assert.equal(await page.locator('#result.stale').count(), 0);
  assert.equal(await page.locator('#status').textContent(), '');  // no engine error on the page
  await page.check('#free-quota');
});

test('image analysis current: the bill lines grouped by service, the unrounded amount where rounding changed it, the next month\'s freeze (R14), a pack larger than the usage, items with no price', async () => {
  await page.goto(`${origin}/?p=image-analysis&e=current`);
  await page.waitForSelector('#calls-general-image-tagging');
  // 通用图像标签 gets none of the shared free pool (R15); 002 L32: 3 元/千次 in its first tier: 100,000 x 0.003.
  await page.fill('#calls-general-image-tagging', '100000');
  assert.equal(await total(), '¥300.00');
  assert.equal(await page.locator('#lines tbody').first().locator('th').textContent(), '通用图像标签');
  const line = await page.locator('#lines tbody tr:has(td)').first().locator('td').allTextContents();
  assert.deepEqual(line, ['后付费', '100,000', '0.003', '¥300.00']);  // exact: no unrounded amount beside it
  // 100,007 x 0.003 = 300.021, charged 300.02: the unrounded amount is printed under the charge.
  await page.fill('#calls-general-image-tagging', '100007');
  await page.locator('#lines .exact', { hasText: '未舍入 300.021' }).waitFor();
  assert.deepEqual(await page.locator('#lines tbody tr:has(td)').first().locator('td').allTextContents(),
    ['后付费', '100,007', '0.003', '¥300.02未舍入 300.021']);
  await page.fill('#calls-general-image-tagging', '100000');
  assert.equal(await total(), '¥300.00');
  // R14: next month's freeze is this month's calls x the unit price of the tier reached: 100,000 x 0.003.
  assert.ok((await page.locator('#notes').textContent()).includes('次月预冻结 ¥300.00：本月账单结清后'));
  // 相似图像搜索 创建图片: the shared pool's 10,000 free calls (R15), then one 100万次 pack (7,500 元, 002 L145) covers
  // the other 90,000 and keeps 910,000 unused.
  await page.fill('#calls-similar-image-search-create', '100000');
  await page.selectOption('#pack-similar-image-search-create', '1000000');
  assert.equal(await total(), '¥7,800.00');  // 7,500 + 300
  // The pack's line: the calls drawn from it and a pack's price, said as such (90,000 x 7,500 is not the amount).
  const packLine = (await page.locator('#lines tbody tr').allTextContents()).find((row) => row.includes('资源包 1,000,000 次'));
  assert.match(packLine, /90,000\s*7,500\.00 \/包/);
  const warnings = await page.locator('#warnings li').allTextContents();
  assert.ok(warnings.some((w) => w.includes('资源包有 910,000 次本期未用')), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.startsWith('图像清晰度增强：未公布价格')), warnings.join('\n'));  // 002 L1: free public beta
});

test('calls of a service the edition chosen does not have are said to be left out, and come back with their edition', async () => {
  // 图像分析 2019-12-01 has no 车辆识别 (002): its 1,000,000 calls are not priced there, and the page says so.
  await page.goto(`${origin}/?p=image-analysis&e=2020-01-01&u.vehicle-recognition=1000000`);
  await page.waitForSelector('#calls-vehicle-recognition');
  assert.equal(await total(), '¥2,475.00');  // (1,000,000 - 10,000) x 0.0025, as below
  assert.equal(await page.isHidden('#usage-dropped'), true);
  await page.selectOption('#edition', '2019-12-01');
  assert.equal(await page.locator('#calls-vehicle-recognition').count(), 0);
  assert.equal(await page.locator('#usage-dropped').textContent(), '“2019-12-01”版本没有这些服务，它们的调用量不在报价内：车辆识别 1000000。换回原来的版本即可恢复。');
  await page.selectOption('#edition', '2020-01-01');
  assert.equal(await total(), '¥2,475.00');
  assert.equal(await page.isHidden('#usage-dropped'), true);
});

test('image analysis 2020-01-01: 1,000,000 calls of 车辆识别 quote ¥2,475.00', async () => {
  await page.selectOption('#product', 'image-analysis');
  await page.selectOption('#edition', '2020-01-01');
  await page.waitForSelector('#calls-vehicle-recognition');
  await page.fill('#calls-vehicle-recognition', '1000000');
  assert.equal(await total(), '¥2,475.00');  // (1,000,000 - 10,000) x 0.0025, tier 2 (1000千 is not in tier 1)
  await page.screenshot({ path: path.join(shots, 'image-analysis.png'), fullPage: true });
});

test('the presets: a typical month, a tier edge, image analysis\'s two, and the price page\'s four worked examples for the period each states', async () => {
  // 004 L466: a year's 300,000 calls, shown over time as that year on 3 x 10万 packs = 3 x 100,000 (the time view);
  // L470: a month, (15,000 - 10,000) x 1.2 + 11,000; L476, L481: a day, 1,000 x 0.3 and 30,000 x 0.4.
  // 002: image analysis's shared 10,000 free calls a month split by calls (50,000 : 20,000 -> 7,143 + 2,857, the
  // larger remainder to 图像标签), 42,857 x 2.5/千 = 107.1425 -> 107.14, 17,143 x 3/千 = 51.429 -> 51.43: 158.57.
  // 相似图像搜索 检索图片: 1,000,000 calls reach the 1000千-3000千 tier; one 100万次 pack (20000元/个) covers the
  // 990,000 after the free calls: 20,000.00.
  const expected = [['¥136.00', ' /月'], ['¥5,998.00', ' /月'], ['¥158.57', ' /月'], ['¥20,000.00', ' /月'], ['¥300,000.00', null], ['¥17,000.00', ' /月'], ['¥300.00', ' /日'], ['¥12,000.00', ' /日']];
  // This product's examples in view, the others folded away below them, each once.
  await page.goto(`${origin}/?p=body-analysis`);
  await page.waitForSelector('#presets button');
  assert.deepEqual(await page.locator('#presets button').allTextContents(), ['典型用量：人体分析', '阶梯边界']);
  assert.equal(await page.locator('#presets-other').getAttribute('open'), null);
  await page.locator('#presets-other-list li', { hasText: '人脸核身 · ' }).first().waitFor({ state: 'attached' });
  await page.goto(`${origin}/?p=image-analysis`);
  await page.waitForSelector('#presets button');
  assert.deepEqual(await page.locator('#presets button').allTextContents(), ['典型用量：图像分析', '资源包：相似图像搜索']);
  await page.goto(`${origin}/?p=body-analysis`);
  await page.waitForSelector('#presets button');
  const labels = ['典型用量：人体分析', '阶梯边界', '典型用量：图像分析', '资源包：相似图像搜索', '官网预付费示例一', '官网预付费示例二', '官网后付费示例一', '官网后付费示例二'];
  assert.equal(labels.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    const label = labels[i];
    const inView = page.locator('#presets button', { hasText: label });
    if (!(await inView.count())) {
      await page.evaluate(() => { document.getElementById('presets-other').open = true; });
      await page.locator('#presets-other-list button', { hasText: label }).click();
    } else {
      await inView.click();
    }
    if (expected[i][1] === null) {  // the year: the time view's total (the view is fetched when first opened)
      await page.waitForSelector('#time-total:not(:empty)');
      assert.equal(await page.locator('#time-total').textContent(), expected[i][0], label);
      continue;
    }
    assert.equal(await total(), expected[i][0], label);
    assert.equal(await page.locator('#total-period').textContent(), expected[i][1], label);
  }
});

test('any mix of pack sizes for one service: 20万 + 10万 of 增强版人脸核身（权威库） = ¥280,000.00, in the URL too', async () => {
  await page.goto(`${origin}/?p=face-verification&f=0&t=month`);
  await page.waitForSelector('#pack-enhanced-authority-wechat');
  await page.selectOption('#pack-enhanced-authority-wechat', '200000');
  await page.click('#add-pack-enhanced-authority-wechat');
  await page.selectOption('#pack-enhanced-authority-wechat-2', '100000');
  assert.equal(await total(), '¥280,000.00');  // 004: 20万次 180,000 元 + 10万次 100,000 元
  await page.fill('#count-enhanced-authority-wechat-2', '2');
  assert.equal(await total(), '¥380,000.00');  // 180,000 + 2 x 100,000
  await page.fill('#count-enhanced-authority-wechat-2', '0');
  assert.equal(await page.locator('#count-error-enhanced-authority-wechat-2').textContent(), '须为 1 到 1,000 的整数');
  assert.equal(await total(), '¥380,000.00');
  await page.fill('#count-enhanced-authority-wechat-2', '1');
  await page.waitForFunction(() => location.search.includes('k.enhanced-authority-wechat=200000x1%2C100000x1'));
  const other = await context.newPage();
  await other.goto(page.url());
  await other.waitForSelector('#pack-enhanced-authority-wechat-2');
  assert.equal(await other.locator('#total').textContent(), '¥280,000.00');
  await other.close();
  await page.click('#remove-pack-enhanced-authority-wechat-2');
  assert.equal(await total(), '¥180,000.00');
  assert.equal(await page.locator('#pack-enhanced-authority-wechat-2').count(), 0);
});

test('daily settlement: one day and this calendar month with its real number of days; a month typed whole', async () => {
  const now = new Date();
  const days = new Date(now.getFullYear(), now.getMonth() + 1, 0).getDate();
  const month = now.getMonth() + 1;
  await page.goto(`${origin}/?p=face-verification&f=0&u.id-verification=1000`);
  await page.waitForSelector('#calls-id-verification');
  assert.equal(await page.locator('#total-label').textContent(), '每日合计');
  assert.equal(await page.locator('#total-period').textContent(), ' /日');
  // 1,000 x 0.3 = 300.00 a day, every day of the month
  const monthTotal = `¥${(300 * days).toLocaleString('en-US')}.00`;
  assert.equal(await page.locator('#total-month').textContent(), `${month} 月共 ${days} 天，每天如此：${monthTotal} /月`);
  const last = String(days).padStart(2, '0');
  assert.match(await page.locator('#bill-head').textContent(), new RegExp(`至 \\d{4}-\\d{2}-${last}`));
  // The same calls typed as the month's: spread over the days; 1,000 x 0.3 whatever the split.
  await page.check('#span-month');
  assert.equal(await total(), '¥300.00');
  assert.equal(await page.locator('#total-label').textContent(), `${new Date().getFullYear()} 年 ${month} 月合计（${days} 天）`);
  assert.equal(await page.locator('#total-period').textContent(), ' /月');
  // With the free quota: 增强版人脸核身（权威库）-微信 1,500 a day at 1.20; the 100 free calls go on day 1 only, so
  // day 1 = 1,400 x 1.2 = 1,680.00 and each later day 1,500 x 1.2 = 1,800.00; the month 1,680 + (D - 1) x 1,800.
  await page.goto(`${origin}/?p=face-verification&f=1&u.enhanced-authority-wechat=1500`);
  await page.waitForSelector('#calls-enhanced-authority-wechat');
  assert.equal(await total(), '¥1,680.00');
  assert.equal(await page.locator('#total-label').textContent(), '第 1 天合计（含免费额度）');
  assert.equal(await page.locator('#total-period').textContent(), '');
  const withFree = `¥${(1680 + (days - 1) * 1800).toLocaleString('en-US')}.00`;
  assert.equal(await page.locator('#total-month').textContent(), `免费额度在第 1 天用完，之后每天 ¥1,800.00。${month} 月共 ${days} 天，每天同样用量：${withFree} /月`);
  // No calls yet: nothing said about spreading calls over the month.
  await page.fill('#calls-enhanced-authority-wechat', '');
  assert.equal(await page.locator('#total-month').textContent(), '');
});

test('packs and a QPS plan', async () => {
  await page.goto(`${origin}/?p=body-analysis`);
  await page.waitForSelector('#calls-body-detection');
  await page.fill('#calls-body-detection', '25000');
  await page.selectOption('#pack-body-detection', '10000');
  assert.equal(await total(), '¥46.00');  // free 1,000; pack 10,000 for 18; 14,000 x 0.002 = 28
  assert.deepEqual(await page.locator('#waterfall .segment').allTextContents(),
    ['免费额度 1,000 · ¥0.00', '资源包 10,000 · ¥18.00', '后付费 14,000 · ¥28.00']);
  await page.check('#qps-on');
  await page.fill('#qps-count', '10');
  assert.equal(await total(), '¥4,168.00');  // 10 QPS x 415 + the pack's 18; calls unmetered (R13)
  // Its bill line says what the 415.00 is for: a QPS for a month, not a call.
  const qpsLine = (await page.locator('#lines tbody tr:has(td)').allTextContents()).find((row) => row.startsWith('QPS'));
  assert.match(qpsLine, /^QPS 10 按月（调用不计次）25,000415\.00 \/QPS·月¥4,150\.00$/);
  await page.fill('#qps-count', '201');  // R13: at most 200 QPS
  assert.equal(await page.locator('#qps-count-error').textContent(), '须为 1 到 200 的整数');
  assert.equal(await total(), '¥4,168.00');  // the last good quote stays
  await page.fill('#qps-count', '10');
  await page.fill('#count-body-detection', '0');
  assert.equal(await page.locator('#count-error-body-detection').textContent(), '须为 1 到 1,000 的整数');
  assert.equal(await total(), '¥4,168.00');
  await page.fill('#count-body-detection', '2');
  assert.equal(await total(), '¥4,186.00');  // two 10,000-call packs: 2 x 18 + 4,150
  // Bought by the day (000 L75: 40 元/天/QPS for 10 <= QPS < 50) for 7 days: 10 x 40 x 7 = 2,800, plus the packs.
  await page.selectOption('#qps-per', 'day');
  await page.fill('#qps-days', '7');
  assert.equal(await total(), '¥2,836.00');
  assert.equal(await page.locator('#waterfall .segment.qps').last().textContent(), 'QPS 10 按天 × 7 天 · 25,000 次不计次 · ¥2,800.00');
  assert.match(await page.locator('#waterfall > li').last().textContent(), /· ¥2,800\.00/);
  const qpsWarnings = await page.locator('#warnings li').allTextContents();
  assert.ok(qpsWarnings.some((w) => w.startsWith('人体检测与属性分析：QPS 按天购买且少于一个月')), qpsWarnings.join('\n'));
  await page.fill('#qps-days', '32');
  assert.equal(await page.locator('#qps-days-error').textContent(), '须为 1 到 31 的整数');
  assert.equal(await total(), '¥2,836.00');
  await page.uncheck('#qps-on');
});

test('the URL restores the exact quote, and exports carry the same figures', async () => {
  await page.goto(`${origin}/?p=body-analysis`);
  await page.waitForSelector('#calls-body-detection');
  await page.fill('#calls-body-detection', '3000001');
  await page.fill('#calls-body-search', '1.5万');
  const shown = await total();
  assert.equal(shown, '¥5,426.20');  // 2,999,001 x 0.0018 = 5398.2018 -> 5398.20; 14,000 x 0.002 = 28.00
  await page.waitForFunction(() => location.search.includes('u.body-search='));  // the URL follows a moment later
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await other.waitForSelector('#calls-body-detection');
  assert.equal(await other.locator('#total').textContent(), shown);
  assert.equal(await other.inputValue('#calls-body-search'), '1.5万');
  await other.close();

  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const csvText = fs.readFileSync(await csv.path(), 'utf8');
  assert.match(csvText, /"body-detection","人体检测","postpaid","","","","2999001","0.0018","5398.20180000","5398.20"/);
  assert.match(csvText, /"total","","","","","","","","","5426.20"/);
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(JSON.parse(fs.readFileSync(await json.path(), 'utf8')).total, '5426.20');
});

test('English: the switch translates the page, the amounts keep their figures, and the URL keeps the language', async () => {
  await page.goto(`${origin}/?p=body-analysis&u.body-detection=2999999`);
  await page.waitForSelector('#calls-body-detection');
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');  // English is fetched when first asked for
  assert.equal(await page.locator('#result-heading').textContent(), 'Quote');
  assert.equal(await page.locator('label[for="calls-body-detection"]').textContent(), 'Body detection');
  assert.equal(await total(), '¥5,998.00');
  assert.equal(await page.locator('#warnings li').first().textContent(),
    '2 more calls of Body detection would lower this bill by ¥599.80: volume tiers price every call at the tier reached.');
  await page.fill('#calls-body-detection', 'abc');
  assert.equal(await page.locator('#error-body-detection').textContent(), 'Enter a number, such as 15000, 1.5万 or 150万');
  await page.fill('#calls-body-detection', '2999999');
  await page.waitForFunction(() => location.search.includes('l=en'));
  const other = await context.newPage();
  await other.goto(page.url());
  await other.waitForSelector('#calls-body-detection');
  assert.equal(await other.getAttribute('html', 'lang'), 'en');
  assert.equal(await other.locator('#total').textContent(), '¥5,998.00');
  await other.close();
  await page.screenshot({ path: path.join(shots, 'body-analysis-en.png'), fullPage: true });
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.equal(await page.locator('#result-heading').textContent(), '报价');
});

test('face verification: a search box over the 32 billing labels keeps the ones with calls in view', async () => {
  await page.goto(`${origin}/?p=face-verification&u.id-verification=1000`);
  await page.waitForSelector('#service-filter');
  const visible = () => page.locator('#usage .service:not([hidden]) label.service-name').allTextContents();
  assert.equal((await visible()).length, 32);
  await page.fill('#service-filter', '增强版 权威库');  // spaces ignored: matches 增强版人脸核身（权威库）-…
  assert.deepEqual(await visible(), ['增强版人脸核身（权威库）-微信', '增强版人脸核身（权威库）-APP', '增强版人脸核身（权威库）-浮层H5', '身份信息核验']);
  assert.equal(await page.locator('#filter-count').textContent(), '显示 4 / 32 个');
  await page.fill('#service-filter', '(二要素)');  // half-width brackets find the full-width name
  assert.deepEqual(await visible(), ['身份信息核验', '手机号信息核验(二要素)']);
  await page.fill('#service-filter', '');
  assert.equal((await visible()).length, 32);
});

test('face verification: access channel and comparison source resolve to the billing label', async () => {
  await page.goto(`${origin}/?p=face-verification`);
  await page.waitForSelector('#channel-family');
  await page.selectOption('#channel-family', '增强版人脸核身');
  await page.selectOption('#channel', '微信小程序');
  await page.selectOption('#compare', 'authority');
  assert.match(await page.locator('#channel-result').textContent(), /计费标签：增强版人脸核身（权威库）-微信/);  // 004 channel table
  await page.selectOption('#channel', '增强版 SDK（APP）');
  await page.selectOption('#compare', 'upload');
  assert.match(await page.locator('#channel-result').textContent(), /增强版人脸核身（自传照片）-APP/);
  await page.click('#channel-result button');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'calls-enhanced-upload-app');
  // 004 L141-146: 实证 NFC has one channel and no comparison source; its label is 证件 NFC 识别. The comparison
  // menu is left out, and the label and its button follow the family chosen.
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.selectOption('#channel-family', '实证 NFC');
  assert.equal(await page.isHidden('#compare'), true);
  assert.match(await page.locator('#channel-result').textContent(), /^计费标签：证件 NFC 识别/);
  await page.click('#channel-result button');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'calls-id-card-nfc');
  await page.selectOption('#channel-family', '增强版人脸核身');
  assert.equal(await page.isVisible('#compare'), true);
  assert.deepEqual(errors, []);
  // In English the same choices read in English (the tariff's family_en / channel_en), and still resolve.
  await page.goto(`${origin}/?p=face-verification&l=en`);
  await page.waitForSelector('#channel-family');
  await page.selectOption('#channel-family', '增强版人脸核身');
  await page.selectOption('#channel', '微信小程序');
  await page.selectOption('#compare', 'authority');
  assert.equal(await page.locator('#channel-family option:checked').textContent(), 'Enhanced face verification');
  assert.equal(await page.locator('#channel option:checked').textContent(), 'WeChat Mini Program');
  assert.match(await page.locator('#channel-result').textContent(), /Enhanced, authority database - WeChat/);
  const names = await page.locator('#channel-fieldset option').allTextContents();
  assert.deepEqual(names.filter((n) => /[\u4e00-\u9fff]/.test(n) && !n.includes('(E证通)')), [], 'no Chinese-only option in English');
});

test('example bill: a monthly bill with its issue date; daily bills summed over the month', async () => {
  await page.goto(`${origin}/?p=body-analysis&u.body-detection=25000`);
  await page.waitForSelector('#calls-body-detection');
  const now = new Date();
  const next = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  const nextFirst = `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-01`;
  const head = await page.locator('#bill-head').textContent();
  assert.match(head, new RegExp(`出账${nextFirst}（次月1日推送账单）`));
  assert.match(head, /应付¥48\.00/);  // (25,000 - 1,000) x 0.002
  assert.equal(await page.isHidden('#daily'), true);

  // 增强版人脸核身（权威库）-微信, 1,000 calls a day, free quota on: the 100 first-open calls go on day 1, so
  // day 1 = 900 x 1.2 = 1,080.00, days 2-D = 1,000 x 1.2 = 1,200.00 each; month = 1,080 + (D - 1) x 1,200, D the
  // days of this calendar month (31 in December: 37,080.00)
  const days = new Date(now.getFullYear(), now.getMonth() + 1, 0).getDate();
  const month = `¥${(1080 + (days - 1) * 1200).toLocaleString('en-US')}.00`;
  await page.goto(`${origin}/?p=face-verification&u.enhanced-authority-wechat=1000`);
  await page.waitForSelector('#calls-enhanced-authority-wechat');
  assert.equal(await total(), '¥1,080.00');
  const rows = await page.locator('#daily-bills tbody tr').allTextContents();
  assert.deepEqual(rows, ['1 日900¥1,080.00¥1,080.00', `2–${days} 日1,000¥1,200.00${month}`]);
  assert.deepEqual(await page.locator('#daily-bills tfoot tr').allTextContents(), [`应付${month}`]);
  assert.match(await page.locator('#daily-note').textContent(), /先用免费额度（本月共 100 次）/);
  const last = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  assert.match(await page.locator('#bill-head').textContent(),
    new RegExp(`出账（每天一张）${iso(new Date(now.getFullYear(), now.getMonth(), 2))} 至 ${iso(last)}`));
  assert.match(await page.locator('#bill-head').textContent(), new RegExp(`应付${month.replace(/[$.]/g, '\\$&')}`));
  await page.screenshot({ path: path.join(shots, 'face-verification-bill.png'), fullPage: true });
});

test('chart: postpaid and each pack plan, the tier bound marked, the visitor point drawn', async () => {
  await page.goto(`${origin}/?p=body-analysis&u.body-detection=2999999`);
  await page.waitForSelector('#chart svg');
  // 人体检测 sells 4 pack sizes (10,000 / 100,000 / 1,000,000 / 10,000,000 calls): 5 lines. The axis ends at
  // 10,000,000 (the 1-2-5 step above 2 x 2,999,999), so the 3,000,000 bound is marked and 15,000,000 is not.
  assert.equal(await page.locator('#chart svg.chart path.series').count(), 5);
  // The legend draws each line's own stroke: the postpaid line is dashed, and so is its legend mark.
  const dashes = await page.evaluate(() => ['svg.chart path.series-0', '.legend path.series-0', '.legend path.series-1']
    .map((selector) => getComputedStyle(document.querySelector(`#chart ${selector}`)).strokeDasharray));
  assert.notEqual(dashes[0], 'none');
  assert.deepEqual(dashes, [dashes[0], dashes[0], 'none']);
  // Ticks and gridlines on both axes, 0 where the axes meet.
  assert.ok(await page.locator('#chart line.grid').count() >= 3);
  assert.equal(await page.locator('#chart text.tick').first().textContent(), '¥0');
  assert.equal(await page.locator('#chart line.bound').count(), 1);
  assert.equal(await page.locator('#chart svg.chart circle.you').count(), 1);
  assert.match(await page.locator('#chart .legend').textContent(), /当前：2,999,999 次，¥5,998\.00/);
  // The caption reads every line at the visitor's calls: after the 1,000 free calls 2,998,999 are left, postpaid
  // x 0.002 = 5,997.998 -> 5,998.00; packs bought as needed: 300 x 18 = 5,400.00, 30 x 190 = 5,700.00,
  // 3 x 1,800 = 5,400.00, 1 x 17,000 = 17,000.00.
  assert.match(await page.locator('#chart figcaption').textContent(), new RegExp('在 2,999,999 次时：后付费 ¥5,998\\.00；'
    + '10,000 次资源包 ¥5,400\\.00；100,000 次资源包 ¥5,700\\.00；1,000,000 次资源包 ¥5,400\\.00；10,000,000 次资源包 ¥17,000\\.00。'));
  await page.selectOption('#chart-service', 'body-search');
  assert.equal(await page.locator('#chart svg.chart circle.you').count(), 0);  // no calls of 人体搜索 yet
  assert.match(await page.locator('#chart figcaption').textContent(), /人体搜索/);
});

test('chart: a service in the shared free pool says why the dot sits above its lines', async () => {
  // 002: 10,000 free calls a month shared; 图像标签 50,000 + 车辆识别 20,000 split them 7,143 + 2,857 (by calls,
  // the larger remainder to 图像标签). Its lines are 图像标签 alone, which would get all 10,000.
  await page.goto(`${origin}/?p=image-analysis&e=current&u.image-tagging=50000&u.vehicle-recognition=20000`);
  await page.waitForSelector('#chart svg');
  assert.match(await page.locator('#chart figcaption').textContent(), /分到 7,143 次（单独使用时 10,000 次），所以圆点高于线。/);
  // 图像标签 sells no packs (002: 图像理解 postpaid only): the caption speaks of no pack lines.
  assert.doesNotMatch(await page.locator('#chart figcaption').textContent(), /实线|资源包/);
  await page.selectOption('#chart-service', 'vehicle-recognition');
  assert.match(await page.locator('#chart figcaption').textContent(), /分到 2,857 次（单独使用时 10,000 次）/);
  // One service alone: its dot is on its line, nothing to explain.
  await page.goto(`${origin}/?p=image-analysis&e=current&u.image-tagging=50000`);
  await page.waitForSelector('#chart svg');
  assert.doesNotMatch(await page.locator('#chart figcaption').textContent(), /共用免费额度/);
});

test('a QPS plan by the day for part of a month: the month with the other days billed per call, as the advice counts it', async () => {
  const other = await context.newPage();
  try {
    await other.clock.setFixedTime(new Date('2026-12-15T10:00:00'));  // next month: January 2027, 31 days
    await other.goto(`${origin}/?p=body-analysis&u.body-detection=3100000&q=10/day/6`);
    await other.waitForSelector('#total:not(:empty)');
    // 000: 10 QPS a day at 40 each: 6 days x 10 x 40 = 2,400.00, the calls on those days unmetered; the quote cannot
    // split the month, so it unmeters all of them (and warns).
    assert.equal(await other.locator('#total').textContent(), '¥2,400.00');
    assert.equal(await other.locator('#total-label').textContent(), '合计（假如所有调用都在 QPS 的 6 天内）');  // not "this month"
    assert.equal(await other.locator('#total-period').textContent(), '');
    // January 2027 with 100,000 calls a day: days 7-31 metered, 2,500,000 calls; 1,000 free, 2,499,000 x 0.002 (the
    // tier up to 3,000,000 reached by the metered calls) = 4,998.00; with the QPS plan 7,398.00.
    await other.waitForFunction(() => document.getElementById('total-month').textContent.includes('2027'));
    assert.equal(await other.locator('#total-month').textContent(),
      '按天购买的 QPS 只覆盖 6 天，其余日子的调用按次计费：以 2027 年 1 月（31 天）为例，每天调用量相同时共 ¥7,398.00。');
    // The chart's line is 人体检测 alone; on QPS it draws no free calls, and that is not a shared pool's doing.
    await other.waitForSelector('#chart figcaption');
    assert.doesNotMatch(await other.locator('#chart figcaption').textContent(), /共用免费额度/);
    await other.click('#month-plan');
    await other.waitForSelector('#month-plan-result span');
    assert.match(await other.locator('#month-plan-result').textContent(), /¥7,398\.00）/);  // "your choice" is the same month
  } finally {
    await other.close();  // left open, it would keep the focus the clipboard tests need
  }
});

test('to the time view with a QPS plan: it comes along, each month as the one month had it', async () => {
  const other = await context.newPage();
  try {
    await other.clock.setFixedTime(new Date('2026-12-15T10:00:00'));  // the horizon: 2027-01-01 to 2027-12-31
    await other.goto(`${origin}/?p=body-analysis&u.body-detection=3100000&q=10/day/6`);
    await other.waitForSelector('#total:not(:empty)');
    await other.check('#view-time');
    await other.waitForSelector('#time-months tbody tr');
    // A plan of 6 days from each month's 1st, twelve of them.
    assert.equal(await other.locator('#time-qps input[id^="time-qps-months-"]').count(), 12);
    assert.equal(await other.locator('#time-qps-months-0').inputValue(), '6');
    assert.equal(await other.locator('#time-qps-date-1').inputValue(), '2027-02-01');
    // January 2027: 100,000 calls a day, days 7-31 metered: (2,500,000 - 1,000 free) x 0.002 = 4,998.00 postpaid; the
    // QPS plan 6 x 10 x 40 = 2,400.00 paid on its first day.
    const january = await other.locator('#time-months tbody tr').first().locator('td').allTextContents();
    assert.ok(january.includes('4,998.00') && january.includes('2,400.00'), january.join(' | '));
  } finally {
    await other.close();  // left open, it would keep the focus the clipboard tests need
  }
});

test('chart: the visitor\'s own packs are a line of their own, their dot on it', async () => {
  const other = await context.newPage();
  try {
    await other.clock.setFixedTime(new Date('2026-12-15T10:00:00'));  // December: 31 days
    await other.goto(`${origin}/?p=face-verification&e=current&f=1&u.enhanced-authority-wechat=500&k.enhanced-authority-wechat=10000x1`);
    await other.waitForSelector('#chart svg');
    // 004: 500 a day x 31 = 15,500 calls; 100 free, one 1万次 pack (11,000 元) for 10,000, the other 5,400 x 1.2 =
    // 6,480.00: 17,480.00. Packs bought as needed would be two 1万次 packs (22,000.00); all postpaid 15,400 x 1.2.
    assert.equal(await other.locator('#chart svg.chart path.series-own').count(), 1);
    const caption = await other.locator('#chart figcaption').textContent();
    assert.match(caption, /10,000 次资源包 ¥22,000\.00；你选的资源包（用完后后付费） ¥17,480\.00。/);
    assert.match(caption, /后付费 ¥18,480\.00/);
    assert.match(await other.locator('#chart .legend').textContent(), /当前：15,500 次，¥17,480\.00/);
  } finally {
    await other.close();
  }
});

test('the freeze counts the calls a pack covered, and says so', async () => {
  // 002: the freeze is the month's calls x the unit price of the tier reached: 1,000,000 相似图像搜索 检索图片 calls reach
  // the 1000千-3000千 tier, 50 元/千次: 50,000.00, though one 100万次 pack (20,000.00) covers every metered call.
  await page.goto(`${origin}/?p=image-analysis&e=current&u.similar-image-search-retrieve=1000000&k.similar-image-search-retrieve=1000000x1`);
  await page.waitForSelector('#calls-similar-image-search-retrieve');
  assert.equal(await total(), '¥20,000.00');
  const notes = await page.locator('#notes').textContent();
  assert.ok(notes.includes('次月预冻结 ¥50,000.00'), notes);
  assert.ok(notes.includes('资源包抵扣的调用也计入'), notes);
  // Without a pack the sentence is not there.
  await page.goto(`${origin}/?p=image-analysis&e=current&u.similar-image-search-retrieve=1000000`);
  await page.waitForSelector('#calls-similar-image-search-retrieve');
  assert.doesNotMatch(await page.locator('#notes').textContent(), /资源包抵扣/);
});

test('print: the stylesheet prints the quote and the bill, not the form', async () => {
  await page.goto(`${origin}/?p=body-analysis&u.body-detection=25000`);
  await page.waitForSelector('#calls-body-detection');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#inputs'), false);
  assert.equal(await page.isVisible('#presets'), false);
  assert.equal(await page.isVisible('#lines'), true);
  assert.equal(await page.isVisible('#bill-head'), true);
  assert.equal(await page.isVisible('#total'), true);
  await page.screenshot({ path: path.join(shots, 'print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

test('warnings in words: the shared pool range and a free quota that has a condition', async () => {
  // tests/vectors/image-current-shared-pool-three-services-remainders.json: total 6.73; dearest-first 3.14,
  // cheapest-first 19.68 (the working is in the vector).
  await page.goto(`${origin}/?p=image-analysis&e=current&u.product-recognition-wechat=7001&u.same-image-search-retrieve=1234&u.smart-cropping=3333`);
  await page.waitForSelector('#calls-smart-cropping');
  assert.equal(await total(), '¥6.73');
  assert.match(await page.locator('#warnings').textContent(), /若它先抵最贵的调用，账单为 ¥3\.14；若先抵最便宜的，为 ¥19\.68。/);
  // Visitors see a rule's words, never its number (R16 and the like are the code's vocabulary).
  assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /\bR\d{1,2}\b/);
  // E证通's 100 free calls are for a first merchant ID (004): said in words beside the quote.
  await page.goto(`${origin}/?p=face-verification&u.eid-authority=200`);
  await page.waitForSelector('#calls-eid-authority');
  assert.match(await page.locator('#warnings').textContent(), /E证通（权威库）：免费额度的前提是首次成功申请E证通商户 ID。/);
  assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /\bR\d{1,2}\b/);
});

test('index.html preloads the engine, the catalog and exactly the tariff files of the first screen', async () => {
  const html = fs.readFileSync(path.join(root, 'web/index.html'), 'utf8');
  const preloaded = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin>/g)].map((m) => m[1]).sort();
  const catalog = JSON.parse(fs.readFileSync(path.join(root, 'tariffs/catalog.json'), 'utf8'));
  const { PRESETS } = await import(pathToFileURL(path.join(root, 'web/presets.js')).href);
  const first = new URLSearchParams(PRESETS[0].query).get('p');  // the example a bare URL opens with
  const files = catalog.products.find((p) => p.id === first).editions.map((e) => `tariffs/${e.file}`);
  assert.deepEqual(preloaded, ['tally.wasm', 'tariffs/catalog.json', ...files].sort());
});


test('embed this calculator: the snippets written for the settings on screen work when pasted into a page', async () => {
  await page.goto(`${origin}/?p=image-analysis&e=2020-01-01&u.vehicle-recognition=100万`);
  await page.waitForSelector('#calls-vehicle-recognition');
  assert.equal(await total(), '¥2,475.00');  // (1,000,000 - 10,000) x 0.0025, tier 2
  await page.click('#embed-panel summary');
  await page.locator('#embed-element').filter({ hasText: '<tally-calculator' }).waitFor();  // written on the toggle event, a task later
  const element = await page.locator('#embed-element').textContent();
  const iframe = await page.locator('#embed-iframe').textContent();
  assert.match(element, /<tally-calculator product="image-analysis" edition="2020-01-01" service="vehicle-recognition" calls="100万"><\/tally-calculator>/);
  assert.match(iframe, new RegExp(`const TALLY_ORIGIN = "${origin}";`));
  // A host page on this origin made of nothing but the two snippets (the iframe's inline script needs its own
  // policy: the host's, not ours).
  const host = await context.newPage();
  await host.route(`${origin}/host.html`, (route) => route.fulfill({ contentType: 'text/html',
    body: `<!doctype html><meta charset="utf-8"><title>host</title>${element}\n${iframe}` }));
  await host.goto(`${origin}/host.html`);
  await host.waitForFunction(() => document.querySelector('tally-calculator')?.shadowRoot?.querySelector('output')?.textContent);
  assert.equal(await host.locator('tally-calculator output').textContent(), '¥2,475.00');
  await host.frameLocator('iframe[data-tally]').locator('output').filter({ hasText: '¥' }).waitFor();
  assert.equal(await host.frameLocator('iframe[data-tally]').locator('output').textContent(), '¥2,475.00');
  // The host script sized the iframe to its content (it started at 24rem = 384 px).
  await host.waitForFunction(() => document.querySelector('iframe[data-tally]').style.height !== '24rem');
  await host.close();
  // With several services in use only the product is carried, and the note says so.
  await page.fill('#calls-smart-cropping', '5000');
  assert.doesNotMatch(await page.locator('#embed-element').textContent(), /service=/);
  assert.match(await page.locator('#embed-note').textContent(), /只带产品/);
});

test('copy link: the button copies the URL that restores the estimate', async () => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.goto(`${origin}/?p=body-analysis`);
  await page.waitForSelector('#calls-body-detection');
  await page.fill('#calls-body-detection', '25000');
  await page.click('#copy-link');  // at once, not after the URL's usual delay
  assert.equal(await page.locator('#copy-link').textContent(), '链接已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /u\.body-detection=25000/);
  const other = await context.newPage();
  await other.goto(copied);
  await other.waitForSelector('#calls-body-detection');
  assert.equal(await other.locator('#total').textContent(), '¥48.00');  // (25,000 - 1,000) x 0.002
  await other.close();
});

test('nothing was requested from another origin, and no script or CSP error', () => {
  assert.deepEqual(foreign, []);
  assert.deepEqual(problems, []);
});
