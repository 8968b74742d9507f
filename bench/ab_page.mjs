// Two builds of the page, A/B: the first quote on screen after navigation (the page's 'tally-first-quote' mark),
// loads alternating between the sites so that both meet the same moments of a shared machine.
// Run: node bench/ab_page.mjs SITE_A SITE_B [LOADS]   (each SITE a copy of build/site; LOADS each, default 12)
import os from 'node:os';

import { launchBrowser } from '../tests/web/browser.mjs';
import { serve } from '../tests/web/server.mjs';

const sites = process.argv.slice(2).filter((a) => !/^\d+$/.test(a));
const loads = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) || 12);
if (sites.length < 2) throw new Error('usage: node bench/ab_page.mjs SITE_A SITE_B [LOADS]');
// The machine may be shared: its load average goes with the figures (docs/benchmarks.md quotes both).
const loadAtStart = os.loadavg()[0];
const servers = await Promise.all(sites.map((site) => serve(site)));
const context = await launchBrowser();
const times = sites.map(() => []);
for (let load = -1; load < loads; load++) {  // load -1 warms the browser up and is not counted
  for (const [i, server] of servers.entries()) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'commit' });
    await new Promise((resolve) => setTimeout(resolve, 1500));  // no polling while the page loads
    const mark = await page.evaluate(() => performance.getEntriesByName('tally-first-quote')[0]?.startTime);
    if (mark === undefined) throw new Error(`${sites[i]}: no first quote within 1.5 s`);
    if (load >= 0) times[i].push(mark);
    await page.close();
  }
}
for (const [i, site] of sites.entries()) {
  const sorted = times[i].sort((a, b) => a - b);
  const at = (q) => sorted[Math.floor(q * (sorted.length - 1))].toFixed(0);
  console.log(`${site.padEnd(30)} median ${at(0.5)} ms, quartiles ${at(0.25)}-${at(0.75)}, max ${at(1)} (${sorted.length} loads)`);
}
console.log(`load average (1 min): ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`);
await context.close();
for (const server of servers) server.close();
