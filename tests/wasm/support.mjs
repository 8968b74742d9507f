// Loads the real tally.mjs + tally.wasm from the wasm build and the real tariffs, and runs the native CLI for
// side-by-side comparison. Paths can be overridden: TALLY_WASM_DIR, TALLY_NATIVE.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const wasmDir = process.env.TALLY_WASM_DIR || path.join(root, 'build/wasm/wasm');
export const nativeCli = process.env.TALLY_NATIVE || path.join(root, 'build/native/cli/tally');
export const tariffDir = path.join(root, 'tariffs');

// `module`: 'tally' (the first module) or 'tally-plan' (the second, with the planner).
export async function loadTally(module = 'tally') {
  const { createTally } = await import(pathToFileURL(path.join(wasmDir, `${module}.mjs`)).href);
  const tally = await createTally({ wasmBinary: fs.readFileSync(path.join(wasmDir, `${module}.wasm`)) });
  await tally.loadTariffs((file) => fs.readFileSync(path.join(tariffDir, file), 'utf8'));
  return tally;
}

// The native command line's answer to the same request text: {status, json, stderr}.
export function nativeQuote(requestText, command = 'quote') {
  const run = spawnSync(nativeCli, [command, '--tariffs', tariffDir], { input: requestText, encoding: 'utf8' });
  return { status: run.status, json: run.stdout ? JSON.parse(run.stdout) : null, stdout: run.stdout, stderr: run.stderr };
}

export function vectorFiles(folder = 'vectors') {
  const dir = path.join(root, 'tests', folder);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
}

/** Compact JSON text as quoteText() writes it: ASCII only, DEL and every UTF-16 unit past it as \uXXXX (lowercase). */
export const asciiJson = (text) => text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

// Every member the expectation names holds the same value; lists match in length and element by element.
export function checkSubset(expected, actual, where) {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${where} is not a list`);
    assert.equal(actual.length, expected.length, `${where}: ${JSON.stringify(actual)}`);
    expected.forEach((item, i) => checkSubset(item, actual[i], `${where}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    for (const [key, value] of Object.entries(expected)) {
      assert.ok(actual && key in actual, `${where}.${key} is missing`);
      checkSubset(value, actual[key], `${where}.${key}`);
    }
  } else {
    assert.deepEqual(actual, expected, where);
  }
}
