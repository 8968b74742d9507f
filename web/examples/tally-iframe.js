// The host side of the iframe form: each <iframe data-tally> takes the height its calculator reports. Only
// messages from Tally's exact origin, sent by one of those iframes' own windows, are heeded. On a docs site
// this is the snippet of README ("Embed in your docs") with TALLY_ORIGIN written out; here Tally serves this
// file itself, so its origin is this file's.
const TALLY_ORIGIN = new URL(import.meta.url).origin;

window.addEventListener('message', (event) => {
  if (event.origin !== TALLY_ORIGIN) return;
  const { data } = event;
  if (!data || data.type !== 'tally:height' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe[data-tally]')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), 50), 5000)}px`;
  }
});
