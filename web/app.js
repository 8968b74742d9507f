// The calculator page: loads the tariffs and the engine (tally.mjs + tally.wasm) from this origin and quotes on
// every keystroke. Every amount shown comes from the engine as a decimal string; text from the tariffs is set
// with textContent, never as HTML.
import { createTally } from './tally.mjs';
import { parseCalls } from './calls.js';

const $ = (id) => document.getElementById(id);
const state = { listing: null, product: null, edition: null, calls: {} };
let tally;

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text;
  row.append(td);
}

// "1234567.80" -> "¥1,234,567.80" by string grouping (never through a float).
function yuan(decimal) {
  const [whole, fraction] = decimal.split('.');
  return `¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

function currentEdition() {
  const product = state.listing.products.find((p) => p.id === state.product);
  return product.editions.find((e) => e.edition === state.edition);
}

function renderEditions() {
  const product = state.listing.products.find((p) => p.id === state.product);
  $('edition').replaceChildren(...product.editions.map((e) => option(e.edition, e.edition)));
  state.edition = product.default_edition;
  $('edition').value = state.edition;
  renderServices();
}

function renderServices() {
  const edition = currentEdition();
  $('usage-legend').textContent = edition.settlement.cycle === 'daily' ? '每日调用量' : '每月调用量';
  const rows = edition.services.map((service) => {
    const row = document.createElement('tr');
    const name = document.createElement('th');
    name.scope = 'row';
    const label = document.createElement('label');
    label.htmlFor = `calls-${service.id}`;
    label.textContent = service.name.zh;
    name.append(label);
    const td = document.createElement('td');
    const input = document.createElement('input');
    input.id = `calls-${service.id}`;
    input.name = service.id;
    input.inputMode = 'numeric';
    input.placeholder = '0';
    input.value = state.calls[service.id] ?? '';
    const error = document.createElement('span');
    error.className = 'field-error';
    error.id = `error-${service.id}`;
    input.setAttribute('aria-describedby', error.id);
    input.addEventListener('input', () => {
      state.calls[service.id] = input.value;
      recompute();
    });
    td.append(input, error);
    row.append(name, td);
    return row;
  });
  $('usage').tBodies[0].replaceChildren(...rows);
  recompute();
}

const fieldMessages = { not_a_number: '请输入数字，如 15000、1.5万', not_whole: '调用次数须为整数', too_large: '超过 10^15 次' };

function request() {
  const edition = currentEdition();
  const usage = [];
  let valid = true;
  for (const service of edition.services) {
    const input = $(`calls-${service.id}`);
    const parsed = parseCalls(input.value);
    $(`error-${service.id}`).textContent = parsed.error ? fieldMessages[parsed.error] : '';
    input.setAttribute('aria-invalid', parsed.error ? 'true' : 'false');
    if (parsed.error) valid = false;
    else if (parsed.calls > 0) usage.push({ service: service.id, calls: parsed.calls });
  }
  return valid ? { product: state.product, edition: state.edition, free_quota: $('free-quota').checked, usage } : null;
}

function recompute() {
  const req = request();
  if (!req) return;  // keep the last good quote on screen
  let quote;
  try {
    quote = tally.quote(req);
  } catch (error) {
    $('status').textContent = error.message;
    return;
  }
  const names = Object.fromEntries(currentEdition().services.map((s) => [s.id, s.name.zh]));
  $('status').textContent = '';
  $('total').textContent = yuan(quote.total);
  $('lines').tBodies[0].replaceChildren(...quote.lines.map((line) => {
    const row = document.createElement('tr');
    cell(row, names[line.service] ?? line.service);
    cell(row, ({ free: '免费额度', pack: '资源包', postpaid: '后付费', qps: 'QPS' })[line.source] + (line.day ? ` 第${line.day}天` : ''));
    cell(row, line.calls.toLocaleString('zh-CN'));
    cell(row, line.unit_price);
    cell(row, line.amount);
    cell(row, yuan(line.charged));
    return row;
  }));
  $('warnings').replaceChildren(...quote.warnings.map((w) => {
    const li = document.createElement('li');
    li.textContent = w.message;
    return li;
  }));
}

async function start() {
  tally = await createTally();
  state.listing = await tally.loadTariffs('tariffs/');
  state.product = state.listing.products[0].id;
  $('product').replaceChildren(...state.listing.products.map((p) => option(p.id, p.name.zh)));
  $('product').addEventListener('change', () => { state.product = $('product').value; renderEditions(); });
  $('edition').addEventListener('change', () => { state.edition = $('edition').value; renderServices(); });
  $('free-quota').addEventListener('change', recompute);
  renderEditions();
}

start().catch((error) => { $('status').textContent = `无法加载：${error.message}`; });
