// web/warning-text.js: warnings and errors worded in the reader's language from the engine's one table (the listing's
// warning_texts), read from the real wasm module and its tariffs. Figures are worked out from the price pages.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { errorText, warningText } from '../../web/warning-text.js';
import { loadTally, vectorFiles } from '../wasm/support.mjs';
import fs from 'node:fs';

let tally, listing;
before(async () => {
  tally = await loadTally();
  listing = tally.list();
});

const editionOf = (request) => {
  const product = listing.products.find((p) => p.id === request.product);
  return product.editions.find((e) => e.edition === (request.edition ?? product.default_edition));
};
const worded = (request, lang) => tally.quote(request).warnings.map((w) => warningText(listing.warning_texts, w, editionOf(request), lang));

test('the listing carries one row per warning code, each with its text in both languages', () => {
  const rows = Object.entries(listing.warning_texts);
  assert.deepEqual(rows.map(([code]) => code).sort(), ['free_quota_condition', 'pack_dearer_than_postpaid',
    'pack_larger_than_usage', 'pack_unused_on_qps', 'qps_partial_month', 'tier_cliff']);
  for (const [code, row] of rows) {
    for (const lang of ['zh', 'en']) {
      assert.ok(row[lang].length > 0, `${code} ${lang}`);
      for (const [, field] of row[lang].matchAll(/\{(\w+)\}/g)) assert.ok(field in row.fields, `${code} ${lang}: {${field}}`);
    }
  }
});

test('each warning in Chinese and English, numbers and money written as the page writes them', () => {
  const body = (usage, extra = {}) => ({ product: 'body-analysis', usage: [{ service: '人体检测', calls: usage }], ...extra });
  // 2,999,999 calls: 5,998.00; 3,000,001: 2,999,001 x 0.0018 = 5,398.20: 2 more calls, 599.80 less.
  assert.deepEqual(worded(body(2999999), 'zh'), ['人体检测：再多 2 次调用，账单反而降低 ¥599.80（阶梯到达：所有调用按达到的阶梯单价计费）。']);
  assert.deepEqual(worded(body(2999999), 'en'), ['2 more calls of Body detection would lower this bill by ¥599.80: volume tiers price every call at the tier reached.']);
  // A 1000万 pack at 17,000 against 10,000,000 x 0.0015 (the top tier) = 15,000: 2,000 more.
  const dearer = body(20000000, { packs: [{ service: '人体检测', size: 10000000 }] });
  assert.deepEqual(worded(dearer, 'en'), ['The 10,000,000-call packs of Body detection cost ¥2,000.00 more than the same calls postpaid at the tier this usage reaches (¥0.0015 a call).']);
  assert.deepEqual(worded(dearer, 'zh'), ['人体检测：所购 10,000,000 次资源包比同样次数按本用量的阶梯后付费（每次 ¥0.0015）贵 ¥2,000.00。']);
  // A 1万 pack for 5,000 calls, 1,000 of them free: 6,000 unused; a pack is valid a year (365 days).
  assert.deepEqual(worded(body(5000, { packs: [{ service: '人体检测', size: 10000 }] }), 'zh'), ['人体检测：资源包有 6,000 次本期未用（资源包自购买起 1 年内有效，至同一日期）。']);
  const qps = body(100, { packs: [{ service: '人体检测', size: 10000 }], qps: [{ group: '人体检测与属性分析', qps: 10, per: 'day', days: 7 }] });
  assert.deepEqual(worded(qps, 'zh'), ['人体检测：按 QPS 计费时调用不计次数，所购资源包的 10,000 次不会被扣减。',
    '人体检测与属性分析：QPS 按天购买且少于一个月，其余日子的调用按次计费，本报价未拆分。']);
  const eid = { product: 'face-verification', usage: [{ service: 'E证通（权威库）', calls: 200 }] };
  assert.deepEqual(worded(eid, 'zh'), ['E证通（权威库）：免费额度的前提是首次成功申请E证通商户 ID。']);
  assert.deepEqual(worded(eid, 'en'), ['The free calls of E-ID, authority database assume: first E证通 (E-ID) merchant ID successfully applied for.']);
});

test('every warning of every test vector is worded in both languages, no placeholder left', () => {
  let seen = 0;
  for (const file of vectorFiles()) {
    const { request } = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const lang of ['zh', 'en']) {
      for (const text of worded(request, lang)) {
        seen += 1;
        assert.doesNotMatch(text, /[{}]/, `${file} ${lang}: ${text}`);
      }
    }
  }
  assert.ok(seen > 0);
});

test('a code the page has no row for shows the engine\'s own message', () => {
  const warning = { code: 'pack_expiring', service: 'body-detection', message: 'engine words' };
  assert.equal(warningText(listing.warning_texts, warning, editionOf({ product: 'body-analysis' }), 'zh'), 'engine words');
});

const refused = (run) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  assert.fail('no error was thrown');
};

test('an error in Chinese and English from the listing\'s error_texts and the Error\'s fields', () => {
  // The body analysis page sells at most 200 QPS (QPS 高并发套餐).
  const above = refused(() => tally.quote({ product: 'body-analysis', qps: [{ group: '人体检测与属性分析', qps: 201 }] }));
  assert.equal(errorText(listing.error_texts, above, 'zh'), '人体检测与属性分析最多可购买 200 QPS；更多请联系销售');
  assert.equal(errorText(listing.error_texts, above, 'en'),
    'at most 200 QPS can be bought for Body detection and attributes; for more, contact sales');
  // Counts are written as the page writes them: 1,000 calls a day drawn from a 1万 pack bought 10-01; by a
  // refund on 10-08, 10-01 to 10-07 drew 7 x 1,000 = 7,000 calls.
  const used = refused(() => tally.timeline({ product: 'face-verification', start: '2026-10-01', end: '2026-10-31',
    usage: [{ service: 'id-verification', calls: 1000, per: 'day' }],
    purchases: [{ service: 'id-verification', size: 10000, date: '2026-10-01' }], refunds: [{ purchase: 0, date: '2026-10-08' }] }));
  assert.deepEqual(used.fields, { drawn: '7000', date: '2026-10-08' });
  assert.equal(errorText(listing.error_texts, used, 'zh'), '2026-10-08 之前已从这个资源包扣减 7,000 次调用；只有未使用的资源包可以退款');
  assert.equal(errorText(listing.error_texts, used, 'en'),
    '7,000 calls were drawn from this pack before 2026-10-08; only an unused pack can be refunded');
});

test('an error with no row, or a field it lacks, is said by its English problem', () => {
  const generic = refused(() => tally.quote({ product: 'body-analysis', usage: [{ service: '人体检测', calls: -1 }] }));
  assert.equal(generic.code, 'invalid_input');
  assert.equal(errorText(listing.error_texts, generic, 'zh'), 'must be a whole number >= 0');
  const unknown = Object.assign(new Error('error: x: something new'), { code: 'something_new', problem: 'something new' });
  assert.equal(errorText(listing.error_texts, unknown, 'zh'), 'something new');
  const short = { code: 'qps_above_max', fields: { max: '200' }, problem: 'at most 200 QPS can be bought for X' };
  assert.equal(errorText(listing.error_texts, short, 'zh'), short.problem);
  assert.equal(errorText(undefined, new Error('the planner stopped'), 'zh'), 'the planner stopped');
});
