// web/format.js: amounts formatted from decimal strings exactly (Intl.NumberFormat given strings), fen sums.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { count, fromFen, money, toFen } from '../../web/format.js';

test('money keeps every digit of a decimal string, beyond what a float can hold', () => {
  assert.equal(money('5998.00'), '¥5,998.00');
  assert.equal(money('5998.00', 'en'), '¥5,998.00');
  assert.equal(money('0.00'), '¥0.00');
  assert.equal(money('9007199254740993.01'), '¥9,007,199,254,740,993.01');  // 2^53 + 1: a float would say ...992
  assert.equal(money('0.0035', 'zh', { exact: true }), '¥0.0035');
  assert.equal(money('5997.99800000', 'en', { exact: true }), '¥5,997.998');
});

test('counts are grouped by thousands', () => {
  assert.equal(count(2999999), '2,999,999');
  assert.equal(count(1000000000000000, 'en'), '1,000,000,000,000,000');
});

test('fen: to and from decimal strings', () => {
  const cases = [['0.00', 0n], ['0.01', 1n], ['12.34', 1234n], ['12.3', 1230n], ['12', 1200n], ['35880.00', 3588000n],
    ['90071992547409.93', 9007199254740993n]];
  for (const [decimal, fen] of cases) assert.equal(toFen(decimal), fen, decimal);
  assert.equal(fromFen(0n), '0.00');
  assert.equal(fromFen(5n), '0.05');
  assert.equal(fromFen(3588000n), '35880.00');
  assert.equal(fromFen(9007199254740993n), '90071992547409.93');
});
