// Debian's Chromium, headless, driven by playwright-core, with the flags this closed network needs (without the
// background-networking ones Chromium keeps trying hosts it cannot reach). Shared by the browser tests and
// bench/bench_page.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

export function launchBrowser() {
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'tally-chromium-')), {
    executablePath: process.env.TALLY_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}
