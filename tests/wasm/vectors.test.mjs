// The shared hand-worked vectors through the wasm module: the expected figures hold, and the whole response
// is identical, field for field, to the native command line's.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { asciiJson, loadTally, nativeQuote, vectorFiles } from './support.mjs';

const tally = await loadTally();

function checkSubset(expected, actual, where) {
  for (const [key, value] of Object.entries(expected)) {
    assert.ok(key in actual, `${where}.${key} is missing`);
    assert.deepEqual(actual[key], value, `${where}.${key}`);
  }
}

function checkList(expected, actual, what) {
  assert.equal(actual.length, expected.length, `${what}: ${JSON.stringify(actual)}`);
  expected.forEach((item, i) => checkSubset(item, actual[i], `${what}[${i}]`));
}

const files = vectorFiles();
test('there are vectors to run', () => assert.ok(files.length >= 20));

for (const file of files) {
  test(path.basename(file), () => {
    const vector = JSON.parse(fs.readFileSync(file, 'utf8'));
    const response = tally.quote(vector.request);
    const { expect } = vector;
    assert.equal(response.total, expect.total, vector.working);
    checkList(expect.lines, response.lines, 'lines');
    if (expect.warnings) checkList(expect.warnings, response.warnings, 'warnings');
    if (expect.range) assert.deepEqual(response.range, expect.range);
    if (expect.allocations) assert.deepEqual(response.allocations, expect.allocations);

    const native = nativeQuote(JSON.stringify(vector.request));
    assert.equal(native.status, 0, native.stderr);
    assert.deepEqual(response, native.json, 'wasm and native responses differ');
    assert.equal(JSON.stringify(response, null, 2) + '\n', native.stdout, 'field order differs');
    const text = tally.quoteText(JSON.stringify(vector.request));
    assert.equal(text, asciiJson(JSON.stringify(native.json)), 'quoteText: the compact text, its Chinese escaped');
    assert.match(text, /^[\x20-\x7e]*$/, 'quoteText: ASCII only');
  });
}

test('amounts are strings everywhere, never JS numbers', () => {
  const response = tally.quote({ product: 'image-analysis', usage: [{ service: '图像标签', calls: 30000 }, { service: '车辆识别', calls: 10000 }] });
  for (const line of [...response.lines, ...response.freeze.lines]) {
    for (const key of ['unit_price', 'amount', 'charged']) assert.equal(typeof line[key], 'string');
  }
  assert.equal(typeof response.total, 'string');
  assert.equal(typeof response.range.low, 'string');
});
