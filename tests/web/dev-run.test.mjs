// README's first command, `./dev run`, as a new user runs it: it builds the page, prints the URL on 127.0.0.1 and
// serves a first screen that already shows a quote. (Built into its own folder: the other browser tests run
// at the same time from build/site.)
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('./dev run prints the URL and serves the page with the example quoted', async () => {
  const child = spawn(path.join(root, 'dev'), ['run'], { env: { ...process.env, TALLY_PORT: '0', TALLY_SITE: 'build/site-dev-run' }, detached: true });
  let context;
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (match) resolve(match[0]);
      });
      child.on('exit', (code) => reject(new Error(`./dev run exited with ${code}: ${out}`)));
    });
    context = await launchBrowser();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('#calls-body-detection');
    // The first-screen example, a typical month: 人体检测 5万 -> 49,000 x 0.002 = 98.00; 人体搜索 2万 -> 19,000 x 0.002
    // = 38.00 (1,000 free calls each).
    assert.equal(await page.locator('#total').textContent(), '¥136.00');
  } finally {
    await context?.close();
    process.kill(-child.pid);
  }
});
