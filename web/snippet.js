// "Embed this calculator": the HTML a documentation page pastes to show a calculator with the settings on screen,
// as the element (one script) or as an iframe (with the host script that sizes it). Attribute values are escaped
// for HTML; the attributes are the element's (README, "Embed in your docs"; the examples page lists them).

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * settings: { base (the URL of Tally's folder, no trailing slash), product, edition, defaultEdition, lang, free, service (the Chinese name) or null, calls (as
 * typed) or '' }. The element shows one service with its calls, or without `service` every service of the edition.
 */
export function embedAttributes({ product, edition, defaultEdition, lang, free, service, calls }) {
  const attributes = [['product', product]];
  if (edition && edition !== defaultEdition) attributes.push(['edition', edition]);
  if (service) attributes.push(['service', service]);
  if (service && calls) attributes.push(['calls', calls]);
  if (lang === 'en') attributes.push(['lang', 'en']);
  if (!free) attributes.push(['free-quota', 'off']);
  return attributes;
}

export function elementSnippet(settings) {
  const attributes = embedAttributes(settings).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return `<script type="module" src="${escapeHtml(settings.base)}/tally-calculator.js"></script>\n<tally-calculator${attributes}></tally-calculator>`;
}

export function iframeSnippet(settings, title) {
  const query = new URLSearchParams(embedAttributes(settings)).toString();
  const origin = JSON.stringify(new URL(settings.base).origin);
  return `<iframe data-tally title="${escapeHtml(title)}" style="width: 100%; height: 24rem; border: 0"
  src="${escapeHtml(`${settings.base}/embed.html?${query}`)}"></iframe>
<script>
  {
    const TALLY_ORIGIN = ${origin};  // Tally's exact origin: only its messages resize the iframe
    window.addEventListener('message', (event) => {
      if (event.origin !== TALLY_ORIGIN) return;
      const { data } = event;
      if (!data || data.type !== 'tally:height' || !Number.isFinite(data.height)) return;
      for (const frame of document.querySelectorAll('iframe[data-tally]')) {
        if (frame.contentWindow === event.source) frame.style.height = \`\${Math.min(Math.max(Math.ceil(data.height), 50), 5000)}px\`;
      }
    });
  }
</script>`;
}
