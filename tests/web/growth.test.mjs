// web/growth.js and web/horizon.js: monthly growth turned into whole calls with BigInt only, and the horizon's dates.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { growingCalls, parseGrowth } from '../../web/growth.js';
import { defaultStart, horizonEnd, monthsBetween, readDate } from '../../web/horizon.js';

const grow = (first, growth, months) => growingCalls(first, parseGrowth(growth).percent, months);

test('500万 +20% a month: 5,000,000, then 6,000,000 and 7,200,000 (× 1.2 each month, worked by hand)', () => {
  assert.deepEqual(grow(5000000, '20', 3), { calls: [5000000, 6000000, 7200000] });
  // Month 12: 5,000,000 × 1.2^11 = 5,000,000 × 7.43008370688 = 37,150,418.5344 -> 37,150,419
  assert.equal(grow(5000000, '20%', 12).calls[11], 37150419);
});

test('each month is rounded half up from the exact value, never from the rounded month before', () => {
  // 15 × 1.1 = 16.5 -> 17; 15 × 1.21 = 18.15 -> 18 (17 × 1.1 = 18.7 would have given 19)
  assert.deepEqual(grow(15, '10', 3), { calls: [15, 17, 18] });
  // 1,000 × 0.975 = 975; × 0.975^2 = 950.625 -> 951; ^3 = 926.859375 -> 927
  assert.deepEqual(grow(1000, '-2.5', 4), { calls: [1000, 975, 951, 927] });
  // Near 10^15 calls a double's 1.0001 is inexact; the fraction is not: 999,900,000,000,000 × 1.0001 exactly
  assert.deepEqual(grow(1000000000000000, '0', 2), { calls: [1000000000000000, 1000000000000000] });
  assert.deepEqual(grow(999900000000000, '0.01', 2), { calls: [999900000000000, 999999990000000] });
});

test('growth as typed, and what it refuses', () => {
  for (const [text, num, den] of [['', 0n, 1n], ['20', 20n, 1n], ['+20%', 20n, 1n], [' 2.5 ', 25n, 10n], ['-5', -5n, 1n], ['２０', null, null]]) {
    const parsed = parseGrowth(text);
    if (num === null) assert.ok(parsed.error, text);
    else assert.deepEqual(parsed, { percent: { num, den } }, text);
  }
  assert.deepEqual(parseGrowth('abc'), { error: 'growth_format' });
  assert.deepEqual(parseGrowth('-100'), { error: 'growth_range' });
  assert.deepEqual(parseGrowth('1000.01'), { error: 'growth_range' });
  assert.deepEqual(grow(1000000000000000, '1', 3), { error: 'too_large', month: 1 });
});

test('the horizon: the 1st of next month, N months, the calendar months touched', () => {
  assert.equal(defaultStart(new Date(2026, 11, 1)), '2027-01-01');
  assert.equal(defaultStart(new Date(2026, 0, 31)), '2026-02-01');
  assert.equal(horizonEnd('2027-01-01', 12), '2027-12-31');
  assert.equal(horizonEnd('2027-01-01', 36), '2029-12-31');
  assert.equal(horizonEnd('2028-01-31', 1), '2028-02-28');  // 31 January + 1 month is 29 February, less a day
  assert.equal(horizonEnd('2027-03-15', 1), '2027-04-14');
  assert.deepEqual(monthsBetween('2027-11-15', '2028-02-14'), ['2027-11', '2027-12', '2028-01', '2028-02']);
  assert.equal(readDate('2027-02-29'), null);
  assert.ok(readDate('2028-02-29'));
});
