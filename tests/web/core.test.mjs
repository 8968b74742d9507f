// web/core.js: what the page and the element share (name matching, a pack count at its field, deduction steps).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { deductionSteps, fold, MAX_PACK_COUNT, wholeNumber } from '../../web/core.js';

test('names match across full and half width, spaces and case', () => {
  assert.equal(fold('手机号信息核验（二要素）'), fold('手机号信息核验(二要素)'));
  assert.equal(fold('增强版人脸核身（权威库）-浮层 H5'), fold('增强版人脸核身(权威库)-浮层H5'));
  assert.equal(fold('Body Detection'), fold('bodydetection'));
  assert.notEqual(fold('人体检测'), fold('人体搜索'));
});

test('a pack count: a whole number from 1 to 1,000, never clamped (B-1, B, B+1 at both ends)', () => {
  assert.equal(MAX_PACK_COUNT, 1000);
  for (const [text, value] of [['1', 1], ['2', 2], [' 999 ', 999], ['1000', 1000]]) assert.deepEqual(wholeNumber(text, 1, MAX_PACK_COUNT), { value }, text);
  for (const text of ['0', '1001', '', '1.5', '-1', 'abc', '1e3', '99999999']) {
    assert.deepEqual(wholeNumber(text, 1, MAX_PACK_COUNT), { error: 'whole_range' }, text);
  }
});

test('deduction steps: free, pack, postpaid calls of one service with the money of each, packs shown even undrawn', () => {
  // 人体检测 25,000 with one 10,000-call pack (18 元): free 1,000, pack 10,000, postpaid 14,000 x 0.002 = 28.00
  const quote = {
    services: [{ service: 'a', free_calls: 1000, pack_calls: 10000, postpaid_calls: 14000 },
      { service: 'b', free_calls: 500, pack_calls: 0, postpaid_calls: 0 }],
    lines: [{ service: 'a', source: 'free', charged: '0.00' }, { service: 'a', source: 'pack', charged: '18.00' },
      { service: 'a', source: 'postpaid', charged: '27.99' }, { service: 'a', source: 'postpaid', charged: '0.01' },
      { service: 'b', source: 'free', charged: '0.00' }, { service: 'b', source: 'pack', charged: '11.00' }],
  };
  assert.deepEqual(deductionSteps(quote, 'a'), [{ source: 'free', calls: 1000, charged: '0.00' },
    { source: 'pack', calls: 10000, charged: '18.00' }, { source: 'postpaid', calls: 14000, charged: '28.00' }]);
  // b: its 500 calls were all free; the pack bought still shows, with no calls drawn and its price
  assert.deepEqual(deductionSteps(quote, 'b'), [{ source: 'free', calls: 500, charged: '0.00' }, { source: 'pack', calls: 0, charged: '11.00' }]);
  assert.deepEqual(deductionSteps(quote, 'none'), []);
});
