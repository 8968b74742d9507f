// web/estimate.js with the real engine (the wasm module under Node): items kept as URL text and priced again,
// a day's calls of a daily-settled product taken for every day of the month, bad items said, the total in fen.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { estimateRows, monthRequest, priceEstimate, quoteQuery } from '../../web/estimate.js';
import { loadTally } from '../wasm/support.mjs';

const tally = await loadTally();
const listing = tally.list();
const BODY = 'p=body-analysis&e=current&f=1&u.body-detection=5万&u.body-search=2万';
const FACE = 'p=face-verification&e=current&f=0&u.id-verification=1000';

test("an item is the quote's part of a page URL: language, chart, view and other items left out", () => {
  assert.equal(quoteQuery(`?${BODY}&l=en&c=body-search&v=time&x=p%3Dimage-analysis&hs=2027-01-01`),
    new URLSearchParams(BODY).toString());
});

test('two products: body 136.00 a month and face 1,000 calls a day for 30 days, 9,000.00: together 9,136.00', () => {
  // body (000): 人体检测 50,000 - 1,000 free = 49,000 x 0.002 = 98.00; 人体搜索 20,000 - 1,000 = 19,000 x 0.002 = 38.00.
  // face (004): 身份信息核验 0.3 a call, no free calls: 1,000 a day x 30 days = 30,000 x 0.3 = 9,000.00.
  const priced = priceEstimate([BODY, FACE], tally, listing, 30);
  assert.deepEqual(priced.items.map((i) => i.quote.total), ['136.00', '9000.00']);
  assert.equal(priced.total, '9136.00');
  const face = monthRequest(FACE, listing, 30);
  assert.deepEqual(face.request, { product: 'face-verification', edition: 'current', free_quota: false,
    usage: [{ service: 'id-verification', calls: 30000 }], packs: [], period: 'month', days: 30 });
  // Typed as the whole month's calls: taken as they are.
  assert.equal(monthRequest(`${FACE}&t=month`, listing, 30).request.usage[0].calls, 1000);
  const rows = estimateRows(priced, (item, id) => id);
  assert.deepEqual(rows.at(-1), ['total', '', '', '', '', '', '', '', '', '', '', '9136.00']);
  assert.ok(rows.some((r) => r[0] === 'face-verification' && r[2] === 'total' && r[11] === '9000.00'));
});

test('packs and a QPS plan come with the item; a bad item is said and left out of the total', () => {
  const withPack = monthRequest('p=body-analysis&u.body-detection=5万&k.body-detection=10000x2&q=10/month/30', listing, 30).request;
  assert.deepEqual(withPack.packs, [{ service: 'body-detection', size: 10000, count: 2 }]);
  assert.deepEqual(withPack.qps, [{ group: 'body-detection-attributes', qps: 10, per: 'month' }]);
  const priced = priceEstimate([BODY, 'p=nothing', 'p=body-analysis&u.body-detection=abc', 'p=body-analysis&k.body-detection=10000x0'], tally, listing, 30);
  assert.deepEqual(priced.items.map((i) => i.error ?? i.quote.total), ['136.00', 'product', 'calls', 'packs']);
  assert.equal(priced.total, '136.00');
  // A QPS above the group's most (200 in the tariff) is refused at its field, as the page's own field does.
  assert.deepEqual(monthRequest('p=body-analysis&u.body-detection=5万&q=201/month/30', listing, 30), { error: 'qps' });
  // The engine's refusal is kept as its line: 10^14 calls a day for 30 days is past the 10^15 a line takes.
  const refused = priceEstimate(['p=face-verification&u.id-verification=100000000000000'], tally, listing, 30);
  assert.match(refused.items[0].error, /^error: usage\[0\]\.calls: /);
});

test('a QPS plan by the day for part of the month: the item is the whole month, the other days billed per call', () => {
  // 000: 10 QPS a day at 40 each for 6 days = 2,400.00 (the quote, every call unmetered). Next month from
  // 2026-12-15 is January 2027 (31 days): 3,100,000 calls = 100,000 a day; days 7-31 metered, 2,500,000 calls, 1,000
  // free, 2,499,000 x 0.002 (the tier up to 3,000,000, reached by the metered calls) = 4,998.00: the month 7,398.00.
  const item = 'p=body-analysis&e=current&f=1&u.body-detection=3100000&q=10/day/6';
  const priced = priceEstimate([item, BODY], tally, listing, 31, new Date(2026, 11, 15));
  assert.equal(priced.items[0].quote.total, '2400.00');
  assert.deepEqual(priced.items.map((i) => i.total), ['7398.00', '136.00']);
  assert.equal(priced.total, '7534.00');
  assert.ok(estimateRows(priced, (i, id) => id).some((r) => r[0] === 'body-analysis' && r[2] === 'total' && r[11] === '7398.00'));
});
