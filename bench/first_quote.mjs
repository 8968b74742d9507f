// The page's first quote against the least a page can do (bench/minimal-page: the same module and tariff, one
// quote written), side by side in one run: both copies of build/site, loads alternating (bench/ab_page.mjs).
// The goal: the page within 1.3x of the minimal page.
//   node bench/first_quote.mjs [LOADS]      (after ./dev site)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const site = path.join(root, 'build/site');
const minimal = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-minimal-'));
fs.cpSync(site, minimal, { recursive: true });
fs.cpSync(path.join(root, 'bench/minimal-page'), minimal, { recursive: true });
const run = spawnSync(process.execPath, [path.join(root, 'bench/ab_page.mjs'), site, minimal, ...process.argv.slice(2)],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
fs.rmSync(minimal, { recursive: true, force: true });
process.stdout.write(run.stdout.replace(site, 'the page').replace(minimal, 'the minimal page'));
const [page, least] = [...run.stdout.matchAll(/median (\d+) ms/g)].map((m) => Number(m[1]));
if (page && least) console.log(`the page / the minimal page: ${(page / least).toFixed(2)} (goal <= 1.3)`);
process.exitCode = run.status;
