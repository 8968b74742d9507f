// The calculator page: loads the tariffs and the engine (tally.mjs + tally.wasm) from this origin and quotes on
// every keystroke. Every amount shown comes from the engine as a decimal string; text from the tariffs is set
// with textContent, never as HTML. The whole state lives in the URL, so a shared link restores the quote.
import { parseCalls } from './calls.js';
import { loadEngine } from './engine.js';
import { count, money } from './format.js';
import { PRESETS } from './presets.js';

const $ = (id) => document.getElementById(id);
const state = { product: null, edition: null, free: true, calls: {}, packs: {}, qps: null };
let tally, listing, lastQuote = null;

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

let lang = 'zh';
const yuan = (decimal) => money(decimal, lang);

const edition = () => listing.products.find((p) => p.id === state.product).editions.find((e) => e.edition === state.edition);
const serviceName = (id) => edition().services.find((s) => s.id === id)?.name.zh ?? edition().qps_groups.find((g) => g.id === id)?.name.zh ?? id;

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
  for (const [id, text] of Object.entries(state.calls)) if (text) params.set(`u.${id}`, text);
  for (const [id, pack] of Object.entries(state.packs)) if (pack.size) params.set(`k.${id}`, `${pack.size}x${pack.count}`);
  if (state.qps) params.set('q', `${state.qps.qps}/${state.qps.per}/${state.qps.days}`);
  history.replaceState(null, '', `?${params}`);
}

function readUrl(search) {
  const params = new URLSearchParams(search);
  const product = listing.products.find((p) => p.id === params.get('p')) ?? listing.products[0];
  state.product = product.id;
  state.edition = product.editions.some((e) => e.edition === params.get('e')) ? params.get('e') : product.default_edition;
  state.free = params.get('f') !== '0';
  state.calls = {};
  state.packs = {};
  state.qps = null;
  for (const [key, value] of params) {
    if (key.startsWith('u.')) state.calls[key.slice(2)] = value;
    const pack = key.startsWith('k.') && /^(\d+)x(\d+)$/.exec(value);
    if (pack) state.packs[key.slice(2)] = { size: pack[1], count: pack[2] };
  }
  const qps = /^(\d+)\/(month|day)\/(\d+)$/.exec(params.get('q') ?? '');
  if (qps) state.qps = { qps: qps[1], per: qps[2], days: qps[3] };
}

// ---- inputs ----
function renderForm() {
  $('product').value = state.product;
  const product = listing.products.find((p) => p.id === state.product);
  $('edition').replaceChildren(...product.editions.map((e) => el('option', { value: e.edition, textContent: e.edition })));
  $('edition').value = state.edition;
  $('free-quota').checked = state.free;
  const daily = edition().settlement.cycle === 'daily';
  $('usage-legend').textContent = daily ? '每日调用量（按日结算）' : '每月调用量（按月结算）';
  $('usage').tBodies[0].replaceChildren(...edition().services.map(serviceRow));
  renderQps();
}

function serviceRow(service) {
  const calls = el('input', { id: `calls-${service.id}`, name: `calls-${service.id}`, inputMode: 'numeric', placeholder: '0',
    value: state.calls[service.id] ?? '' });
  const error = el('span', { className: 'field-error', id: `error-${service.id}` });
  calls.setAttribute('aria-describedby', error.id);
  calls.addEventListener('input', () => { state.calls[service.id] = calls.value; update(); });
  const packCell = el('td');
  if (service.packs.length) {
    const pack = state.packs[service.id] ?? { size: '', count: '1' };
    const size = el('select', { id: `pack-${service.id}`, name: `pack-${service.id}` },
      el('option', { value: '', textContent: '不购买' }),
      ...service.packs.map((p) => el('option', { value: String(p.calls), textContent: `${p.calls.toLocaleString('zh-CN')} 次 · ${yuan(p.price)}` })));
    size.value = pack.size;
    const count = el('input', { id: `count-${service.id}`, name: `count-${service.id}`, type: 'number', min: '1', max: '1000',
      value: pack.count, className: 'count' });
    const changed = () => { state.packs[service.id] = { size: size.value, count: count.value || '1' }; update(); };
    size.addEventListener('change', changed);
    count.addEventListener('input', changed);
    packCell.append(el('label', { htmlFor: size.id, className: 'visually-hidden', textContent: `${service.name.zh} 资源包规格` }), size,
      el('label', { htmlFor: count.id, className: 'visually-hidden', textContent: `${service.name.zh} 资源包个数` }), ' × ', count);
  } else {
    packCell.textContent = '—';
  }
  return el('tr', {},
    el('th', { scope: 'row' }, el('label', { htmlFor: calls.id, textContent: service.name.zh })),
    el('td', {}, calls, error),
    packCell);
}

function renderQps() {
  const groups = edition().qps_groups;
  $('qps-fieldset').hidden = groups.length === 0;
  if (!groups.length) return;
  const group = groups[0];
  $('qps-legend').textContent = `QPS 计费：${group.name.zh}（按并发计费时该组调用不计次）`;
  $('qps-on').checked = Boolean(state.qps);
  $('qps-count').value = state.qps?.qps ?? '10';
  $('qps-per').value = state.qps?.per ?? 'month';
  $('qps-days').value = state.qps?.days ?? '30';
}

function readQps() {
  if (!$('qps-on').checked || $('qps-fieldset').hidden) return null;
  return { qps: $('qps-count').value, per: $('qps-per').value, days: $('qps-days').value };
}

const fieldMessages = { not_a_number: '请输入数字，如 15000、1.5万、150万', not_whole: '调用次数须为整数', too_large: '超过 10^15 次' };

function buildRequest() {
  const usage = [];
  let valid = true;
  for (const service of edition().services) {
    const input = $(`calls-${service.id}`);
    const parsed = parseCalls(input.value);
    $(`error-${service.id}`).textContent = parsed.error ? fieldMessages[parsed.error] : '';
    input.setAttribute('aria-invalid', parsed.error ? 'true' : 'false');
    if (parsed.error) valid = false;
    else if (parsed.calls > 0) usage.push({ service: service.id, calls: parsed.calls });
  }
  const packs = Object.entries(state.packs).filter(([id, p]) => p.size && edition().services.some((s) => s.id === id))
    .map(([id, p]) => ({ service: id, size: Number(p.size), count: Math.max(1, Math.min(1000, Number.parseInt(p.count, 10) || 1)) }));
  const request = { product: state.product, edition: state.edition, free_quota: state.free, usage, packs };
  if (state.qps) {
    const group = edition().qps_groups[0];
    const qps = Number.parseInt(state.qps.qps, 10);
    request.qps = [{ group: group.id, qps: Number.isFinite(qps) ? qps : 0, per: state.qps.per,
      ...(state.qps.per === 'day' ? { days: Math.max(1, Math.min(31, Number.parseInt(state.qps.days, 10) || 1)) } : {}) }];
  }
  return valid ? request : null;
}

// ---- output ----
const SOURCE = { free: '免费额度', pack: '资源包', postpaid: '后付费', qps: 'QPS' };

// Warnings in the page's language, from the engine's code and figures; the engine's English message otherwise.
const WARNINGS = {
  tier_cliff: (w) => `${serviceName(w.service)}：再多 ${w.extra_calls.toLocaleString('zh-CN')} 次调用，账单反而降低 ${yuan(w.saving)}（阶梯到达：所有调用按达到的阶梯单价计费）。`,
  pack_dearer_than_postpaid: (w) => `${serviceName(w.service)}：所购 ${w.size.toLocaleString('zh-CN')} 次资源包比同样次数按量后付费（${w.postpaid_unit_price} 元/次）贵 ${yuan(w.saving)}。`,
  pack_larger_than_usage: (w) => `${serviceName(w.service)}：资源包有 ${w.unused_calls.toLocaleString('zh-CN')} 次本期未用（资源包有效期一年）。`,
  pack_unused_on_qps: (w) => `${serviceName(w.service)}：按 QPS 计费时不计调用次数，所购资源包不会被扣减（R13）。`,
  qps_partial_month: () => 'QPS 按天购买且少于一个月：其余日子的调用按次计费，本报价未拆分（R13）。',
};
const warningText = (w) => (WARNINGS[w.code] ? WARNINGS[w.code](w) : w.message);

function renderQuote(quote, monthly) {
  lastQuote = quote;
  $('total').textContent = yuan(quote.total);
  $('status').textContent = '';
  $('lines').tBodies[0].replaceChildren(...quote.lines.map((line) => el('tr', {},
    el('td', { textContent: serviceName(line.service) }),
    el('td', { textContent: SOURCE[line.source] + (line.size ? ` ${line.size.toLocaleString('zh-CN')} 次 × ${line.count}` : '') + (line.day ? ` 第${line.day}天` : '') }),
    el('td', { textContent: line.calls.toLocaleString('zh-CN') }),
    el('td', { textContent: line.unit_price }),
    el('td', { textContent: line.amount }),
    el('td', { textContent: yuan(line.charged) }))));
  renderWaterfall(quote);
  const notes = [];
  if (quote.range) notes.push(`共享免费额度按调用量比例分配；按覆盖最贵或最便宜的调用计，账单在 ${yuan(quote.range.low)} 至 ${yuan(quote.range.high)} 之间（R16）。`);
  if (quote.freeze) notes.push(`次月预冻结（非扣费，R14）：${yuan(quote.freeze.total)}。`);
  if (monthly) notes.push(`按 30 天每日结算，每日账单分别四舍五入后相加，一个月合计 ${yuan(monthly.total)}。`);
  const issued = edition().settlement.bill_issued.zh;
  notes.push(`账单：${issued}。`);
  $('notes').replaceChildren(...notes.map((text) => el('li', { textContent: text })));
  $('warnings').replaceChildren(...quote.warnings.map((w) => el('li', { textContent: warningText(w) })));
}

function renderWaterfall(quote) {
  const rows = quote.services.filter((s) => s.calls > 0).map((s) => {
    const parts = [['free', s.free_calls], ['pack', s.pack_calls], ['postpaid', s.postpaid_calls]].filter(([, n]) => n > 0);
    const bar = el('div', { className: 'bar' }, ...parts.map(([source, n]) => {
      const segment = el('span', { className: `segment ${source}`, textContent: `${SOURCE[source]} ${n.toLocaleString('zh-CN')}` });
      segment.style.flexGrow = String(n);  // a share of the row, not money: the numbers are in the text
      return segment;
    }));
    if (s.qps_group) bar.append(el('span', { className: 'segment qps', textContent: `QPS（不计次）${s.calls.toLocaleString('zh-CN')}` }));
    return el('li', {}, el('span', { className: 'name', textContent: `${s.name.zh} · ${yuan(s.charged)}` }), bar);
  });
  $('waterfall').replaceChildren(...rows);
}

function update() {
  state.qps = readQps();
  scheduleUrl();
  const request = buildRequest();
  if (!request) return;  // keep the last good quote on screen
  try {
    const quote = tally.quote(request);
    const monthly = edition().settlement.cycle === 'daily' && request.usage.length
      ? tally.quote({ ...request, period: 'month', days: 30, usage: request.usage.map((u) => ({ ...u, calls: u.calls * 30 })) })
      : null;
    renderQuote(quote, monthly);
  } catch (error) {
    $('status').textContent = error.message;  // e.g. a QPS count over 200: the engine's own words
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
  ({ tally, listing } = await loadEngine());
  $('product').replaceChildren(...listing.products.map((p) => el('option', { value: p.id, textContent: p.name.zh })));
  readUrl(location.search || PRESETS[0].query);
  renderForm();
  $('product').addEventListener('change', () => { readUrl(`?p=${$('product').value}`); renderForm(); update(); });
  $('edition').addEventListener('change', () => { state.edition = $('edition').value; renderForm(); update(); });
  $('free-quota').addEventListener('change', () => { state.free = $('free-quota').checked; update(); });
  for (const id of ['qps-on', 'qps-count', 'qps-per', 'qps-days']) $(id).addEventListener('input', update);
  $('presets').replaceChildren(...PRESETS.map((preset) => {
    const button = el('button', { type: 'button', textContent: preset.label });
    button.addEventListener('click', () => { readUrl(preset.query); renderForm(); update(); });
    return el('li', {}, button, ' ', el('span', { className: 'preset-note', textContent: preset.note }));
  }));
  $('export-json').addEventListener('click', () => lastQuote && download('tally-quote.json', 'application/json', JSON.stringify(lastQuote, null, 2)));
  $('export-csv').addEventListener('click', () => lastQuote && download('tally-quote.csv', 'text/csv', csv()));
  update();
  performance.mark('tally-first-quote');  // read by bench/bench_page.mjs
}

start().catch((error) => { $('status').textContent = `无法加载：${error.message}`; });
