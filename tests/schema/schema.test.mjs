// The JSON Schemas in tariffs/schema/ describe the files the engine reads: every bundled tariff passes, and
// the faults the engine refuses are refused by the schema too where a schema can say so.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import Ajv2020 from 'ajv/dist/2020.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
const validateTariff = ajv.compile(read('tariffs/schema/tariff.schema.json'));
const validateCatalog = ajv.compile(read('tariffs/schema/catalog.schema.json'));
const catalog = read('tariffs/catalog.json');

test('catalog.json matches its schema', () => {
  assert.ok(validateCatalog(catalog), JSON.stringify(validateCatalog.errors));
});

for (const product of catalog.products) {
  for (const edition of product.editions) {
    test(`${edition.file} matches the tariff schema`, () => {
      assert.ok(validateTariff(read(`tariffs/${edition.file}`)), JSON.stringify(validateTariff.errors));
    });
  }
}

test('the schema refuses a missing field, a numeric or negative price and an unknown key', () => {
  const good = read('tariffs/body-analysis/current.json');
  const broken = [
    (t) => delete t.currency,
    (t) => { t.services[0].postpaid.tiers[0].price = 0.002; },
    (t) => { t.services[0].packs[0].price = '-18'; },
    (t) => { t.services[0].discount = '0.1'; },
  ];
  for (const mutate of broken) {
    const t = structuredClone(good);
    mutate(t);
    assert.equal(validateTariff(t), false, mutate.toString());
  }
});
