// The timeline in wasm against native, in one run: the cases of bench/timelines.json, request text in and answer
// text out on both sides (tally.timelineText against tally_timeline_bench's JSON column), native timed before and
// after the wasm so that both meet the same spell of a shared machine. A benchmark, not a test:
//   node bench/bench_timeline_wasm.mjs      (after the native and wasm builds; ./dev bench runs it)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { loadTally, root } from '../tests/wasm/support.mjs';

const cases = JSON.parse(fs.readFileSync(path.join(root, 'bench/timelines.json'), 'utf8'));
const native = () => {
  const run = spawnSync(path.join(root, 'build/native/bench/tally_timeline_bench'), [root, '11'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  // "<name> <us/timeline> <us JSON> <bytes>": the JSON column, by case name.
  return new Map(cases.map((c) => {
    const line = run.stdout.split('\n').find((l) => l.startsWith(c.name));
    return [c.name, Number(line.slice(c.name.length).trim().split(/\s+/)[1])];
  }));
};

const tally = await loadTally();
const before = native();
const wasm = new Map();
for (const c of cases) {
  const text = JSON.stringify(c.request);
  for (let i = 0; i < 5; ++i) tally.timelineText(text);  // warm-up: the module compiles lazily
  const perCall = [];
  for (let b = 0; b < 11; ++b) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < 20; ++i) tally.timelineText(text);
    perCall.push(Number(process.hrtime.bigint() - start) / 20 / 1000);
  }
  perCall.sort((a, b) => a - b);
  wasm.set(c.name, perCall[perCall.length >> 1]);
}
const after = native();
console.log(`${'case'.padEnd(55)} ${'native us'.padStart(10)} ${'wasm us'.padStart(10)} ${'wasm/native'.padStart(12)}`);
for (const c of cases) {
  const n = (before.get(c.name) + after.get(c.name)) / 2;
  const w = wasm.get(c.name);
  console.log(`${c.name.padEnd(55)} ${n.toFixed(1).padStart(10)} ${w.toFixed(1).padStart(10)} ${(w / n).toFixed(2).padStart(12)}`);
}
console.log('\nnative: the mean of two runs around the wasm one (each the median of 11 batches of 20); text in, text out.');
