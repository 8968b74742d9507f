// <tally-calculator>: a price calculator a documentation page embeds with one script tag. It finds the engine
// (tally.mjs + tally.wasm) and the tariffs beside this file (through engine.js), so every calculator on a page
// shares one wasm instance and one fetch of each tariff. It renders in a Shadow DOM whose root resets every
// inherited property, so the host's styles do not reach in and ours do not leak out; its colours follow the
// host's color-scheme (light-dark()). Amounts are the engine's decimal strings, formatted exactly by format.js;
// tariff text is set with textContent only.
//
//   <tally-calculator product="face-verification" service="身份信息核验" calls="1000" free-quota="off" compact>
//
// Attributes: product (id), service (id or Chinese name; without it every service of the edition), calls (as a
// person types it: 15000, 1.5万), edition (default the product's), lang (zh | en), free-quota (on | off),
// compact (only the inputs, the total and the deduction order), plan (under the total, one line of advice: the
// cheapest packs for a month of these calls and what they save against the ones chosen; the planner is fetched
// only by a calculator that has it). Changing one from script updates the calculator. Every quote fires a
// `quote` event whose detail is the engine's response.
import { deductionSteps, fold, MAX_PACK_COUNT, quoteRequest, serviceNamer } from './core.js';
import { loadEngine, loadPlanner } from './engine.js';
import { count, money } from './format.js';
import { errorText, warningText } from './warning-text.js';

const TEXT = {
  zh: {
    loading: '正在加载…', failed: '无法加载价格计算器：', total: '合计', order: '抵扣顺序', lines: '账单明细',
    per: { month: '/月', day: '/日', freeDay: '/日（用了免费额度的一天，之后每天更多）' },
    warnings: '提示', perMonth: '每月调用次数', perDay: '每日调用次数（按日结算）', freeQuota: '免费额度',
    noPack: '不购买资源包', packSize: '资源包', packCount: '资源包个数', times: '次', edition: '版本',
    free: '免费额度', pack: '资源包', postpaid: '后付费', qps: 'QPS', day: (d) => `第${d}天`,
    head: ['来源', '次数', '单价（元）', '扣费'], hint: '如 15000、1.5万、150万',
    notANumber: '请输入数字，如 15000、1.5万、150万', notWhole: '调用次数须为整数', negative: '调用次数不能为负数', tooLarge: '至多 1,000,000,000,000,000 次',
    countRange: `须为 1 到 ${count(MAX_PACK_COUNT, 'zh')} 的整数`,
    unknownProduct: (v) => `未知产品：${v}`, unknownEdition: (v) => `未知版本：${v}`, unknownService: (v) => `未知服务：${v}`,
    issued: (t) => `账单：${t}。`, range: (lo, hi) => `共享的免费额度先抵哪些调用，官网价格说明没有写明：账单在 ${lo} 至 ${hi} 之间。`,
    freeze: (t) => `次月预冻结 ${t}：按本月用量冻结在账户里的担保金，不是扣费。`,
    planning: '正在计算最省方案…', planFailed: '无法计算最省方案：',
  },
  en: {
    loading: 'Loading…', failed: 'The price calculator could not load: ', total: 'Total', order: 'Deduction order',
    per: { month: '/month', day: '/day', freeDay: '/day (a day using the free calls; later days cost more)' },
    lines: 'Bill lines', warnings: 'Notes', perMonth: 'Calls per month', perDay: 'Calls per day (settled daily)',
    freeQuota: 'Free quota', noPack: 'No resource pack', packSize: 'Resource pack', packCount: 'Number of packs',
    times: 'calls', edition: 'edition', free: 'Free quota', pack: 'Pack', postpaid: 'Postpaid', qps: 'QPS',
    day: (d) => `day ${d}`, head: ['Source', 'Calls', 'Unit price (CNY)', 'Charged'], hint: 'e.g. 15000, 1.5万, 150万',
    notANumber: 'Enter a number, e.g. 15000, 1.5万 or 150万', notWhole: 'Calls must be a whole number', negative: 'Calls cannot be negative',
    tooLarge: 'At most 1,000,000,000,000,000 calls', countRange: `Must be a whole number from 1 to ${count(MAX_PACK_COUNT, 'en')}`,
    unknownProduct: (v) => `Unknown product: ${v}`, unknownEdition: (v) => `Unknown edition: ${v}`,
    unknownService: (v) => `Unknown service: ${v}`,
    issued: (t) => `Billing: ${t}.`, range: (lo, hi) => `The price page does not say which calls the shared free quota covers: the bill lies between ${lo} and ${hi}.`,
    freeze: (t) => `Frozen next month ${t}: held in the account against this month's use, not a charge.`,
    planning: 'Finding the cheapest plan…', planFailed: 'The cheapest plan could not be found: ',
  },
};
const ERRORS = { not_a_number: 'notANumber', not_whole: 'notWhole', negative: 'negative', too_large: 'tooLarge' };

const CSS = `
:host { display: block !important; contain: content; }
:host([hidden]) { display: none !important; }
.root {
  all: initial; color-scheme: inherit; display: block; box-sizing: border-box;
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d1d9e0; --field: #ffffff; --error: #b3261e;
  --free: #d8f0dd; --free-fg: #134d20; --pack: #dbe7fb; --pack-fg: #173a73;
  --postpaid: #fbe3d3; --postpaid-fg: #6b2a05; --qps: #eadcf7; --qps-fg: #3f1a66;
  font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 15px;
  line-height: 1.45; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 8px;
  padding: 12px 14px; text-align: start; overflow-wrap: break-word;
}
@supports (color: light-dark(#000, #fff)) {
  .root {
    --fg: light-dark(#1f2328, #e6edf3); --muted: light-dark(#59636e, #9198a1); --bg: light-dark(#ffffff, #161b22);
    --line: light-dark(#d1d9e0, #3d444d); --field: light-dark(#ffffff, #0d1117); --error: light-dark(#b3261e, #ff8182);
    --free: light-dark(#d8f0dd, #1b3d24); --free-fg: light-dark(#134d20, #b8f0c4);
    --pack: light-dark(#dbe7fb, #1c2f4f); --pack-fg: light-dark(#173a73, #c6dafc);
    --postpaid: light-dark(#fbe3d3, #4a2612); --postpaid-fg: light-dark(#6b2a05, #ffd8bd);
    --qps: light-dark(#eadcf7, #35214d); --qps-fg: light-dark(#3f1a66, #e4d2fa);
  }
}
.root *, .root *::before, .root *::after { box-sizing: border-box; }
.title { display: block; margin: 0 0 8px; font-weight: 600; }
.fields { display: grid; grid-template-columns: minmax(0, max-content) minmax(11em, 1fr); gap: 6px 10px; align-items: center; margin: 0; }
.fields label { display: block; }
.field { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; }
input, select { font: inherit; color: var(--fg); background: var(--field); border: 1px solid var(--line); border-radius: 4px; padding: 3px 6px; margin: 0; max-width: 100%; min-width: 0; }
select { width: auto; max-width: min(100%, 16em); }
input.calls { width: 10em; }
input.count { width: 4.5em; }
input[type=checkbox] { width: auto; padding: 0; margin: 0 6px 0 0; vertical-align: middle; }
input[aria-invalid=true] { outline: 2px solid var(--error); }
input:focus-visible, select:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.field .error { flex-basis: 100%; }
.pack-label { color: var(--muted); }
.error { display: block; color: var(--error); font-size: 0.9em; min-height: 0; }
.error:empty { display: none; }
.check { display: block; margin: 8px 0 0; }
.total { display: block; margin: 10px 0 4px; font-size: 1.35em; font-weight: 700; }
.total .per { font-size: 0.7em; font-weight: 400; color: var(--muted); }
output, td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
.part { white-space: nowrap; }
.lines:has(tbody:empty), .lines-heading:has(+ .lines tbody:empty) { display: none; }
.status { display: block; margin: 4px 0; color: var(--muted); }
.status:empty { display: none; }
.status.problem { color: var(--error); }
.advice { display: block; margin: 2px 0 6px; font-weight: 600; }
.advice:empty { display: none; }
.advice.problem { color: var(--error); font-weight: normal; }
h3 { display: block; margin: 10px 0 4px; font-size: 1em; font-weight: 600; }
ol, ul { display: block; margin: 0; padding: 0; list-style: none; }
.order > li { display: block; margin: 2px 0 6px; }
.bar { display: flex; flex-wrap: wrap; gap: 2px; margin-top: 2px; }
.segment { display: block; flex: 1 1 auto; padding: 2px 6px; font-size: 0.85em; white-space: nowrap; border-radius: 3px; }
.segment.free { background: var(--free); color: var(--free-fg); }
.segment.pack { background: var(--pack); color: var(--pack-fg); }
.segment.postpaid { background: var(--postpaid); color: var(--postpaid-fg); }
.segment.qps { background: var(--qps); color: var(--qps-fg); }
table { display: table; width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { padding: 2px 6px; border-bottom: 1px solid var(--line); text-align: start; font-weight: normal; }
th { color: var(--muted); }
td.num, th.num { text-align: end; }
.notes li, .warnings li { display: block; margin: 2px 0; color: var(--muted); font-size: 0.9em; }
.warnings li { color: var(--fg); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

let sheet = null;
function styles(shadow) {
  // A constructed stylesheet: one for every calculator, and not subject to the host's style-src policy.
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); }
    shadow.adoptedStyleSheets = [sheet];
  } else {
    shadow.append(Object.assign(document.createElement('style'), { textContent: CSS }));
  }
}

function el(tag, props = {}, ...children) {
  const { attrs = {}, ...rest } = props;
  const node = Object.assign(document.createElement(tag), rest);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

let serial = 0;

export class TallyCalculator extends HTMLElement {
  static observedAttributes = ['product', 'service', 'calls', 'edition', 'lang', 'compact', 'free-quota', 'plan'];

  #root;
  #engine = null;
  #loading = false;
  #built = false;
  #pending = false;
  #state = { calls: {}, packs: {}, free: true };
  #view = null;  // { product, edition, services, t, lang } of the form on screen
  #lastQuote = null;
  #uid = `t${++serial}`;
  #adviceTimer = 0;
  #adviceSerial = 0;  // only the advice for the last quote is shown

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    styles(shadow);
    this.#root = el('div', { className: 'root', attrs: { part: 'root' } });
    shadow.append(this.#root);
  }

  /** The last response shown (the same object the last `quote` event carried), or null. */
  get quote() { return this.#lastQuote; }

  connectedCallback() {
    if (this.#loading) return;
    this.#loading = true;
    this.#root.replaceChildren(el('p', { className: 'status', textContent: this.#text().loading }));
    loadEngine().then((engine) => {
      this.#engine = engine;
      this.#build();
    }, (error) => {
      this.#root.replaceChildren(el('p', { className: 'status problem', attrs: { role: 'alert' },
        textContent: this.#text().failed + error.message }));
    });
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.#engine) return;
    if (name === 'calls' && this.#view?.target) {
      this.#state.calls[this.#view.target] = after ?? '';
      const input = this.#byId(`calls-${this.#view.target}`);
      if (input) { input.value = after ?? ''; this.#update(); return; }
    }
    if (name === 'free-quota') {
      this.#state.free = this.#freeAttribute();
      const box = this.#byId('free');
      if (box) { box.checked = this.#state.free; this.#update(); return; }
    }
    // Structural changes (product, service, edition, lang, compact) rebuild once, however many arrive together.
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => { this.#pending = false; this.#build(); });
  }

  #byId(suffix) { return this.shadowRoot.getElementById(`${this.#uid}-${suffix}`); }
  #lang() { return /^en\b/i.test(this.getAttribute('lang') ?? '') ? 'en' : 'zh'; }
  #text() { return TEXT[this.#lang()]; }
  #errorText(error) { return errorText(this.#engine?.listing?.error_texts, error, this.#lang()); }
  #freeAttribute() { return !/^(off|false|0|no)$/i.test(this.getAttribute('free-quota') ?? ''); }

  #fail(message) {
    this.#view = null;
    this.#root.replaceChildren(el('p', { className: 'status problem', attrs: { role: 'alert' }, textContent: message }));
  }

  #build() {
    const { listing } = this.#engine;
    const t = this.#text();
    const lang = this.#lang();
    const productId = this.getAttribute('product') ?? listing.products[0].id;
    const product = listing.products.find((p) => p.id === productId);
    if (!product) return this.#fail(t.unknownProduct(productId));
    const editionId = this.getAttribute('edition') || product.default_edition;
    const edition = product.editions.find((e) => e.edition === editionId);
    if (!edition) return this.#fail(t.unknownEdition(editionId));
    let services = edition.services;
    const wanted = this.getAttribute('service');
    if (wanted) {
      const key = fold(wanted);
      const match = services.find((s) => s.id === wanted || fold(s.name.zh) === key || s.aliases?.some((a) => fold(a) === key));
      if (!match) return this.#fail(t.unknownService(wanted));
      services = [match];
    }
    const target = services[0]?.id;
    if (!this.#built) {
      // First build: the attributes give the starting figures; later builds keep what the reader typed.
      this.#state.free = this.#freeAttribute();
      if (this.hasAttribute('calls')) this.#state.calls[target] = this.getAttribute('calls');
    } else if (this.hasAttribute('calls') && this.#state.calls[target] === undefined) {
      this.#state.calls[target] = this.getAttribute('calls');
    }
    this.#built = true;
    const compact = this.hasAttribute('compact');
    this.#view = { product, edition, services, target, t, lang, compact };

    const daily = edition.settlement.cycle === 'daily';
    const fields = el('div', { className: 'fields' });
    for (const service of services) fields.append(...this.#serviceFields(service, daily));
    const free = el('input', { type: 'checkbox', id: `${this.#uid}-free`, checked: this.#state.free });
    free.addEventListener('change', () => { this.#state.free = free.checked; this.#update(); });

    const name = (text) => text[lang] || text.zh;
    const title = el('p', { className: 'title', textContent: name(product.name)
      + (product.editions.length > 1 ? ` · ${edition.edition} ${t.edition}` : '') });
    const result = [
      el('p', { className: 'total', attrs: { 'aria-live': 'polite' } }, `${t.total} `, el('output', { className: 'amount' }), ' ',
        el('span', { className: 'per' })),
      el('p', { className: 'status', attrs: { role: 'status' } }),
      ...(this.hasAttribute('plan') ? [el('p', { className: 'advice', attrs: { 'aria-live': 'polite' } })] : []),
      el('h3', { id: `${this.#uid}-order`, textContent: t.order }),
      el('ol', { className: 'order', attrs: { 'aria-labelledby': `${this.#uid}-order` } }),
    ];
    if (!compact) {
      result.push(
        el('h3', { className: 'lines-heading', textContent: t.lines }),
        el('table', { className: 'lines' },
          el('thead', {}, el('tr', {}, ...t.head.map((h, i) => el('th', { scope: 'col', className: i ? 'num' : '', textContent: h })))),
          el('tbody')),
        el('ul', { className: 'warnings' }),
        el('ul', { className: 'notes' }),
      );
    }
    this.#root.lang = lang === 'en' ? 'en' : 'zh-CN';
    this.#root.classList.toggle('compact', compact);
    this.#root.replaceChildren(...(compact ? [] : [title]), fields,
      el('label', { className: 'check', htmlFor: free.id }, free, t.freeQuota), ...result);
    this.#update();
  }

  #serviceFields(service, daily) {
    const t = this.#text();
    const lang = this.#lang();
    const id = `${this.#uid}-calls-${service.id}`;
    const error = el('span', { className: 'error', id: `${id}-error` });
    const input = el('input', { className: 'calls', id, name: id, inputMode: 'numeric', autocomplete: 'off',
      placeholder: '0', value: this.#state.calls[service.id] ?? '' });
    input.setAttribute('aria-describedby', error.id);
    input.title = t.hint;
    input.addEventListener('input', () => { this.#state.calls[service.id] = input.value; this.#update(); });
    const label = el('label', { htmlFor: id, textContent: `${service.name[lang] || service.name.zh} · ${daily ? t.perDay : t.perMonth}` });
    const rows = [label, el('div', { className: 'field' }, input, error)];
    if (service.packs.length) {
      const pack = this.#state.packs[service.id] ?? { size: '', count: '1' };
      const name = service.name[lang] || service.name.zh;
      const size = el('select', { id: `${id}-pack`, attrs: { 'aria-label': `${name} · ${t.packSize}` } },
        el('option', { value: '', textContent: t.noPack }),
        ...service.packs.map((p) => el('option', { value: String(p.calls), textContent: `${count(p.calls, lang)} ${t.times} · ${money(p.price, lang)}` })));
      size.value = pack.size;
      if (size.value !== pack.size) delete this.#state.packs[service.id];  // a size this edition does not sell
      const number = el('input', { className: 'count', id: `${id}-count`, type: 'number', min: '1', max: String(MAX_PACK_COUNT),
        value: pack.count, attrs: { 'aria-label': `${name} · ${t.packCount}`, 'aria-describedby': `${id}-count-error` } });
      // No pack chosen, no count to give: "× 1" shows once a size is picked.
      const times = el('span', { textContent: ' × ' });
      const showCount = () => { times.hidden = !size.value; number.hidden = !size.value; };
      const changed = () => { this.#state.packs[service.id] = { size: size.value, count: number.value }; showCount(); this.#update(); };
      showCount();
      size.addEventListener('change', changed);
      number.addEventListener('input', changed);
      rows.push(el('label', { htmlFor: size.id, className: 'pack-label', textContent: t.packSize }),
        el('div', { className: 'field' }, size, times, number, el('span', { className: 'error', id: `${id}-count-error` })));
    }
    return rows;
  }

  #update() {
    const view = this.#view;
    if (!view) return;
    const { t, edition, product } = view;
    const calls = {};
    const packs = {};
    for (const service of view.services) {
      calls[service.id] = this.#byId(`calls-${service.id}`).value;
      // A pack count is checked at its field as the page checks it (never clamped behind the reader's back).
      if (service.packs.length) packs[service.id] = [{ size: this.#state.packs[service.id]?.size, count: this.#byId(`calls-${service.id}-count`).value }];
    }
    const { request, problems } = quoteRequest(product.id, edition, { free: this.#state.free, calls, packs });
    for (const service of view.services) {
      const wrong = problems.find((p) => p.field === 'calls' && p.service === service.id);
      this.#byId(`calls-${service.id}-error`).textContent = wrong ? t[ERRORS[wrong.error]] : '';
      this.#byId(`calls-${service.id}`).setAttribute('aria-invalid', wrong ? 'true' : 'false');
      if (!service.packs.length) continue;
      const badCount = problems.some((p) => p.field === 'count' && p.service === service.id);
      this.#byId(`calls-${service.id}-count-error`).textContent = badCount ? t.countRange : '';
      this.#byId(`calls-${service.id}-count`).setAttribute('aria-invalid', badCount ? 'true' : 'false');
    }
    if (problems.length) {  // the message is at the field; the last good quote stays on screen
      if (!this.#lastQuote) this.#root.querySelector('output.amount').textContent = '—';  // none yet: no figure to show
      return this.#staleAdvice();
    }
    const status = this.#root.querySelector('.status');
    let quote;
    try {
      quote = this.#engine.tally.quote(request);
    } catch (error) {
      status.textContent = this.#errorText(error);  // the engine's refusal; the last good quote stays
      status.classList.add('problem');
      return this.#staleAdvice();
    }
    status.textContent = '';
    status.classList.remove('problem');
    this.#render(quote);
    this.#lastQuote = quote;
    this.dispatchEvent(new CustomEvent('quote', { detail: quote, bubbles: true, composed: true }));
    this.#advise(request);
  }

  #staleAdvice() {
    ++this.#adviceSerial;
    const line = this.#root.querySelector('.advice');
    if (line) line.textContent = '';
  }

  // The planner runs in a worker: asked a moment after typing stops, and only the last answer is shown.
  #advise(request) {
    const line = this.#root.querySelector('.advice');
    if (!line) return;
    const serial = ++this.#adviceSerial;
    const { t, lang, edition } = this.#view;
    line.textContent = request.usage.length ? t.planning : '';
    line.classList.remove('problem');
    clearTimeout(this.#adviceTimer);
    if (!request.usage.length) return;
    this.#adviceTimer = setTimeout(async () => {
      let text;
      try {
        // Fetched with the planner, by a calculator that asks for a plan: the others never load it.
        const { adviceText, monthAdvice } = await import('./plan-advice.js');
        const advice = await monthAdvice(this.#engine.tally, loadPlanner(), request, { daily: edition.settlement.cycle === 'daily' });
        text = advice ? adviceText(advice, lang, (id) => this.#name(id)) : '';
      } catch (error) {
        text = t.planFailed + this.#errorText(error);
        line.classList.add('problem');
      }
      if (serial === this.#adviceSerial) line.textContent = text;
    }, 300);
  }

  #name(id) {
    return serviceNamer(this.#view.edition, this.#view.lang)(id);
  }

  #source(line) {
    const { t, lang } = this.#view;
    return t[line.source] + (line.size ? ` ${count(line.size, lang)} × ${line.count}` : '') + (line.day ? ` ${t.day(line.day)}` : '');
  }

  #render(quote) {
    const { t, lang, compact, edition } = this.#view;
    const yuan = (decimal) => money(decimal, lang);
    this.#root.querySelector('output.amount').textContent = yuan(quote.total);
    // The period the total covers (a day's bill for face verification, settled daily; a month's otherwise).
    // The free calls cover part of one day only: that day's total is not every day's.
    const freeDay = quote.period === 'day' && quote.services.some((s) => s.free_calls > 0);
    this.#root.querySelector('.total .per').textContent = freeDay ? t.per.freeDay : t.per[quote.period] ?? '';
    // Deduction order: each service's steps as the engine took them (free, packs, postpaid), sized by calls; the
    // same steps the page draws (core.js).
    const services = [...new Set(quote.lines.map((line) => line.service))];
    this.#root.querySelector('.order').replaceChildren(...services.map((service) => {
      const steps = deductionSteps(quote, service);
      const bar = el('span', { className: 'bar' }, ...(steps.length ? steps : quote.lines.filter((l) => l.service === service)
        .map((l) => ({ source: l.source, calls: l.calls, charged: l.charged }))).map((step) => {
        const segment = el('span', { className: `segment ${step.source}`,
          textContent: `${t[step.source]} ${count(step.calls, lang)} ${t.times} · ${yuan(step.charged)}` });
        segment.style.flexGrow = String(Math.max(step.calls, 1));  // a share of the bar, not money
        return segment;
      }));
      return el('li', {}, el('span', { className: 'name', textContent: this.#name(service) }), bar);
    }));
    if (compact) return;
    this.#root.querySelector('table.lines tbody').replaceChildren(...quote.lines.map((line) => el('tr', {},
      el('td', {}, `${this.#name(line.service)} · `, el('span', { className: 'part', textContent: this.#source(line) })),
      el('td', { className: 'num', textContent: count(line.calls, lang) }),
      el('td', { className: 'num', textContent: line.unit_price }),
      el('td', { className: 'num', textContent: yuan(line.charged) }))));
    const warnings = quote.warnings.map((w) => warningText(this.#engine.listing.warning_texts, w, edition, lang));
    this.#root.querySelector('.warnings').replaceChildren(...warnings.map((text) => el('li', { textContent: text })));
    const notes = [];
    if (quote.range) notes.push(t.range(yuan(quote.range.low), yuan(quote.range.high)));
    if (quote.freeze) notes.push(t.freeze(yuan(quote.freeze.total)));
    notes.push(t.issued(edition.settlement.bill_issued[lang] || edition.settlement.bill_issued.zh));
    this.#root.querySelector('.notes').replaceChildren(...notes.map((text) => el('li', { textContent: text })));
  }
}

if (!customElements.get('tally-calculator')) customElements.define('tally-calculator', TallyCalculator);
