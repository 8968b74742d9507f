// Where the first quote's time goes on the page's main thread, sites side by side: like bench/ab_page.mjs (loads
// alternating, the 'tally-first-quote' mark), each load traced, and per site the medians of the mark, of the
// renderer main thread's CPU time up to it (its tasks' thread time) and of its busy wall time, then the CPU time per
// kind of work (style, layout, paint, parsing, scripts) averaged per load. CPU time moves less than wall time on a
// shared machine: it leaves out the waits for a core and for the browser process.
// Run: node bench/trace_first_quote.mjs SITE_A SITE_B ... [LOADS]   (each SITE a copy of build/site; LOADS default 10)
import os from 'node:os';

import { launchBrowser } from '../tests/web/browser.mjs';
import { serve } from '../tests/web/server.mjs';

const sites = process.argv.slice(2).filter((a) => !/^\d+$/.test(a));
const loads = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) || 10);
if (sites.length < 1) throw new Error('usage: node bench/trace_first_quote.mjs SITE_A [SITE_B ...] [LOADS]');
const KINDS = {
  ParseHTML: 'parse the document', ParseAuthorStyleSheet: 'parse the stylesheet', UpdateLayoutTree: 'style',
  Layout: 'layout', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint', Commit: 'paint',
  'v8.compileModule': 'scripts: compile', 'v8.evaluateModule': 'scripts: evaluate',
  RunMicrotasks: 'scripts: the page and the engine', TimerFire: 'scripts: the page and the engine',
  FunctionCall: 'scripts: the page and the engine', FireAnimationFrame: 'scripts: the page and the engine',
};
// The machine may be shared: its load average goes with the figures (docs/benchmarks.md quotes both).
const loadAtStart = os.loadavg()[0];
const servers = await Promise.all(sites.map((site) => serve(site)));
const context = await launchBrowser();
const results = sites.map(() => ({ mark: [], cpu: [], busy: [], kinds: {} }));
for (let load = -1; load < loads; load++) {  // load -1 warms the browser up and is not counted
  for (const [i, server] of servers.entries()) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents',
      categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,loading' });
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'commit' });
    await new Promise((resolve) => setTimeout(resolve, 1500));  // no polling while the page loads
    const mark = await page.evaluate(() => performance.getEntriesByName('tally-first-quote')[0]?.startTime);
    await cdp.send('Tracing.end');
    await complete;
    await page.close();
    if (mark === undefined) throw new Error(`${sites[i]}: no first quote within 1.5 s`);
    if (load < 0) continue;
    const parse = events.find((e) => e.name === 'ParseHTML');  // on the page's renderer main thread
    const start = (events.find((e) => e.name === 'navigationStart' && e.pid === parse.pid) ?? events.find((e) => e.name === 'navigationStart')).ts;
    const end = start + mark * 1000;
    const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.ts >= start && e.ts < end);
    const tasks = main.filter((e) => e.name === 'RunTask');
    const r = results[i];
    r.mark.push(mark);
    r.cpu.push(tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000);
    r.busy.push(tasks.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000);
    for (const e of main) if (KINDS[e.name]) r.kinds[KINDS[e.name]] = (r.kinds[KINDS[e.name]] ?? 0) + (e.tdur ?? 0) / 1000;
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)].toFixed(0);
for (const [i, site] of sites.entries()) {
  const r = results[i];
  console.log(`${site.padEnd(30)} first quote median ${median(r.mark)} ms; main thread up to it: CPU ${median(r.cpu)} ms, busy ${median(r.busy)} ms (${loads} loads)`);
  console.log(`  CPU per load: ${Object.entries(r.kinds).map(([kind, ms]) => `${kind} ${(ms / loads).toFixed(1)}`).join(', ')}`);
}
console.log(`load average (1 min): ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`);
await context.close();
for (const server of servers) server.close();
