// web/snippet.js: the embed code written for the settings on screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { elementSnippet, embedAttributes, iframeSnippet } from '../../web/snippet.js';

const base = { base: 'https://tally.example.com/calc', product: 'face-verification', edition: 'current', defaultEdition: 'current',
  lang: 'zh', free: true, service: null, calls: '' };

test('only what differs from the element\'s defaults is written', () => {
  assert.deepEqual(embedAttributes(base), [['product', 'face-verification']]);
  assert.deepEqual(embedAttributes({ ...base, edition: '2020-01-01', lang: 'en', free: false, service: 'id-verification', calls: '1.5万' }),
    [['product', 'face-verification'], ['edition', '2020-01-01'], ['service', 'id-verification'], ['calls', '1.5万'], ['lang', 'en'], ['free-quota', 'off']]);
  assert.deepEqual(embedAttributes({ ...base, calls: '100' }), [['product', 'face-verification']], 'calls without a service are not carried');
});

test('the element form: the script beside the page, attribute values escaped', () => {
  assert.equal(elementSnippet({ ...base, service: 'id-verification', calls: '"><script>' }),
    '<script type="module" src="https://tally.example.com/calc/tally-calculator.js"></script>\n'
    + '<tally-calculator product="face-verification" service="id-verification" calls="&quot;&gt;&lt;script&gt;"></tally-calculator>');
});

test('the iframe form: embed.html with the same settings, the host script heeding only Tally\'s exact origin', () => {
  const text = iframeSnippet({ ...base, service: 'id-verification', calls: '1000', free: false }, 'A "title"');
  assert.match(text, /title="A &quot;title&quot;"/);
  assert.match(text, /src="https:\/\/tally\.example\.com\/calc\/embed\.html\?product=face-verification&amp;service=id-verification&amp;calls=1000&amp;free-quota=off"/);
  assert.match(text, /const TALLY_ORIGIN = "https:\/\/tally\.example\.com";/);  // the origin, not the folder
  assert.match(text, /if \(frame\.contentWindow === event\.source\)/);
});
