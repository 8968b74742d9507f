// web/bill.js: the billing period and issue date, and a month of daily bills grouped where days repeat.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { billDates, billLines, dailyRows, exactBeside } from '../../web/bill.js';

test('a monthly bill covers the calendar month and is issued on the 1st of the next', () => {
  assert.deepEqual(billDates(new Date(2026, 10, 25), 0), { from: '2026-11-01', to: '2026-11-30', issued: '2026-12-01' });
  assert.deepEqual(billDates(new Date(2026, 11, 31), 0), { from: '2026-12-01', to: '2026-12-31', issued: '2027-01-01' });
  assert.deepEqual(billDates(new Date(2028, 1, 10), 0), { from: '2028-02-01', to: '2028-02-29', issued: '2028-03-01' });
});

test('daily bills: the first is issued the next day, the last the day after the period', () => {
  assert.deepEqual(billDates(new Date(2026, 10, 25), 30), { from: '2026-11-01', to: '2026-11-30', issued: '2026-11-02', lastIssued: '2026-12-01' });
  assert.deepEqual(billDates(new Date(2026, 11, 2), 31), { from: '2026-12-01', to: '2026-12-31', issued: '2026-12-02', lastIssued: '2027-01-01' });
});

test('daily rows: repeated days share a row, the running total counts daily bills only, packs and free calls stand apart', () => {
  // 301 calls over 3 days of 增强版人脸核身（权威库）-微信 at 1.20, 100 first-open free calls used on day 1:
  // day 1 = 1 x 1.2, days 2 and 3 = 100 x 1.2 (the engine's own lines for this request, worked by hand).
  const month = { days: 3, total: '241.20', lines: [
    { source: 'free', calls: 100, charged: '0.00' },
    { source: 'postpaid', day: 1, calls: 1, charged: '1.20' },
    { source: 'postpaid', day: 2, calls: 100, charged: '120.00' },
    { source: 'postpaid', day: 3, calls: 100, charged: '120.00' },
  ] };
  assert.deepEqual(dailyRows(month), { prepaid: '0.00', freeCalls: 100, packCalls: 0, rows: [
    { from: 1, to: 1, calls: 1, charged: '1.20', subtotal: '1.20' },
    { from: 2, to: 3, calls: 100, charged: '120.00', subtotal: '241.20' },
  ] });
  // The same with 3 x 10万 packs (300,000.00, the price page's pack table) drawn 300 calls: day 1's calls are all
  // free or from the packs, a ¥0.00 day; the packs' price is apart from the daily bills' running total.
  const packs = { days: 2, total: '300000.00', lines: [{ source: 'free', calls: 100, charged: '0.00' },
    { source: 'pack', size: 100000, count: 3, calls: 300, charged: '300000.00' }] };
  assert.deepEqual(dailyRows(packs), { prepaid: '300000.00', freeCalls: 100, packCalls: 300, rows: [
    { from: 1, to: 2, calls: 0, charged: '0.00', subtotal: '0.00' }] });
});

test('daily rows: two services on one day are one daily bill; a day without calls is a ¥0.00 day', () => {
  const month = { days: 2, lines: [
    { source: 'postpaid', day: 1, calls: 1000, charged: '300.00' },
    { source: 'postpaid', day: 1, calls: 30000, charged: '12000.00' },
  ] };
  assert.deepEqual(dailyRows(month).rows.map(({ from, to, calls, charged, subtotal }) => [from, to, calls, charged, subtotal]),
    [[1, 1, 31000, '12300.00', '12300.00'], [2, 2, 0, '0.00', '12300.00']]);
});

test('the unrounded amount is shown only where rounding to the fen changed it', () => {
  // 7 x 0.0035 = 0.0245, charged 0.02; 100,000 x 0.003 = 300 exactly
  const cases = [['0.02450000', '0.02', '0.0245'], ['300.00000000', '300.00', null], ['0.00500000', '0.01', '0.005'],
    ['0.01000000', '0.01', null], ['1234.56700000', '1234.57', '1234.567']];
  for (const [amount, charged, shown] of cases) assert.equal(exactBeside(amount, charged), shown, amount);
});

test('a month of daily lines: consecutive days of one service, source and price share a line, amounts summed exactly', () => {
  const day = (d, calls, amount, charged) => ({ service: 's', source: 'postpaid', day: d, calls, unit_price: '0.7', amount, charged });
  const lines = [{ service: 's', source: 'pack', size: 1000, count: 1, calls: 1000, unit_price: '1.15', amount: '1150.00000000', charged: '1150.00' },
    day(1, 3, '2.10000000', '2.10'), day(2, 3, '2.10000000', '2.10'), day(3, 1, '0.70000000', '0.70'),
    { service: 't', source: 'postpaid', day: 1, calls: 7, unit_price: '0.0035', amount: '0.02450000', charged: '0.02' }];
  const rows = billLines(lines);
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[0], lines[0]);
  // days 1-3 of s: 3 + 3 + 1 calls; 2.1 + 2.1 + 0.7 = 4.9 exact; charged 2.10 + 2.10 + 0.70 = 4.90
  assert.deepEqual([rows[1].dayRange, rows[1].calls, rows[1].amount, rows[1].charged], [[1, 3], 7, '4.90000000', '4.90']);
  // a single day keeps its day: 7 x 0.0035 = 0.0245, charged 0.02 (half up at the fen: 0.0245 -> 0.02)
  assert.deepEqual([rows[2].day, rows[2].dayRange, rows[2].amount, rows[2].charged], [1, undefined, '0.02450000', '0.02']);
});

