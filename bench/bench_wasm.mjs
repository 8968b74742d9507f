// The quotes of bench/cases.json (the native benchmark's, bench_quote.cpp) through the wasm module, timed in
// parts, each part against the native column that does the same work:
//
//   (a) tally.quote(object) -> object: JSON.stringify, the engine, JSON.parse of the answer. Native has no
//       objects to convert, so against its "JSON in and out" column this is more work than native does.
//   (b) tally.quoteText(text) -> text: the request's JSON text in, the response's JSON text out, as native's
//       "JSON in and out" (parse_request + quote + response_text) starts and ends: the same work, plus the
//       crossing (the text copied into the module, the answer decoded). The module writes the answer in ASCII,
//       its Chinese as \u escapes (the same JSON value), because V8 decodes ASCII several times faster.
//   (c) inside the module (tally_bench.mjs, the same build plus a loop): request text to response text, the
//       same work as native's "JSON in and out" with no crossing; and the engine alone on a parsed request,
//       native's "ns/quote".
//
// Each wasm batch is paired with a native batch of the same column run straight after it (tally_bench serve), and
// the ratio taken per pair. That is done in several Node processes, one after another, because a process keeps
// its own speed for the module: in about one process in six every wasm part ran about 1.45 times slower from
// start to end while the native batches beside it did not (the same build, the same machine moments; V8 places
// and compiles the code anew in each process). The figure is the median over the processes, with their range.
// `./dev bench` builds both and runs this; TALLY_PROCESSES (default 7) and TALLY_ROUNDS (a process, default 20).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { loadTally, root, tariffDir, wasmDir } from '../tests/wasm/support.mjs';

const cases = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases.json'), 'utf8'));
for (const c of cases) c.text = JSON.stringify(c.request);  // the bytes bench_quote.cpp starts from (dump())
const rounds = Number(process.env.TALLY_ROUNDS || 20);
const processes = Number(process.env.TALLY_PROCESSES || 7);
const nativeBench = process.env.TALLY_NATIVE_BENCH || path.join(root, 'build/native/bench/tally_bench');
const labels = ['(a) quote(object) -> object', '(b) quoteText(text) -> text', '(c) in wasm, text -> text', '(c) in wasm, engine alone'];
const against = ['json', 'json', 'json', 'engine'];
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

if (process.env.TALLY_BENCH_CHILD !== '1') {
  // runs[process][case][part] = { ratio, wasm, native }: the medians of one process's pairs.
  const runs = [];
  for (let i = 0; i < processes; i++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url)],
      { encoding: 'utf8', env: { ...process.env, TALLY_BENCH_CHILD: '1' }, maxBuffer: 1 << 24 });
    if (child.status !== 0) throw new Error(`bench_wasm.mjs (a process of it): ${child.stderr}`);
    runs.push(JSON.parse(child.stdout));
  }
  const fmt = (x, width, digits = 0) => x.toFixed(digits).padStart(width);
  console.log(`${'case'.padEnd(48)} ${'part'.padEnd(28)} ${'wasm ns'.padStart(9)} ${'native ns'.padStart(10)} ${'vs'.padEnd(7)} ${'ratio'.padStart(6)}  ${'processes'.padStart(9)}`);
  cases.forEach((c, ci) => {
    labels.forEach((label, pi) => {
      const each = runs.map((run) => run[ci][pi]);
      const ratios = each.map((r) => r.ratio);
      console.log(`${(pi === 0 ? c.name : '').padEnd(48)} ${label.padEnd(28)} ${fmt(median(each.map((r) => r.wasm)), 9)} ` +
        `${fmt(median(each.map((r) => r.native)), 10)} ${against[pi].padEnd(7)} ${fmt(median(ratios), 6, 2)}  ` +
        `${fmt(Math.min(...ratios), 4, 2)}-${fmt(Math.max(...ratios), 0, 2)}`);
    });
  });
  console.log(`
${processes} Node processes, one after another, ${rounds} rounds each. In a round every part of every case is timed as one batch
of 250 quotes (1000 for the engine alone), paired with a batch of the same size of the native column it is set
against, run by ${path.relative(root, nativeBench)} serve straight after it (before it, every other round); a process's
figure for a part is the median over its rounds of wasm / native within a pair. "ratio" is the median of the
processes' figures, "processes" their range; the times are medians of the processes' medians.
native json:   request text -> parse_request -> tally::quote -> response_text (bench_quote's "ns/quote (JSON)").
native engine: tally::quote on a parsed request (bench_quote's "ns/quote").
(b) and (c) text -> text do the same work as native json; (a) does more (objects to and from JSON).`);
  process.exit(0);
}

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
const batches = [
  (c, n) => { let s = 0; for (let i = 0; i < n; i++) s += tally.quote(c.request).lines.length; return s; },
  (c, n) => { let s = 0; for (let i = 0; i < n; i++) s += tally.quoteText(c.text).length; return s; },
  (c, n) => inside.runQuotes(c.text, n, true),
  (c, n) => inside.runQuotes(c.text, n, false),
];
const parts = batches.map((batch, i) => ({ batch, native: against[i] }));
const batchSize = { json: 250, engine: 1000 };

function nsPerCall(part, c) {
  const n = batchSize[part.native];
  const start = process.hrtime.bigint();
  const sink = part.batch(c, n);
  const ns = Number(process.hrtime.bigint() - start) / n;
  if (sink < 0) console.log(sink);
  return ns;
}

// The native benchmark as a server: each batch of wasm is paired with a batch of the native column it is set
// against, run straight after it (or before it, every other round), so that both meet the same moment of a shared
// machine whose speed changes within tens of milliseconds; a ratio is taken per pair.
const native = spawn(nativeBench, [root, 'serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
const nativeLines = readline.createInterface({ input: native.stdout })[Symbol.asyncIterator]();
async function nativeNs(ci, kind) {
  native.stdin.write(`${ci} ${kind} ${batchSize[kind]}\n`);
  const { value, done } = await nativeLines.next();
  if (done) throw new Error(`${nativeBench} serve stopped`);
  return Number(value);
}

// Warm-up, so that V8 has tiered the module's hot functions up from Liftoff to TurboFan before timing.
for (const c of cases) for (const part of parts) for (let i = 0; i < 8; i++) nsPerCall(part, c);
for (let ci = 0; ci < cases.length; ci++) for (const kind of ['engine', 'json']) await nativeNs(ci, kind);

// pairs[case][part] = [{ wasm, native }] in ns a quote, one pair a round.
const pairs = cases.map(() => parts.map(() => []));
for (let round = 0; round < rounds; round++) {
  for (const [ci, c] of cases.entries()) {
    for (const [pi, part] of parts.entries()) {
      const pair = {};
      if (round % 2) pair.native = await nativeNs(ci, part.native);
      pair.wasm = nsPerCall(part, c);
      if (!(round % 2)) pair.native = await nativeNs(ci, part.native);
      pairs[ci][pi].push(pair);
    }
  }
}
native.stdin.end();

// One line of JSON for the parent: each case's parts, their medians over this process's rounds.
console.log(JSON.stringify(pairs.map((byPart) => byPart.map((timed) => ({
  ratio: median(timed.map((p) => p.wasm / p.native)),
  wasm: median(timed.map((p) => p.wasm)),
  native: median(timed.map((p) => p.native)),
})))));
