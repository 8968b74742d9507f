// Two builds of the module against each other on the timelines (or the plans): `node bench/ab_timeline_wasm.mjs
// DIR_A DIR_B [timeline|plan] [ROUNDS]` (each folder holding tally.mjs + tally.wasm, or tally-plan.mjs +
// tally-plan.wasm for plans: e.g. a copy of build/wasm/wasm taken before a change, and build/wasm/wasm). Both are
// loaded into one Node process, checked to answer alike, warmed up for 3 s, then timed in turn in the process's
// CPU time, the order swapped every round, over the cases of bench/timelines.json (or bench/plans.json). B/A is the
// median of the per-round ratios: below 1, B is faster. On a loaded machine both builds meet the same spells, so
// B/A holds where bench_timeline_wasm.mjs's wasm/native ratio does not; run it twice, each build once as A.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [dirA, dirB, kind = 'timeline', roundsArg = '30'] = process.argv.slice(2);
if (!dirA || !dirB || !['timeline', 'plan'].includes(kind)) {
  console.error('usage: node bench/ab_timeline_wasm.mjs DIR_A DIR_B [timeline|plan] [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg);
const module = kind === 'plan' ? 'tally-plan' : 'tally';
const cases = JSON.parse(fs.readFileSync(path.join(root, `bench/${kind}s.json`), 'utf8'));
const load = async (dir, i) => {
  // The query string makes the two imports two module instances even when both folders hold the same file.
  const { createTally } = await import(`${pathToFileURL(path.resolve(dir, `${module}.mjs`)).href}?${i}`);
  const tally = await createTally({ wasmBinary: fs.readFileSync(path.resolve(dir, `${module}.wasm`)) });
  await tally.loadTariffs((file) => fs.readFileSync(path.join(root, 'tariffs', file), 'utf8'));
  return tally;
};
const builds = [await load(dirA, 0), await load(dirB, 1)];
const run = (tally, text) => (kind === 'plan' ? tally.planText(text) : tally.timelineText(text));
const texts = cases.map((c) => JSON.stringify(c.request));
for (const text of texts) if (run(builds[0], text) !== run(builds[1], text)) throw new Error('the two builds answer differently');
const warm = Date.now() + 3000;
while (Date.now() < warm) for (const tally of builds) for (const text of texts) run(tally, text);

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const batch = kind === 'plan' ? 2 : 10;
cases.forEach((c, i) => {
  const ratios = [], a = [], b = [];
  for (let r = 0; r < rounds; ++r) {
    const us = [0, 0];
    for (const m of r % 2 ? [1, 0] : [0, 1]) {
      const start = process.cpuUsage();
      for (let k = 0; k < batch; ++k) run(builds[m], texts[i]);
      const used = process.cpuUsage(start);
      us[m] = (used.user + used.system) / batch;
    }
    a.push(us[0]);
    b.push(us[1]);
    ratios.push(us[1] / us[0]);
  }
  console.log(`${c.name.padEnd(52)} A ${median(a).toFixed(0).padStart(7)} us  B ${median(b).toFixed(0).padStart(7)} us  ` +
              `B/A ${median(ratios).toFixed(3)}`);
});
console.log(`\n${rounds} rounds of ${batch} each; us: CPU time per ${kind}, median; B/A: the median round's ratio.`);
