// web/explain.js: the plain-word notes beside the inputs, written from every real tariff in both languages:
// each a sentence with the tariff's own figures, no rule number, nothing undefined.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { editionNote, freeQuotaNote, freezeNote, packNote, sourceNote } from '../../web/explain.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const catalog = JSON.parse(fs.readFileSync(path.join(root, 'tariffs/catalog.json'), 'utf8'));
const editions = catalog.products.flatMap((p) => p.editions.map((e) => ({ product: p,
  tariff: JSON.parse(fs.readFileSync(path.join(root, 'tariffs', e.file), 'utf8')) })));

for (const { product, tariff } of editions) {
  for (const lang of ['zh', 'en']) {
    test(`${tariff.product} ${tariff.edition} (${lang}): every note a plain sentence`, () => {
      const name = (id) => tariff.services.find((s) => s.id === id).name[lang];
      const notes = [freeQuotaNote(tariff, name, lang), packNote(tariff, lang), editionNote(tariff, lang),
        sourceNote(tariff, product.name[lang], lang), freezeNote('¥1.00', lang)];
      for (const note of notes) {
        assert.doesNotMatch(note, /undefined|null|NaN|\bR\d+\b/, note);
        if (note) assert.match(note, lang === 'zh' ? /[。]$/ : /[.]$/, note);
      }
      for (const pool of tariff.free_quota) assert.ok(notes[0].includes(pool.calls.toLocaleString('en-US')), notes[0]);
      assert.ok(!notes[3].includes(tariff.source.file), 'the archive\'s file name is ours, not the visitor\'s');
      // The page by its own title where the archive has one, never a title made up from the product's name.
      if (tariff.source.title) assert.ok(notes[3].includes(`“${tariff.source.title}”`) || notes[3].includes(`"${tariff.source.title}"`), notes[3]);
      else assert.doesNotMatch(notes[3], /购买指南|purchase guide/, notes[3]);
    });
  }
}

test('the image analysis current edition: one pool of 10,000 calls shared, and 通用图像标签 named outside it', () => {
  const tariff = editions.find((e) => e.tariff.product === 'image-analysis' && e.tariff.edition === 'current').tariff;
  const name = (id) => tariff.services.find((s) => s.id === id).name.zh;
  const note = freeQuotaNote(tariff, name, 'zh');
  assert.match(note, /共用每月 10,000 次免费调用（合计，不是每个服务各 10,000 次）/);
  assert.match(note, /通用图像标签没有免费额度/);
});
