// The hand-worked timelines (tests/timelines) through the wasm module: the expected figures hold, and the whole
// answer is the native command line's, field for field; bad requests fail with the command line's error line.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { checkSubset, loadTally, nativeQuote, vectorFiles } from './support.mjs';

const tally = await loadTally();

const files = vectorFiles('timelines');
test('there are timelines to run', () => assert.ok(files.length >= 8));

for (const file of files) {
  test(path.basename(file), () => {
    const vector = JSON.parse(fs.readFileSync(file, 'utf8'));
    const answer = tally.timeline(vector.request);
    checkSubset(vector.expect, answer, 'timeline');
    const native = nativeQuote(JSON.stringify(vector.request), 'timeline');
    assert.equal(native.status, 0, native.stderr);
    assert.deepEqual(answer, native.json, 'wasm and native timelines differ');
    assert.deepEqual(JSON.parse(tally.timelineText(JSON.stringify(vector.request))), answer);
  });
}

test('a bad timeline request throws the command line error line, naming the field', () => {
  const request = { product: 'face-verification', start: '2026-10-01', end: '2026-10-31',
    purchases: [{ service: '身份信息核验', size: 1000, date: '2026-10-01' }], refunds: [{ purchase: 0, date: '2026-10-09' }] };
  const native = nativeQuote(JSON.stringify(request), 'timeline');
  assert.equal(native.status, 2);
  assert.throws(() => tally.timeline(request), (error) => {
    assert.equal(error.message, native.stderr.trim());
    assert.equal(error.path, 'refunds[0].date');
    assert.equal(error.code, 'invalid_input');
    return true;
  });
  assert.throws(() => tally.timeline({ ...request, start: '2026-02-30' }), /^Error: error: start: 2026-02-30 is not a date/);
});
