// The page's stylesheet written into index.html: one request fewer before the first frame, and the first quote
// (docs/benchmarks.md, session 13). The policy allows that text alone, by its hash: no 'unsafe-inline'.
//   node tools/inline-style.mjs SITE     (run by ./dev after the site is built)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const site = process.argv[2];
const page = path.join(site, 'index.html');
const html = fs.readFileSync(page, 'utf8');
const css = fs.readFileSync(path.join(site, 'style.css'), 'utf8');
const link = '<link rel="stylesheet" href="style.css">';
const policy = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(">)/;
if (!html.includes(link) || !policy.test(html)) throw new Error(`${page}: no ${link} or no Content-Security-Policy`);
if (/<\/style/i.test(css)) throw new Error('style.css: "</style" would end the element early');
if (/style-src/.test(html.match(policy)[2])) throw new Error(`${page}: the policy has a style-src already`);
const hash = crypto.createHash('sha256').update(css, 'utf8').digest('base64');
fs.writeFileSync(page, html
  .replace(policy, (_, open, rules, close) => `${open}${rules}; style-src 'self' 'sha256-${hash}'${close}`)
  .replace(link, () => `<style>${css}</style>`));
