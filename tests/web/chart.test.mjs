// web/chart.js: the axis end and the calls where a cost line may bend (tier bounds on both sides).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { axisEnd, chartCalls, niceCeiling, ticks } from '../../web/chart.js';

test('the axis ends on 1, 2 or 5 times a power of ten: B-1, B, B+1', () => {
  const cases = [[1, 1], [2, 2], [3, 5], [5, 5], [6, 10], [9999, 10000], [10000, 10000], [10001, 20000],
    [5999998, 10000000], [12000000, 20000000], [20000001, 50000000]];
  for (const [n, end] of cases) assert.equal(niceCeiling(n), end, String(n));
});

test('bend points: 0, the free calls, each side of a bound inside the axis, the end', () => {
  const xs = chartCalls(10000000, 1000, [3000000, 3000001, 15000000, 15000001]);
  for (const x of [0, 1000, 2999999, 3000000, 3000001, 10000000]) assert.ok(xs.includes(x), String(x));
  assert.ok(!xs.includes(14999999) && !xs.includes(15000000));
  assert.deepEqual(xs, [...xs].sort((a, b) => a - b));
  assert.equal(new Set(xs).size, xs.length);
});

test('a money axis ends finer than 1-2-5 (a ¥220 line on a ¥250 axis, not ¥500): B-1, B, B+1, and its ticks land on the end', () => {
  const cases = [[1, 1], [3, 3], [7, 8], [9, 10], [219, 250], [250, 250], [251, 300], [55999, 60000], [60000, 60000], [60001, 80000],
    [80001, 100000], [100001, 150000]];
  for (const [n, end] of cases) assert.equal(axisEnd(n), end, String(n));
  for (let n = 1; n < 2000000; n = Math.ceil(n * 1.37)) assert.equal(ticks(axisEnd(n), 4).at(-1), axisEnd(n), `ticks of ${axisEnd(n)}`);
});
