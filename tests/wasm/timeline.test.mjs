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
    // Face verification packs are refundable for 7 days: bought 10-01, the window ends 10-08.
    assert.equal(error.code, 'refund_after_window');
    assert.deepEqual(error.fields, { window_end: '2026-10-08' });
    return true;
  });
  assert.throws(() => tally.timeline({ ...request, start: '2026-02-30' }), /^Error: error: start: 2026-02-30 is not a date/);
});

// A refused request carries its code and fields, a name in both languages, for the page to word in its own; the
// listing of this module has the table (error_texts) the page words them from.
test('errors carry their code and fields; the listing has their texts', async () => {
  const listing = tally.list();
  const row = listing.error_texts.refund_after_use;
  assert.deepEqual(row.fields, { drawn: 'count', date: 'date' });
  assert.match(row.zh, /\{drawn\}/);
  // 100 calls a day drawn from a 1000-call pack bought 10-01: 10-01 to 10-04 are 400 calls before 10-05.
  const used = { product: 'face-verification', start: '2026-10-01', end: '2026-10-31',
    usage: [{ service: 'id-verification', calls: 100, per: 'day' }],
    purchases: [{ service: 'id-verification', size: 1000, date: '2026-10-01' }], refunds: [{ purchase: 0, date: '2026-10-05' }] };
  assert.throws(() => tally.timeline(used), (error) => {
    assert.equal(error.code, 'refund_after_use');
    assert.equal(error.path, 'refunds[0].purchase');
    assert.deepEqual(error.fields, { drawn: '400', date: '2026-10-05' });
    assert.equal(error.message,
      'error: refunds[0].purchase: 400 calls were drawn from this pack before 2026-10-05; only an unused pack can be refunded');
    return true;
  });
  const body = { product: 'body-analysis', start: '2026-10-01', end: '2026-10-31',
    purchases: [{ service: 'body-detection', size: 10000, date: '2026-10-01' }], refunds: [{ purchase: 0, date: '2026-10-02' }] };
  assert.throws(() => tally.timeline(body), (error) => {
    assert.equal(error.code, 'refund_not_refundable');
    assert.deepEqual(error.fields, { edition: { zh: '人体分析', en: 'Body Analysis' } });
    return true;
  });
  // A field error with no row: the generic code, no fields.
  assert.throws(() => tally.timeline({ ...body, start: 'soon' }), (error) => error.code === 'invalid_input'
    && Object.keys(error.fields).length === 0);
});
