// The same quotes as bench_quote.cpp (bench/cases.json) through the wasm module's JS API, which takes and
// returns plain objects, so it is compared with the native "JSON in and out" column; the native benchmark runs
// in the same process tree right after, for a ratio within one run. `./dev bench` runs both.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadTally, root } from '../tests/wasm/support.mjs';

const cases = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases.json'), 'utf8'));
const tally = await loadTally();

function medianNsPerCall(work, batch, batches = 31) {
  const perCall = [];
  let sink = 0;
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) sink += work();
    perCall.push(Number(process.hrtime.bigint() - start) / batch);
  }
  if (sink < 0) console.log(sink);
  perCall.sort((a, b) => a - b);
  return perCall[perCall.length >> 1];
}

// Warm-up first, so that V8 has tiered the module's hot functions up from Liftoff to TurboFan before timing.
for (const c of cases) for (let i = 0; i < 2000; i++) tally.quote(c.request);
const wasm = cases.map((c) => medianNsPerCall(() => tally.quote(c.request).lines.length, 500));

const nativeBench = process.env.TALLY_NATIVE_BENCH || path.join(root, 'build/native/bench/tally_bench');
const run = spawnSync(nativeBench, [root], { encoding: 'utf8' });
const native = cases.map((c) => {
  const row = run.stdout.split('\n').find((line) => line.startsWith(c.name));
  return row ? Number(row.trim().split(/\s+/).pop()) : NaN;
});

console.log(`${'case'.padEnd(50)} ${'wasm ns/quote'.padStart(14)} ${'native (JSON)'.padStart(14)} ${'ratio'.padStart(7)}`);
cases.forEach((c, i) => {
  console.log(`${c.name.padEnd(50)} ${wasm[i].toFixed(0).padStart(14)} ${native[i].toFixed(0).padStart(14)} ${(wasm[i] / native[i]).toFixed(2).padStart(7)}`);
});
console.log('\nwasm: tally.quote(object) -> object (JSON.stringify, the engine in wasm, JSON.parse);');
console.log('native: request text -> tally::quote -> response text, from build/native/bench/tally_bench in this run.');
