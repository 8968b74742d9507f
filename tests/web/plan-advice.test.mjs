// web/plan-advice.js: a one-month quote as a plan request and as the visitor's own timeline, the month after a
// date, and the advice worded in both languages (the money is given here; the page and element tests check it
// against the real planner).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { monthPlanRequest, nextMonth, ownTimelineRequest } from '../../web/month-timeline.js';
import { adviceText, savingAgainst } from '../../web/plan-advice.js';

test('the next calendar month, its real last day, across a year end and in a leap year', () => {
  assert.deepEqual(nextMonth(new Date(2026, 11, 31)), { start: '2027-01-01', end: '2027-01-31' });
  assert.deepEqual(nextMonth(new Date(2027, 0, 1)), { start: '2027-02-01', end: '2027-02-28' });
  assert.deepEqual(nextMonth(new Date(2028, 0, 15)), { start: '2028-02-01', end: '2028-02-29' });
  assert.deepEqual(nextMonth(new Date(2026, 2, 31)), { start: '2026-04-01', end: '2026-04-30' });
});

const month = { start: '2027-01-01', end: '2027-01-31' };

test("a quote's calls become a month's usage: per month, or per day for a day of a daily-settled product", () => {
  const quote = { product: 'body-analysis', edition: 'current', free_quota: false,
    usage: [{ service: 'body-detection', calls: 5000 }, { service: 'body-search', calls: 0 }],
    packs: [{ service: 'body-detection', size: 10000, count: 2 }], qps: [{ group: 'body-detection-attributes', qps: 5, per: 'month' }] };
  assert.deepEqual(monthPlanRequest(quote, month), { product: 'body-analysis', edition: 'current', free_quota: false,
    start: '2027-01-01', end: '2027-01-31', usage: [{ service: 'body-detection', calls: 5000, per: 'month' }],
    peak_qps: [{ group: 'body-detection-attributes', qps: 5 }] });
  const face = { product: 'face-verification', usage: [{ service: 'id-verification', calls: 700 }] };
  assert.equal(monthPlanRequest(face, month, { daily: true }).usage[0].per, 'day');
  assert.equal(monthPlanRequest({ ...face, period: 'month' }, month, { daily: true }).usage[0].per, 'month');
});

test("the visitor's own packs and QPS plan are bought on the month's first day", () => {
  const quote = { product: 'body-analysis', usage: [{ service: 'body-detection', calls: 5000 }],
    packs: [{ service: 'body-detection', size: 10000 }], qps: [{ group: 'g', qps: 5, per: 'day', days: 3 }, { group: 'h', qps: 2 }] };
  const request = ownTimelineRequest(quote, monthPlanRequest(quote, month));
  assert.equal('peak_qps' in request, false);
  assert.deepEqual(request.purchases, [{ service: 'body-detection', size: 10000, count: 1, date: '2027-01-01' }]);
  assert.deepEqual(request.qps, [{ group: 'g', qps: 5, per: 'day', date: '2027-01-01', days: 3 },
    { group: 'h', qps: 2, per: 'month', date: '2027-01-01', months: 1 }]);
});

test('the advice in words: a saving, the choice already cheapest, nothing to buy, a plan not proven cheapest', () => {
  const advice = { plan: { purchases: [{ size: 200000, count: 1 }, { size: 100000, count: 1 }], qps: [], total: '280000.00' },
    own: { purchases: [{ size: 100000, count: 3 }], qps: [], total: '300000.00' }, saving: '20000.00', optimal: true };
  assert.equal(adviceText(advice, 'zh'),
    '最省方案：购买 200,000 次 × 1 + 100,000 次 × 1，本月合计 ¥280,000.00，比你的选择（购买 100,000 次 × 3，¥300,000.00）省 ¥20,000.00。');
  assert.equal(adviceText(advice, 'en'), 'Cheapest: buy 200,000 calls × 1 + 100,000 calls × 1, ¥280,000.00 for the month, '
    + '¥20,000.00 less than your choice (buy 100,000 calls × 3, ¥300,000.00).');
  assert.equal(adviceText({ ...advice, saving: '0.00' }, 'zh'), '你的选择已是本月最省的方案：购买 200,000 次 × 1 + 100,000 次 × 1，合计 ¥280,000.00。');
  const postpaid = { plan: { purchases: [], qps: [], total: '8.00' }, own: { purchases: [{ size: 10000, count: 1 }], qps: [], total: '18.00' },
    saving: '10.00', optimal: true };
  assert.equal(adviceText(postpaid, 'zh'), '最省方案：不购买资源包，本月合计 ¥8.00，比你的选择（购买 10,000 次 × 1，¥18.00）省 ¥10.00。');
  const qps = { plan: { purchases: [], qps: [{ qps: 8, per: 'month' }], total: '3840.00' }, own: { purchases: [], qps: [], total: '30000.00' },
    saving: '26160.00', optimal: false, lowerBound: '3800.50' };
  assert.equal(adviceText(qps, 'en'), 'Cheapest: buy QPS 8 (a month), ¥3,840.00 for the month, ¥26,160.00 less than your choice '
    + '(no packs, ¥30,000.00). (Not proven cheapest; no plan costs less than ¥3,800.50.)');
});

test('a plan that buys for two services names each service before its packs', () => {
  // 人体检测 590,000 calls and 人体搜索 10,000 in a month: the body pack table's 10万 and 1万 packs
  const names = { 'body-detection': '人体检测', 'body-search': '人体搜索' };
  const advice = { plan: { purchases: [{ service: 'body-detection', size: 100000, count: 5 },
    { service: 'body-detection', size: 10000, count: 9 }, { service: 'body-search', size: 10000, count: 1 }], qps: [], total: '1.00' },
  own: { purchases: [], qps: [], total: '2.00' }, saving: '1.00', optimal: true };
  assert.equal(adviceText(advice, 'zh', (id) => names[id]),
    '最省方案：购买 人体检测 100,000 次 × 5 + 10,000 次 × 9 + 人体搜索 10,000 次 × 1，本月合计 ¥1.00，比你的选择（不购买资源包，¥2.00）省 ¥1.00。');
  // One service: its name goes without saying.
  const one = { ...advice, plan: { ...advice.plan, purchases: advice.plan.purchases.slice(0, 2) } };
  assert.match(adviceText(one, 'zh', (id) => names[id]), /^最省方案：购买 100,000 次 × 5 \+ 10,000 次 × 9，/);
  assert.match(adviceText(advice, 'en', (id) => ({ 'body-detection': 'Body detection', 'body-search': 'Body search' })[id]),
    /^Cheapest: buy Body detection 100,000 calls × 5 \+ 10,000 calls × 9 \+ Body search 10,000 calls × 1,/);
});

test('what a plan saves against the visitor\'s choice, exact in fen, either way', () => {
  // 3 x 10万 = 300,000.00 against 20万 + 10万 = 280,000.00 (the page's prepaid example)
  assert.deepEqual(savingAgainst('300000.00', '280000.00'), { sign: 1, amount: '20000.00' });
  assert.deepEqual(savingAgainst('280000.00', '280000.00'), { sign: 0, amount: '0.00' });
  assert.deepEqual(savingAgainst('0.10', '0.30'), { sign: -1, amount: '0.20' });  // never 0.19999…: whole fen
});
