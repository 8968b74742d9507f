// The calculator page: loads the tariffs and the engine (engine.js) from this origin and quotes on every
// keystroke. Every amount shown comes from the engine as a decimal string; text from the tariffs is set with
// textContent, never as HTML. The whole state lives in the URL, so a shared link restores the quote.
import { dailyRows, renderBill } from './bill.js';
import { MAX_CALLS, parseCalls } from './calls.js';
import { renderChannels } from './channels.js';
import { costCurves, niceCeiling, renderChart } from './chart.js';
import { deductionSteps, fold, quoteRequest, serviceNamer } from './core.js';
import { $, el, patchChildren, setOptions, setText } from './dom.js';
import { loadEngine, loadEngineFor, loadPlanner } from './engine.js';
import { estimateRows, priceEstimate, quoteQuery } from './estimate.js';
import { count, money } from './format.js';
import { editionNote, freeQuotaNote, freezeNote, packNote, sourceNote } from './explain.js';
import { addStrings, applyStatic, loadLanguage, STRINGS } from './i18n.js';
import { monthTimelineTotal, nextMonth } from './month-timeline.js';
import { listenPacks, packEditor, packIds, readPackList, writePackList } from './packs.js';
import { PRESETS } from './presets.js';
import { elementSnippet, iframeSnippet } from './snippet.js';
import { csvText } from './time-csv.js';
import { errorText, warningText } from './warning-text.js';

// span: for a daily-settled product, whether the calls typed are one day's or the whole month's. view: the one-month
// quote ('month') or the account over time ('time', time-view.js).
// estimate: the one-month setups kept side by side (estimate.js), each as its URL query.
const state = { estimate: [], view: 'month', lang: 'zh', product: null, edition: null, free: true, span: 'day', calls: {}, packs: {}, qps: null, chart: '', filter: '' };
let tally, listing, lastQuote = null;

const words = () => STRINGS[state.lang] ?? STRINGS.zh;  // Chinese until English has loaded (or if it could not)
const yuan = (decimal) => money(decimal, state.lang);
const calls = (n) => count(n, state.lang);

const product = () => listing.products.find((p) => p.id === state.product);
// What the engine refused, in the page's language (the listing's error_texts).
const engineError = (error) => errorText(listing?.error_texts, error, state.lang);
const edition = () => product().editions.find((e) => e.edition === state.edition);
const daily = () => edition().settlement.cycle === 'daily';
// The calendar month a daily-settled product's month is quoted for: this month, with its real number of days.
const today = () => new Date();
const daysThisMonth = () => new Date(today().getFullYear(), today().getMonth() + 1, 0).getDate();
const serviceName = (id) => serviceNamer(edition(), state.lang)(id);
const timeMode = () => state.view === 'time';

// The time view (time-view.js, its words and its styles) is fetched the first time it is opened, not by the first
// screen.
let timeView = null;
let timeQuery = '';  // the URL the time view reads its inputs from once it is loaded
async function loadTimeView() {
  if (timeView) return timeView;
  const sheet = el('link', { rel: 'stylesheet', href: new URL('time-view.css', import.meta.url).href });
  const styled = new Promise((resolve) => { sheet.onload = resolve; sheet.onerror = resolve; });
  document.head.append(sheet);
  const [{ createTimeView }, { TIME_STRINGS }] = await Promise.all([import('./time-view.js'), import('./time-i18n.js'), styled]);
  if (timeView) return timeView;
  addStrings(TIME_STRINGS);
  timeView = createTimeView({
    tally: () => tally, planner: loadPlanner, edition, productId: () => state.product, lang: () => state.lang, words, serviceName, today,
    yuan: (decimal, options) => money(decimal, state.lang, options), calls, free: () => state.free,
    changed: () => scheduleUrl(), download: (name, type, text) => download(name, type, text), engineError,
  });
  timeView.read(new URLSearchParams(timeQuery));
  timeView.bind();
  return timeView;
}

// ---- URL state ----
// Chromium makes history.replaceState cost several milliseconds (and rate-limits it), so the URL follows the
// inputs a moment later rather than on every keystroke.
let urlTimer = 0;
function scheduleUrl() {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(writeUrl, 250);
}

// The one-month quote's inputs as URL parameters (the estimate keeps them so).
function quoteParams() {
  const params = new URLSearchParams({ p: state.product, e: state.edition, f: state.free ? '1' : '0' });
  for (const [id, text] of Object.entries(state.calls)) if (text) params.set(`u.${id}`, text);
  if (daily() && state.span === 'month') params.set('t', 'month');
  for (const [id, list] of Object.entries(state.packs)) if (writePackList(list)) params.set(`k.${id}`, writePackList(list));
  if (state.qps) params.set('q', `${state.qps.qps}/${state.qps.per}/${state.qps.days}`);
  return params;
}

function writeUrl() {
  const params = new URLSearchParams({ p: state.product, e: state.edition, f: state.free ? '1' : '0' });
  if (state.lang !== 'zh') params.set('l', state.lang);
  for (const [id, text] of Object.entries(state.calls)) if (text) params.set(`u.${id}`, text);
  if (daily() && state.span === 'month') params.set('t', 'month');
  for (const [id, list] of Object.entries(state.packs)) if (writePackList(list)) params.set(`k.${id}`, writePackList(list));
  if (state.qps) params.set('q', `${state.qps.qps}/${state.qps.per}/${state.qps.days}`);
  if (state.chart) params.set('c', state.chart);
  for (const query of state.estimate) params.append('x', query);
  if (timeMode()) {
    params.set('v', 'time');
    if (timeView) timeView.write(params);
    else for (const [key, value] of new URLSearchParams(timeQuery)) if (/^(hs|hm|tu|tb|tq)$/.test(key)) params.append(key, value);
  }
  history.replaceState(null, '', `?${params}`);
}

const langOf = (params) => (params.get('l') === 'en' ? 'en' : 'zh');

function readUrl(search, { keepLang = false } = {}) {
  const params = new URLSearchParams(search);
  const chosen = listing.products.find((p) => p.id === params.get('p')) ?? listing.products[0];
  if (!keepLang) state.lang = langOf(params);
  state.product = chosen.id;
  state.edition = chosen.editions.some((e) => e.edition === params.get('e')) ? params.get('e') : chosen.default_edition;
  state.free = params.get('f') !== '0';
  state.span = params.get('t') === 'month' ? 'month' : 'day';
  state.filter = '';
  state.calls = {};
  state.packs = {};
  state.qps = null;
  state.chart = params.get('c') ?? '';
  state.view = params.get('v') === 'time' ? 'time' : 'month';
  timeQuery = search;
  timeView?.read(params);
  for (const [key, value] of params) {
    if (key.startsWith('u.')) state.calls[key.slice(2)] = value;
    if (key.startsWith('k.')) state.packs[key.slice(2)] = readPackList(value);
  }
  const qps = /^(\d+)\/(month|day)\/(\d+)$/.exec(params.get('q') ?? '');
  if (qps) state.qps = { qps: qps[1], per: qps[2], days: qps[3] };
}

// ---- inputs ----
function renderProducts() {
  setOptions($('product'), listing.products.map((p) => [p.id, p.name[state.lang]]));
  $('product').value = state.product;
}

// ---- the estimate: several one-month quotes side by side, with their combined total ----
let lastEstimate = null;
let everyProduct = false;  // the estimate's items may be of any product: priced once every tariff is loaded

function renderEstimate() {
  if (!everyProduct) return;
  const w = words();
  const serviceOf = (item, id) => item.edition.services.find((s) => s.id === id)?.name[state.lang] ?? id;
  const priced = priceEstimate(state.estimate, tally, listing, daysThisMonth(), today());
  lastEstimate = priced;
  $('estimate-items').replaceChildren(...priced.items.map((item, i) => {
    const open = el('button', { type: 'button', className: 'button quiet', textContent: w.estimateOpen });
    open.addEventListener('click', () => { readUrl(`?${item.query}`, { keepLang: true }); showRead(); });
    const remove = el('button', { type: 'button', className: 'button quiet', textContent: w.estimateRemove });
    remove.addEventListener('click', () => { state.estimate.splice(i, 1); renderEstimate(); scheduleUrl(); $('estimate-add').focus(); });
    const name = item.product ? `${item.product.name[state.lang]}${item.edition ? ` · ${w.editionName(item.edition.edition)}` : ''}` : w.estimateUnknown;
    const what = item.quote
      ? w.estimateCalls(item.quote.services.filter((s) => s.calls > 0).map((s) => [serviceOf(item, s.service), calls(s.calls)])) || w.estimateNoCalls
      : w.estimateBad(typeof item.error === 'string' && item.error.startsWith('error:') ? item.error : '');
    return el('li', {},
      el('span', { className: 'estimate-name', textContent: name }), ' ',
      el('span', { className: 'estimate-amount', textContent: item.quote ? `${yuan(item.total)}${w.perMonthSuffix}` : '—' }),
      el('span', { className: 'hint estimate-what', textContent: what }), el('span', { className: 'estimate-buttons' }, open, ' ', remove));
  }));
  const any = priced.items.length > 0;
  $('estimate-total').textContent = any ? w.estimateTotal(yuan(priced.total), priced.items.filter((i) => i.quote).length) : '';
  $('estimate-actions').hidden = !any;
}

function addToEstimate() {
  const query = quoteQuery(quoteParams().toString());
  if (!state.estimate.includes(query)) state.estimate.push(query);
  renderEstimate();
  scheduleUrl();
}

function renderForm() {
  applyStatic(state.lang);
  renderEstimate();
  const w = words();
  document.title = w.title(product().name[state.lang]);
  setText($('page-title'), w.heading(product().name[state.lang]));
  // The page's date is never broken at a hyphen ("2024-12-" / "05" on a phone).
  patchChildren($('source'), sourceNote(edition(), product().name[state.lang], state.lang).split(/(\d{4}-\d{2}-\d{2})/)
    .map((part, i) => (i % 2 ? el('span', { className: 'date', textContent: part }) : document.createTextNode(part))));
  renderProducts();
  setOptions($('edition'), product().editions.map((e) => [e.edition, w.editionName(e.edition)]));
  $('edition').value = state.edition;
  setText($('edition-note'), product().editions.length > 1 ? editionNote(edition(), state.lang) : '');
  $('free-quota').checked = state.free;
  setText($('free-note'), freeQuotaNote(edition(), serviceName, state.lang));
  $('span-row').hidden = !daily();
  $(state.span === 'month' ? 'span-month' : 'span-day').checked = true;
  setText($('span-note'), daily() ? w.spanNote(state.span, daysThisMonth()) : '');
  setText($('usage-legend'), !daily() ? w.usageMonthly : state.span === 'month' ? w.usageDailyMonth(daysThisMonth()) : w.usageDaily);
  setText($('pack-note'), packNote(edition(), state.lang));
  renderUsage();
  renderDropped();
  renderChannels(edition(), w, serviceName, state.lang);
  renderQps();
  renderView();
  $('chart-service').replaceChildren(...edition().services.filter((s) => s.postpaid)
    .map((s) => el('option', { value: s.id, textContent: s.name[state.lang] })));
  renderPresets();
}

// Calls typed for a service this edition does not have are kept (another edition brings them back) but not priced:
// said, so they do not vanish from the total unnoticed.
function renderDropped() {
  const dropped = Object.entries(state.calls).filter(([id, text]) => String(text ?? '').trim() && !edition().services.some((s) => s.id === id))
    .map(([id, text]) => {
      const named = product().editions.flatMap((e) => e.services).find((s) => s.id === id);
      return `${named ? named.name[state.lang] : id} ${text}`;
    });
  $('usage-dropped').hidden = !dropped.length;
  setText($('usage-dropped'), dropped.length ? words().droppedCalls(words().editionName(state.edition), dropped) : '');
}

// This product's examples in view; the other products' folded away below them (open when this one has none).
function renderPresets() {
  const productOf = (preset) => new URLSearchParams(preset.query).get('p');
  const item = (preset) => {
    const button = el('button', { type: 'button', className: 'button preset', textContent: preset.label[state.lang] });
    button.addEventListener('click', () => { readUrl(preset.query, { keepLang: true }); showRead(); });
    const other = productOf(preset) !== state.product;
    const name = other ? listing.products.find((p) => p.id === productOf(preset))?.name[state.lang] : null;
    return el('li', {}, button, el('span', { className: 'preset-note', textContent: (name ? `${name} · ` : '') + preset.note[state.lang] }));
  };
  const mine = PRESETS.filter((preset) => productOf(preset) === state.product);
  const others = PRESETS.filter((preset) => productOf(preset) !== state.product);
  $('presets').replaceChildren(...mine.map(item));
  $('presets').hidden = !mine.length;
  $('presets-other-list').replaceChildren(...others.map(item));
  $('presets-other').hidden = !others.length;
  $('presets-other').open = !mine.length;
}

// One view or the other: the quote's inputs and result, or the time view's. The product, edition, free quota and
// the presets serve both.
function renderView() {
  const time = timeMode();
  $(time ? 'view-time' : 'view-month').checked = true;
  for (const id of ['time-inputs', 'time-result']) $(id).hidden = !time;
  document.body.classList.toggle('view-time', time);
  $('usage-fieldset').hidden = time;
  $('result').hidden = time;
  if (time) {
    for (const id of ['span-row', 'qps-fieldset', 'channel-fieldset']) $(id).hidden = true;
    timeView?.renderInputs();
  }
}

// The one-month view's calls (a month's or a day's, as typed) and its packs, for the time view opened with nothing in it.
async function switchView(view) {
  state.view = view;
  if (timeMode()) (await loadTimeView()).prefill(state.calls, state.packs, { perDay: daily() && state.span !== 'month', qps: state.qps });
  if (state.view !== view) return;  // switched back meanwhile
  renderForm();
  update();
}

// After the URL was read (a link, a preset, another product): the time view is loaded first if it is in view.
async function showRead() {
  if (timeMode()) await loadTimeView();
  renderForm();
  update();
}

// The services under their category (Plus版人脸核身, 图像理解, …) where the tariff gives one; a product with many
// services gets a search box over the names (a service with calls typed always stays in view).
function renderUsage() {
  const services = edition().services;
  $('service-filter-row').hidden = services.length < 12;
  $('service-filter').value = state.filter;
  if (firstScreen) {  // index.html holds these rows, as built below (tools/first-screen.mjs): they get their listeners
    for (const service of services) listenServiceRow(service, $(`row-${service.id}`));
  } else {
    const rows = [];
    let category = null;
    for (const service of services) {
      const name = service.category?.[state.lang] ?? null;
      if (name && name !== category) rows.push(el('h3', { className: 'category', textContent: name }));
      category = name;
      const row = serviceRow(service);
      listenServiceRow(service, row);
      rows.push(row);
    }
    $('usage').replaceChildren(...rows);
  }
  applyFilter();
}

function applyFilter() {
  // Every word typed must appear (in the Chinese or English name, the category or an alias), in any order.
  const terms = state.filter.split(/\s+/).map(fold).filter(Boolean);
  let shown = 0;
  let heading = null, headingShown = false;
  const closeHeading = () => { if (heading) heading.hidden = !headingShown; };
  for (const node of $('usage').children) {
    if (node.tagName === 'H3') { closeHeading(); heading = node; headingShown = false; continue; }
    const service = edition().services.find((s) => `row-${s.id}` === node.id);
    const text = [service.name.zh, service.name.en, service.category?.zh ?? '', ...(service.aliases ?? [])].map(fold).join(' ');
    const visible = terms.every((word) => text.includes(word)) || Boolean(state.calls[service.id]);
    node.hidden = !visible;
    if (visible) { shown++; headingShown = true; }
  }
  closeHeading();
  setText($('filter-count'), terms.length ? words().filterCount(shown, edition().services.length) : '');
}

function serviceRow(service) {
  const name = service.name[state.lang];
  const input = el('input', { id: `calls-${service.id}`, name: `calls-${service.id}`, inputMode: 'numeric', placeholder: '0',
    value: state.calls[service.id] ?? '', autocomplete: 'off', className: 'calls' });
  const error = el('span', { className: 'field-error', id: `error-${service.id}` });
  input.setAttribute('aria-describedby', error.id);
  const row = el('div', { className: 'service', id: `row-${service.id}` },
    el('label', { className: 'service-name', htmlFor: input.id, textContent: name }),
    el('div', { className: 'calls-cell' }, input, el('span', { className: 'unit', textContent: words().perSpan(daily(), state.span) }), error));
  if (service.packs.length) row.append(packEditor(service, state.packs[service.id] ??= [], words(), name));
  else row.append(el('div', { className: 'packs none', textContent: words().noPacksSold }));
  return row;
}

// A service row's listeners, on a row serviceRow built or on the one index.html came with (its first screen). The
// row's fields are read as they stand: the browser may have restored a parsed field's value (going back to the page).
function listenServiceRow(service, row) {
  const input = row.querySelector('input.calls');
  if (input.value !== (state.calls[service.id] ?? '')) state.calls[service.id] = input.value;
  input.addEventListener('input', () => { state.calls[service.id] = input.value; update(); });
  if (!service.packs.length) return;
  const list = (state.packs[service.id] ??= []);
  const handlers = { changed: update, redraw: (focusId) => {
    const cell = packEditor(service, list, words(), service.name[state.lang]);
    row.querySelector('.packs').replaceWith(cell);
    listenPacks(cell, service, list, handlers);
    if (focusId) $(focusId)?.focus();
    update();
  } };
  listenPacks(row.querySelector('.packs'), service, list, handlers);
}

function renderQps() {
  const groups = edition().qps_groups;
  $('qps-fieldset').hidden = groups.length === 0;
  if (!groups.length) return;
  setText($('qps-legend'), words().qpsLegend(groups[0].name[state.lang]));
  $('qps-on').checked = Boolean(state.qps);
  $('qps-count').value = state.qps?.qps ?? '10';
  $('qps-per').value = state.qps?.per ?? 'month';
  $('qps-days').value = state.qps?.days ?? '30';
}

function readQps() {
  if (!$('qps-on').checked || $('qps-fieldset').hidden) return null;
  return { qps: $('qps-count').value, per: $('qps-per').value, days: $('qps-days').value };
}

// The most calls a field takes: the engine's 10^15 a line; one day's calls of a daily-settled product are also
// quoted as a month of up to 31 such days, so a day takes at most a 31st of it.
const maxCalls = () => (daily() && state.span === 'day' ? MAX_CALLS / 31n : MAX_CALLS);

function buildRequest() {
  const max = maxCalls();
  const calls = {};
  for (const service of edition().services) calls[service.id] = $(`calls-${service.id}`).value;
  const { request, problems } = quoteRequest(state.product, edition(), { free: state.free, calls, packs: state.packs, qps: state.qps, maxCalls: max });
  // Each field's message where it is typed; a field not in use (no pack size chosen, QPS off) shows none.
  const say = (input, problem, message) => {
    $(input.getAttribute('aria-describedby')).textContent = problem ? message : '';
    input.setAttribute('aria-invalid', problem ? 'true' : 'false');
  };
  const range = (problem) => problem && words().wholeRange(problem.min, problem.max);
  for (const service of edition().services) {
    const wrong = problems.find((p) => p.field === 'calls' && p.service === service.id);
    $(`error-${service.id}`).textContent = wrong ? words().fields[wrong.error](max) : '';
    $(`calls-${service.id}`).setAttribute('aria-invalid', wrong ? 'true' : 'false');
    (state.packs[service.id] ?? []).forEach((pack, i) => {
      const number = $(packIds(service.id, i).count);
      const wrongCount = problems.find((p) => p.field === 'count' && p.service === service.id && p.index === i);
      if (number) say(number, wrongCount, range(wrongCount));
    });
  }
  const wrongQps = problems.find((p) => p.field === 'qps');
  const wrongDays = problems.find((p) => p.field === 'qps_days');
  say($('qps-count'), wrongQps, range(wrongQps));
  say($('qps-days'), wrongDays, range(wrongDays));
  return problems.length ? null : request;
}

// ---- output ----
// The big figure and what period it is for: a month for a monthly bill; for daily settlement one day (with the
// calendar month beside it) or the whole month, as the visitor typed the calls.
function renderTotal(quote, monthQuote, packsOnce) {
  const w = words();
  const days = daysThisMonth();
  const month = today().getMonth() + 1;
  const perDay = daily() && state.span === 'day' && !packsOnce;
  // A day's quote uses the free calls; they are given once, so only the month's first day costs that: then said so,
  // with what each later day costs.
  const days2on = perDay && monthQuote ? dailyRows(monthQuote).rows.filter((r) => r.from > 1) : [];
  const firstDayOnly = days2on.length > 0 && days2on.every((r) => r.charged === days2on[0].charged) && days2on[0].charged !== quote.total;
  // A QPS plan by the day for part of the month: the quote is those days (its calls unmetered); showQpsMonth adds the month.
  const qpsDays = quote.warnings.some((x) => x.code === 'qps_partial_month')
    ? quote.lines.find((l) => l.source === 'qps' && l.per === 'day')?.days : undefined;
  $('total-label').textContent = qpsDays ? w.totalQpsDays(qpsDays) : firstDayOnly ? w.totalFirstDay : perDay ? w.totalDay
    : daily() ? w.totalMonthOf(today().getFullYear(), month, days) : w.totalMonth;
  $('total').textContent = yuan(quote.total);
  $('total-period').textContent = firstDayOnly || qpsDays ? '' : perDay ? w.perDaySuffix : w.perMonthSuffix;
  $('total-month').textContent = firstDayOnly ? w.laterDays(yuan(days2on[0].charged), month, days, yuan(monthQuote.total))
    : perDay ? (monthQuote ? w.monthFromDays(month, days, yuan(monthQuote.total)) : '')
      : packsOnce ? w.packsOnce(days) : daily() ? w.monthSpread(days) : '';
  $('bar-label').textContent = $('total-label').textContent;
  $('bar-total').textContent = $('total').textContent;
  $('bar-period').textContent = $('total-period').textContent;
}

// ---- the cheapest way to buy this month's calls (plan-advice.js; the planner is fetched on the first ask) ----
let adviceSerial = 0;  // only the answer to the last ask is shown; an input change withdraws it

function clearMonthPlan() {
  ++adviceSerial;
  $('month-plan-result').replaceChildren();
}

async function askMonthPlan() {
  const request = buildRequest();
  if (!request) return;
  const serial = ++adviceSerial;
  const out = $('month-plan-result');
  const w = words();
  out.replaceChildren(w.monthPlanBusy);
  const whole = daily() && state.span === 'month';
  try {
    const { adviceText, monthAdvice } = await import('./plan-advice.js');
    const advice = await monthAdvice(tally, loadPlanner(), whole ? { ...request, period: 'month' } : request, { daily: daily() });
    if (serial !== adviceSerial) return;
    if (!advice) { out.replaceChildren(w.monthPlanNone); return; }
    out.replaceChildren(el('span', { textContent: adviceText(advice, state.lang, serviceName) }));
    // The plan's packs into the form: for a month's calls (a day's quote would carry a month's packs).
    if (advice.saving !== '0.00' && (!daily() || whole)) {
      const use = el('button', { type: 'button', className: 'button', textContent: w.monthPlanUse });
      use.addEventListener('click', () => usePlan(advice.plan));
      out.append(' ', use);
    } else if (advice.saving !== '0.00') {
      out.append(el('span', { className: 'hint month-plan-note', textContent: w.monthPlanDaily }));
    }
    if (advice.plan.purchases.length) out.append(el('span', { className: 'hint month-plan-note', textContent: w.monthPlanYear }));
  } catch (error) {
    if (serial === adviceSerial) out.replaceChildren(w.monthPlanFailed(engineError(error)));
  }
}

function usePlan(plan) {
  state.packs = {};
  for (const p of plan.purchases) (state.packs[p.service] ??= []).push({ size: String(p.size), count: String(p.count) });
  const [qps] = plan.qps;
  state.qps = qps ? { qps: String(qps.qps), per: qps.per, days: String(qps.days ?? 30) } : null;
  renderForm();
  update();
  $('month-plan').focus();  // the button that was pressed is gone with its answer: focus stays in the card
  askMonthPlan();  // says the choice is now the cheapest
}

// A QPS plan bought by the day for part of a month leaves the other days' calls metered. A one-month quote cannot
// tell which calls fall on which days (it warns); a timeline can: next month with the calls spread evenly over its
// days, the figure the cheapest-plan advice compares with, said under the total.
function showQpsMonth(request, quote) {
  if (!quote.warnings.some((x) => x.code === 'qps_partial_month')) return;
  const month = nextMonth(today());
  try {
    const total = monthTimelineTotal(tally, request, today());
    const [year, number] = month.start.split('-').map(Number);
    $('total-month').textContent = words().qpsPartialMonth(request.qps[0].days ?? 30, year, number, Number(month.end.slice(8)), yuan(total));
  } catch {
    // the quote above stands with its warning
  }
}

function markStale(stale) {
  $('result').classList.toggle('stale', stale);
  $('total-bar').classList.toggle('stale', stale);
  $('status').textContent = stale ? words().stale : '';
}

function renderQuote(quote, monthQuote, packsOnce) {
  lastQuote = quote;
  const w = words();
  renderTotal(quote, monthQuote, packsOnce);
  markStale(false);
  renderWaterfall(quote);
  renderBill({ quote, monthQuote, edition: edition(), product: product(), lang: state.lang, words: w, serviceName, count: calls, today: today() });
  const notes = [];
  if (quote.freeze) notes.push(freezeNote(yuan(quote.freeze.total), state.lang, { packCalls: quote.services.some((s) => s.pack_calls > 0) }));
  $('notes').replaceChildren(...notes.map((text) => el('li', { textContent: text })));
  const warnings = quote.warnings.map((x) => warningText(listing.warning_texts, x, edition(), state.lang));
  if (quote.range && quote.range.low !== quote.range.high) warnings.push(w.range(quote.range.low, quote.range.high));
  for (const item of edition().unpriced ?? []) warnings.push(w.unpriced(item.name[state.lang], item.note[state.lang]));
  $('warnings').replaceChildren(...warnings.map((text) => el('li', { textContent: text })));
  $('warnings').closest('section').hidden = !warnings.length && !notes.length;
}

function renderWaterfall(quote) {
  const w = words();
  // A step's text is "<source> <calls> · <money>", the money kept whole on one line.
  const segment = (kind, label, amount) => el('span', { className: `segment ${kind}` },
    el('span', { className: 'seg-label', textContent: label }), ...(amount ? [' · ', el('span', { className: 'seg-amount', textContent: amount })] : []));
  const row = (name, amount, bar) => el('li', {}, el('span', { className: 'name' },
    el('span', { className: 'service-label', textContent: name }), ' · ', el('span', { className: 'amount', textContent: amount })), bar);
  const rows = quote.services.filter((s) => s.calls > 0 || quote.lines.some((l) => l.service === s.service && l.source === 'pack')).map((s) => {
    const bar = el('div', { className: 'bar' }, ...deductionSteps(quote, s.service).map((step) => {
      const part = segment(step.source, `${w.sources[step.source]} ${calls(step.calls)}`, yuan(step.charged));
      part.style.flexGrow = String(Math.max(step.calls, 1));  // a share of the row, not money: the numbers are in the text
      return part;
    }));
    if (s.qps_group) bar.append(segment('qps', w.qpsSegment(s.calls)));
    return row(s.name[state.lang], yuan(s.charged), bar);
  });
  // A QPS plan is charged to its group, not to the services it covers: its money is a step of its own.
  for (const plan of quote.lines.filter((l) => l.source === 'qps')) {
    rows.push(row(serviceName(plan.service), yuan(plan.charged), el('div', { className: 'bar' }, segment('qps', w.qpsPlan(plan), yuan(plan.charged)))));
  }
  if (!rows.length) rows.push(el('li', { className: 'hint', textContent: w.noUsage }));
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

// The period one chart point is: a month, or for daily settlement a day (packs, which last a year, are then not
// drawn: a pack bought for one day's calls is not how anyone buys them) or a month of this month's days.
function chartPeriod() {
  if (!daily()) return { period: 'month', packs: true, scale: 1 };
  const packsBought = Object.values(state.packs).some((list) => list.some((p) => p.size));
  // Calls typed per day with packs bought: the quote shown is the month, so the chart is the month too.
  if (state.span === 'day' && !packsBought) return { period: 'day', packs: false, scale: 1 };
  return { period: 'month', days: daysThisMonth(), packs: true, scale: state.span === 'day' ? daysThisMonth() : 1 };
}

function chartSeries(service, xmax) {
  const period = chartPeriod();
  const key = [state.product, state.edition, service.id, state.free, xmax, period.period, period.days].join('|');
  if (!chartCache.has(key)) {
    chartCache.set(key, costCurves(tally, { product: state.product, edition: state.edition, free: state.free, service, xmax,
      period: period.period, days: period.days, packs: period.packs }));
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
  const used = (s) => s.postpaid && parseCalls(state.calls[s.id] ?? '').calls > 0;
  // Drawn only for a service with calls: without usage there is nothing of the visitor's to read off it.
  const service = edition().services.find((s) => s.id === state.chart && s.postpaid)
    ?? edition().services.find(used);
  $('chart-section').hidden = !service;
  if (!service) return;
  $('chart-service').value = service.id;
  const period = chartPeriod();
  const mine = (parseCalls(state.calls[service.id] ?? '').calls ?? 0) * period.scale;
  const xmax = niceCeiling(Math.max(2 * mine, 10000));
  const { bounds, series: lines, costAt, freeAlone, ownLine } = chartSeries(service, xmax);
  const summary = lastQuote?.services.find((s) => s.service === service.id);
  // The packs the visitor chose, drawn as a line of their own (postpaid past them): their dot sits on it, where
  // it would fall between the lines of packs bought as needed.
  const own = period.packs ? (lastQuote?.lines ?? []).filter((l) => l.service === service.id && l.source === 'pack')
    .map((l) => ({ service: service.id, size: l.size, count: l.count })) : [];
  const series = own.length ? [...lines, { ...ownLine(own), className: 'series-own' }] : lines;
  const label = (s) => (s.own ? w.chartOwn : s.pack ? w.chartPack(s.pack.calls) : w.chartPostpaid);
  const at = (s) => (s.own ? s.at(mine) : costAt(mine, s.pack));
  // The caption reads the lines off at the visitor's calls, in words, for a reader who cannot see them.
  const readings = mine > 0 ? ` ${w.chartAt(mine, series.map((s) => [label(s), yuan(at(s))]))}` : '';
  // The lines are this service on its own; in the visitor's bill a shared free pool is split with their other
  // services, so the dot (the bill's figure) sits above them: said, not left to puzzle over.
  const shared = summary && !summary.qps_group && mine > 0 && period.scale === 1 && summary.free_calls < freeAlone(mine)
    ? ` ${w.chartSharedPool(summary.free_calls, freeAlone(mine))}` : '';
  renderChart($('chart'), {
    series: series.map((s) => ({ ...s, label: label(s) })),
    bounds, xmax,
    you: summary && mine > 0 ? { calls: mine, amount: summary.charged, label: w.chartYou(mine, summary.charged) } : null,
    caption: w.chartCaption(service.name[state.lang], period.period === 'day',
      series.length > 1 ? 'drawn' : service.packs.length ? 'not-drawn' : 'none') + readings + shared,
    axisX: w.chartAxisX(period.period === 'day'), axisY: w.chartAxisY,
    tierLabel: w.chartTier, format: yuan, formatCalls: calls,
  });
}

// The quotes a request needs. A daily-settled product's calls typed per day are also quoted as this month of such
// days; when packs are bought the month is what is shown (a pack is paid once, not every day).
function quoteAll(request) {
  if (!daily()) return { quote: tally.quote(request) };
  const days = daysThisMonth();
  if (state.span === 'month') {
    const quote = tally.quote({ ...request, period: 'month', days });
    return { quote, monthQuote: quote };
  }
  const monthQuote = request.usage.length || request.packs.length
    ? tally.quote({ ...request, period: 'month', days, usage: request.usage.map((u) => ({ ...u, calls: u.calls * days })) })
    : null;
  if (request.packs.length) return { quote: monthQuote, monthQuote, packsOnce: true };
  return { quote: tally.quote({ ...request, period: 'day' }), monthQuote };
}

function update() {
  if (timeMode()) {
    timeView?.update();
    return;
  }
  state.qps = readQps();
  scheduleUrl();
  clearMonthPlan();
  const request = buildRequest();
  if (!request) {  // the field says what is wrong; the last good quote stays on screen, marked as such
    markStale(true);
    return;
  }
  try {
    const { quote, monthQuote, packsOnce = false } = quoteAll(request);
    renderQuote(quote, monthQuote, packsOnce);
    showQpsMonth(request, quote);
    renderEmbed();
    scheduleChart();
  } catch (error) {
    // What the fields let through and the engine still refuses: its own line, after words in the page's language.
    markStale(true);
    $('status').textContent = words().quoteFailed(engineError(error));
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
  const rows = [['service', 'name', 'source', 'day', 'size', 'count', 'calls', 'unit_price', 'amount', 'charged']];
  for (const l of lastQuote.lines) {
    rows.push([l.service, serviceName(l.service), l.source, l.day ?? '', l.size ?? '', l.count ?? '', l.calls, l.unit_price, l.amount, l.charged]);
  }
  rows.push(['total', '', '', '', '', '', '', '', '', lastQuote.total]);
  return csvText(rows);
}

// ---- embed this calculator: the snippets for the settings on screen, written while the panel is open ----
function renderEmbed() {
  if (!$('embed-panel').open) return;
  const used = edition().services.filter((s) => (parseCalls(state.calls[s.id] ?? '').calls ?? 0) > 0);
  const one = used.length === 1 ? used[0] : null;
  const settings = { base: location.origin + location.pathname.replace(/\/[^/]*$/, ''), product: state.product,
    edition: state.edition, defaultEdition: product().default_edition, lang: state.lang, free: state.free,
    service: one?.id ?? null, calls: one ? state.calls[one.id].trim() : '' };
  const extra = Boolean(state.qps) || (daily() && state.span === 'month') || Object.values(state.packs).some((l) => l.some((p) => p.size));
  $('embed-note').textContent = words().embedNote(used.length, extra);
  $('embed-element').textContent = elementSnippet(settings);
  $('embed-iframe').textContent = iframeSnippet(settings, words().heading(product().name[state.lang]));
}

async function copyText(button, text) {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = words().codeCopied;
  } catch {
    button.textContent = words().codeCopyFailed;
  }
  setTimeout(() => { button.textContent = words().copyCode; }, 2000);
}

// The URL is the whole estimate: copied as it stands now (not 250 ms later).
async function copyLink() {
  clearTimeout(urlTimer);
  writeUrl();
  const button = $('copy-link');
  try {
    await navigator.clipboard.writeText(location.href);
    button.textContent = words().copied;
  } catch {
    button.textContent = words().copyFailed;  // the address bar holds the same link
  }
  setTimeout(() => { button.textContent = words().copyLink; }, 2000);
}

// index.html comes with the header and the form as renderForm() makes them for one URL, the first example's (written
// by tools/first-screen.mjs when the site is built, named by <html data-first-screen>). For that URL they are kept as
// they are and given their listeners; any other URL builds them as before. They are laid out with the first quote,
// as the built ones are: laid out as soon as the script ran, while the engine loaded, they held up its work on the
// main thread more than they saved the quote's frame (docs/benchmarks.md).
let firstScreen = false;

// The form, out of its <template> (index.html says why), once.
function placeForm() {
  const written = $('form-template');
  written?.replaceWith(written.content);
}

async function start() {
  const query = location.search || PRESETS[0].query;
  // The product in view is parsed first; the others follow after the first quote.
  const engine = loadEngineFor(new URLSearchParams(query).get('p'));
  [{ tally, listing }] = await Promise.all([engine, loadLanguage(langOf(new URLSearchParams(query)))]);
  placeForm();
  readUrl(query);
  state.estimate = [...new Set(new URLSearchParams(location.search).getAll('x').map(quoteQuery))];
  if (timeMode()) await loadTimeView();
  document.documentElement.classList.add('ready');  // <main> is laid out from now on (style.css)
  firstScreen = document.documentElement.dataset.firstScreen === query;
  renderForm();
  firstScreen = false;
  $('product').addEventListener('change', () => {
    readUrl(`?p=${$('product').value}${timeMode() ? '&v=time' : ''}`, { keepLang: true });
    renderForm();
    update();
  });
  for (const id of ['view-month', 'view-time']) $(id).addEventListener('change', () => switchView($(id).value));
  $('edition').addEventListener('change', () => { state.edition = $('edition').value; renderForm(); update(); });
  $('free-quota').addEventListener('change', () => { state.free = $('free-quota').checked; update(); });
  for (const id of ['qps-on', 'qps-count', 'qps-per', 'qps-days']) $(id).addEventListener('input', update);
  for (const id of ['span-day', 'span-month']) {
    $(id).addEventListener('change', () => { state.span = $(id).value; renderForm(); update(); });
  }
  $('service-filter').addEventListener('input', () => { state.filter = $('service-filter').value; applyFilter(); });
  $('copy-link').addEventListener('click', copyLink);
  $('embed-panel').addEventListener('toggle', renderEmbed);
  $('copy-element').addEventListener('click', () => copyText($('copy-element'), $('embed-element').textContent));
  $('copy-iframe').addEventListener('click', () => copyText($('copy-iframe'), $('embed-iframe').textContent));
  let width = innerWidth;  // the chart is drawn at its real width, so its text stays readable on a phone
  addEventListener('resize', () => { if (innerWidth !== width) { width = innerWidth; scheduleChart(); timeView?.draw(); } });
  // On a phone the total card scrolls away while typing: a bar at the bottom shows the total meanwhile.
  const inView = new Map();  // the quote's total or the time view's, whichever is shown
  const totals = new IntersectionObserver((entries) => {
    for (const entry of entries) inView.set(entry.target.id, entry.isIntersecting);
    document.body.classList.toggle('total-visible', [...inView.values()].some(Boolean));
  });
  totals.observe($('total'));
  totals.observe($('time-total'));
  $('chart-service').addEventListener('change', () => { state.chart = $('chart-service').value; scheduleUrl(); drawChart(); });
  // English is fetched the first time it is asked for (or pointed at); clicks made meanwhile switch in turn.
  let switching = Promise.resolve();
  const prefetch = () => { if (!STRINGS.en) loadLanguage('en').catch(() => {}); };
  $('lang-switch').addEventListener('pointerenter', prefetch);
  $('lang-switch').addEventListener('focus', prefetch);
  $('lang-switch').addEventListener('click', () => {
    switching = switching.then(async () => {
      const next = state.lang === 'zh' ? 'en' : 'zh';
      try {
        await loadLanguage(next);
      } catch (error) {
        $('status').textContent = words().loadFailed(error.message);
        return;
      }
      state.lang = next;
      renderForm();
      update();
      $('lang-switch').focus();
    });
  });
  $('export-json').addEventListener('click', () => lastQuote && download('tally-quote.json', 'application/json', JSON.stringify(lastQuote, null, 2)));
  $('export-csv').addEventListener('click', () => lastQuote && download('tally-quote.csv', 'text/csv', csv()));
  $('print').addEventListener('click', () => window.print());
  $('month-plan').addEventListener('click', askMonthPlan);
  $('estimate-add').addEventListener('click', addToEstimate);
  $('estimate-csv').addEventListener('click', () => lastEstimate && download('tally-estimate.csv', 'text/csv',
    csvText(estimateRows(lastEstimate, (item, id) => item.edition.services.find((s) => s.id === id)?.name[state.lang] ?? id))));
  $('estimate-json').addEventListener('click', () => lastEstimate && download('tally-estimate.json', 'application/json', JSON.stringify({
    currency: 'CNY', total: lastEstimate.total,
    items: lastEstimate.items.map((i) => ({ query: i.query, ...(i.quote ? { quote: i.quote } : { error: i.error }) })) }, null, 2)));
  // Registered before update() so that this runs first after the frame showing the quote is painted, ahead of the
  // chart; the other products' tariffs (about 100 ms of parsing) wait until then.
  afterPaint(() => {
    performance.mark('tally-first-quote');  // the first quote is on screen: read by bench/bench_page.mjs
    document.documentElement.classList.add('settled');  // the rest of the result, in the next frame (style.css)
    loadEngine().then((all) => {
      listing = all.listing;
      everyProduct = true;
      renderProducts();
      renderPresets();  // the other products' examples are named by product once their names are known
      renderEstimate();
    }).catch((error) => { $('status').textContent = words().loadFailed(error.message); });
  });
  update();
}

start().catch((error) => {
  placeForm();
  document.documentElement.classList.add('ready', 'settled');
  $('status').textContent = words().loadFailed(error.message);
});
