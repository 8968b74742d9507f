// What a docs page downloads for <tally-calculator>: the element's script, every module it imports (followed
// from its import statements) and tally.wasm, each as gzip -9 compresses it. Reads build/site (./dev run builds it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const site = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../build/site');

export function embedFiles(dir = site) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    // A static import or re-export: up to its specifier, no quote and no statement's end (a function that
    // follows an `export` may name a file, a worker's, that no import loads).
    for (const [, spec] of text.matchAll(/^\s*(?:import|export)\b[^'";]*?['"](\.\/[^'"]+)['"]/gm)) visit(path.posix.normalize(spec));
  };
  visit('tally-calculator.js');
  files.add('tally.wasm');
  return [...files].map((file) => [file, spawnSync('gzip', ['-9c', path.join(dir, file)]).stdout.length]);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const sizes = embedFiles();
  const sum = sizes.reduce((a, [, n]) => a + n, 0);
  for (const [file, n] of sizes) console.log(`${String(n).padStart(7)}  ${file}`);
  console.log(`${String(sum).padStart(7)}  bytes gzip -9 in all (budget 120,000)`);
}
