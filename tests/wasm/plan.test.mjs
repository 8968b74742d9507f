// The hand-worked plans (tests/plans) through the second module, tally-plan.mjs: the expected figures hold, the
// whole answer is the native command line's, field for field, and the plan put back into a timeline costs its
// total; bad requests fail with the command line's error line. The first module has no planner.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { checkSubset, loadTally, nativeQuote, vectorFiles } from './support.mjs';

const planner = await loadTally('tally-plan');
const files = vectorFiles('plans');
test('there are plans to run', () => assert.ok(files.length >= 7));

for (const file of files) {
  test(path.basename(file), () => {
    const vector = JSON.parse(fs.readFileSync(file, 'utf8'));
    const answer = planner.plan(vector.request);
    checkSubset(vector.expect, answer, 'plan');
    const native = nativeQuote(JSON.stringify(vector.request), 'plan');
    assert.equal(native.status, 0, native.stderr);
    assert.deepEqual(answer, native.json, 'wasm and native plans differ');
    assert.deepEqual(JSON.parse(planner.planText(JSON.stringify(vector.request))), answer);
    const { peak_qps: peaks, ...timeline } = vector.request;
    const again = planner.timeline({ ...timeline, purchases: answer.plan.purchases, qps: answer.plan.qps });
    assert.equal(again.total, answer.plan.total, 'the plan as a timeline');
  });
}

test('the second module quotes as the first does', async () => {
  const tally = await loadTally();
  for (const file of vectorFiles('vectors').slice(0, 20)) {
    const { request } = JSON.parse(fs.readFileSync(file, 'utf8'));
    let expected, actual;
    try { expected = tally.quoteText(request); } catch (error) { expected = error.message; }
    try { actual = planner.quoteText(request); } catch (error) { actual = error.message; }
    assert.equal(actual, expected, path.basename(file));
  }
  assert.equal('plan' in tally, false, 'the first module has no planner');
});

test('a bad plan request throws the command line error line, naming the field', () => {
  const request = { product: 'face-verification', start: '2026-01-01', end: '2026-12-31',
    usage: [{ service: '身份信息核验', calls: 1000, per: 'day' }], purchases: [] };
  const native = nativeQuote(JSON.stringify(request), 'plan');
  assert.equal(native.status, 2);
  assert.throws(() => planner.plan(request), (error) => {
    assert.equal(error.message, native.stderr.trim());
    assert.equal(error.code, 'invalid_input');
    assert.match(error.path, /^purchases/);
    return true;
  });
  assert.throws(() => planner.plan({ ...request, purchases: undefined, end: '2029-12-31' }), /^Error: error: end: /);
});

// The plan module throws the same codes and fields; its listing has no error_texts (the page words its errors from
// the first module's listing, and this module's bytes are budgeted).
test('the plan module throws coded errors; its listing has no error texts', () => {
  assert.equal('error_texts' in planner.list(), false);
  const peaks = { product: 'body-analysis', start: '2026-01-01', end: '2026-03-31',
    usage: [{ service: 'body-detection', calls: 1000, per: 'month' }],
    peak_qps: [{ group: '人体检测与属性分析', qps: 5 }, { group: 'body-detection-attributes', qps: 9 }] };
  assert.throws(() => planner.plan(peaks), (error) => {
    assert.equal(error.code, 'peak_twice');
    assert.equal(error.path, 'peak_qps[1].group');
    assert.deepEqual(error.fields, { group: { zh: '人体检测与属性分析', en: 'Body detection and attributes' } });
    assert.equal(error.message, 'error: peak_qps[1].group: Body detection and attributes has a peak already: one entry a group');
    return true;
  });
});
