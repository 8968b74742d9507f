// web/calls.js: call counts as people type them, read with BigInt only (no float holds a count).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { MAX_CALLS, parseCalls } from '../../web/calls.js';

test('the ways a count is written', () => {
  const cases = [
    ['', 0], ['0', 0], ['15000', 15000], ['15,000', 15000], ['15，000', 15000], [' 15 000 ', 15000], ['15000次', 15000],
    ['1.5万', 15000], ['150万', 1500000], ['1,000千次', 1000000], ['2百万', 2000000], ['0.0001万', 1],
  ];
  for (const [text, calls] of cases) assert.deepEqual(parseCalls(text), { calls }, text);
});

test('bad counts name their problem', () => {
  const cases = [
    ['abc', 'not_a_number'], ['-5', 'negative'], ['−1.5万', 'negative'], ['-', 'not_a_number'], ['1e5', 'not_a_number'], ['1..5', 'not_a_number'], ['万', 'not_a_number'],
    ['1.5', 'not_whole'], ['0.00001万', 'not_whole'], ['1.2345千', 'not_whole'],
  ];
  for (const [text, error] of cases) assert.deepEqual(parseCalls(text), { error }, text);
});

test('the limit of 10^15 calls: B-1, B, B+1', () => {
  assert.equal(MAX_CALLS, 10n ** 15n);
  assert.deepEqual(parseCalls('999999999999999'), { calls: 999999999999999 });
  assert.deepEqual(parseCalls('1000000000000000'), { calls: 1000000000000000 });
  assert.deepEqual(parseCalls('1000000000000001'), { error: 'too_large' });
  assert.deepEqual(parseCalls('100000000000万'), { calls: 1e15 });
  assert.deepEqual(parseCalls('100000000000.0001万'), { error: 'too_large' });
  // A lower limit of the caller's (the page's, for a day of daily settlement): B-1, B, B+1.
  assert.deepEqual(parseCalls('99', 100n), { calls: 99 });
  assert.deepEqual(parseCalls('100', 100n), { calls: 100 });
  assert.deepEqual(parseCalls('101', 100n), { error: 'too_large' });
});
