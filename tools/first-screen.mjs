// Writes the page's first screen into SITE/index.html: the header and the form as app.js's renderForm() makes them
// for the first example (presets.js), so that the browser parses and lays them out while the engine and the tariffs
// load; app.js then keeps them and adds its listeners (they are not built twice). The first quote itself stays the
// engine's, computed in the visitor's browser: the total card keeps its "loading" line until then.
//   node tools/first-screen.mjs SITE      (a complete build of the site: ./dev site runs it last)
// The markup is what the page builds, read from the page itself run in headless Chromium, not a second copy of its
// code; tests/web/first-screen.test.mjs checks that it matches what the page builds for that URL without it.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { launchBrowser } from '../tests/web/browser.mjs';
import { serve } from '../tests/web/server.mjs';
import { PRESETS } from '../web/presets.js';

export const FIRST_SCREEN_QUERY = PRESETS[0].query;

/**
 * The header and the form of the page open in `page`, as markup: each field's value, check and choice written as
 * its attribute (the markup the parser makes the same fields from), and the document's title.
 */
export function firstScreenMarkup(page) {
  return page.evaluate(() => {
    const parts = [document.querySelector('.site-header'), document.getElementById('inputs')];
    for (const part of parts) {
      for (const input of part.querySelectorAll('input')) {
        if (input.type === 'checkbox' || input.type === 'radio') input.toggleAttribute('checked', input.checked);
        else input.setAttribute('value', input.value);
      }
      // A menu shows its first option unless another is marked (and the parser's selecting one costs a style
      // update each): only a later choice is marked.
      for (const select of part.querySelectorAll('select')) {
        for (const option of select.options) option.toggleAttribute('selected', option.selected && option.index > 0);
      }
    }
    return { title: document.title, header: parts[0].outerHTML, form: parts[1].outerHTML };
  });
}

/**
 * Opens `url` in `context` with only the catalog and `product`'s tariffs answered, as the page stands at its first
 * quote (the other products' tariffs, loaded after it, would add to the product menu), and returns its markup once
 * the total is shown.
 */
export async function markupAtFirstQuote(context, url, product) {
  const page = await context.newPage();
  await page.route('**/tariffs/**', (route) => {
    const file = new URL(route.request().url()).pathname.replace(/^.*\/tariffs\//, '');
    if (file === 'catalog.json' || file.startsWith(`${product}/`)) route.continue();  // the others are never answered
  });
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('total').textContent !== '');
  const markup = await firstScreenMarkup(page);
  await page.close();
  return markup;
}

const BOUNDS = { header: ['<header class="site-header">', '</header>'], form: ['<form id="inputs"', '</form>'], title: ['<title>', '</title>'] };
const span = (html, [from, to]) => {
  const start = html.indexOf(from);
  const end = html.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`first-screen: ${from} ... ${to} not found in index.html`);
  return [start, end + to.length];
};
const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The header and the form of `html` (an index.html) as markup, and its title's text as written. */
export function firstScreenOf(html) {
  const part = (name) => html.slice(...span(html, BOUNDS[name]));
  return { header: part('header'), form: part('form'), title: part('title').slice('<title>'.length, -'</title>'.length) };
}

/**
 * index.html with the header, the form and the title replaced by `markup`'s ({ header, form, title }: the title as
 * markup when `titleIsMarkup`, else text), marked as made for `query` (unmarked when it is null).
 */
export function withFirstScreen(html, markup, query, { titleIsMarkup = false } = {}) {
  let page = html;
  for (const name of ['header', 'form', 'title']) {
    const by = name === 'title' ? `<title>${titleIsMarkup ? markup.title : escape(markup.title)}</title>` : markup[name];
    const [start, end] = span(page, BOUNDS[name]);
    page = page.slice(0, start) + by + page.slice(end);
  }
  page = page.replace(/ data-first-screen="[^"]*"/, '');
  return query === null ? page : page.replace(/<html [^>]*>/, (tag) => `${tag.slice(0, -1)} data-first-screen="${escape(query)}">`);
}

async function main(site) {
  const server = await serve(site);
  const context = await launchBrowser();
  try {
    const url = `http://127.0.0.1:${server.address().port}/${FIRST_SCREEN_QUERY}`;
    const markup = await markupAtFirstQuote(context, url, new URLSearchParams(FIRST_SCREEN_QUERY).get('p'));
    if (/\sstyle=/.test(markup.header + markup.form)) throw new Error('first-screen: a style attribute (the CSP refuses it)');
    const file = path.join(site, 'index.html');
    fs.writeFileSync(file, withFirstScreen(fs.readFileSync(file, 'utf8'), markup, FIRST_SCREEN_QUERY));
  } finally {
    await context.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!process.argv[2]) throw new Error('usage: node tools/first-screen.mjs SITE');
  await main(process.argv[2]);
}
