// The embeddable calculators (issue 5) in headless Chromium: web/examples/ (a docs-like page with two
// <tally-calculator> elements and one iframe), served from a copy of build/site with the fixtures beside it,
// under a real CSP header. A second server on another port plays a foreign origin.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { embedFiles } from '../../bench/embed_size.mjs';

import { launchBrowser } from './browser.mjs';

import { serve } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const TARIFFS = ['catalog.json', 'body-analysis/current.json', 'image-analysis/2019-12-01.json',
  'image-analysis/2020-01-01.json', 'image-analysis/current.json', 'face-verification/current.json'];
let site, server, foreignServer, context, page, origin, foreignOrigin, shots;
const problems = [];
const foreign = [];
const requests = [];  // [frame url, path] of every request of the example page

// Counts WebAssembly instantiations and CSP violations in every document (page and iframes).
function instrument() {
  window.__wasmInstances = 0;
  window.__csp = [];
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) { window.__wasmInstances++; return original.apply(this, args); };
  }
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
}

async function watch(p) {
  await p.addInitScript(instrument);
  // The host's policy as an HTTP header too (the pages also carry it in a meta element).
  await p.route((url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'), async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  p.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith(foreignOrigin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  p.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  p.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  p.on('pageerror', (e) => problems.push(e.message));
}

before(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-embed-site-'));
  fs.cpSync(path.join(root, 'build/site'), site, { recursive: true });
  fs.cpSync(path.join(here, 'fixtures'), path.join(site, 'fixtures'), { recursive: true });
  server = await serve(site);
  origin = `http://127.0.0.1:${server.address().port}`;
  foreignServer = await serve(path.join(here, 'fixtures'));
  foreignOrigin = `http://127.0.0.1:${foreignServer.address().port}`;
  context = await launchBrowser();
  page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await watch(page);
  page.on('request', (r) => requests.push([r.frame().url(), new URL(r.url()).pathname]));
  await page.goto(`${origin}/examples/`);
  await page.waitForFunction(() => ['body', 'face'].every((id) => document.getElementById(id).shadowRoot.querySelector('output')?.textContent));
  await page.frameLocator('#image').locator('output').filter({ hasText: '¥' }).waitFor();
  shots = path.join(root, 'build/screenshots');
  fs.mkdirSync(shots, { recursive: true });
});

after(async () => {
  await context?.close();
  server?.close();
  foreignServer?.close();
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

const total = (id) => page.locator(`#${id} output`).textContent();
const frameTotal = () => page.frameLocator('#image').locator('output').textContent();
const embedFrame = () => page.frames().find((f) => f.url().includes('/embed.html'));

test('the three calculators render and compute the hand-worked totals', async () => {
  // tests/vectors: body-analysis 人体检测 25,000 a month: (25,000 - 1,000 free) x 0.002 = 48.00
  assert.equal(await total('body'), '¥48.00');
  // face-example-postpaid1-id-verification-1000: 1,000 x 0.3 = 300.00 (a day, free quota off)
  assert.equal(await total('face'), '¥300.00');
  // image-2020-01-01-tier-bound-1000000: (1,000,000 - 10,000 free) x 0.0025 = 2,475.00
  assert.equal(await frameTotal(), '¥2,475.00');
  // The deduction order: free quota first, then postpaid, each line as the engine charged it.
  assert.deepEqual(await page.locator('#body .order .segment').allTextContents(),
    ['免费额度 1,000 次 · ¥0.00', '后付费 24,000 次 · ¥48.00']);
  assert.deepEqual(await page.locator('#face .order .segment').allTextContents(), ['后付费 1,000 次 · ¥300.00']);
  // Compact: inputs, total and deduction order only; the full form also has the bill lines.
  assert.equal(await page.locator('#face table').count(), 0);
  assert.equal(await page.locator('#body table.lines tbody tr').count(), 2);
  await page.screenshot({ path: path.join(shots, 'embed-example.png'), fullPage: true });
});

test('typing into one calculator changes neither of the others', async () => {
  const events = [];
  await page.exposeFunction('__quoted', (id, totalText) => events.push([id, totalText]));
  await page.evaluate(() => document.addEventListener('quote', (e) => window.__quoted(e.target.id, e.detail.total)));
  await page.fill('#body input.calls', '3000001');
  // tests/vectors/body-tier-bound-3000001: 2,999,001 x 0.0018 = 5,398.2018 -> 5,398.20
  assert.equal(await total('body'), '¥5,398.20');
  assert.equal(await total('face'), '¥300.00');
  assert.equal(await frameTotal(), '¥2,475.00');
  await page.fill('#face input.calls', '2000');
  assert.equal(await total('face'), '¥600.00');  // 2,000 x 0.3
  assert.equal(await total('body'), '¥5,398.20');
  assert.deepEqual(events, [['body', '5398.20'], ['face', '600.00']]);  // the `quote` event carries the response
  await page.fill('#body input.calls', '25000');
  await page.fill('#face input.calls', '1000');
});

test('each total says the period it covers: a day for face verification (settled daily), a month for body analysis', async () => {
  // 1,000 calls x 0.3 = 300.00 a day (the example's face calculator); 24,000 past the free 1,000 x 0.002 = 48.00 a month.
  assert.equal(await page.locator('#face .total').textContent(), '合计 ¥300.00 /日');
  assert.equal(await page.locator('#body .total').textContent(), '合计 ¥48.00 /月');
});

test('bad input is shown at its field and the last good quote stays', async () => {
  for (const bad of ['abc', '-5', '1.5', '10000000000000000']) {
    await page.fill('#body input.calls', bad);
    assert.equal(await page.getAttribute('#body input.calls', 'aria-invalid'), 'true', bad);
    assert.notEqual(await page.locator('#body input.calls + .error').textContent(), '', bad);
    assert.equal(await total('body'), '¥48.00', bad);
  }
  await page.fill('#body input.calls', '-5');
  assert.equal(await page.locator('#body input.calls + .error').textContent(), '调用次数不能为负数');  // not "enter a number"

  const text = await page.evaluate(() => document.getElementById('body').shadowRoot.textContent);
  assert.doesNotMatch(text, /NaN|undefined/);
  await page.fill('#body input.calls', '1.5万');
  assert.equal(await total('body'), '¥28.00');  // (15,000 - 1,000) x 0.002
  assert.equal(await page.locator('#body input.calls + .error').textContent(), '');
  await page.fill('#body input.calls', '25000');
});

test('a pack count out of range is said at its field, as the page says it, and the last good quote stays', async () => {
  assert.equal(await page.locator('#body input.count').isHidden(), true);  // no pack chosen: no count to give
  await page.selectOption('#body select', '10000');
  assert.equal(await page.locator('#body input.count').isVisible(), true);
  assert.equal(await total('body'), '¥46.00');  // free 1,000; one 10,000-call pack 18.00; 14,000 x 0.002 = 28.00
  const count = page.locator('#body input.count');
  await count.fill('1001');
  assert.equal(await count.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#body input.count + .error').textContent(), '须为 1 到 1,000 的整数');
  assert.equal(await total('body'), '¥46.00');  // not clamped to 1,000 packs: the quote waits for a valid count
  await count.fill('2');
  assert.equal(await total('body'), '¥44.00');  // two packs 2 x 18.00 = 36.00 cover 20,000; 4,000 x 0.002 = 8.00
  await count.fill('1');
  await page.selectOption('#body select', '');
  assert.equal(await total('body'), '¥48.00');
  assert.equal(await page.locator('#body input.count').isHidden(), true);
});

test("changing an attribute from the host's script updates the calculator", async () => {
  const body = page.locator('#body');
  await body.evaluate((e) => e.setAttribute('calls', '1.5万'));
  assert.equal(await total('body'), '¥28.00');
  await body.evaluate((e) => e.setAttribute('lang', 'en'));
  await page.locator('#body label[for$="calls-body-detection"]', { hasText: 'Body detection' }).waitFor();
  assert.equal(await total('body'), '¥28.00');
  assert.match(await page.locator('#body .total').textContent(), /^Total /);
  await body.evaluate((e) => { e.setAttribute('service', 'body-search'); e.setAttribute('calls', '25000'); });
  await page.locator('#body label', { hasText: 'Body search' }).waitFor();
  assert.equal(await total('body'), '¥48.00');
  await body.evaluate((e) => e.setAttribute('free-quota', 'off'));
  assert.equal(await total('body'), '¥50.00');  // 25,000 x 0.002, no free calls
  await body.evaluate((e) => e.setAttribute('compact', ''));
  await page.locator('#body table').waitFor({ state: 'detached' });
  await body.evaluate((e) => e.setAttribute('product', 'no-such-product'));
  await page.locator('#body [role=alert]', { hasText: 'no-such-product' }).waitFor();
  await body.evaluate((e) => {
    for (const name of ['lang', 'free-quota', 'compact']) e.removeAttribute(name);
    e.setAttribute('product', 'body-analysis');
    e.setAttribute('service', '人体检测');
  });
  await page.locator('#body label', { hasText: '人体检测' }).waitFor();
  await page.fill('#body input.calls', '25000');
  assert.equal(await total('body'), '¥48.00');
});

test('every input is labelled and reachable from the keyboard', async () => {
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('tally-calculator')].flatMap((host) =>
    [...host.shadowRoot.querySelectorAll('input, select')]
      .filter((c) => !(c.labels?.length && c.labels[0].textContent.trim()) && !c.getAttribute('aria-label'))
      .map((c) => `${host.id} ${c.id}`)));
  assert.deepEqual(unlabelled, []);
  await page.evaluate(() => document.activeElement?.blur());
  const reached = [];
  // Tab from wherever focus last was, round the whole page (the examples page's own links and tables included).
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      const host = document.activeElement;
      return host?.shadowRoot?.activeElement ? `${host.id}:${host.shadowRoot.activeElement.id.replace(/^t\d+-/, '')}` : host?.id;
    }));
  }
  for (const stop of ['body:calls-body-detection', 'body:calls-body-detection-pack', 'body:free', 'face:calls-id-verification', 'face:free']) {
    assert.ok(reached.includes(stop), `${stop} not in ${reached}`);
  }
  await page.focus('#body input.calls');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30000');
  assert.equal(await total('body'), '¥58.00');  // (30,000 - 1,000) x 0.002
  await page.fill('#body input.calls', '25000');
});

test("the calculators follow the host's light or dark colour scheme", async () => {
  const background = () => page.evaluate(() => getComputedStyle(document.getElementById('face').shadowRoot.querySelector('.root')).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await background(), 'rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });  // the docs page says color-scheme: light dark
  assert.equal(await background(), 'rgb(22, 27, 34)');
  await page.evaluate(() => { document.documentElement.style.colorScheme = 'light'; });  // a host that stays light
  assert.equal(await background(), 'rgb(255, 255, 255)');
  await page.evaluate(() => { document.documentElement.style.colorScheme = ''; });
  await page.emulateMedia({ colorScheme: 'light' });
  // The iframe cannot see its host's scheme: it is told (scheme=dark, or auto for the reader's preference).
  const other = await context.newPage();
  const frameBackground = async (query) => {
    await other.goto(`${origin}/embed.html?product=body-analysis&service=body-detection&calls=25000${query}`);
    await other.locator('output', { hasText: '¥48.00' }).waitFor();
    return other.evaluate(() => getComputedStyle(document.querySelector('tally-calculator').shadowRoot.querySelector('.root')).backgroundColor);
  };
  await other.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await frameBackground(''), 'rgb(255, 255, 255)');
  assert.equal(await frameBackground('&scheme=dark'), 'rgb(22, 27, 34)');
  assert.equal(await frameBackground('&scheme=auto'), 'rgb(22, 27, 34)');
  await other.emulateMedia({ colorScheme: 'light' });
  assert.equal(await frameBackground('&scheme=auto'), 'rgb(255, 255, 255)');
  await other.close();
});

// Every element of each calculator: its box relative to the calculator's own, and how it is drawn.
async function layout() {
  const shadow = await page.evaluate(() => [...document.querySelectorAll('tally-calculator')].map((host) => {
    const origin = host.getBoundingClientRect();
    return {
      host: [origin.width, origin.height, getComputedStyle(host).display],
      parts: [...host.shadowRoot.querySelectorAll('*')].map((e) => {
        const r = e.getBoundingClientRect();
        const s = getComputedStyle(e);
        const boxless = r.width === 0 && r.height === 0;  // <option>, an empty message: no box to place
        return [e.tagName, boxless ? '-' : r.x - origin.x, boxless ? '-' : r.y - origin.y, r.width, r.height, s.display, s.color, s.fontSize, s.backgroundColor].join(' ');
      }),
    };
  }));
  const frame = await page.locator('#image').evaluate((f) => [f.clientWidth, f.clientHeight]);
  return { shadow, frame };
}

test('a hostile host stylesheet does not change their layout', async () => {
  const before = await layout();
  await page.evaluate(() => new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/fixtures/hostile.css' });
    link.onload = resolve;
    link.onerror = reject;
    document.head.append(link);
  }));
  // The host page itself did change: its paragraphs are red and inline now.
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('article p')).color), 'rgb(255, 0, 0)');
  await page.waitForTimeout(100);
  const hostile = await layout();
  assert.deepEqual(hostile, before);
  assert.ok(before.shadow.every((c) => c.parts.every((p) => !p.includes('rgb(255, 0, 0)'))));
  await page.screenshot({ path: path.join(shots, 'embed-hostile.png'), fullPage: true });
  await page.evaluate(() => document.querySelector('link[href="/fixtures/hostile.css"]').remove());
});

test('the page runs under the host CSP: no violation, nothing from another origin, no error', async () => {
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(await embedFrame().evaluate(() => window.__csp), []);
  const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.equal(meta, CSP);
  assert.deepEqual(foreign, []);
  assert.deepEqual(problems, []);
});

test('the wasm and each tariff are fetched once per document, one wasm instance however many calculators', async () => {
  const pageUrl = `${origin}/examples/`;
  const fetched = (frameUrl, file) => requests.filter(([f, p]) => f.startsWith(frameUrl) && p === file).length;
  for (const file of ['/tally.wasm', '/tally.mjs', ...TARIFFS.map((t) => `/tariffs/${t}`)]) {
    assert.equal(fetched(pageUrl, file), 1, `page: ${file}`);
    assert.equal(fetched(`${origin}/embed.html`, file), 1, `iframe: ${file}`);
  }
  assert.equal(await page.evaluate(() => window.__wasmInstances), 1);

  // Six calculators (and the script included twice) on one page: still one of each.
  const other = await context.newPage();
  await watch(other);
  const seen = [];
  other.on('request', (r) => seen.push(new URL(r.url()).pathname));
  await other.goto(`${origin}/fixtures/many.html`);
  await other.waitForFunction(() => [...document.querySelectorAll('tally-calculator')]
    .every((c) => c.shadowRoot.querySelector('output')?.textContent));
  assert.deepEqual(await other.locator('tally-calculator output').allTextContents(),
    // 48.00 as above; 人体搜索 1.5万: 14,000 x 0.002 = 28.00; 300.00 and 2,475.00 as above (twice, zh and en);
    // face-example-postpaid2-phone-2-factor-30000 (the name with full-width brackets): 30,000 x 0.4 = 12,000.00
    ['¥48.00', '¥28.00', '¥300.00', '¥2,475.00', '¥2,475.00', '¥12,000.00']);
  for (const file of ['/tally.wasm', '/tally.mjs', '/tally-calculator.js', ...TARIFFS.map((t) => `/tariffs/${t}`)]) {
    assert.equal(seen.filter((p) => p === file).length, 1, file);
  }
  assert.equal(await other.evaluate(() => window.__wasmInstances), 1);
  assert.deepEqual(await other.evaluate(() => window.__csp), []);
  await other.close();
});

test('the iframe resizes when its content grows', async () => {
  const frameHeight = () => page.locator('#image').evaluate((f) => f.getBoundingClientRect().height);
  const contentHeight = () => embedFrame().evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction(() => document.getElementById('image').style.height !== '');
  const start = await frameHeight();
  assert.equal(start, await contentHeight());  // the docs page set 24rem; the calculator's report replaced it
  // 2,999,999 calls: one more would reach the cheaper tier, so a warning line appears and the content grows.
  await page.frameLocator('#image').locator('input.calls').fill('2999999');
  await page.frameLocator('#image').locator('.warnings li').waitFor();
  await page.waitForFunction((h) => document.getElementById('image').getBoundingClientRect().height > h, start);
  assert.equal(await frameHeight(), await contentHeight());
  assert.equal(await page.getAttribute('#image', 'sandbox'), null);  // it asks for no sandbox at all
});

test('a height message from a wrong origin, or from another window, is ignored', async () => {
  // A host whose policy lets its iframes show another origin too (the example page allows 'self' only, under
  // which the iframe could not even be navigated away). The iframe is then navigated to that other origin:
  // the same window, now speaking for someone else.
  const host = await context.newPage();
  await host.setViewportSize({ width: 1280, height: 900 });
  const policy = `${CSP}; frame-src 'self' ${foreignOrigin}`;
  await host.route(`${origin}/examples/`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(`content="${CSP}"`, `content="${policy}"`);
    await route.fulfill({ response, body, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  await host.goto(`${origin}/examples/`);
  const frame = host.locator('#image');
  // The iframe's own messages first settle: it reports its height as soon as it lays out (before its quote) and
  // again once the quote is shown, so the height is read only when it matches the iframe's finished content.
  const embed = host.frames().find((f) => f.url().includes('/embed.html'));
  await embed.waitForFunction(() => document.querySelector('tally-calculator')?.shadowRoot?.querySelector('output')?.textContent);
  let height;
  for (let tries = 0; ; tries++) {
    const content = await embed.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    height = await frame.evaluate((f) => f.getBoundingClientRect().height);
    if (height === content) break;
    assert.ok(tries < 100, `the iframe's height did not settle: ${height} against its content's ${content}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.notEqual(height, 4321);
  await host.evaluate(() => {
    window.__origins = [];
    window.addEventListener('message', (e) => window.__origins.push(e.origin));
    window.postMessage({ type: 'tally:height', height: 1234 }, window.location.origin);  // right origin, wrong window
  });
  await host.frames().find((f) => f.url().includes('/embed.html')).goto(`${foreignOrigin}/evil.html`);
  await host.waitForFunction((o) => window.__origins.filter((x) => x === o).length >= 3, foreignOrigin);
  assert.ok(await host.evaluate(() => window.__origins.includes(window.location.origin)));
  assert.equal(await frame.evaluate((f) => f.getBoundingClientRect().height), height);
  await host.close();
});

test("README's snippets work on a docs page of another origin, under that page's CSP", async () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Embed in your docs'), readme.indexOf('## In the browser'));
  const snippets = [...section.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1].replaceAll('https://tally.example.com', origin));
  assert.equal(snippets.length, 2);
  const docs = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Docs elsewhere</title></head>
    <body><main><h1>Pricing</h1><p>Prose.</p>${snippets.join('\n<p>More prose.</p>\n')}</main></body></html>`;
  // What README says such a page needs: Tally's origin for scripts, fetches and frames, and wasm compilation.
  const policy = `default-src 'self'; script-src 'self' 'unsafe-inline' ${origin} 'wasm-unsafe-eval'; `
    + `connect-src 'self' ${origin}; frame-src 'self' ${origin}; style-src 'self' 'unsafe-inline'`;
  const host = await context.newPage();
  await host.setViewportSize({ width: 1280, height: 900 });
  await host.addInitScript(instrument);
  const errors = [];
  host.on('pageerror', (e) => errors.push(e.message));
  await host.route(`${foreignOrigin}/docs.html`, (route) => route.fulfill({ status: 200,
    contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': policy }, body: docs }));
  // Tally published with CORS headers, as README asks of a site serving other origins.
  await host.route(`${origin}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
  });
  await host.goto(`${foreignOrigin}/docs.html`);
  await host.waitForFunction(() => [...document.querySelectorAll('tally-calculator')].every((c) => c.shadowRoot.querySelector('output')?.textContent));
  assert.deepEqual(await host.locator('tally-calculator output').allTextContents(), ['¥48.00', '¥300.00']);
  const frame = host.locator('iframe[data-tally]');
  await host.frameLocator('iframe[data-tally]').locator('output').filter({ hasText: '¥2,475.00' }).waitFor();
  await host.waitForFunction(() => document.querySelector('iframe[data-tally]').style.height !== '24rem');
  const tally = host.frames().find((f) => f.url().startsWith(`${origin}/embed.html`));
  const content = await tally.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  assert.equal(await frame.evaluate((f) => f.getBoundingClientRect().height), content);
  // plan: no worker can start from Tally's files on this origin; the planner runs on the page's thread instead.
  // 人体检测 25,000 (1,000 free): 24,000 x 0.002 = 48.00 postpaid; two 1万 packs (36.00) + 4,000 x 0.002 (8.00) = 44.00.
  await host.evaluate(() => document.querySelector('tally-calculator').setAttribute('plan', ''));
  await host.locator('tally-calculator .advice', { hasText: '¥4.00' }).first().waitFor();
  assert.equal(await host.locator('tally-calculator .advice').first().textContent(),
    '最省方案：购买 10,000 次 × 2，本月合计 ¥44.00，比你的选择（不购买资源包，¥48.00）省 ¥4.00。');
  assert.deepEqual(await host.evaluate(() => window.__csp), []);
  assert.deepEqual(errors, []);
  // The iframe navigated to the docs site's own origin (not Tally's): its claims are ignored.
  const height = content;
  await host.evaluate(() => {
    window.__origins = [];
    window.addEventListener('message', (e) => window.__origins.push(e.origin));
  });
  await tally.goto(`${foreignOrigin}/evil.html`);
  await host.waitForFunction((o) => window.__origins.filter((x) => x === o).length >= 3, foreignOrigin);
  assert.equal(await frame.evaluate((f) => f.getBoundingClientRect().height), height);
  await host.close();
});

test('markup in tariff names is shown as text in the calculator', async () => {
  const SCRIPT = '<script>window.__pwned = 1</script>';
  const IMG = '"><img src=x onerror="window.__pwned = 2">';
  const hostile = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-embed-hostile-'));
  fs.cpSync(site, hostile, { recursive: true });
  const file = path.join(hostile, 'tariffs/body-analysis/current.json');
  const tariff = JSON.parse(fs.readFileSync(file, 'utf8'));
  tariff.services[0].name.zh = SCRIPT;
  tariff.services[1].name.zh = IMG;
  fs.writeFileSync(file, JSON.stringify(tariff));
  const hostileServer = await serve(hostile);
  const other = await context.newPage();
  try {
    await other.goto(`http://127.0.0.1:${hostileServer.address().port}/embed.html?product=body-analysis&calls=25000`);
    await other.locator('output', { hasText: '¥48.00' }).waitFor();
    const labels = await other.locator('tally-calculator label').allTextContents();
    assert.ok(labels.some((l) => l.startsWith(SCRIPT)) && labels.some((l) => l.startsWith(IMG)), JSON.stringify(labels));
    assert.equal(await other.evaluate(() => document.querySelector('tally-calculator').shadowRoot.querySelectorAll('img, script').length), 0);
    assert.equal(await other.evaluate(() => window.__pwned), undefined);
  } finally {
    await other.close();
    hostileServer.close();
    fs.rmSync(hostile, { recursive: true, force: true });
  }
});

test('plan: one line of advice under the total, the cheapest packs for a month of these calls', async () => {
  // A page of its own: the planner's worker loads a second engine, which the counts above must not see.
  const page = await context.newPage();
  await watch(page);
  await page.goto(`${origin}/examples/`);
  await page.evaluate(() => {
    const calculator = Object.assign(document.createElement('tally-calculator'), { id: 'advised' });
    for (const [name, value] of [['product', 'body-analysis'], ['service', 'body-detection'], ['calls', '100万'], ['plan', '']]) {
      calculator.setAttribute(name, value);
    }
    document.body.append(calculator);
  });
  const advised = page.locator('#advised');
  await page.locator('#advised select').selectOption('10000');
  // 人体检测 1,000,000 calls a month, 1,000 of them free. Chosen: one 1万 pack (18.00) + 989,000 x 0.002 = 1,996.00.
  // Cheapest: the 100万 pack (1,800.00) covers the other 999,000; 0.0018 a call is the lowest any pack or price
  // gives below the 1000万 pack (17,000.00), so nothing beats 999,000 x 0.0018 = 1,798.20 but by whole packs, and
  // 99 x 1万 (1,782.00) + 9,000 x 0.002 (18.00) ties at 1,800.00 with more packs. Saving 196.00.
  assert.equal(await advised.locator('output').textContent(), '¥1,996.00');
  await advised.locator('.advice', { hasText: '¥196.00' }).waitFor();
  assert.equal(await advised.locator('.advice').textContent(),
    '最省方案：购买 1,000,000 次 × 1，本月合计 ¥1,800.00，比你的选择（购买 10,000 次 × 1，¥1,996.00）省 ¥196.00。');
  await advised.evaluate((e) => e.setAttribute('lang', 'en'));
  await advised.locator('.advice', { hasText: 'for the month' }).waitFor();
  assert.equal(await advised.locator('.advice').textContent(),
    'Cheapest: buy 1,000,000 calls × 1, ¥1,800.00 for the month, ¥196.00 less than your choice (buy 10,000 calls × 1, ¥1,996.00).');
  // The plan is already the choice: said so.
  await page.locator('#advised select').selectOption('1000000');
  await advised.locator('.advice', { hasText: 'already' }).waitFor();
  assert.equal(await advised.locator('output').textContent(), '¥1,800.00');
  // Bad input: the advice goes with the stale quote.
  await page.fill('#advised input.calls', 'abc');
  await advised.locator('.advice').waitFor({ state: 'hidden' });
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  await page.close();
});

test('embed script + its imports + the wasm module within 120 KB gzip -9', () => {
  const sizes = embedFiles(path.join(root, 'build/site'));
  const sum = sizes.reduce((a, [, n]) => a + n, 0);
  console.log(`# embed size: ${sizes.map(([f, n]) => `${f} ${n}`).join(' + ')} = ${sum} B gzip -9`);
  assert.deepEqual(sizes.map(([f]) => f).sort(), ['calls.js', 'core.js', 'engine.js', 'format.js', 'tally-calculator.js', 'tally.mjs', 'tally.wasm', 'warning-text.js']);
  assert.ok(sum <= 120000, `${sum} bytes`);  // 100 KB + the 20 KB the module's budget gained with the timeline
});

// A page of its own with one calculator of these attributes appended to the examples page: [page, its locator].
async function pageWithCalculator(id, attributes) {
  const page = await context.newPage();
  await watch(page);
  await page.goto(`${origin}/examples/`);
  await page.evaluate(([name, pairs]) => {
    const calculator = Object.assign(document.createElement('tally-calculator'), { id: name });
    for (const [key, value] of pairs) calculator.setAttribute(key, value);
    document.body.append(calculator);
  }, [id, attributes]);
  return [page, page.locator(`#${id}`)];
}

test('calls that are not a number from the start: a dash for the total and no empty bill table, the reason at the field', async () => {
  const [page, bad] = await pageWithCalculator('bad-start', [['product', 'body-analysis'], ['service', 'body-detection'], ['calls', 'abc']]);
  await bad.locator('input.calls').waitFor();
  await bad.locator('output', { hasText: '—' }).waitFor();
  assert.equal(await bad.locator('table.lines').isHidden(), true);
  assert.equal(await bad.locator('.lines-heading').isHidden(), true);
  assert.notEqual(await bad.locator('input.calls + .error, .error').first().textContent(), '');
  // Corrected: the quote and its lines. 人体检测 25,000 calls, 1,000 free: 24,000 x 0.002 = 48.00.
  await bad.locator('input.calls').fill('25000');
  await bad.locator('output', { hasText: '¥48.00' }).waitFor();
  assert.equal(await bad.locator('table.lines').isVisible(), true);
  await page.close();
});

test("a day's total with the free calls in it says it is not every day's", async () => {
  const [page, day] = await pageWithCalculator('free-day', [['product', 'face-verification'], ['service', 'enhanced-authority-wechat'], ['calls', '1500']]);
  // 增强版人脸核身（权威库）-微信 1,500 calls a day at 1.20 (004), 100 free calls on the first day: 1,400 x 1.2 =
  // 1,680.00; later days 1,500 x 1.2 = 1,800.00.
  await day.locator('output', { hasText: '¥1,680.00' }).waitFor();
  assert.equal(await day.locator('.total .per').textContent(), '/日（用了免费额度的一天，之后每天更多）');
  await page.close();
});
