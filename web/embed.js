// The iframe form: embed.html?product=…&service=…&calls=…&edition=…&lang=…&free-quota=off&compact&plan&scheme=auto
// shows one <tally-calculator> and reports its height to the page that frames it with postMessage, addressed to
// that page's exact origin (never '*'). The receiving snippet (README, "Embed in your docs") checks
// event.origin against this site's origin and event.source against its iframe.
import './tally-calculator.js';

const params = new URLSearchParams(location.search);
const calculator = document.createElement('tally-calculator');
for (const name of ['product', 'service', 'calls', 'edition', 'lang', 'free-quota']) {
  if (params.has(name)) calculator.setAttribute(name, params.get(name));
}
for (const flag of ['compact', 'plan']) {
  if (params.has(flag) && params.get(flag) !== '0') calculator.setAttribute(flag, '');
}
const lang = /^en\b/i.test(params.get('lang') ?? '') ? 'en' : 'zh-CN';
document.documentElement.lang = lang;
const scheme = params.get('scheme');
if (scheme === 'dark' || scheme === 'auto') document.documentElement.classList.add(`scheme-${scheme}`);
document.body.append(calculator);

// The framing page's origin: the browser's own record of it where there is one (Chromium, Safari), else the
// referrer's origin (the framing page sends at least its origin by default). Without either, nothing is sent.
function parentOrigin() {
  if (window.parent === window) return null;
  const ancestor = location.ancestorOrigins?.[0];
  if (ancestor && ancestor !== 'null') return ancestor;
  try {
    const origin = document.referrer ? new URL(document.referrer).origin : null;
    return origin && origin !== 'null' ? origin : null;
  } catch {
    return null;
  }
}

const target = parentOrigin();
if (target) {
  let sent = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    window.parent.postMessage({ type: 'tally:height', height }, target);
  };
  new ResizeObserver(report).observe(document.documentElement);
  calculator.addEventListener('quote', () => requestAnimationFrame(report));
}
