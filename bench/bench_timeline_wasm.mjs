// The timeline in wasm against native: the cases of bench/timelines.json, request text in and answer text out on
// both sides (tally.timelineText against tally_timeline_bench's JSON column). On a shared machine a spell of load
// lands on one side or the other, so the two take turns: each round times native, then wasm, and gives a ratio;
// the median round's ratio is reported with the range. Both sides in wall time and in the process's CPU time
// (which a spell of load changes least; node's GC and compiler threads are in it, against wasm). A benchmark:
//   node bench/bench_timeline_wasm.mjs [ROUNDS]      (default 7; after the native and wasm builds; ./dev bench)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { loadTally, root } from '../tests/wasm/support.mjs';

const rounds = Number(process.argv[2] || 7);
const cases = JSON.parse(fs.readFileSync(path.join(root, 'bench/timelines.json'), 'utf8'));
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

// {wall, cpu} us per timeline, by case name: the JSON columns (median of 5 batches of 20).
const native = () => {
  const run = spawnSync(path.join(root, 'build/native/bench/tally_timeline_bench'), [root, '5'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return new Map(cases.map((c) => {
    const line = run.stdout.split('\n').find((l) => l.startsWith(c.name));
    const columns = line.slice(c.name.length).trim().split(/\s+/).map(Number);
    return [c.name, { wall: columns[1], cpu: columns[3] }];
  }));
};

const tally = await loadTally();
const texts = new Map(cases.map((c) => [c.name, JSON.stringify(c.request)]));
for (const text of texts.values()) for (let i = 0; i < 10; ++i) tally.timelineText(text);  // the module tiers up lazily
const wasm = () => new Map(cases.map((c) => {
  const text = texts.get(c.name);
  const wall = [];
  const cpu = [];
  for (let b = 0; b < 5; ++b) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < 20; ++i) tally.timelineText(text);
    const used = process.cpuUsage(cpuStart);
    wall.push(Number(process.hrtime.bigint() - start) / 20 / 1000);
    cpu.push((used.user + used.system) / 20);
  }
  return [c.name, { wall: median(wall), cpu: median(cpu) }];
}));

const results = cases.map(() => ({ wall: [], cpu: [], wallRatio: [], cpuRatio: [] }));
for (let r = 0; r < rounds; ++r) {
  const n = native();
  const w = wasm();
  cases.forEach((c, i) => {
    const [a, b] = [n.get(c.name), w.get(c.name)];
    results[i].wall.push([a.wall, b.wall]);
    results[i].cpu.push([a.cpu, b.cpu]);
    results[i].wallRatio.push(b.wall / a.wall);
    results[i].cpuRatio.push(b.cpu / a.cpu);
  });
}
const range = (ratios) => `${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)})`;
console.log(`${'case'.padEnd(52)} ${'native us'.padStart(10)} ${'wasm us'.padStart(10)} ${'wall ratio'.padStart(18)} ` +
  `${'cpu ratio'.padStart(18)}`);
cases.forEach((c, i) => {
  const r = results[i];
  console.log(`${c.name.padEnd(52)} ${median(r.wall.map((p) => p[0])).toFixed(1).padStart(10)} ` +
    `${median(r.wall.map((p) => p[1])).toFixed(1).padStart(10)} ${range(r.wallRatio).padStart(18)} ${range(r.cpuRatio).padStart(18)}`);
});
console.log(`\n${rounds} rounds, each native then wasm (median of 5 batches of 20 each); a ratio is wasm/native, the median ` +
  'round\'s (the range of rounds); us: wall time, medians.');
