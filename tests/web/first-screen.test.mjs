// index.html comes with the first screen's header and form (tools/first-screen.mjs, run by ./dev site): for the first
// example's URL the page keeps them and only adds its listeners; for any other URL it builds the form as before.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { FIRST_SCREEN_QUERY, firstScreenOf, markupAtFirstQuote, withFirstScreen } from '../../tools/first-screen.mjs';
import { launchBrowser } from './browser.mjs';
import { serve } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = path.join(root, 'build/site');
let server, context, origin;

before(async () => {
  server = await serve(site);
  context = await launchBrowser();
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  await context?.close();
  server?.close();
});

test('the first screen in index.html is what the page builds for that URL', async () => {
  const built = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
  assert.match(built, /<html [^>]*data-first-screen="\?p=body-analysis&amp;e=current&amp;f=1&amp;u\.body-detection=50000&amp;u\.body-search=20000"/);
  const written = firstScreenOf(built);
  assert.match(written.form, /id="calls-body-detection"[^>]*value="50000"/);
  assert.match(written.form, /id="calls-body-search"[^>]*value="20000"/);
  assert.doesNotMatch(written.header + written.form, /\sstyle=/, 'no style attribute: the CSP refuses them');
  // The same page with index.html's own header and form (web/index.html), unmarked: the page builds them itself.
  const source = firstScreenOf(fs.readFileSync(path.join(root, 'web/index.html'), 'utf8'));
  const unbuilt = withFirstScreen(built, source, null, { titleIsMarkup: true });
  assert.doesNotMatch(unbuilt, /data-first-screen/);
  const unbuiltContext = await launchBrowser();
  try {
    await unbuiltContext.route((url) => url.pathname === '/', (route) => route.fulfill({ contentType: 'text/html', body: unbuilt }));
    const runtime = await markupAtFirstQuote(unbuiltContext, `${origin}/${FIRST_SCREEN_QUERY}`, 'body-analysis');
    assert.equal(runtime.header, written.header);
    assert.equal(runtime.form, written.form);
    assert.equal(runtime.title, written.title);
  } finally {
    await unbuiltContext.close();
  }
});

// The header's and the form's elements replaced or their text changed after the document was parsed, until the total
// is shown (window.rebuilt); and what the first frame with <html> `ready` showed (window.readyFrame).
async function openCounting(query) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.rebuilt = [];
    document.addEventListener('DOMContentLoaded', () => {
      // The form comes out of its <template> once the engine has loaded: that move is not a rebuilding.
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          const where = r.target.nodeType === Node.ELEMENT_NODE ? r.target : r.target.parentElement;
          if (where.closest('.site-header, #inputs')) window.rebuilt.push(where.id || where.className || where.tagName);
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      new MutationObserver(() => observer.disconnect())
        .observe(document.getElementById('total'), { childList: true, characterData: true, subtree: true });
    });
    new MutationObserver((_, observer) => {
      if (!document.documentElement?.classList.contains('ready')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        window.readyFrame = { form: document.getElementById('inputs').getClientRects().length > 0,
          total: document.getElementById('total').textContent, status: document.getElementById('status').textContent };
      });
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  await page.goto(`${origin}/${query}`);
  await page.waitForFunction(() => document.documentElement.classList.contains('settled'));
  return page;
}

test('for the first example the page keeps the first screen and shows it with the first quote', async () => {
  const page = await openCounting('');
  assert.deepEqual(await page.evaluate(() => window.rebuilt), [], 'nothing in the header or the form rebuilt');
  // Laid out in the frame that shows the first quote, not before (app.js): 人体检测 5万: 49,000 x 0.002 = 98.00;
  // 人体搜索 2万: 19,000 x 0.002 = 38.00 (1,000 free each).
  const first = await page.evaluate(() => window.readyFrame);
  assert.deepEqual(first, { form: true, total: '¥136.00', status: '' });
  // The kept fields have their listeners: 6万 body detection, 59,000 x 0.002 = 118.00, plus 38.00.
  await page.fill('#calls-body-detection', '60000');
  await page.waitForFunction(() => document.getElementById('total').textContent === '¥156.00');
  assert.equal(await page.isVisible('#count-body-detection'), false);
  await page.selectOption('#pack-body-detection', '100000');
  assert.equal(await page.isVisible('#count-body-detection'), true, 'a pack chosen: its count is asked');
  await page.click('#add-pack-body-detection');
  assert.equal(await page.isVisible('#pack-body-detection-2'), true, 'a second size');
  await page.waitForFunction(() => /k\.body-detection=100000x1/.test(location.search), null, { timeout: 2000 });
  await page.close();
});

test('another URL builds its own form: another product, English', async () => {
  const english = await openCounting('?l=en');
  assert.equal(await english.getAttribute('html', 'lang'), 'en');
  assert.equal(await english.textContent('#page-title'), 'Body Analysis price calculator');
  assert.equal(await english.textContent('label[for="calls-body-detection"]'), 'Body detection');
  assert.equal(await english.inputValue('#calls-body-detection'), '', 'no calls in that URL');
  const first = await english.evaluate(() => window.readyFrame);
  assert.equal(first.total, '¥0.00', 'shown with its first quote');
  await english.close();

  const face = await openCounting('?p=face-verification&u.id-verification=1000');
  assert.equal(await face.textContent('#page-title'), '人脸核身 价格计算器');
  assert.equal(await face.inputValue('#product'), 'face-verification');
  assert.equal(await face.locator('#calls-body-detection').count(), 0, 'no body analysis row');
  assert.equal(await face.inputValue('#calls-id-verification'), '1000');
  assert.equal(await face.isVisible('#channel-fieldset'), true, 'the channel finder of face verification');
  await face.close();
});
