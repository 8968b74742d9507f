// The page as a visitor sees it, on a phone (390 x 844, and 360 and 414 wide) and a desktop (1280 x 900): a screenshot of
// every product and of the examples page (build/screenshots/layout-*.png, to be looked at), nothing wider than
// the window, no amount or name cut or broken inside a number, and the total in view after typing in the last
// usage row (the sticky card on a desktop, the bottom bar on a phone).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from './browser.mjs';
import { serve } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'build/screenshots');
let server, context, origin;
const problems = [];

before(async () => {
  server = await serve(path.join(root, 'build/site'));
  origin = `http://127.0.0.1:${server.address().port}`;
  context = await launchBrowser();
  fs.mkdirSync(shots, { recursive: true });
});

after(async () => {
  await context?.close();
  server?.close();
});

const SIZES = { phone: { width: 390, height: 844 }, narrow: { width: 360, height: 740 }, large: { width: 414, height: 896 }, desktop: { width: 1280, height: 900 } };
const PAGES = {
  body: '?p=body-analysis&u.body-detection=2999999&u.body-search=25000&k.body-detection=10000x1',
  image: '?p=image-analysis&e=current&u.general-image-tagging=100000&u.similar-image-search-create=100000&k.similar-image-search-create=1000000x1&u.product-recognition-wechat=7001',
  face: '?p=face-verification&f=0&u.enhanced-authority-wechat=15000&k.enhanced-authority-wechat=200000x1,100000x1&u.phone-3-factor-telecom=123456',
  // 300,000 calls a day: the chart's axis runs to tens of millions, its labels long.
  'face-large': '?p=face-verification&u.enhanced-authority-wechat=300000&k.enhanced-authority-wechat=100000x3',
  'face-month': '?p=face-verification&t=month&u.enhanced-authority-wechat=15000&k.enhanced-authority-wechat=10000x1',
};

async function open(size, query) {
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  await page.setViewportSize(SIZES[size]);
  await page.goto(`${origin}/${query}`);
  await page.waitForSelector('#lines tbody tr');
  await page.waitForSelector('#chart svg');
  // The cards below the first screen (the chart, the bill, the notes...) are laid out only when scrolled near
  // (content-visibility): laid out now, to be measured and photographed whole.
  await page.evaluate(() => document.querySelectorAll('.later').forEach((n) => { n.style.contentVisibility = 'visible'; }));
  return page;
}

// Everything inside the window's width (the bill's tables scroll inside their own box), and no figure or name
// broken across lines inside a word: every amount and count sits on one line.
async function layoutProblems(page) {
  return page.evaluate(() => {
    const found = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) found.push(`page ${doc.scrollWidth} > ${doc.clientWidth}`);
    for (const node of document.querySelectorAll('body *')) {
      if (node.closest('.table-scroll') || node.closest('.visually-hidden') || !node.getClientRects().length) continue;
      const box = node.getBoundingClientRect();
      if (box.right > doc.clientWidth + 0.5) found.push(`${node.id || node.className || node.tagName} ends at ${Math.round(box.right)}`);
    }
    // A figure (¥1,234.56 or 1,234) laid out over two lines would have two client rects.
    for (const node of document.querySelectorAll('#total, #bar-total, #time-total, #time-plan-total, .amount, .seg-amount, .seg-label, .service-label, .events time, .bill-head .part, .source .date')) {
      const rects = [...node.getClientRects()].filter((r) => r.width > 0);
      if (new Set(rects.map((r) => Math.round(r.top))).size > 1) found.push(`${node.className || node.id} "${node.textContent}" wraps`);
    }
    // No chart label past its chart's edge, and no two of them (ticks, axis titles, tier marks) drawn over each other.
    for (const svg of document.querySelectorAll('svg.chart')) {
      const boxes = [...svg.querySelectorAll('text')].map((t) => [t.textContent, t.getBoundingClientRect()]).filter(([, b]) => b.width > 0);
      const edge = svg.getBoundingClientRect();
      for (const [text, b] of boxes) if (b.left < edge.left - 0.5 || b.right > edge.right + 0.5) found.push(`chart label "${text}" past the chart's edge`);
      boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {
        if (p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5) found.push(`chart labels "${a}" and "${b}" overlap`);
      }));
    }
    for (const scroller of document.querySelectorAll('.table-scroll')) {
      if (scroller.scrollWidth > scroller.clientWidth && scroller.tabIndex !== 0) found.push('a wide table that cannot be scrolled by key');
    }
    return found;
  });
}

// The total the visitor can see: the card's, or on a phone the bar's, inside the window.
const totalInView = (page) => page.evaluate(() => ['total', 'bar-total'].some((id) => {
  const node = document.getElementById(id);
  const box = node.getBoundingClientRect();
  return node.getClientRects().length && getComputedStyle(node).visibility !== 'hidden' && box.width > 0
    && box.top >= 0 && box.bottom <= innerHeight && document.elementFromPoint(box.left + 2, box.top + box.height / 2)?.closest(`#${id}`);
}));

for (const size of Object.keys(SIZES)) {
  for (const [name, query] of Object.entries(PAGES)) {
    for (const lang of ['zh', 'en']) {
      test(`${name} (${lang}) at ${SIZES[size].width} x ${SIZES[size].height}: nothing cut, the total in view after typing in the last row`, async () => {
        const page = await open(size, `${query}${lang === 'en' ? '&l=en' : ''}`);
        if (lang === 'zh' && (size === 'phone' || size === 'desktop')) await page.screenshot({ path: path.join(shots, `layout-${name}-${size}.png`), fullPage: true });
        assert.deepEqual(await layoutProblems(page), []);
        const last = page.locator('#usage .service:not([hidden]) input.calls').last();
        await last.scrollIntoViewIfNeeded();
        await last.fill('12345');
        await page.waitForTimeout(50);  // the bar follows an IntersectionObserver, a frame later
        assert.ok(await totalInView(page), 'the total is not in view after typing in the last row');
        if (lang === 'zh' && size === 'phone') await page.screenshot({ path: path.join(shots, `layout-${name}-${size}-typing.png`) });
        await page.close();
      });
    }
  }
  test(`the examples page at ${SIZES[size].width} x ${SIZES[size].height}: nothing cut`, async () => {
    const page = await context.newPage();
    await page.setViewportSize(SIZES[size]);
    await page.goto(`${origin}/examples/`);
    await page.waitForFunction(() => document.querySelectorAll('tally-calculator').length
      && [...document.querySelectorAll('tally-calculator')].every((c) => c.quote));
    await page.waitForTimeout(300);  // the iframe sizes itself from its calculator's report
    if (size === 'phone' || size === 'desktop') await page.screenshot({ path: path.join(shots, `layout-examples-${size}.png`), fullPage: true });
    const doc = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(doc[0] <= doc[1], `page ${doc[0]} > ${doc[1]}`);
    // Inside each calculator (its shadow root) nothing runs past the calculator's own box, and no amount wraps.
    const inside = await page.evaluate(() => [...document.querySelectorAll('tally-calculator')].flatMap((c) => {
      const edge = c.getBoundingClientRect().right + 0.5;
      const nodes = [...c.shadowRoot.querySelectorAll('*')].filter((n) => n.getClientRects().length);
      return [...nodes.filter((n) => n.getBoundingClientRect().right > edge).map((n) => `${c.id}: ${n.className || n.tagName} past the edge`),
        ...nodes.filter((n) => n.matches('output, td.num')).filter((n) => new Set([...n.getClientRects()].map((r) => Math.round(r.top))).size > 1)
          .map((n) => `${c.id}: "${n.textContent}" wraps`)];
    }));
    assert.deepEqual(inside, []);
    await page.close();
  });
}

// The time view: a year of growing use with packs and a QPS plan (body), face verification's daily bills, and
// image analysis's freeze columns; photographed in Chinese on the phone and the desktop.
const TIME_PAGES = {
  'time-body': '?p=body-analysis&v=time&hs=2027-01-01&hm=12&tu=body-detection~500万~20&tu=body-search~2万~&tb=body-detection~1000000~1~2027-03-10&tq=10~2~2027-06-15',
  'time-face': '?p=face-verification&f=0&v=time&tu=enhanced-authority-wechat~25000~&tb=enhanced-authority-wechat~100000~3~',
  'time-image': '?p=image-analysis&e=current&v=time&hm=36&tu=general-image-tagging~200万~3&tu=vehicle-recognition~5万~',
  // A pack's balance to the horizon's end: the last month label ("Jan 2028") at the chart's right edge.
  'time-balance': '?p=body-analysis&e=current&f=1&v=time&tu=body-detection~500000~10&tb=body-detection~10000000~1~',
};

for (const size of Object.keys(SIZES)) {
  for (const [name, query] of Object.entries(TIME_PAGES)) {
    for (const lang of ['zh', 'en']) {
      test(`${name} (${lang}) at ${SIZES[size].width} x ${SIZES[size].height}: nothing cut, the total in view after typing`, async () => {
        const page = await context.newPage();
        page.on('pageerror', (e) => problems.push(e.message));
        await page.setViewportSize(SIZES[size]);
        await page.goto(`${origin}/${query}${lang === 'en' ? '&l=en' : ''}`);
        await page.waitForSelector('#time-chart svg');
        // Laid out only when scrolled near (content-visibility): laid out now, to be measured and photographed whole.
        await page.evaluate(() => document.querySelectorAll('.time-later').forEach((n) => { n.style.contentVisibility = 'visible'; }));
        if (await page.locator('#time-bills details').count()) {
          await page.locator('#time-bills details summary').first().click();
          await page.locator('#time-bills details table').first().waitFor();  // built on the toggle event, a task later
        }
        if (name === 'time-face') {  // the cheapest plan on screen too
          await page.click('#time-plan-button');
          await page.waitForSelector('#time-plan-total');
        }
        if (lang === 'zh' && (size === 'phone' || size === 'desktop')) await page.screenshot({ path: path.join(shots, `layout-${name}-${size}.png`), fullPage: true });
        assert.deepEqual(await layoutProblems(page), []);
        const last = page.locator('#time-usage input.calls').last();
        await last.scrollIntoViewIfNeeded();
        await last.fill('12345');
        await page.waitForTimeout(50);
        assert.ok(await page.evaluate(() => ['time-total', 'bar-total'].some((id) => {
          const node = document.getElementById(id);
          const box = node.getBoundingClientRect();
          return node.getClientRects().length && box.width > 0 && box.top >= 0 && box.bottom <= innerHeight
            && document.elementFromPoint(box.left + 2, box.top + box.height / 2)?.closest(`#${id}`);
        })), 'the total is not in view after typing');
        if (lang === 'zh' && size === 'phone') await page.screenshot({ path: path.join(shots, `layout-${name}-${size}-typing.png`) });
        await page.close();
      });
    }
  }
}

test('a dark colour scheme screenshot (desktop and phone) and no script error anywhere', async () => {
  for (const size of ['desktop', 'phone']) {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize(SIZES[size]);
    await page.goto(`${origin}/${PAGES.face}`);
    await page.waitForSelector('#chart svg');
    await page.screenshot({ path: path.join(shots, `layout-face-${size}-dark.png`), fullPage: size === 'desktop' });
    await page.goto(`${origin}/${TIME_PAGES['time-body']}`);
    await page.waitForSelector('#time-chart svg');
    await page.screenshot({ path: path.join(shots, `layout-time-body-${size}-dark.png`), fullPage: size === 'desktop' });
    await page.close();
  }
  assert.deepEqual(problems, []);
});

// On a phone the example bill of a typical month fits its card in both languages (English words are longer): only
// very large amounts (tens of millions) may make a bill table scroll inside its box.
test('a typical bill fits a 390 phone without scrolling sideways, in Chinese and English', async () => {
  const typical = [PAGES.body, PAGES.image, PAGES['face-month'], '?p=face-verification&f=0&u.phone-2-factor=30000'];
  const wide = [];
  for (const query of typical) {
    for (const lang of ['zh', 'en']) {
      const page = await open('phone', `${query}${lang === 'en' ? '&l=en' : ''}`);
      wide.push(...await page.evaluate(() => [...document.querySelectorAll('.table-scroll')]
        .filter((s) => s.getClientRects().length && s.scrollWidth > s.clientWidth)
        .map((s) => `${s.querySelector('table').id} ${s.scrollWidth} > ${s.clientWidth}`)).then((found) => found.map((f) => `${query} ${lang}: ${f}`)));
      await page.close();
    }
  }
  assert.deepEqual(wide, []);
});
