// The planner in wasm (the second module, tally-plan.mjs) against native, in one run: the cases of
// bench/plans.json, request text in and answer text out on both sides (planText; natively the request read,
// tally::plan() and the answer written, bench_plan.cpp), native timed before and after the wasm so that both
// meet the same spell of a shared machine; beside the wall clock, the CPU time (on a shared machine the wall
// clock counts waiting for a core; the process's CPU time, after the warm-up, counts the plan alone).
// A benchmark, not a test:
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
  // "<name> <ms/plan> <cpu ms> ...": the wall-clock and CPU columns, by case name.
  return new Map(cases.map((c) => {
    const line = run.stdout.split('\n').find((l) => l.startsWith(c.name));
    const [wall, cpu] = line.slice(c.name.length).trim().split(/\s+/).map(Number);
    return [c.name, { wall, cpu }];
  }));
};

const planner = await loadTally('tally-plan');
const before = native();
const wasm = new Map();
// Warm-up: V8 runs a module first in its baseline compiler and optimizes, in the background, the functions that
// have run for a while; a plan timed before that is not the module's speed (a one-service plan's first calls took
// 3-6x the later ones). Every case is planned twice before any is timed, and each 5 times before it is timed.
for (let w = 0; w < 2; ++w) for (const c of cases) planner.planText(JSON.stringify(c.request));
for (const c of cases) {
  const text = JSON.stringify(c.request);
  for (let w = 0; w < 5; ++w) planner.planText(text);
  const ms = [];
  const cpu = [];
  for (let r = 0; r < runs; ++r) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    planner.planText(text);
    const used = process.cpuUsage(cpuStart);
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (list) => list.sort((a, b) => a - b)[list.length >> 1];
  wasm.set(c.name, { wall: median(ms), cpu: median(cpu) });
}
const after = native();
const columns = ['native ms', 'wasm ms', 'wasm/native', 'native cpu', 'wasm cpu', 'cpu ratio'];
console.log(`${'case'.padEnd(48)} ${columns.map((h) => h.padStart(11)).join(' ')}`);
for (const c of cases) {
  const n = { wall: (before.get(c.name).wall + after.get(c.name).wall) / 2, cpu: (before.get(c.name).cpu + after.get(c.name).cpu) / 2 };
  const w = wasm.get(c.name);
  const figures = [n.wall, w.wall, w.wall / n.wall, n.cpu, w.cpu, w.cpu / n.cpu];
  console.log(`${c.name.padEnd(48)} ${figures.map((f) => f.toFixed(2).padStart(11)).join(' ')}`);
}
console.log(`\nnative: the mean of two runs around the wasm one (each the median of ${runs}); wasm: planText, median of ${runs}\n` +
            'after a warm-up (every case twice, then 5 plans of the case); ms: wall clock, cpu: the process\'s CPU time.');
