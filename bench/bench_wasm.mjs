// The quotes of bench/cases.json (the native benchmark's, bench_quote.cpp) through the wasm module, timed in
// parts and interleaved in this one Node process, each part against the native column that does the same work:
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
// the ratio taken per pair. `./dev bench` builds both and runs this; TALLY_ROUNDS sets the number of rounds
// (default 60).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { loadTally, root, tariffDir, wasmDir } from '../tests/wasm/support.mjs';

const cases = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases.json'), 'utf8'));
for (const c of cases) c.text = JSON.stringify(c.request);  // the bytes bench_quote.cpp starts from (dump())
const rounds = Number(process.env.TALLY_ROUNDS || 60);
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

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const quartiles = (xs) => { const s = [...xs].sort((a, b) => a - b); return [s[s.length >> 2], s[(3 * s.length) >> 2]]; };

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

const fmt = (x, width, digits = 0) => x.toFixed(digits).padStart(width);
console.log(`${'case'.padEnd(48)} ${'part'.padEnd(28)} ${'wasm ns'.padStart(9)} ${'native ns'.padStart(10)} ${'vs'.padEnd(7)} ${'ratio'.padStart(6)}  ${'middle half'.padStart(11)}`);
cases.forEach((c, ci) => {
  parts.forEach((part, pi) => {
    const timed = pairs[ci][pi];
    const ratios = timed.map((p) => p.wasm / p.native);
    const [q1, q3] = quartiles(ratios);
    console.log(`${(pi === 0 ? c.name : '').padEnd(48)} ${part.label.padEnd(28)} ${fmt(median(timed.map((p) => p.wasm)), 9)} ` +
      `${fmt(median(timed.map((p) => p.native)), 10)} ${part.native.padEnd(7)} ${fmt(median(ratios), 6, 2)}  ${fmt(q1, 5, 2)}-${fmt(q3, 0, 2)}`);
  });
});
console.log(`
${rounds} rounds. In each, every part of every case is timed as one batch of ${batchSize.json} quotes (${batchSize.engine} for
the engine alone), paired with a batch of the same size of the native column it is set against, run by
${path.relative(root, nativeBench)} serve straight after it (before it, every other round). "ratio" is the median over the rounds of
wasm / native within a pair; "middle half" its quartiles; the times are the medians of each side.
native json:   request text -> parse_request -> tally::quote -> response_text (bench_quote's "ns/quote (JSON)").
native engine: tally::quote on a parsed request (bench_quote's "ns/quote").
(b) and (c) text -> text do the same work as native json; (a) does more (objects to and from JSON).`);
