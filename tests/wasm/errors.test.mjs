// Bad input through JS: each gives a real Error whose message is the command line's error line, with code
// and path; the module stays usable, and thousands of errors do not grow its memory.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { loadTally, nativeQuote, tariffDir, wasmDir } from './support.mjs';

const tally = await loadTally();
const body = (calls) => ({ product: 'body-analysis', usage: [{ service: '人体检测', calls: 1 }, { service: '人体搜索', calls }] });

function thrown(fn) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  assert.fail('expected an Error');
}

const rule = 'error: usage[1].calls: must be a whole number >= 0';
const badCalls = [
  ['a string', '1000', `${rule}, not a string`],
  ['NaN', NaN, 'error: usage[1].calls: must be a finite number, not NaN', 'js'],
  ['Infinity', Infinity, 'error: usage[1].calls: must be a finite number, not Infinity', 'js'],
  ['a BigInt', 10n, 'error: usage[1].calls: must be a number, not a BigInt', 'js'],
  ['a negative', -5, rule],
  ['a fraction', 2.5, `${rule}, not a number with a fraction or exponent`],
  ['2^60', 2 ** 60, `${rule} and <= 1000000000000000`],
  ['missing', undefined, 'error: usage[1].calls: is missing'],
];

// Rows marked 'js' cannot reach the command line (JSON has no NaN, no BigInt): the JS API names the field itself.
for (const [name, calls, message, onlyJs] of badCalls) {
  test(`calls as ${name}`, () => {
    const error = thrown(() => tally.quote(body(calls)));
    assert.ok(error instanceof Error);
    assert.equal(error.message, message);
    assert.equal(error.code, 'invalid_input');
    assert.equal(error.path, 'usage[1].calls');
    const fromText = thrown(() => tally.quoteText(onlyJs ? body(calls) : JSON.stringify(body(calls))));
    assert.deepEqual([fromText.message, fromText.code, fromText.path], [message, 'invalid_input', 'usage[1].calls'], 'quoteText');
    if (onlyJs) return;
    const native = nativeQuote(JSON.stringify(body(calls)));
    assert.equal(native.status, 2);
    assert.equal(native.stdout, '');
    assert.equal(native.stderr, `${message}\n`, 'the same line as the command line');
  });
}

test('unknown names', () => {
  assert.equal(thrown(() => tally.quote({ product: 'ocr' })).message,
    'error: product: unknown product "ocr"; one of body-analysis, image-analysis, face-verification');
  const e = thrown(() => tally.quote({ product: 'body-analysis', usage: [{ service: '人体识别', calls: 1 }] }));
  assert.equal(e.path, 'usage[0].service');
  assert.equal(thrown(() => tally.quote({ product: 'body-analysis', qps: [{ group: 'x', qps: 1 }] })).path, 'qps[0].group');
  assert.equal(thrown(() => tally.quote('{"product":')).message, 'error: request: not valid JSON');
  assert.equal(thrown(() => tally.quoteText('{"product":')).message, 'error: request: not valid JSON');
});

test("a number past a double's range names the field, as the command line does", () => {
  const text = '{"product":"body-analysis","usage":[{"service":"人体检测","calls":1e400}]}';
  const message = 'error: usage[0].calls: must be a whole number >= 0 and <= 1000000000000000';
  assert.equal(thrown(() => tally.quoteText(text)).message, message);
  assert.equal(nativeQuote(text).stderr, `${message}\n`);
});

// Text with a lone surrogate reaches the engine as Embind encodes it, never with U+FFFD in its place (which
// TextEncoder, the quick way in, would write): here the surrogate swallows the closing quote.
test('request text with a lone surrogate is not valid JSON; in a request object it is named; a pair is a character', () => {
  const request = (service) => `{"product":"body-analysis","usage":[{"service":"${service}","calls":1}]}`;
  for (const lone of ['\uD83D', '\uDE00', 'a\uD83D']) {
    assert.equal(thrown(() => tally.quoteText(request(lone))).message, 'error: request: not valid JSON');
    assert.equal(thrown(() => tally.quote(request(lone))).message, 'error: request: not valid JSON');
  }
  // In a request object the JS API finds the string by name (JSON.stringify writes a lone surrogate as a \u escape,
  // which the engine refuses as the command line would).
  for (const lone of ['\uD83D', '\uDE00', 'a\uD83D']) {
    const e = thrown(() => tally.quote({ product: 'body-analysis', usage: [{ service: '人体检测', calls: 1 }, { service: lone, calls: 1 }] }));
    assert.deepEqual([e.message, e.path], ['error: usage[1].service: must be valid Unicode text, not hold a lone surrogate', 'usage[1].service']);
  }
  const lookalike = thrown(() => tally.quote({ product: 'body-analysis', usage: [{ service: 'x\\ud83d', calls: 1 }] }));
  assert.match(lookalike.message, /^error: usage\[0\]\.service: unknown service "x\\ud83d"/, 'a backslash and "ud83d" is text, not a surrogate');
  const native = nativeQuote(request('\uD83D\uDE00'));
  assert.equal(native.stderr, 'error: usage[0].service: unknown service "\uD83D\uDE00" in body-analysis current (tally list shows the names)\n');
  assert.equal(`${thrown(() => tally.quoteText(request('\uD83D\uDE00'))).message}\n`, native.stderr);
  // U+FFFD typed as itself is well formed: asked again, it reaches the engine as the character it is.
  const replacement = nativeQuote(request('\uFFFD'));
  assert.equal(replacement.stderr, 'error: usage[0].service: unknown service "\uFFFD" in body-analysis current (tally list shows the names)\n');
  assert.equal(`${thrown(() => tally.quoteText(request('\uFFFD'))).message}\n`, replacement.stderr);
  assert.equal(`${thrown(() => tally.timelineText(`{"product":"body-analysis","start":"2026-01-01","end":"2026-01-31","usage":[{"service":"\uFFFD","calls":1,"per":"month"}]}`)).message}`,
    'error: usage[0].service: unknown service "\uFFFD" in body-analysis current (tally list shows the names)');
});

test('invalid tariffs: validate and loadTariffs name the path, and keep the loaded set', async () => {
  const good = JSON.parse(fs.readFileSync(path.join(tariffDir, 'body-analysis/current.json'), 'utf8'));
  assert.deepEqual(tally.validate(good, 'body.json'), { ok: true, product: 'body-analysis', edition: 'current', services: 3 });
  const broken = structuredClone(good);
  broken.services[0].postpaid.tiers[1].from = 2000000;
  assert.equal(thrown(() => tally.validate(broken, 'body.json')).message,
    'error: body.json:services[0].postpaid.tiers[0]: tiers overlap: the next tier starts before this one ends');
  assert.equal(thrown(() => tally.validate('{"format":', 'x.json')).message, 'error: x.json: not valid JSON');
  // A catalog is told by its name, as `tally validate` tells it; alone it cannot be checked with its editions.
  const asCatalog = thrown(() => tally.validate('{}', 'tariffs/catalog.json'));
  assert.deepEqual([asCatalog.path, asCatalog.message], ['tariffs/catalog.json',
    'error: tariffs/catalog.json: validate checks one edition file; loadTariffs checks a catalog with every edition it names']);
  const catalog = fs.readFileSync(path.join(tariffDir, 'catalog.json'), 'utf8');
  await assert.rejects(tally.loadTariffs({ catalog, files: { 'body-analysis/current.json': broken } }),
    (error) => error.message === 'error: body-analysis/current.json:services[0].postpaid.tiers[0]: tiers overlap: the next tier starts before this one ends');
  await assert.rejects(tally.loadTariffs({ catalog, files: {} }), (error) => error.path === 'image-analysis/2019-12-01.json'
    || error.path === 'body-analysis/current.json');
  // A relative base URL means nothing where there is no page (Node): a TallyError that says what to pass instead.
  await assert.rejects(tally.loadTariffs('tariffs/'), (error) => error.code === 'invalid_input' && error.path === 'tariffs'
    && error.message === 'error: tariffs: "tariffs/" is not a URL here; under Node pass a function (path) => text');
  assert.equal(tally.quote(body(5000)).total, '8.00', 'the earlier tariffs are still loaded');  // 4000 x 0.002
});

test('createTally under Node without wasmBinary: an Error that says what to pass', async () => {
  const { createTally } = await import(pathToFileURL(path.join(wasmDir, 'tally.mjs')).href);
  const warn = console.warn;
  console.warn = () => {};  // Emscripten's own line about the failed fetch
  try {
    await assert.rejects(createTally(), (error) => error instanceof Error && error.code === 'invalid_input'
      && error.path === 'wasmBinary' && error.message.startsWith('error: wasmBinary: tally.wasm could not be loaded (')
      && error.message.endsWith("under Node pass createTally({ wasmBinary: fs.readFileSync('path/to/tally.wasm') })"));
  } finally {
    console.warn = warn;
  }
  assert.equal(tally.quote(body(5000)).total, '8.00', 'other instances are not touched');
});

test('10,000 bad calls, then a good one: right answer, memory not growing, not a byte held', () => {
  // Large bad inputs: a leak of even the request text per error would grow the heap by tens of megabytes.
  const longName = '无'.repeat(4000);
  const tariff = fs.readFileSync(path.join(tariffDir, 'face-verification/current.json'), 'utf8').replace('"format": 1', '"format": 2');
  const bads = [
    () => tally.quote(body('x')), () => tally.quote(body(-1)), () => tally.quote(body(0.5)),
    () => tally.quote({ product: 'body-analysis', usage: [{ service: longName, calls: 1 }] }),
    () => tally.quote({ product: 'body-analysis', [`x${longName}`]: longName }),
    () => tally.quote('{'), () => tally.validate(tariff, 'face.json'),
  ];
  for (let i = 0; i < 700; i++) thrown(bads[i % bads.length]);  // warm-up: the heap settles
  const before = tally.memoryBytes();
  const heldBefore = tally.heapBytesInUse();
  assert.ok(heldBefore > 100000, `the loaded tariffs are counted (${heldBefore} bytes)`);
  for (let i = 0; i < 10010; i++) thrown(bads[i % bads.length]);  // 1,430 rounds: the same call last as in the warm-up
  assert.equal(tally.memoryBytes(), before);
  // Memory grows in 64 KB pages, so only a large leak would show above; this counts every allocated byte.
  assert.equal(tally.heapBytesInUse(), heldBefore);
  // 2,999,999 calls of 人体检测: (2,999,999 - 1,000) x 0.002 = 5997.998 -> 5998.00
  assert.equal(tally.quote({ product: 'body-analysis', usage: [{ service: '人体检测', calls: 2999999 }] }).total, '5998.00');
});
