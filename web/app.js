// The calculator page: loads the tariffs and the engine (engine.js) from this origin and quotes on every
// keystroke. Every amount shown comes from the engine as a decimal string; text from the tariffs is set with
// textContent, never as HTML. The whole state lives in the URL, so a shared link restores the quote.
import { renderBill } from './bill.js';
import { MAX_CALLS, parseCalls } from './calls.js';
import { renderChannels } from './channels.js';
import { costCurves, niceCeiling, renderChart } from './chart.js';
import { $, el } from './dom.js';
import { loadEngine, loadEngineFor } from './engine.js';
import { count, fromFen, money, toFen } from './format.js';
import { applyStatic, STRINGS } from './i18n.js';
import { PRESETS } from './presets.js';
import { warningText } from './warning-text.js';

const state = { lang: 'zh', product: null, edition: null, free: true, calls: {}, packs: {}, qps: null, chart: '' };
let tally, listing, lastQuote = null;

const words = () => STRINGS[state.lang];
const yuan = (decimal) => money(decimal, state.lang);
const calls = (n) => count(n, state.lang);

const product = () => listing.products.find((p) => p.id === state.product);
const edition = () => product().editions.find((e) => e.edition === state.edition);
const daily = () => edition().settlement.cycle === 'daily';
const serviceName = (id) => {
  const named = edition().services.find((s) => s.id === id) ?? edition().qps_groups.find((g) => g.id === id);
  return named ? named.name[state.lang] : id;
};

// ---- URL state ----
// Chromium makes history.replaceState cost several milliseconds (and rate-limits it), so the URL follows the
// inputs a moment later rather than on every keystroke.
let urlTimer = 0;
function scheduleUrl() {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(writeUrl, 250);
}

function writeUrl() {
  const params = new URLSearchParams({ p: state.product, e: state.edition, f: state.free ? '1' : '0' });
  if (state.lang !== 'zh') params.set('l', state.lang);
  for (const [id, text] of Object.entries(state.calls)) if (text) params.set(`u.${id}`, text);
  for (const [id, pack] of Object.entries(state.packs)) if (pack.size) params.set(`k.${id}`, `${pack.size}x${pack.count}`);
  if (state.qps) params.set('q', `${state.qps.qps}/${state.qps.per}/${state.qps.days}`);
  if (state.chart) params.set('c', state.chart);
  history.replaceState(null, '', `?${params}`);
}

function readUrl(search, { keepLang = false } = {}) {
  const params = new URLSearchParams(search);
  const chosen = listing.products.find((p) => p.id === params.get('p')) ?? listing.products[0];
  if (!keepLang) state.lang = params.get('l') === 'en' ? 'en' : 'zh';
  state.product = chosen.id;
  state.edition = chosen.editions.some((e) => e.edition === params.get('e')) ? params.get('e') : chosen.default_edition;
  state.free = params.get('f') !== '0';
  state.calls = {};
  state.packs = {};
  state.qps = null;
  state.chart = params.get('c') ?? '';
  for (const [key, value] of params) {
    if (key.startsWith('u.')) state.calls[key.slice(2)] = value;
    const pack = key.startsWith('k.') && /^(\d+)x(\d+)$/.exec(value);
    if (pack) state.packs[key.slice(2)] = { size: pack[1], count: pack[2] };
  }
  const qps = /^(\d+)\/(month|day)\/(\d+)$/.exec(params.get('q') ?? '');
  if (qps) state.qps = { qps: qps[1], per: qps[2], days: qps[3] };
}

// ---- inputs ----
function renderProducts() {
  $('product').replaceChildren(...listing.products.map((p) => el('option', { value: p.id, textContent: p.name[state.lang] })));
  $('product').value = state.product;
}

function renderForm() {
  applyStatic(state.lang);
  renderProducts();
  $('edition').replaceChildren(...product().editions.map((e) => el('option', { value: e.edition, textContent: words().editionName(e.edition) })));
  $('edition').value = state.edition;
  $('free-quota').checked = state.free;
  $('usage-legend').textContent = daily() ? words().usageDaily : words().usageMonthly;
  // Services under their category (Plus版人脸核身, 图像理解, …) where the tariff gives one.
  const rows = [];
  let category = null;
  for (const service of edition().services) {
    const name = service.category?.[state.lang] ?? null;
    if (name && name !== category) rows.push(el('tr', { className: 'category' }, el('th', { colSpan: 3, scope: 'colgroup', textContent: name })));
    category = name;
    rows.push(serviceRow(service));
  }
  $('usage').tBodies[0].replaceChildren(...rows);
  renderChannels(edition(), words(), serviceName, state.lang);
  renderQps();
  $('chart-service').replaceChildren(...edition().services.filter((s) => s.postpaid)
    .map((s) => el('option', { value: s.id, textContent: s.name[state.lang] })));
  $('presets').replaceChildren(...PRESETS.map((preset) => {
    const button = el('button', { type: 'button', textContent: preset.label[state.lang] });
    button.addEventListener('click', () => { readUrl(preset.query, { keepLang: true }); renderForm(); update(); });
    return el('li', {}, button, ' ', el('span', { className: 'preset-note', textContent: preset.note[state.lang] }));
  }));
}

function serviceRow(service) {
  const input = el('input', { id: `calls-${service.id}`, name: `calls-${service.id}`, inputMode: 'numeric', placeholder: '0',
    value: state.calls[service.id] ?? '', autocomplete: 'off' });
  const error = el('span', { className: 'field-error', id: `error-${service.id}` });
  input.setAttribute('aria-describedby', error.id);
  input.addEventListener('input', () => { state.calls[service.id] = input.value; update(); });
  const packCell = el('td');
  if (service.packs.length) {
    const pack = state.packs[service.id] ?? { size: '', count: '1' };
    const size = el('select', { id: `pack-${service.id}`, name: `pack-${service.id}` },
      el('option', { value: '', textContent: words().noPack }),
      ...service.packs.map((p) => el('option', { value: String(p.calls), textContent: words().packOption(p.calls, p.price) })));
    size.value = pack.size;
    const number = el('input', { id: `count-${service.id}`, name: `count-${service.id}`, type: 'number', min: '1', max: '1000',
      value: pack.count, className: 'count' });
    const countError = el('span', { className: 'field-error', id: `count-error-${service.id}` });
    number.setAttribute('aria-describedby', countError.id);
    const changed = () => { state.packs[service.id] = { size: size.value, count: number.value || '1' }; update(); };
    size.addEventListener('change', changed);
    number.addEventListener('input', changed);
    packCell.append(el('label', { htmlFor: size.id, className: 'visually-hidden', textContent: words().packSize(service.name[state.lang]) }), size,
      el('label', { htmlFor: number.id, className: 'visually-hidden', textContent: words().packCount(service.name[state.lang]) }), ' × ', number, countError);
  } else {
    packCell.textContent = '—';
  }
  return el('tr', { id: `row-${service.id}` },
    el('th', { scope: 'row' }, el('label', { htmlFor: input.id, textContent: service.name[state.lang] })),
    el('td', {}, input, error),
    packCell);
}

function renderQps() {
  const groups = edition().qps_groups;
  $('qps-fieldset').hidden = groups.length === 0;
  if (!groups.length) return;
  $('qps-legend').textContent = words().qpsLegend(groups[0].name[state.lang]);
  $('qps-on').checked = Boolean(state.qps);
  $('qps-count').value = state.qps?.qps ?? '10';
  $('qps-per').value = state.qps?.per ?? 'month';
  $('qps-days').value = state.qps?.days ?? '30';
}

function readQps() {
  if (!$('qps-on').checked || $('qps-fieldset').hidden) return null;
  return { qps: $('qps-count').value, per: $('qps-per').value, days: $('qps-days').value };
}

// A small whole-number field (pack count, QPS, days): its message at the field, null when it is not valid.
function wholeField(input, min, max) {
  const text = input.value.trim();
  const ok = /^\d{1,7}$/.test(text) && Number(text) >= min && Number(text) <= max;
  $(input.getAttribute('aria-describedby')).textContent = ok ? '' : words().wholeRange(min, max);
  input.setAttribute('aria-invalid', ok ? 'false' : 'true');
  return ok ? Number(text) : null;
}

// A field not in use this quote (no pack chosen, QPS off) shows no message.
function clearField(input) {
  $(input.getAttribute('aria-describedby')).textContent = '';
  input.setAttribute('aria-invalid', 'false');
}

// The most calls a field takes: the engine's 10^15 a line, and for daily settlement a thirtieth of it, because the
// example bill quotes 30 such days as one month.
const maxCalls = () => (daily() ? MAX_CALLS / 30n : MAX_CALLS);

function buildRequest() {
  const usage = [];
  let valid = true;
  const max = maxCalls();
  for (const service of edition().services) {
    const input = $(`calls-${service.id}`);
    const parsed = parseCalls(input.value, max);
    $(`error-${service.id}`).textContent = parsed.error ? words().fields[parsed.error](max) : '';
    input.setAttribute('aria-invalid', parsed.error ? 'true' : 'false');
    if (parsed.error) valid = false;
    else if (parsed.calls > 0) usage.push({ service: service.id, calls: parsed.calls });
  }
  const packs = [];
  for (const service of edition().services.filter((s) => s.packs.length)) {
    const size = $(`pack-${service.id}`).value;
    const number = $(`count-${service.id}`);
    if (!size) { clearField(number); continue; }
    const n = wholeField(number, 1, 1000);
    if (n === null) valid = false;
    else packs.push({ service: service.id, size: Number(size), count: n });
  }
  const request = { product: state.product, edition: state.edition, free_quota: state.free, usage, packs };
  if (!state.qps) for (const id of ['qps-count', 'qps-days']) clearField($(id));
  if (state.qps) {
    const group = edition().qps_groups[0];
    const qps = wholeField($('qps-count'), 1, group.max_qps);
    if (state.qps.per !== 'day') clearField($('qps-days'));
    const days = state.qps.per === 'day' ? wholeField($('qps-days'), 1, 31) : 30;
    if (qps === null || days === null) valid = false;
    else request.qps = [{ group: group.id, qps, per: state.qps.per, ...(state.qps.per === 'day' ? { days } : {}) }];
  }
  return valid ? request : null;
}

// ---- output ----
function renderQuote(quote, monthQuote) {
  lastQuote = quote;
  const w = words();
  $('total').textContent = yuan(quote.total);
  $('status').textContent = '';
  renderWaterfall(quote);
  renderBill({ quote, monthQuote, edition: edition(), product: product(), lang: state.lang, words: w, serviceName, count: calls });
  const notes = [];
  if (quote.freeze) notes.push(w.freeze(quote.freeze.total));
  if (monthQuote) notes.push(w.monthly(monthQuote.days, monthQuote.total));
  $('notes').replaceChildren(...notes.map((text) => el('li', { textContent: text })));
  const warnings = quote.warnings.map((x) => warningText(listing.warning_texts, x, edition(), state.lang));
  if (quote.range) warnings.push(w.range(quote.range.low, quote.range.high));
  for (const item of edition().unpriced ?? []) warnings.push(w.unpriced(item.name[state.lang], item.note[state.lang]));
  $('warnings').replaceChildren(...warnings.map((text) => el('li', { textContent: text })));
}

function renderWaterfall(quote) {
  const w = words();
  const rows = quote.services.filter((s) => s.calls > 0).map((s) => {
    const parts = [['free', s.free_calls], ['pack', s.pack_calls], ['postpaid', s.postpaid_calls]].filter(([, n]) => n > 0);
    // The money of each step: the sum of this service's lines from that source (packs: their price).
    const charged = (source) => fromFen(quote.lines.filter((l) => l.service === s.service && l.source === source)
      .reduce((sum, l) => sum + toFen(l.charged), 0n));
    const bar = el('div', { className: 'bar' }, ...parts.map(([source, n]) => {
      const segment = el('span', { className: `segment ${source}`, textContent: `${w.sources[source]} ${calls(n)} · ${yuan(charged(source))}` });
      segment.style.flexGrow = String(n);  // a share of the row, not money: the numbers are in the text
      return segment;
    }));
    if (s.qps_group) bar.append(el('span', { className: 'segment qps', textContent: w.qpsSegment(s.calls) }));
    return el('li', {}, el('span', { className: 'name', textContent: `${s.name[state.lang]} · ${yuan(s.charged)}` }), bar);
  });
  // A QPS plan is charged to its group, not to the services it covers (R13): its money is a step of its own.
  for (const plan of quote.lines.filter((l) => l.source === 'qps')) {
    rows.push(el('li', {}, el('span', { className: 'name', textContent: `${serviceName(plan.service)} · ${yuan(plan.charged)}` }),
      el('div', { className: 'bar' }, el('span', { className: 'segment qps', textContent: `${w.qpsPlan(plan)} · ${yuan(plan.charged)}` }))));
  }
  $('waterfall').replaceChildren(...rows);
}

// ---- chart: drawn a moment after the quote, from quotes cached per service, free quota and axis end ----
const chartCache = new Map();
// Runs `work` in the first task after the next frame has been painted (rAF runs just before that frame's paint).
const afterPaint = (work) => requestAnimationFrame(() => setTimeout(work, 0));

let chartPending = false;
function scheduleChart() {  // once per frame, after the quote it follows is on screen
  if (chartPending) return;
  chartPending = true;
  afterPaint(() => { chartPending = false; drawChart(); });
}

function chartSeries(service, xmax) {
  const key = [state.product, state.edition, service.id, state.free, xmax].join('|');
  if (!chartCache.has(key)) {
    chartCache.set(key, costCurves(tally, { product: state.product, edition: edition(), free: state.free, service, xmax }));
  }
  return chartCache.get(key);
}

function drawChart() {
  const started = performance.now();
  drawChartNow();
  performance.measure('tally-chart', { start: started });  // read by bench/bench_page.mjs
}

function drawChartNow() {
  const w = words();
  const service = edition().services.find((s) => s.id === state.chart && s.postpaid)
    ?? edition().services.find((s) => s.postpaid && parseCalls(state.calls[s.id] ?? '').calls > 0)
    ?? edition().services.find((s) => s.postpaid);
  $('chart-section').hidden = !service;
  if (!service) return;
  $('chart-service').value = service.id;
  const mine = parseCalls(state.calls[service.id] ?? '').calls ?? 0;
  const xmax = niceCeiling(Math.max(2 * mine, 10000));
  const { bounds, series } = chartSeries(service, xmax);
  const summary = lastQuote?.services.find((s) => s.service === service.id);
  renderChart($('chart'), {
    series: series.map((s) => ({ ...s, label: s.pack ? w.chartPack(s.pack.calls) : w.chartPostpaid })),
    bounds, xmax,
    you: summary ? { calls: mine, amount: summary.charged, label: w.chartYou(mine, summary.charged) } : null,
    caption: w.chartCaption(service.name[state.lang], daily()), axisX: w.chartAxisX(daily()), axisY: w.chartAxisY,
    tierLabel: w.chartTier, format: yuan, formatCalls: calls,
  });
}

function update() {
  state.qps = readQps();
  scheduleUrl();
  const request = buildRequest();
  if (!request) {  // the field says what is wrong; the last good quote stays on screen
    $('status').textContent = '';
    return;
  }
  try {
    const quote = tally.quote(request);
    const monthQuote = daily() && request.usage.length
      ? tally.quote({ ...request, period: 'month', days: 30, usage: request.usage.map((u) => ({ ...u, calls: u.calls * 30 })) })
      : null;
    renderQuote(quote, monthQuote);
    scheduleChart();
  } catch (error) {
    // What the fields let through and the engine still refuses: its own line, after words in the page's language.
    $('status').textContent = words().quoteFailed(error.message);
  }
}

// ---- export ----
function download(name, type, text) {
  const link = el('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(link);
  link.click();
  link.remove();
}

function csv() {
  const quote = (value) => `"${String(value).replaceAll('"', '""')}"`;
  const rows = [['service', 'name', 'source', 'day', 'size', 'count', 'calls', 'unit_price', 'amount', 'charged']];
  for (const l of lastQuote.lines) {
    rows.push([l.service, serviceName(l.service), l.source, l.day ?? '', l.size ?? '', l.count ?? '', l.calls, l.unit_price, l.amount, l.charged]);
  }
  rows.push(['total', '', '', '', '', '', '', '', '', lastQuote.total]);
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

async function start() {
  // The product in view is parsed first; the others follow after the first quote.
  const engine = loadEngineFor(new URLSearchParams(location.search || PRESETS[0].query).get('p'));
  ({ tally, listing } = await engine);
  readUrl(location.search || PRESETS[0].query);
  renderForm();
  $('product').addEventListener('change', () => { readUrl(`?p=${$('product').value}`, { keepLang: true }); renderForm(); update(); });
  $('edition').addEventListener('change', () => { state.edition = $('edition').value; renderForm(); update(); });
  $('free-quota').addEventListener('change', () => { state.free = $('free-quota').checked; update(); });
  for (const id of ['qps-on', 'qps-count', 'qps-per', 'qps-days']) $(id).addEventListener('input', update);
  $('chart-service').addEventListener('change', () => { state.chart = $('chart-service').value; scheduleUrl(); drawChart(); });
  $('lang-switch').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    renderForm();
    update();
    $('lang-switch').focus();
  });
  $('export-json').addEventListener('click', () => lastQuote && download('tally-quote.json', 'application/json', JSON.stringify(lastQuote, null, 2)));
  $('export-csv').addEventListener('click', () => lastQuote && download('tally-quote.csv', 'text/csv', csv()));
  $('print').addEventListener('click', () => window.print());
  // Registered before update() so that this runs first after the frame showing the quote is painted, ahead of the
  // chart; the other products' tariffs (about 100 ms of parsing) wait until then.
  afterPaint(() => {
    performance.mark('tally-first-quote');  // the first quote is on screen: read by bench/bench_page.mjs
    loadEngine().then((all) => {
      listing = all.listing;
      renderProducts();
    }).catch((error) => { $('status').textContent = words().loadFailed(error.message); });
  });
  update();
}

start().catch((error) => { $('status').textContent = words().loadFailed(error.message); });
