// The hand-written tally.d.ts against the real module: TypeScript (strict) compiles README's usage (read from
// README) and the rest of the API, refuses the misuses marked @ts-expect-error, and takes every vector's real
// request and response, the listing and a validate result as object literals of the declared types, so a field
// the module returns that the types lack (an excess property), a missing one or one of the wrong type fails.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { loadTally, root, tariffDir, vectorFiles, wasmDir } from './support.mjs';

const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const tally = await loadTally();
const planner = await loadTally('tally-plan');

function compile(dir, files) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, exactOptionalPropertyTypes: true, target: 'es2022', module: 'nodenext',
      moduleResolution: 'nodenext', types: [], lib: ['es2022', 'dom'], skipLibCheck: false,
    },
    files: Object.keys(files),
  }));
  const run = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

// The module's types beside a copy of the module's name, so that `./tally.mjs` resolves to them as it would for a
// user of the build folder.
function withModule(files) {
  return {
    'tally.d.mts': fs.readFileSync(path.join(wasmDir, 'tally.d.mts'), 'utf8'),
    'tally-plan.d.mts': fs.readFileSync(path.join(wasmDir, 'tally-plan.d.mts'), 'utf8'),
    ...files,
  };
}

const header = "import type { Listing, PlanRequest, PlanResponse, QuoteRequest, QuoteResponse, Tally, TallyError, " +
  "TimelineRequest, TimelineResponse } from './tally.mjs';\n";

// README's example of the JS API, as its readers copy it: the first js block of "In the browser (WebAssembly)".
function readmeUsage() {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## In the browser (WebAssembly)'));
  const block = /```js\n([\s\S]*?)```/.exec(section);
  assert.ok(block && block[1].includes('createTally'), "README's WebAssembly section has its js example");
  return block[1];
}

test("README's usage compiles; misuses and the rest of the API are typed as documented", () => {
  const readme = `${readmeUsage()}\ndeclare const editionJson: string;\nexport {};\n`;
  const more = `import { createTally } from './tally.mjs';
import { createTally as createPlanner } from './tally-plan.mjs';
import type { PlanResponse, QuoteResponse, TallyError } from './tally.mjs';
declare const wasmBinary: Uint8Array;
declare const editionJson: string;

const tally = await createTally({ wasmBinary });
await tally.loadTariffs((path: string) => path);
await tally.loadTariffs({ catalog: '{}', files: { 'body-analysis/current.json': '{}' } });
const quote: QuoteResponse = tally.quote({ product: 'face-verification', usage: [{ service: '身份信息核验', calls: 1000 }] });
const total: string = quote.total;
const text: string = tally.quoteText('{"product":"body-analysis","usage":[{"service":"人体检测","calls":5000}]}');
const products: string[] = tally.list().products.map((p) => p.id);
const checked: number = tally.validate(editionJson, 'body.json').services;
const bytes: number = tally.memoryBytes() + tally.heapBytesInUse();
try {
  tally.quote({ product: 'body-analysis', usage: [{ service: '人体检测', calls: 1 }] });
} catch (error) {
  const e = error as TallyError;
  const where: string = \`\${e.code} \${e.path} \${e.problem} \${e.message}\`;
}

// @ts-expect-error: amounts are decimal strings, never numbers
const asNumber: number = quote.total;
// @ts-expect-error: a request names its product
tally.quote({ usage: [] });
// @ts-expect-error: calls is a number in a request object
tally.quote({ product: 'body-analysis', usage: [{ service: '人体检测', calls: '5' }] });
// @ts-expect-error: the first module has no planner
tally.plan({});
const planner = await createPlanner({ wasmBinary });
await planner.loadTariffs((path: string) => path);
const plan: PlanResponse = planner.plan({ product: 'face-verification', start: '2026-01-01', end: '2026-12-31',
  usage: [{ service: '身份信息核验', calls: 1000, per: 'day' }] });
const planTotal: string = plan.plan.total + planner.planText('{}');
// @ts-expect-error: a plan request holds no purchases
planner.plan({ product: 'face-verification', start: '2026-01-01', end: '2026-12-31', purchases: [] });
// @ts-expect-error: no such method
tally.price({});
export { total, text, products, checked, bytes, asNumber, planTotal };
`;
  const { status, output } = compile(path.join(root, 'build/tmp/types-usage'),
    withModule({ 'readme.mts': readme, 'more.mts': more }));
  assert.equal(status, 0, output);
});

test("every vector's request and real response, the listing and a validate result fit the declared types", () => {
  const cases = vectorFiles().map((file) => {
    const { request } = JSON.parse(fs.readFileSync(file, 'utf8'));
    return `  { request: ${JSON.stringify(request)},\n    response: ${JSON.stringify(tally.quote(request))} },\n`;
  });
  assert.ok(cases.length >= 20);
  const timelines = vectorFiles('timelines').map((file) => {
    const { request } = JSON.parse(fs.readFileSync(file, 'utf8'));
    return `  { request: ${JSON.stringify(request)},\n    response: ${JSON.stringify(tally.timeline(request))} },\n`;
  });
  assert.ok(timelines.length >= 8);
  const plans = vectorFiles('plans').map((file) => {
    const { request } = JSON.parse(fs.readFileSync(file, 'utf8'));
    return `  { request: ${JSON.stringify(request)},\n    response: ${JSON.stringify(planner.plan(request))} },\n`;
  });
  assert.ok(plans.length >= 7);
  const face = fs.readFileSync(path.join(tariffDir, 'face-verification/current.json'), 'utf8');
  let error;
  try {
    tally.quote({ product: 'body-analysis', usage: [{ service: '人体检测', calls: -1 }] });
  } catch (e) {
    error = { code: e.code, path: e.path, problem: e.problem, message: e.message, name: e.name };
  }
  assert.ok(error, 'the bad request threw');
  const data = `${header}
export const cases: Array<{ request: QuoteRequest; response: QuoteResponse }> = [
${cases.join('')}];
export const timelines: Array<{ request: TimelineRequest; response: TimelineResponse }> = [
${timelines.join('')}];
export const plans: Array<{ request: PlanRequest; response: PlanResponse }> = [
${plans.join('')}];
export const listing: Listing = ${JSON.stringify(tally.list())};
export const validated: ReturnType<Tally['validate']> = ${JSON.stringify(tally.validate(face, 'face.json'))};
export const error: Pick<TallyError, 'code' | 'path' | 'problem' | 'message' | 'name'> = ${JSON.stringify(error)};
`;
  const { status, output } = compile(path.join(root, 'build/tmp/types-data'), withModule({ 'data.mts': data }));
  assert.equal(status, 0, output.slice(0, 4000));
});

test('the check above can fail: a response with a field the types lack, or a number for an amount, does not compile', () => {
  const response = tally.quote({ product: 'body-analysis', usage: [{ service: '人体检测', calls: 5000 }] });
  const extra = { ...response, discount: '1.00' };
  const numeric = { ...response, total: 8 };
  const data = `${header}
export const extra: QuoteResponse = ${JSON.stringify(extra)};
export const numeric: QuoteResponse = ${JSON.stringify(numeric)};
`;
  const { status, output } = compile(path.join(root, 'build/tmp/types-bad'), withModule({ 'bad.mts': data }));
  assert.notEqual(status, 0);
  assert.match(output, /'"discount"' does not exist in type 'QuoteResponse'/);
  assert.match(output, /Type 'number' is not assignable to type 'string'/);
});
