// Two builds of the module against each other: `node bench/ab_wasm.mjs DIR_A DIR_B` (each a folder holding
// tally_bench.mjs + tally_bench.wasm, e.g. a copy of build/wasm/wasm taken before a change, and build/wasm/wasm).
// Both are loaded into one Node process, warmed up for 3 s (V8 compiles wasm lazily and tiers it up while it runs),
// then timed in turn, the order swapped every round, over the quotes of bench/cases.json: the engine alone and
// text to text, as bench_wasm.mjs's part (c). B/A is the median of the per-round ratios: below 1, B is faster.
// The figures in docs/benchmarks.md's "What moved it" come from this, run twice, each build once as A.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dirs = process.argv.slice(2);
if (dirs.length !== 2) {
  console.error('usage: node bench/ab_wasm.mjs DIR_A DIR_B   (folders with tally_bench.mjs and tally_bench.wasm)');
  process.exit(2);
}
const rounds = Number(process.env.TALLY_ROUNDS || 40);
const cases = JSON.parse(fs.readFileSync(path.join(here, 'cases.json'), 'utf8'));
const tariffDir = path.join(here, '../tariffs');
const read = (file) => fs.readFileSync(path.join(tariffDir, file), 'utf8');
const files = {};
for (const product of JSON.parse(read('catalog.json')).products) for (const e of product.editions) files[e.file] = read(e.file);

const modules = [];
for (const [i, dir] of dirs.entries()) {
  // The query string makes the two imports two module instances even when both folders hold the same file.
  const { default: create } = await import(`${pathToFileURL(path.resolve(dir, 'tally_bench.mjs')).href}?${i}`);
  const module = await create({ wasmBinary: fs.readFileSync(path.resolve(dir, 'tally_bench.wasm')) });
  const loaded = module.loadTariffs(read('catalog.json'), files);
  if (loaded[0] === '!') throw new Error(`${dir}: could not load the tariffs: ${loaded}`);
  modules.push(module);
}

const texts = cases.map((c) => JSON.stringify(c.request));
for (const start = Date.now(); Date.now() - start < 3000;) {
  for (const module of modules) for (const text of texts) { module.runQuotes(text, 50, false); module.runQuotes(text, 20, true); }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`${'case'.padEnd(48)} ${'part'.padEnd(14)} ${'A ns'.padStart(8)} ${'B ns'.padStart(8)}    B/A`);
cases.forEach((c, ci) => {
  for (const withJson of [false, true]) {
    const calls = withJson ? 200 : 1000;
    const times = [[], []];
    const ratios = [];
    for (let round = 0; round < rounds + 5; round++) {
      const order = round % 2 ? [1, 0] : [0, 1];
      const t = [0, 0];
      for (const m of order) {
        const started = process.hrtime.bigint();
        modules[m].runQuotes(texts[ci], calls, withJson);
        t[m] = Number(process.hrtime.bigint() - started) / calls;
      }
      if (round < 5) continue;  // settling
      times[0].push(t[0]);
      times[1].push(t[1]);
      ratios.push(t[1] / t[0]);
    }
    console.log(`${c.name.padEnd(48)} ${(withJson ? 'text to text' : 'engine alone').padEnd(14)} ` +
      `${median(times[0]).toFixed(0).padStart(8)} ${median(times[1]).toFixed(0).padStart(8)}  ${median(ratios).toFixed(3)}`);
  }
});
