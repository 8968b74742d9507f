// The planner in wasm (the second module, tally-plan.mjs) against native, in one run: the cases of
// bench/plans.json, request text in and answer text out in wasm, tally::plan() on a parsed request natively
// (the planner's search and its timelines dwarf the JSON), native timed before and after the wasm so that both
// meet the same spell of a shared machine. A benchmark, not a test:
//   node bench/bench_plan_wasm.mjs [RUNS]      (after the native and wasm builds; ./dev bench runs it)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { loadTally, root } from '../tests/wasm/support.mjs';

const runs = Number(process.argv[2] || 5);
const cases = JSON.parse(fs.readFileSync(path.join(root, 'bench/plans.json'), 'utf8'));
const native = () => {
  const run = spawnSync(path.join(root, 'build/native/bench/tally_bench_plan'), [root, String(runs)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  // "<name> <ms/plan> <cpu ms> ...": the wall-clock column, by case name.
  return new Map(cases.map((c) => {
    const line = run.stdout.split('\n').find((l) => l.startsWith(c.name));
    return [c.name, Number(line.slice(c.name.length).trim().split(/\s+/)[0])];
  }));
};

const planner = await loadTally('tally-plan');
const before = native();
const wasm = new Map();
for (const c of cases) {
  const text = JSON.stringify(c.request);
  planner.planText(text);  // warm-up: the module compiles lazily
  const ms = [];
  for (let r = 0; r < runs; ++r) {
    const start = process.hrtime.bigint();
    planner.planText(text);
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  ms.sort((a, b) => a - b);
  wasm.set(c.name, ms[ms.length >> 1]);
}
const after = native();
console.log(`${'case'.padEnd(48)} ${'native ms'.padStart(10)} ${'wasm ms'.padStart(10)} ${'wasm/native'.padStart(12)}`);
for (const c of cases) {
  const n = (before.get(c.name) + after.get(c.name)) / 2;
  const w = wasm.get(c.name);
  console.log(`${c.name.padEnd(48)} ${n.toFixed(2).padStart(10)} ${w.toFixed(2).padStart(10)} ${(w / n).toFixed(2).padStart(12)}`);
}
console.log(`\nnative: the mean of two runs around the wasm one (each the median of ${runs}); wasm: planText, median of ${runs}.`);
