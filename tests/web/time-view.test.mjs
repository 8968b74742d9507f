// The "over time" view on the real page (headless Chromium, the real wasm engine): figures worked out by hand
// from the price pages, growth turned into whole calls, the URL as the whole state, CSV, both languages, field
// errors with the last result kept and marked stale.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from './browser.mjs';
import { serve } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let server, context, page, origin;
const problems = [];
const foreign = [];

before(async () => {
  server = await serve(path.join(root, 'build/site'));
  origin = `http://127.0.0.1:${server.address().port}`;
  context = await launchBrowser();
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('blob:')) foreign.push(r.url()); });
});

after(async () => {
  await context?.close();
  server?.close();
});

const total = () => page.locator('#time-total').textContent();
const open = async (query) => {
  await page.goto(`${origin}/${query}`);
  await page.waitForSelector('#time-total:not(:empty)');
};
// The months table as rows of cell texts, keyed by its header.
const monthsTable = () => page.evaluate(() => {
  const heads = [...document.querySelectorAll('#time-months thead th')].map((th) => th.textContent);
  return [...document.querySelectorAll('#time-months tbody tr')].map((tr) => Object.fromEntries([...tr.cells].map((c, i) => [heads[i], c.textContent])));
});

// tests/timelines/body-packs-listed-out-of-date-order.json, worked from 000: 10万 pack 190 元, alert under 15%.
const PACKS = '?p=body-analysis&f=0&v=time&hs=2026-01-01&hm=3&tu=body-detection~30000~'
  + '&tb=body-detection~100000~1~2026-02-01&tb=body-detection~100000~1~2026-01-01';

test('two 10万 packs for 30,000 calls a month over three months: ¥380.00, the pack bought first drawn first, its alert dated', async () => {
  await open(PACKS);
  // 30,000 x 3 = 90,000 calls, all from the pack bought 01-01: no postpaid; paid 2 x 190 = 380.00
  assert.equal(await total(), '¥380.00');
  assert.match(await page.locator('#time-average').textContent(), /^平均每次约 ¥0\.0042 · 90,000 次调用$/);  // 380 / 90,000 = 0.0042222…, to 4 places
  const months = await monthsTable();
  assert.deepEqual(months.map((m) => [m['月份'], m['调用'], m['资源包'], m['购买（元）']]),
    [['2026-01', '30,000', '30,000', '190.00'], ['2026-02', '30,000', '30,000', '190.00'], ['2026-03', '30,000', '30,000', '0.00']]);
  // March: 30,000 = 31 x 967 + 23; after 03-26 the first pack has 14,835 left, under 15% of 100,000
  const events = await page.locator('#time-events li').allTextContents();
  assert.equal(events.length, 1);
  assert.match(events[0], /^2026-03-26/);
  assert.match(events[0], /人体检测 100,000 次资源包（2026-01-01 购买）剩余 14,835 次，低于 15%/);
  // The balance chart: one line per pack, the expiry after the horizon said in the legend
  assert.equal(await page.locator('#time-balance svg.chart path.series').count(), 2);
  assert.match(await page.locator('#time-balance .legend').textContent(), /到期 2027-01-01（在范围之后）/);
  assert.equal(await page.locator('#time-chart svg.chart rect.bar-bought').count(), 2);
  assert.equal(await page.locator('#time-chart svg.chart rect.bar-postpaid').count(), 0);
});

test('the charts say their figures in words: the months of most and least spend, each pack\'s calls left', async () => {
  await open(PACKS);
  await page.waitForSelector('#time-balance svg');
  // spend: January 190.00 and February 190.00 (a pack each), March 0.00
  assert.match(await page.locator('#time-chart figcaption').textContent(),
    /花费最多的是 2026-01 等 2 个月（¥190\.00），最少的是 2026-03（¥0\.00）/);
  // 90,000 calls all from the pack bought 01-01: 10,000 left; the one bought 02-01 untouched
  const balance = await page.locator('#time-balance figcaption').textContent();
  assert.match(balance, /100,000 次资源包（2026-01-01 购买）：期末剩余 10,000 次/);
  assert.match(balance, /100,000 次资源包（2026-02-01 购买）：期末剩余 100,000 次/);
});

test('a new figure changes the tables in place: the same row nodes, their text updated (the browser lays out only what changed)', async () => {
  await open(PACKS);
  await page.evaluate(() => { document.querySelector('#time-months tbody tr').keptNode = 'yes'; });
  await page.fill('#time-calls-0', '40000');
  await page.waitForFunction(() => document.querySelector('#time-months tbody td').textContent === '40,000');
  // 40,000 x 3 = 120,000 calls, all within the two packs (100,000 each): still 2 x 190 = 380.00, no postpaid
  assert.equal(await total(), '¥380.00');
  assert.equal(await page.evaluate(() => document.querySelector('#time-months tbody tr').keptNode), 'yes');
  const months = await monthsTable();
  assert.deepEqual(months.map((m) => [m['月份'], m['调用'], m['资源包']]),
    [['2026-01', '40,000', '40,000'], ['2026-02', '40,000', '40,000'], ['2026-03', '40,000', '40,000']]);
});

test('growth: 200万 +100% a month is 2,000,000 then 4,000,000 calls, each month at its own tier: ¥11,196.20', async () => {
  // tests/timelines/body-tier-changes-between-months.json: (2,000,000 - 1,000) x 0.002 = 3,998.00;
  // (4,000,000 - 1,000) x 0.0018 = 7,198.20 (000 L90: 0.0018 above 300万)
  await open('?p=body-analysis&v=time&hs=2026-01-01&hm=2&tu=body-detection~200万~100');
  assert.equal(await total(), '¥11,196.20');
  const months = await monthsTable();
  assert.deepEqual(months.map((m) => [m['调用'], m['后付费（元）']]), [['2,000,000', '3,998.00'], ['4,000,000', '7,198.20']]);
  // The totals row: 6,000,000 calls, 3,998.00 + 7,198.20 = 11,196.20 postpaid
  assert.deepEqual(await page.locator('#time-months tfoot tr > *').allTextContents(), ['合计', '6,000,000', '2,000', '5,998,000', '11,196.20']);
  const events = await page.locator('#time-events li').allTextContents();
  assert.deepEqual(events, ['2026-02-28 人体检测：本月调用量升入“3,000,000 次起”的价格档（上月“0 次起”）。']);
});

test('growth typed in the form: 500万 +20% is 6,000,000 calls in month 2 and 7,200,000 in month 3', async () => {
  await open('?p=body-analysis&v=time&hs=2026-01-01');
  await page.fill('#time-calls-0', '500万');
  await page.fill('#time-growth-0', '20');
  // 5,000,000 x 1.2 = 6,000,000; x 1.2^2 = 7,200,000; month 12: x 1.2^11 = 37,150,418.53 -> 37,150,419
  const months = await monthsTable();
  assert.equal(months.length, 12);
  assert.deepEqual(months.slice(0, 3).map((m) => m['调用']), ['5,000,000', '6,000,000', '7,200,000']);
  assert.equal(months[11]['调用'], '37,150,419');
  assert.equal(await page.locator('#time-growth-note-0').textContent(), '按月：5,000,000 → 6,000,000 → 7,200,000 → … → 37,150,419');
  // Month 1 by hand: (5,000,000 - 1,000) x 0.0018 (tier above 300万) = 8,998.20
  assert.equal(months[0]['后付费（元）'], '8,998.20');
});

test('the URL holds the whole view: a link opened elsewhere shows the same inputs and total', async () => {
  await open('?p=body-analysis&v=time');
  await page.fill('#time-start', '2026-01-01');
  await page.fill('#time-months-count', '3');
  await page.selectOption('#time-service-0', 'body-detection');
  await page.fill('#time-calls-0', '3万');
  await page.click('#time-add-buy');
  await page.selectOption('#time-buy-size-0', '100000');
  await page.fill('#time-buy-date-0', '2026-01-01');
  await page.click('#time-add-buy');
  await page.selectOption('#time-buy-size-1', '100000');
  await page.fill('#time-buy-date-1', '2026-02-01');
  await page.uncheck('#free-quota');
  assert.equal(await total(), '¥380.00');  // the hand-worked case above, typed in
  await page.waitForFunction(() => location.search.includes('tb='));
  await page.waitForTimeout(300);  // the URL follows a moment after the last change
  const search = await page.evaluate(() => location.search);
  const other = await context.newPage();
  await other.goto(`${origin}/${search}`);
  await other.waitForSelector('#time-total:not(:empty)');
  assert.equal(await other.locator('#time-total').textContent(), '¥380.00');
  assert.equal(await other.isChecked('#view-time'), true);
  assert.equal(await other.inputValue('#time-start'), '2026-01-01');
  assert.equal(await other.inputValue('#time-months-count'), '3');
  assert.equal(await other.inputValue('#time-calls-0'), '3万');
  assert.equal(await other.inputValue('#time-buy-date-1'), '2026-02-01');
  await other.close();
});

test('switching views keeps the quote\'s monthly calls and packs; the one-month quote comes back unchanged', async () => {
  await page.goto(`${origin}/?p=body-analysis&f=0&u.body-detection=30000&k.body-detection=100000x1`);
  await page.waitForSelector('#lines tbody tr');
  const month = await page.locator('#total').textContent();
  await page.check('#view-time');
  await page.waitForSelector('#time-total:not(:empty)');
  assert.equal(await page.inputValue('#time-calls-0'), '30000');
  assert.equal(await page.inputValue('#time-buy-size-0'), '100000');
  // 12 months x 30,000 = 360,000 calls: the 10万 pack (190.00) covers the first 100,000, then 260,000 x 0.002 = 520.00
  assert.equal(await total(), '¥710.00');
  assert.equal(await page.isVisible('#result'), false);
  await page.check('#view-month');
  assert.equal(await page.locator('#total').textContent(), month);
  assert.equal(await page.isVisible('#time-result'), false);
});

test('calls a day, as face verification is quoted: every day of each month, a growth stepping the daily rate month by month', async () => {
  // 增强版 (微信, 权威库) 1.2 a call (004 L264), each daily bill on its own: October 31 days x 100 x 1.2 = 3,720.00
  await open('?p=face-verification&f=0&v=time&hs=2026-10-01&hm=1&tu=enhanced-authority-wechat~100~~day');
  assert.equal(await page.inputValue('#time-per-0'), 'day');
  assert.equal(await total(), '¥3,720.00');
  // +100%: November 200 a day x 30 days x 1.2 = 7,200.00; with October 10,920.00
  await page.fill('#time-months-count', '2');
  await page.fill('#time-growth-0', '100');
  await page.waitForFunction(() => document.getElementById('time-total').textContent === '¥10,920.00');
  assert.match(await page.locator('#time-growth-note-0').textContent(), /每天，按月：100 → 200/);
  // a month's figure instead: 100 calls in October = 120.00
  await page.selectOption('#time-per-0', 'month');
  await page.fill('#time-growth-0', '');
  await page.fill('#time-months-count', '1');
  await page.waitForFunction(() => document.getElementById('time-total').textContent === '¥120.00');
});

test('a day\'s calls typed in the one-month quote come into the time view as a day\'s', async () => {
  await page.goto(`${origin}/?p=face-verification&f=0&u.enhanced-authority-wechat=100&hs=2026-10-01&hm=1`);
  await page.waitForSelector('#lines tbody tr');
  await page.check('#view-time');
  await page.waitForSelector('#time-total:not(:empty)');
  assert.equal(await page.inputValue('#time-calls-0'), '100');
  assert.equal(await page.inputValue('#time-per-0'), 'day');
  assert.equal(await total(), '¥3,720.00');  // 31 x 100 x 1.2, as above
});

test('the yearly prepaid example opens the time view: 300,000 calls in a year on three 10万 packs = ¥300,000.00', async () => {
  // Opened on body analysis, the face verification examples are folded under 其他产品的示例.
  await page.goto(`${origin}/`);
  await page.waitForSelector('#presets button');
  assert.equal(await page.locator('#presets button', { hasText: '官网预付费示例一' }).count(), 0);
  await page.click('#presets-other summary');
  await page.locator('#presets-other-list button', { hasText: '官网预付费示例一' }).click();
  await page.waitForSelector('#time-total:not(:empty)');
  // 004 L466: 3 x 100,000 元 (10万次 pack of 增强版人脸核身（权威库）); 25,000 x 12 = 300,000 calls, ¥1 a call
  assert.equal(await total(), '¥300,000.00');
  assert.match(await page.locator('#time-average').textContent(), /平均每次 ¥1\.00 · 300,000 次调用/);
  assert.equal(await page.inputValue('#time-buy-count-0'), '3');
});

test('CSV of the months and of the bills: the engine\'s decimal strings, built in the page', async () => {
  await open(PACKS);
  const [months] = await Promise.all([page.waitForEvent('download'), page.click('#time-export-months')]);
  assert.equal(months.suggestedFilename(), 'tally-months.csv');
  const text = fs.readFileSync(await months.path(), 'utf8');
  assert.deepEqual(text.split('\r\n'), [
    '"month","calls","free_calls","pack_calls","postpaid_calls","qps_calls","postpaid","purchases","freeze","cash"',
    '"2026-01","30000","0","30000","0","0","0.00","190.00","","0.00"',
    '"2026-02","30000","0","30000","0","0","0.00","190.00","","0.00"',
    '"2026-03","30000","0","30000","0","0","0.00","0.00","","0.00"',
    '']);
  // Face verification's daily bills, one row each: 004 L327 身份信息核验 0.3 a call, 1千 pack 300 元
  // (tests/timelines/face-pack-alerts-dated.json): day 12 takes the pack's last 10 and 80 postpaid = 24.00, then 27.00
  await open('?p=face-verification&f=0&v=time&hs=2026-03-01&hm=1&tu=id-verification~2790~&tb=id-verification~1000~1~2026-03-01');
  const [bills] = await Promise.all([page.waitForEvent('download'), page.click('#time-export-bills')]);
  const rows = fs.readFileSync(await bills.path(), 'utf8').split('\r\n');
  assert.equal(rows[0], '"from","to","issued","issued_by","total","freeze"');
  // 2,790 calls over March's 31 days are 90 a day: the pack lasts to day 12 (1,000 = 11 x 90 + 10)
  assert.equal(rows[1], '"2026-03-12","2026-03-12","2026-03-13","2026-03-13","24.00",""');
  assert.equal(rows[2], '"2026-03-13","2026-03-13","2026-03-14","2026-03-14","27.00",""');
  assert.equal(rows.length, 1 + 20 + 1);  // 03-12 to 03-31, and the empty string after the last CRLF
  // 300 + 24 + 19 x 27 = 837.00
  assert.equal(await total(), '¥837.00');
  // The daily bills on the page: grouped by month (24 + 19 x 27 = 537.00), the month's table built when opened
  await page.locator('#time-bills details summary').first().click();
  await page.locator('#time-bills details table').waitFor();  // built on the details' toggle event, a task later
  assert.equal(await page.locator('#time-bills details table tbody tr').count(), 20);
  assert.match(await page.locator('#time-bills summary').first().textContent(), /^2026-03：20 张日账单，合计 ¥537\.00$/);
});

// Face verification: a 1万 pack of 增强版 (微信, 权威库) is 11,000.00 (004 L264), refundable unused for 7 days:
// bought 10-01, until 10-08 (004 L661; tests/timelines/face-refund-last-day-of-window.json).
const REFUND = '?p=face-verification&f=0&v=time&hs=2026-10-01&hm=1&tu=enhanced-authority-wechat~0~'
  + '&tb=enhanced-authority-wechat~10000~1~2026-10-01';

test('a refund typed at its purchase: the window shown from the answer, the last day refunds in full, a day late is said at the row', async () => {
  await open(REFUND);
  assert.equal(await total(), '¥11,000.00');
  assert.match(await page.locator('#time-buy-note-0').textContent(), /2026-10-08（含）前/);
  await page.fill('#time-buy-refund-0', '2026-10-08');
  await page.waitForFunction(() => document.getElementById('time-total').textContent === '¥0.00');  // 11,000 - 11,000
  assert.equal(await page.locator('#time-buy-note-0').textContent(), '已于 2026-10-08 退款，退回 ¥11,000.00。');
  assert.match(await page.locator('#time-paid').textContent(), /资源包 ¥11,000\.00 · 退款 −¥11,000\.00/);
  await page.waitForFunction(() => decodeURIComponent(location.search).includes('tb=enhanced-authority-wechat~10000~1~2026-10-01~2026-10-08'));
  await page.fill('#time-buy-refund-0', '2026-10-09');
  await page.waitForFunction(() => document.getElementById('time-buy-error-0').textContent !== '');
  assert.match(await page.locator('#time-buy-error-0').textContent(), /2026-10-08/);
  assert.equal(await page.getAttribute('#time-buy-refund-0', 'aria-invalid'), 'true');
  assert.equal(await total(), '¥0.00');  // the last good answer kept, marked stale
  assert.equal(await page.locator('#time-result.stale').count(), 1);
  await open(`${REFUND}~2026-10-08`);  // the link carries the refund
  assert.equal(await page.inputValue('#time-buy-refund-0'), '2026-10-08');
  assert.equal(await total(), '¥0.00');
  await open('?p=body-analysis&v=time&hs=2026-10-01&hm=1&tu=body-detection~0~&tb=body-detection~100000~1~2026-10-01');
  assert.equal(await page.locator('#time-buy-refund-0').count(), 0);  // body analysis packs are not refundable
});

// The same pack with 100 calls a day from 10-01 (free quota off): the pack is drawn on first, so by a refund on
// 10-05 it has given 4 days x 100 = 400 calls, and only an unused pack is refundable (004 L661: "且该资源包未被使用").
const REFUND_USED = '?p=face-verification&f=0&v=time&hs=2026-10-01&hm=1&tu=enhanced-authority-wechat~100~~day'
  + '&tb=enhanced-authority-wechat~10000~1~2026-10-01';

test('a refund after the pack was drawn on is refused at its row, in Chinese on the Chinese page and English on the English one', async () => {
  for (const [lang, said] of [
    ['', '无法计算：2026-10-05 之前已从这个资源包扣减 400 次调用；只有未使用的资源包可以退款'],
    ['&l=en', 'Could not compute: 400 calls were drawn from this pack before 2026-10-05; only an unused pack can be refunded'],
  ]) {
    await open(`${REFUND_USED}${lang}`);
    await page.fill('#time-buy-refund-0', '2026-10-05');
    await page.waitForFunction(() => document.getElementById('time-buy-error-0').textContent !== '');
    assert.equal(await page.locator('#time-buy-error-0').textContent(), said);
    assert.equal(await page.getAttribute('#time-buy-refund-0', 'aria-invalid'), 'true');
    assert.equal(await page.locator('#time-status').textContent() === said, false);  // at the row, not the status line
  }
});

test('removing a row keeps focus in its list: on the row that took its place, else on the add button', async () => {
  await open(PACKS);
  await page.click('#time-remove-buy-0');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'time-remove-buy-0');  // the second purchase moved up
  await page.click('#time-remove-buy-0');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'time-add-buy');
});

test('English: the same figures, the events in words', async () => {
  await open(`${PACKS}&l=en`);
  assert.equal(await total(), '¥380.00');
  assert.equal(await page.locator('#time-total-label').textContent(), 'Total over 3 months');
  assert.equal(await page.locator('label[for=view-time], #view-time + span').first().textContent(), 'Over time');
  const events = await page.locator('#time-events li').allTextContents();
  assert.equal(events[0], '2026-03-26 The 100,000-call pack of Body detection (bought 2026-01-01) is down to 14,835 calls, under 15%.');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
});

test('a purchase outside the horizon: said at its field, the last result kept and marked stale', async () => {
  await open(PACKS);
  await page.fill('#time-buy-date-0', '2026-04-01');
  assert.equal(await page.locator('#time-buy-error-0').textContent(), '须在 2026-01-01 至 2026-03-31 之间');
  assert.equal(await page.getAttribute('#time-buy-date-0', 'aria-invalid'), 'true');
  assert.equal(await total(), '¥380.00');
  assert.ok(await page.locator('#time-result').evaluate((n) => n.classList.contains('stale')));
  assert.match(await page.locator('#time-status').textContent(), /上一次有效输入/);
  await page.fill('#time-months-count', '37');
  assert.equal(await page.locator('#time-months-error').textContent(), '月数须为 1 到 36 的整数');
  await page.fill('#time-months-count', '4');
  assert.equal(await page.locator('#time-buy-error-0').textContent(), '');
  assert.ok(!(await page.locator('#time-result').evaluate((n) => n.classList.contains('stale'))));
  // 4 months: April's 30,000 more calls: 10,000 from the first pack, 20,000 from the second: still ¥380.00
  assert.equal(await total(), '¥380.00');
  await page.fill('#time-growth-0', 'abc');
  assert.equal(await page.locator('#time-growth-error-0').textContent(), '请输入百分数，如 20 或 -5');
  assert.ok(await page.locator('#time-result').evaluate((n) => n.classList.contains('stale')));
});

test('what the engine refuses is said at the row it names: two QPS plans of one group on the same days', async () => {
  await open('?p=body-analysis&v=time&hs=2026-01-01&hm=3&tu=body-detection~5万~&tq=10~2~2026-01-01');
  const before = await total();
  await page.click('#time-add-qps');
  await page.fill('#time-qps-date-1', '2026-01-15');
  assert.match(await page.locator('#time-qps-error-1').textContent(), /^无法计算：.*2026-01-15/);
  assert.ok(!(await page.locator('#time-qps-error-1').textContent()).includes('qps[1]'));  // the row says where
  assert.equal(await total(), before);
  assert.ok(await page.locator('#time-result').evaluate((n) => n.classList.contains('stale')));
  await page.click('#time-remove-qps-1');
  assert.equal(await page.locator('#time-qps-error-0').textContent(), '');
  assert.ok(!(await page.locator('#time-result').evaluate((n) => n.classList.contains('stale'))));
});

// tests/plans/face-page-prepaid-example.json: 25,000 calls a month of 2026 = 300,000 calls, free quota off
// (004 L264-270: 10万 100,000 元, 20万 180,000 元, 1.2 a call postpaid).
const YEAR = '?p=face-verification&f=0&v=time&hs=2026-01-01&tu=enhanced-authority-wechat~25000~&tb=enhanced-authority-wechat~100000~3~';

test('the cheapest plan: 20万 + 10万 = ¥280,000.00, ¥80,000.00 less than postpaid and ¥20,000.00 less than 3 x 10万; applied in one click', async () => {
  await open(YEAR);
  assert.equal(await total(), '¥300,000.00');  // 3 x 100,000
  await page.click('#time-plan-button');
  await page.waitForSelector('#time-plan-total');
  assert.equal(await page.locator('#time-plan-total').textContent(), '¥280,000.00');  // 180,000 + 100,000
  const plan = await page.locator('#time-plan-result .plan-list').first().innerText();
  assert.match(plan, /2026-01-01 购买 增强版人脸核身（权威库）-微信 200,000 次资源包 × 1 · ¥180,000\.00/);
  assert.match(plan, /2026-01-01 购买 增强版人脸核身（权威库）-微信 100,000 次资源包 × 1 · ¥100,000\.00/);
  // postpaid only: 300,000 x 1.2 = 360,000.00; against the visitor's 300,000.00: 20,000.00 less
  assert.deepEqual(await page.locator('#time-plan-compare li').allTextContents(),
    ['比全部按量后付费（¥360,000.00）省 ¥80,000.00。', '比你填写的购买（合计 ¥300,000.00）省 ¥20,000.00。']);
  await page.click('#time-plan-apply');
  assert.equal(await total(), '¥280,000.00');
  // 280,000.00 / 300,000 calls = 0.93333333...: to 4 places, said to be rounded.
  assert.match(await page.locator('#time-average').textContent(), /^平均每次约 ¥0\.9333 · 300,000 次调用$/);
  assert.deepEqual([await page.inputValue('#time-buy-size-0'), await page.inputValue('#time-buy-size-1')], ['200000', '100000']);
  assert.deepEqual(await page.locator('#time-plan-compare li').allTextContents(),
    ['比全部按量后付费（¥360,000.00）省 ¥80,000.00。', '与你填写的购买同样省（合计 ¥280,000.00）。']);
});

test('typing goes on while the plan is worked out; a plan for earlier usage is marked as such', async () => {
  await open(YEAR);
  await page.click('#time-plan-button');
  await page.fill('#time-calls-0', '30000');
  // At once, before the plan: 360,000 calls, 300,000 from the packs and 60,000 x 1.2 = 72,000.00 postpaid
  assert.equal(await total(), '¥372,000.00');
  await page.waitForSelector('#time-plan-total');
  assert.ok(await page.locator('#time-plan-result').evaluate((n) => n.classList.contains('stale')));
  assert.match(await page.locator('#time-plan-status').textContent(), /用量或时间范围已更改/);
  await page.fill('#time-calls-0', '25000');  // back to the usage the plan was made for
  assert.ok(!(await page.locator('#time-plan-result').evaluate((n) => n.classList.contains('stale'))));
});

test('body analysis: the peak QPS comes from the visitor\'s QPS plan; 8 QPS for the month beats 20,000,000 metered calls', async () => {
  // tests/plans/body-qps-wins.json (000 L74, L90): 8 x 480 = 3,840.00 against (20,001,000 - 1,000) x 0.0015 = 30,000.00
  await open('?p=body-analysis&v=time&hs=2026-03-01&hm=1&tu=body-detection~20001000~&tq=8~1~2026-03-01&l=en');
  assert.equal(await total(), '¥3,840.00');
  await page.click('#time-plan-button');
  await page.waitForSelector('#time-plan-total');
  assert.equal(await page.locator('#time-plan-total').textContent(), '¥3,840.00');
  assert.deepEqual(await page.locator('#time-plan-compare li').allTextContents(),
    ['¥26,160.00 less than everything postpaid (¥30,000.00).', 'The same as your purchases (¥3,840.00 in all).']);
  assert.match(await page.locator('#time-plan-result .plan-list').first().innerText(), /2026-03-01 Body detection and attributes: QPS 8, by the month for 1 month · ¥3,840\.00/);
});

test('a QPS plan of several months is priced whole: 3 months of QPS 10 = 3 x 4,150.00', async () => {
  // 000 L90: QPS 10 is in the 10-50 tier, 415 a QPS a month: 4,150.00 a month; 3 months 12,450.00. 20,001,000 metered
  // calls a month would cost (20,001,000 - 1,000) x 0.0015 = 30,000.00 each (000 L74), so the plan keeps the QPS.
  await open('?p=body-analysis&v=time&hs=2026-03-01&hm=3&tu=body-detection~20001000~&tq=10~3~2026-03-01');
  assert.equal(await total(), '¥12,450.00');
  await page.click('#time-plan-button');
  await page.waitForSelector('#time-plan-total');
  // The plan keeps the peak the visitor's plan gives (10 QPS) for the 3 months: one line, its whole price.
  assert.equal(await page.locator('#time-plan-total').textContent(), '¥12,450.00');
  assert.match(await page.locator('#time-plan-result .plan-list').first().innerText(), /^2026-03-01 人体检测与属性分析 QPS 10，按月 3 个月 · ¥12,450\.00$/);
});

test('no script error and nothing fetched from another origin', () => {
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
});
