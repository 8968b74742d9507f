// web/format.js: amounts formatted from decimal strings exactly, digit by digit; fen sums.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { count, fromFen, groupedDecimal, money, toFen } from '../../web/format.js';

test('money keeps every digit of a decimal string, beyond what a float can hold', () => {
  assert.equal(money('5998.00'), '¥5,998.00');
  assert.equal(money('5998.00', 'en'), '¥5,998.00');
  assert.equal(money('0.00'), '¥0.00');
  assert.equal(money('9007199254740993.01'), '¥9,007,199,254,740,993.01');  // 2^53 + 1: a float would say ...992
  assert.equal(money('0.0035', 'zh', { exact: true }), '¥0.0035');
  assert.equal(money('5997.99800000', 'en', { exact: true }), '¥5,997.998');
  assert.equal(money('123', 'en'), '¥123.00');
  assert.equal(money('999.5'), '¥999.50');
  assert.equal(money('-1234.50'), '-¥1,234.50');
});

test('beyond its places an amount is rounded half away from zero (B-1, B, B+1 around the half)', () => {
  assert.equal(money('0.004'), '¥0.00');
  assert.equal(money('0.005'), '¥0.01');
  assert.equal(money('0.006'), '¥0.01');
  assert.equal(money('999999.994999'), '¥999,999.99');
  assert.equal(money('999999.995'), '¥1,000,000.00');
  assert.equal(money('-0.005'), '-¥0.01');
  assert.equal(money('-0.004'), '¥0.00');
  assert.equal(money('0.000000004', 'zh', { exact: true }), '¥0.00');
  assert.equal(money('0.000000005', 'zh', { exact: true }), '¥0.00000001');
});

test('Chinese and English write amounts and counts alike', () => {
  for (const amount of ['0.00', '1000.00', '1234567.891']) assert.equal(money(amount, 'zh'), money(amount, 'en'));
  assert.equal(count(1000, 'zh'), count(1000, 'en'));
});

test('what is not an amount or a count is refused, not shown as NaN', () => {
  for (const bad of ['', '1e3', '1.2.3', 'NaN', ' 1', '1,000', undefined]) {
    assert.throws(() => money(bad), /not a decimal amount/, String(bad));
  }
  for (const bad of ['', '1.5', '-1', 'NaN', '1e21', undefined]) assert.throws(() => count(bad), /not a whole count/, String(bad));
});

test('counts are grouped by thousands', () => {
  assert.equal(count(2999999), '2,999,999');
  assert.equal(count(1000000000000000, 'en'), '1,000,000,000,000,000');
  assert.equal(count(0), '0');
  assert.equal(count(999), '999');
  assert.equal(count(1000), '1,000');
  assert.equal(count('12345678901234567890'), '12,345,678,901,234,567,890');
});

test('fen: to and from decimal strings', () => {
  const cases = [['0.00', 0n], ['0.01', 1n], ['12.34', 1234n], ['12.3', 1230n], ['12', 1200n], ['35880.00', 3588000n],
    ['90071992547409.93', 9007199254740993n]];
  for (const [decimal, fen] of cases) assert.equal(toFen(decimal), fen, decimal);
  assert.equal(fromFen(0n), '0.00');
  assert.equal(fromFen(5n), '0.05');
  assert.equal(fromFen(3588000n), '35880.00');
  assert.equal(fromFen(9007199254740993n), '90071992547409.93');
  // Signed: a difference of two amounts (a saving, an extra cost) either way.
  assert.equal(toFen('-0.5'), -50n);
  assert.equal(toFen('-12.34'), -1234n);
  assert.equal(fromFen(-50n), '-0.50');
  assert.equal(fromFen(toFen('280000.00') - toFen('300000.00')), '-20000.00');
  for (const bad of ['1.234', '', '1e3', '¥1.00', ' 1.00', '--1']) assert.throws(() => toFen(bad), /not an amount in fen/, bad);
});

// The page used to hand the strings to Intl.NumberFormat; its first use in a page costs 45-75 ms of loading ICU's
// data on the main thread (docs/benchmarks.md), so format.js now writes the digits itself. Intl.NumberFormat, given
// strings (exact in Node 20's ICU), stays the reference for what the two languages expect to read. One difference
// is chosen: an amount that rounds to zero is shown without a sign (Intl writes "-¥0.00" for "-0.004").
test('amounts and counts read exactly as Intl.NumberFormat writes them in zh-CN and en-US', () => {
  const amounts = ['0', '0.00', '0.01', '0.004', '0.005', '-0.005', '-1234.5', '7', '999.99', '1000', '5998.00',
    '999999.995', '1234567.891', '35880.00', '12345678901234.56789', '0.0035', '0.000000005', '0.0000000049',
    '9007199254740993.01'];
  for (const lang of ['zh', 'en']) {
    const locale = lang === 'en' ? 'en-US' : 'zh-CN';
    for (const exact of [false, true]) {
      const intl = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: 2, maximumFractionDigits: exact ? 8 : 2 });
      for (const amount of amounts) assert.equal(money(amount, lang, { exact }), intl.format(amount), `${lang} ${exact} ${amount}`);
    }
    const intlCount = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    for (const n of ['0', '1', '999', '1000', '2999999', '1000000000000000']) assert.equal(count(n, lang), intlCount.format(n), n);
  }
});

test('a unit price in groups of three like the amounts beside it; an average to 4 places at most', () => {
  const cases = [['15000.00', '15,000.00'], ['999.99', '999.99'], ['1000', '1,000'], ['0.0018', '0.0018'], ['1234567.5', '1,234,567.5'], ['100', '100']];
  for (const [price, shown] of cases) assert.equal(groupedDecimal(price), shown);
  // half up at the 4th place, then written with as few places as it needs (at least 2)
  const averages = [['1.15931792', '¥1.1593'], ['1.19999999', '¥1.20'], ['0.93333333', '¥0.9333'], ['0.00183333', '¥0.0018'],
    ['0.00005000', '¥0.0001'], ['0.00004999', '¥0.00'], ['1.00000000', '¥1.00']];
  for (const [average, shown] of averages) assert.equal(money(average, 'zh', { places: 4 }), shown, average);
});
