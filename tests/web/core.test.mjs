// web/core.js: what the page, the element and the estimate share (name matching, a pack count at its field, the
// quote request from typed fields, deduction steps).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { deductionSteps, fold, MAX_PACK_COUNT, quoteRequest, wholeNumber } from '../../web/core.js';

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

// An edition as the engine's listing gives it, cut to what a request needs.
const EDITION = {
  edition: 'current',
  services: [{ id: 'a', packs: [{ calls: 10000 }] }, { id: 'b', packs: [] }],
  qps_groups: [{ id: 'g', max_qps: 100 }],
};

test('a quote request from typed fields: calls as people type them, several pack sizes, QPS; nothing for empty fields', () => {
  const { request, problems } = quoteRequest('body-analysis', EDITION, {
    free: true, calls: { a: '1.5万', b: '' }, packs: { a: [{ size: '10000', count: '2' }, { size: '', count: '7' }], b: [{ size: '5', count: '1' }] },
    qps: { qps: '10', per: 'day', days: '31' },
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(request, {
    product: 'body-analysis', edition: 'current', free_quota: true, usage: [{ service: 'a', calls: 15000 }],
    packs: [{ service: 'a', size: 10000, count: 2 }],  // no size chosen: no pack; b sells none
    qps: [{ group: 'g', qps: 10, per: 'day', days: 31 }],
  });
});

test('each wrong field is one problem naming it, at its bounds (B-1, B, B+1); the rest still checked', () => {
  const typed = (fields) => quoteRequest('p', EDITION, { free: false, calls: { a: '100' }, ...fields }).problems;
  assert.deepEqual(typed({ calls: { a: 'abc', b: '1.5' } }), [
    { field: 'calls', service: 'a', error: 'not_a_number', max: 1000000000000000n },
    { field: 'calls', service: 'b', error: 'not_whole', max: 1000000000000000n }]);
  assert.deepEqual(typed({ calls: { a: '31' }, maxCalls: 30n }), [{ field: 'calls', service: 'a', error: 'too_large', max: 30n }]);
  assert.deepEqual(typed({ calls: { a: '30' }, maxCalls: 30n }), []);
  assert.deepEqual(typed({ packs: { a: [{ size: '10000', count: '1' }, { size: '10000', count: '1001' }] } }),
    [{ field: 'count', service: 'a', index: 1, min: 1, max: 1000 }]);
  assert.deepEqual(typed({ qps: { qps: '101', per: 'month', days: '0' } }), [{ field: 'qps', min: 1, max: 100 }]);  // days unused for a month
  assert.deepEqual(typed({ qps: { qps: '100', per: 'day', days: '32' } }), [{ field: 'qps_days', min: 1, max: 31 }]);
  assert.deepEqual(typed({ qps: { qps: '0', per: 'day', days: '1' } }), [{ field: 'qps', min: 1, max: 100 }]);
});
