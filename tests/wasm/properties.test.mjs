// Generated requests (a fixed seed) through the wasm module and the native command line: the responses are
// identical, byte for byte once printed, and the bill adds up.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { asciiJson, loadTally, nativeQuote } from './support.mjs';

const tally = await loadTally();
const listing = tally.list();

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20261125);
const below = (n) => Math.floor(random() * n);
const pick = (items) => items[below(items.length)];
const bounds = [0, 100, 1000, 10000, 1000000, 3000000, 15000000];

function generate() {
  const product = pick(listing.products);
  const edition = pick(product.editions);
  const request = { product: product.id, edition: edition.edition, free_quota: below(2) === 0, usage: [], packs: [] };
  if (edition.settlement.cycle === 'daily' && below(2) === 0) Object.assign(request, { period: 'month', days: 1 + below(31) });
  const used = new Set();
  for (let n = 1 + below(5); n > 0; n--) {
    const service = pick(edition.services);
    if (used.has(service.id)) continue;
    used.add(service.id);
    const calls = [() => Math.max(0, pick(bounds) + below(5) - 2), () => below(2000), () => below(20000000)][below(3)]();
    request.usage.push({ service: below(2) ? service.id : service.name.zh, calls });
    if (service.packs.length && below(3) === 0) request.packs.push({ service: service.id, size: pick(service.packs).calls, count: 1 + below(3) });
  }
  if (edition.qps_groups.length && below(3) === 0) request.qps = [{ group: edition.qps_groups[0].id, qps: 1 + below(200), per: pick(['month', 'day']) }];
  return request;
}

test('300 generated requests: wasm and native print the same response', () => {
  for (let i = 0; i < 300; i++) {
    const request = generate();
    const wasm = tally.quote(request);
    const native = nativeQuote(JSON.stringify(request));
    assert.equal(native.status, 0, native.stderr);
    assert.equal(JSON.stringify(wasm, null, 2) + '\n', native.stdout, JSON.stringify(request));
    assert.equal(tally.quoteText(JSON.stringify(request)), asciiJson(JSON.stringify(wasm)), 'quoteText: the same response as ASCII text');
    const sum = wasm.lines.reduce((fen, line) => fen + BigInt(line.charged.replace('.', '')), 0n);
    assert.equal(sum, BigInt(wasm.total.replace('.', '')), 'total = sum of the charged lines (in fen, as BigInt)');
  }
});
