// The quotes of bench/cases.json (the native benchmark's, bench_quote.cpp) through the wasm module, timed in
// parts and interleaved in this one Node process, each part against the native column that does the same work:
//
//   (a) tally.quote(object) -> object: JSON.stringify, the engine, JSON.parse of the answer. Native has no
//       objects to convert, so against its "JSON in and out" column this is more work than native does.
//   (b) tally.quoteText(text) -> text: the request's JSON text in, the response's JSON text out, as native's
//       "JSON in and out" (parse_request + quote + response_text) starts and ends: the same work, plus the
//       crossing (the text copied into the module, the answer decoded).
//   (c) inside the module (tally_bench.mjs, the same build plus a loop): request text to response text, the
//       same work as native's "JSON in and out" with no crossing; and the engine alone on a parsed request,
//       native's "ns/quote".
//
// The native benchmark runs once per round (5 batches a case, as the wasm parts), between the rounds of wasm
// timing, so that both see the same machine. `./dev bench` builds both and runs this; TALLY_ROUNDS sets the
// number of rounds (default 15).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { loadTally, root, tariffDir, wasmDir } from '../tests/wasm/support.mjs';

const cases = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases.json'), 'utf8'));
for (const c of cases) c.text = JSON.stringify(c.request);  // the bytes bench_quote.cpp starts from (dump())
const rounds = Number(process.env.TALLY_ROUNDS || 15);
const nativeBench = process.env.TALLY_NATIVE_BENCH || path.join(root, 'build/native/bench/tally_bench');

const tally = await loadTally();
const { default: createBenchModule } = await import(pathToFileURL(path.join(wasmDir, 'tally_bench.mjs')).href);
const inside = await createBenchModule({ wasmBinary: fs.readFileSync(path.join(wasmDir, 'tally_bench.wasm')) });
{
  const read = (file) => fs.readFileSync(path.join(tariffDir, file), 'utf8');
  const files = {};
  for (const product of JSON.parse(read('catalog.json')).products) {
    for (const edition of product.editions) files[edition.file] = read(edition.file);
  }
  const loaded = inside.loadTariffs(read('catalog.json'), files);
  if (loaded[0] === '!') throw new Error(`tally_bench.mjs could not load the tariffs: ${loaded}`);
}

// Each part: how one batch of `n` quotes of case c runs, and the native column it is set against.
const parts = [
  { label: '(a) quote(object) -> object', native: 'json', batch: (c, n) => { let s = 0; for (let i = 0; i < n; i++) s += tally.quote(c.request).lines.length; return s; } },
  { label: '(b) quoteText(text) -> text', native: 'json', batch: (c, n) => { let s = 0; for (let i = 0; i < n; i++) s += tally.quoteText(c.text).length; return s; } },
  { label: '(c) in wasm, text -> text', native: 'json', batch: (c, n) => inside.runQuotes(c.text, n, true) },
  { label: '(c) in wasm, engine alone', native: 'engine', batch: (c, n) => inside.runQuotes(c.text, n, false) },
];
const batchSize = { json: 250, engine: 1000 };

function nsPerCall(part, c) {
  const n = batchSize[part.native];
  const start = process.hrtime.bigint();
  const sink = part.batch(c, n);
  const ns = Number(process.hrtime.bigint() - start) / n;
  if (sink < 0) console.log(sink);
  return ns;
}

function runNative() {
  const run = spawnSync(nativeBench, [root, '5'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${nativeBench}: ${run.stderr || run.error}`);
  return cases.map((c) => {
    const row = run.stdout.split('\n').find((line) => line.startsWith(c.name));
    const columns = row.slice(c.name.length).trim().split(/\s+/).map(Number);
    return { engine: columns[0], json: columns[2] };
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

// Warm-up, so that V8 has tiered the module's hot functions up from Liftoff to TurboFan before timing.
for (const c of cases) for (const part of parts) for (let i = 0; i < 8; i++) nsPerCall(part, c);

// samples[case][part][round] = the median of that round's batches; native[round][case] = that run's columns.
const samples = cases.map(() => parts.map(() => []));
const native = [];
for (let round = 0; round < rounds; round++) {
  cases.forEach((c, ci) => {
    const batches = parts.map(() => []);
    for (let b = 0; b < 5; b++) parts.forEach((part, pi) => batches[pi].push(nsPerCall(part, c)));
    parts.forEach((part, pi) => samples[ci][pi].push(median(batches[pi])));
  });
  native.push(runNative());
}

const fmt = (x, width, digits = 0) => x.toFixed(digits).padStart(width);
console.log(`${'case'.padEnd(48)} ${'part'.padEnd(28)} ${'wasm ns'.padStart(9)} ${'native ns'.padStart(10)} ${'vs'.padEnd(7)} ${'ratio'.padStart(6)} ${'best'.padStart(5)}  per round`);
cases.forEach((c, ci) => {
  parts.forEach((part, pi) => {
    const wasm = samples[ci][pi];
    const nat = native.map((run) => run[ci][part.native]);
    const ratios = wasm.map((w, r) => w / nat[r]);
    console.log(`${(pi === 0 ? c.name : '').padEnd(48)} ${part.label.padEnd(28)} ${fmt(median(wasm), 9)} ${fmt(median(nat), 10)} ` +
      `${part.native.padEnd(7)} ${fmt(median(wasm) / median(nat), 6, 2)} ${fmt(Math.min(...wasm) / Math.min(...nat), 5, 2)}  ` +
      `${fmt(Math.min(...ratios), 0, 2)}-${fmt(Math.max(...ratios), 0, 2)}`);
  });
});
console.log(`
${rounds} rounds, interleaved: each round times every part of every case (median of 5 batches of ${batchSize.json}
quotes, ${batchSize.engine} for the engine alone), then runs ${path.relative(root, nativeBench)} once (5 batches of 500 and
2000). Figures are medians over the rounds; "best" is the fastest round of wasm over the fastest of native (the
least disturbed by a busy machine); "per round" is the range of the ratio within a round.
native json:   request text -> parse_request -> tally::quote -> response_text (bench_quote's "ns/quote (JSON)").
native engine: tally::quote on a parsed request (bench_quote's "ns/quote").
(b) and (c) text -> text do the same work as native json; (a) does more (objects to and from JSON).`);
