// The "over time" view: its state (in the URL), its inputs (a horizon of months, usage per month constant or
// growing, packs bought by date and for body analysis QPS plans), each checked at its field and sent to the
// engine's timeline; the answer is shown by time-result.js, the cheapest plan by time-plan.js, CSV by time-csv.js.
// Tariff text goes in through textContent only (dom.js's el).
import { parseCalls } from './calls.js';
import { MAX_PACK_COUNT, wholeNumber } from './core.js';
import { $, el } from './dom.js';
import { growingCalls, parseGrowth } from './growth.js';
import { defaultStart, horizonEnd, lastDayOf, MAX_MONTHS, monthsBetween, readDate } from './horizon.js';
import { billsCsv, monthsCsv } from './time-csv.js';
import { createPlanCard } from './time-plan.js';
import { createTimeResult } from './time-result.js';

const SEPARATOR = '~';
const MAX_QPS_DAYS = 1096;  // a daily QPS plan: consecutive days, at most the longest horizon  // between the parts of one row in the URL: tu=<service>~<calls>~<growth>

/**
 * ctx: { tally(), planner() (engine.js loadPlanner()), edition(), lang(), words(), serviceName(id), yuan(decimal),
 * calls(n), free(), today(),
 * changed() (the URL follows), download(name, type, text), engineError(error) (what the engine refused, without
 * its path, in the page's language) }.
 */
export function createTimeView(ctx) {
  const ts = { start: '', months: '12', usage: [], buys: [], qps: [] };
  let last = null;          // the last timeline shown
  let lastRequest = null;   // its request while every field is valid, else null

  const w = () => ctx.words();
  const services = () => ctx.edition().services.filter((s) => s.postpaid || s.packs.length);
  const packServices = () => ctx.edition().services.filter((s) => s.packs.length);
  const qpsGroup = () => ctx.edition().qps_groups[0] ?? null;
  const start = () => ts.start || defaultStart(ctx.today());

  // The cheapest plan's purchases and QPS plans become the view's own (the visitor's earlier ones are replaced).
  function applyPlan(plan) {
    ts.buys = plan.purchases.map((p) => ({ service: p.service, size: String(p.size), count: String(p.count ?? 1), date: p.date }));
    ts.qps = plan.qps.map((q) => ({ qps: String(q.qps), per: q.per ?? 'month', months: String(q.per === 'day' ? q.days ?? 1 : q.months ?? 1), date: q.date }));
    renderInputs();
    update();
    ($('time-buy-service-0') ?? $('time-qps-count-0'))?.focus();
  }
  const result = createTimeResult({ words: () => ctx.words(), yuan: (d, o) => ctx.yuan(d, o), calls: (n) => ctx.calls(n),
    serviceName: (id) => ctx.serviceName(id), edition: () => ctx.edition(), months: () => Number(ts.months) });
  const planCard = createPlanCard({ planner: () => ctx.planner(), words: () => ctx.words(), yuan: (d) => ctx.yuan(d), calls: (n) => ctx.calls(n), serviceName: (id) => ctx.serviceName(id),
    engineError: (error) => ctx.engineError(error), request: () => lastRequest, own: () => last, apply: applyPlan });

  // ---- URL ----
  function read(params) {
    ts.start = readDate(params.get('hs')) ? params.get('hs') : '';
    ts.months = params.get('hm') ?? '12';
    const parts = (key) => params.getAll(key).map((v) => v.split(SEPARATOR));
    ts.usage = parts('tu').map(([service, calls = '', growth = '', per = '']) => ({ service, calls, growth, per: per === 'day' ? 'day' : 'month' }));
    ts.buys = parts('tb').map(([service, size = '', count = '1', date = '', refund = '']) => ({ service, size, count, date, refund }));
    ts.qps = parts('tq').map(([qps = '10', months = '1', date = '', per = 'month']) => ({ qps, months, date, per: per === 'day' ? 'day' : 'month' }));
    last = null;
    lastRequest = null;
    planCard.reset();
  }

  function write(params) {
    if (ts.start) params.set('hs', ts.start);
    if (ts.months !== '12') params.set('hm', ts.months);
    for (const u of ts.usage) params.append('tu', [u.service, u.calls, u.growth, ...(u.per === 'day' ? ['day'] : [])].join(SEPARATOR));
    for (const b of ts.buys) params.append('tb', [b.service, b.size, b.count, b.date, ...(b.refund ? [b.refund] : [])].join(SEPARATOR));
    for (const q of ts.qps) params.append('tq', [q.qps, q.months, q.date, ...(q.per === 'day' ? ['day'] : [])].join(SEPARATOR));
  }

  /**
   * Opening the view with nothing in it: the one-month view's calls (a month's, or with `perDay` a day's, as a
   * daily-settled product's quote takes them), packs (bought on the first day) and QPS plan, every month as that
   * month was: a monthly plan for the whole horizon, a plan by the day for its days from each month's start.
   */
  function prefill(calls, packs, { perDay = false, qps = null } = {}) {
    if (ts.usage.length || ts.buys.length || ts.qps.length) return;
    for (const [service, text] of Object.entries(calls)) if (text) ts.usage.push({ service, calls: text, growth: '', per: perDay ? 'day' : 'month' });
    for (const [service, list] of Object.entries(packs)) {
      for (const p of list) if (p.size) ts.buys.push({ service, size: p.size, count: p.count, date: '' });
    }
    if (!qps) return;
    if (qps.per === 'month') { ts.qps.push({ qps: qps.qps, per: 'month', months: ts.months, date: '' }); return; }
    const first = start(), end = horizonEnd(first, Number(ts.months) || 12);
    for (const month of monthsBetween(first, end)) {
      const from = month === first.slice(0, 7) ? first : `${month}-01`;
      const last = new Date(readDate(from).getTime() + (Number(qps.days) - 1) * 86400000).toISOString().slice(0, 10);
      if (last <= end) ts.qps.push({ qps: qps.qps, per: 'day', months: qps.days, date: from === first ? '' : from });
    }
  }

  // ---- inputs ----
  const field = (labelText, control) => el('label', { className: 'field' }, el('span', { className: 'field-label', textContent: labelText }), ' ', control);
  const select = (id, options, value) => {
    const s = el('select', { id, name: id }, ...options.map(([v, text]) => el('option', { value: v, textContent: text })));
    s.value = value;
    return s;
  };
  const input = (id, props) => el('input', { id, name: id, autocomplete: 'off', ...props });
  const errorSpan = (id) => el('span', { className: 'field-error', id });
  // After a removal focus stays in the list: on the row that took the removed one's place (its button has the same
  // id), else on the list's add button.
  const removeButton = (id, label, list, i, addId) => {
    const b = el('button', { type: 'button', className: 'button icon', id, textContent: '−', title: label, ariaLabel: label });
    b.addEventListener('click', () => {
      list.splice(i, 1);
      renderInputs();
      ($(id) ?? $(addId))?.focus();
      update();
    });
    return b;
  };
  // Structural edits re-render the rows; focus returns to the control that was in use.
  const rerender = (focusId) => { renderInputs(); $(focusId)?.focus(); update(); };

  function usageRow(u, i) {
    const names = services().map((s) => [s.id, s.name[ctx.lang()]]);
    if (!names.some(([id]) => id === u.service)) u.service = names[0]?.[0] ?? '';
    const service = select(`time-service-${i}`, names, u.service);
    const callsInput = input(`time-calls-${i}`, { inputMode: 'numeric', placeholder: '0', value: u.calls, className: 'calls' });
    // Calls a month, or a day (as a daily-settled product's one-month quote takes them): every day of the month.
    const per = select(`time-per-${i}`, [['month', w().timePerMonth], ['day', w().timePerDay]], u.per === 'day' ? 'day' : 'month');
    const growth = input(`time-growth-${i}`, { inputMode: 'decimal', placeholder: '0', value: u.growth, className: 'growth' });
    callsInput.setAttribute('aria-describedby', `time-calls-error-${i} time-growth-note-${i}`);
    growth.setAttribute('aria-describedby', `time-growth-error-${i} time-growth-note-${i}`);
    service.addEventListener('change', () => { u.service = service.value; update(); });
    per.addEventListener('change', () => { u.per = per.value; rerender(per.id); });
    callsInput.addEventListener('input', () => { u.calls = callsInput.value; update(); });
    growth.addEventListener('input', () => { u.growth = growth.value; update(); });
    return el('div', { className: 'time-row usage-row' },
      field(w().timeService, service), field(u.per === 'day' ? w().timeCallsDay : w().timeCalls, callsInput), field(w().timePer, per),
      field(w().timeGrowth, growth),
      removeButton(`time-remove-usage-${i}`, w().timeRemoveUsage(i + 1), ts.usage, i, 'time-add-usage'),
      errorSpan(`time-calls-error-${i}`), errorSpan(`time-growth-error-${i}`), el('p', { className: 'hint growth-note', id: `time-growth-note-${i}` }));
  }

  // The edition's packs can be refunded (face verification: unused, within days of buying): a refund date per row.
  const refundable = () => ctx.edition().pack_rules?.refund_days > 0;

  function buyRow(b, i) {
    const lang = ctx.lang();
    const list = packServices();
    if (!list.some((s) => s.id === b.service)) b.service = list[0].id;
    const chosen = list.find((s) => s.id === b.service);
    if (!chosen.packs.some((p) => String(p.calls) === b.size)) b.size = String(chosen.packs[0].calls);
    const service = select(`time-buy-service-${i}`, list.map((s) => [s.id, s.name[lang]]), b.service);
    const size = select(`time-buy-size-${i}`, chosen.packs.map((p) => [String(p.calls), w().packOption(p.calls, p.price)]), b.size);
    const number = input(`time-buy-count-${i}`, { type: 'number', min: '1', max: String(MAX_PACK_COUNT), value: b.count, className: 'count', inputMode: 'numeric' });
    const date = input(`time-buy-date-${i}`, { type: 'date', value: b.date || start() });
    // Where the edition's packs can be refunded (face verification: an unused pack, within days of buying), a
    // refund date; empty for none. The window itself comes from the engine's answer (time-buy-note).
    const refund = refundable() ? input(`time-buy-refund-${i}`, { type: 'date', value: b.refund ?? '' }) : null;
    for (const c of [number, date, refund]) c?.setAttribute('aria-describedby', `time-buy-error-${i} time-buy-note-${i}`);
    service.addEventListener('change', () => { b.service = service.value; b.size = ''; rerender(service.id); });
    size.addEventListener('change', () => { b.size = size.value; update(); });
    number.addEventListener('input', () => { b.count = number.value; update(); });
    date.addEventListener('input', () => { b.date = date.value; update(); });
    refund?.addEventListener('input', () => { b.refund = refund.value; update(); });
    return el('div', { className: 'time-row buy-row' },
      field(w().timeService, service), field(w().timeSize, size), field(w().timeCount, number), field(w().timeDate, date),
      ...(refund ? [field(w().timeRefund, refund)] : []),
      removeButton(`time-remove-buy-${i}`, w().timeRemoveBuy(i + 1), ts.buys, i, 'time-add-buy'), errorSpan(`time-buy-error-${i}`),
      el('p', { className: 'hint buy-note', id: `time-buy-note-${i}` }));
  }

  function qpsRow(q, i) {
    const group = qpsGroup();
    const qps = input(`time-qps-count-${i}`, { type: 'number', min: '1', max: String(group.max_qps), value: q.qps, className: 'count', inputMode: 'numeric' });
    const per = select(`time-qps-per-${i}`, [['month', w().perMonth], ['day', w().perDay]], q.per ?? 'month');
    const months = input(`time-qps-months-${i}`, { type: 'number', min: '1', max: String(q.per === 'day' ? MAX_QPS_DAYS : MAX_MONTHS), value: q.months, className: 'count', inputMode: 'numeric' });
    const date = input(`time-qps-date-${i}`, { type: 'date', value: q.date || start() });
    for (const c of [qps, months, date]) c.setAttribute('aria-describedby', `time-qps-error-${i}`);
    qps.addEventListener('input', () => { q.qps = qps.value; update(); });
    months.addEventListener('input', () => { q.months = months.value; update(); });
    per.addEventListener('change', () => { q.per = per.value; rerender(per.id); });
    date.addEventListener('input', () => { q.date = date.value; update(); });
    return el('div', { className: 'time-row qps-row' },
      field('QPS', qps), field(w().qpsPer, per), field(q.per === 'day' ? w().timeQpsDays : w().timeQpsMonths, months), field(w().timeDate, date),
      removeButton(`time-remove-qps-${i}`, w().timeRemoveQps(i + 1), ts.qps, i, 'time-add-qps'), errorSpan(`time-qps-error-${i}`));
  }

  function renderInputs() {
    $('time-start').value = start();
    $('time-months-count').value = ts.months;
    if (!ts.usage.length) ts.usage.push({ service: services()[0]?.id ?? '', calls: '', growth: '' });
    $('time-usage').replaceChildren(...ts.usage.map(usageRow));
    const sellsPacks = packServices().length > 0;
    $('time-buys').replaceChildren(...(sellsPacks ? ts.buys.map(buyRow) : [el('p', { className: 'hint', textContent: w().timeNoPacks })]));
    $('time-add-buy').hidden = !sellsPacks;
    const group = qpsGroup();
    $('time-qps-fieldset').hidden = !group;
    if (group) {
      $('time-qps-hint').textContent = w().timeQpsHint(group.name[ctx.lang()]);
      $('time-qps').replaceChildren(...ts.qps.map(qpsRow));
    } else ts.qps = [];
  }

  function bind() {
    $('time-start').addEventListener('input', () => { ts.start = $('time-start').value; update(); });
    $('time-months-count').addEventListener('input', () => { ts.months = $('time-months-count').value; update(); });
    $('time-add-usage').addEventListener('click', () => {
      const used = new Set(ts.usage.map((u) => u.service));
      ts.usage.push({ service: services().find((s) => !used.has(s.id))?.id ?? services()[0].id, calls: '', growth: '' });
      rerender(`time-calls-${ts.usage.length - 1}`);
    });
    $('time-add-buy').addEventListener('click', () => {
      const withCalls = ts.usage.find((u) => packServices().some((s) => s.id === u.service));
      ts.buys.push({ service: withCalls?.service ?? packServices()[0].id, size: '', count: '1', date: '' });
      rerender(`time-buy-service-${ts.buys.length - 1}`);
    });
    $('time-add-qps').addEventListener('click', () => {
      ts.qps.push({ qps: '10', months: '1', date: '', per: 'month' });
      rerender(`time-qps-count-${ts.qps.length - 1}`);
    });
    planCard.bind();
    $('time-export-months').addEventListener('click', () => last && ctx.download('tally-months.csv', 'text/csv', monthsCsv(last)));
    $('time-export-bills').addEventListener('click', () => last && ctx.download('tally-bills.csv', 'text/csv', billsCsv(last)));
  }

  // ---- the request: each field checked where it is typed; null when any is wrong ----
  const show = (id, message) => {
    const node = $(id);
    if (node) node.textContent = message ?? '';
  };
  const invalid = (id, bad) => $(id)?.setAttribute('aria-invalid', bad ? 'true' : 'false');

  function buildRequest() {
    const words = w();
    const errors = words.timeErrors;
    let valid = true;
    const fail = (errorId, inputId, message) => { show(errorId, message); invalid(inputId, true); valid = false; };
    const pass = (errorId, ...inputIds) => { show(errorId, ''); for (const id of inputIds) invalid(id, false); };
    const from = start();
    const months = wholeNumber(ts.months, 1, MAX_MONTHS).value ?? null;
    pass('time-start-error', 'time-start');
    pass('time-months-error', 'time-months-count');
    if (!readDate(from)) fail('time-start-error', 'time-start', errors.date);
    if (months === null) fail('time-months-error', 'time-months-count', errors.months);
    if (!valid) return null;
    const end = horizonEnd(from, months);
    const calendar = monthsBetween(from, end);
    $('time-horizon-note').textContent = words.timeHorizonNote(from, end, Math.round((readDate(end) - readDate(from)) / 86400000) + 1);
    const inside = (date) => readDate(date) && date >= from && date <= end;

    const usage = [], usageRows = [];
    ts.usage.forEach((u, i) => {
      pass(`time-calls-error-${i}`, `time-calls-${i}`);
      pass(`time-growth-error-${i}`, `time-growth-${i}`);
      show(`time-growth-note-${i}`, '');
      const parsed = parseCalls(u.calls);
      const growth = parseGrowth(u.growth);
      if (parsed.error) fail(`time-calls-error-${i}`, `time-calls-${i}`, words.fields[parsed.error](1000000000000000));
      if (growth.error) fail(`time-growth-error-${i}`, `time-growth-${i}`, errors[growth.error]);
      if (parsed.error || growth.error || !parsed.calls) return;
      const perDay = u.per === 'day';
      if (growth.percent.num === 0n) {
        usage.push({ service: u.service, calls: parsed.calls, per: perDay ? 'day' : 'month' });
        usageRows.push(i);
        return;
      }
      const grown = growingCalls(parsed.calls, growth.percent, calendar.length);
      if (grown.error) { fail(`time-growth-error-${i}`, `time-growth-${i}`, errors.growth_too_large(grown.month + 1)); return; }
      // Month k at its own rate: a month's calls, or a day's every day of it (days outside the horizon dropped).
      grown.calls.forEach((calls, k) => {
        usage.push(perDay ? { service: u.service, calls, per: 'day', from: `${calendar[k]}-01`, to: lastDayOf(calendar[k]) }
          : { service: u.service, calls, per: 'month', from: calendar[k], to: calendar[k] });
        usageRows.push(i);
      });
      const shown = grown.calls.length > 4
        ? `${grown.calls.slice(0, 3).map(ctx.calls).join(' → ')} → … → ${ctx.calls(grown.calls.at(-1))}`
        : grown.calls.map(ctx.calls).join(' → ');
      show(`time-growth-note-${i}`, perDay ? words.timeGrowthShownDay(shown) : words.timeGrowthShown(shown));
    });

    const purchases = [];
    const refunds = [];
    const refundRows = [];  // refunds[k] is typed in buy row refundRows[k]
    ts.buys.forEach((b, i) => {
      pass(`time-buy-error-${i}`, `time-buy-count-${i}`, `time-buy-date-${i}`, `time-buy-refund-${i}`);
      const n = wholeNumber(b.count, 1, MAX_PACK_COUNT).value ?? null;
      const date = b.date || from;
      const refund = refundable() && b.refund ? b.refund : '';
      if (n === null) fail(`time-buy-error-${i}`, `time-buy-count-${i}`, words.wholeRange(1, MAX_PACK_COUNT));
      else if (!inside(date)) fail(`time-buy-error-${i}`, `time-buy-date-${i}`, readDate(date) ? errors.outside(from, end) : errors.date);
      else if (refund && !inside(refund)) fail(`time-buy-error-${i}`, `time-buy-refund-${i}`, readDate(refund) ? errors.outside(from, end) : errors.date);
      else {
        purchases.push({ service: b.service, size: Number(b.size), count: n, date });
        if (refund) {
          refunds.push({ purchase: purchases.length - 1, date: refund });
          refundRows.push(i);
        }
      }
    });

    const qps = [];
    const group = qpsGroup();
    ts.qps.forEach((q, i) => {
      pass(`time-qps-error-${i}`, `time-qps-count-${i}`, `time-qps-months-${i}`, `time-qps-date-${i}`);
      const level = wholeNumber(q.qps, 1, group.max_qps).value ?? null;
      const daily = q.per === 'day';
      const most = daily ? MAX_QPS_DAYS : MAX_MONTHS;
      const span = wholeNumber(q.months, 1, most).value ?? null;
      const date = q.date || from;
      if (level === null) fail(`time-qps-error-${i}`, `time-qps-count-${i}`, words.wholeRange(1, group.max_qps));
      else if (span === null) fail(`time-qps-error-${i}`, `time-qps-months-${i}`, words.wholeRange(1, most));
      else if (!inside(date)) fail(`time-qps-error-${i}`, `time-qps-date-${i}`, readDate(date) ? errors.outside(from, end) : errors.date);
      else qps.push({ group: group.id, qps: level, per: daily ? 'day' : 'month', date, ...(daily ? { days: span } : { months: span }) });
    });
    if (!valid) return null;
    const edition = ctx.edition();
    return { request: { product: ctx.productId(), edition: edition.edition, free_quota: ctx.free(), start: from, end,
      usage, purchases, ...(refunds.length ? { refunds } : {}), ...(qps.length ? { qps } : {}) }, usageRows, refundRows };
  }

  // An engine refusal names its field (`usage[3].calls`, `refunds[0].purchase`): shown at that row, in the page's
  // language.
  function showEngineError(error, { usageRows, refundRows }) {
    const at = /^(usage|purchases|refunds|qps)\[(\d+)\]/.exec(error.path ?? '');
    const message = w().timeFailed(ctx.engineError(error));
    if (at) {
      const index = Number(at[2]);
      const id = {
        usage: `time-calls-error-${usageRows[index]}`, purchases: `time-buy-error-${index}`,
        refunds: `time-buy-error-${refundRows[index]}`, qps: `time-qps-error-${index}`,
      }[at[1]];
      if (at[1] === 'refunds') invalid(`time-buy-refund-${refundRows[index]}`, true);
      if ($(id)) { show(id, message); return; }
    }
    $('time-status').textContent = message;
  }

  // Under each purchase, from the answer (every row was sent, in order): the refund window, or the refund made.
  function showBuyNotes(timeline) {
    const words = w();
    timeline.purchases.forEach((p, i) => show(`time-buy-note-${i}`, p.refunded ? words.buyRefunded(p.refunded, ctx.yuan(p.price))
      : p.refundable_until ? words.buyRefundable(p.refundable_until) : ''));
  }

  function markStale(stale) {
    $('time-result').classList.toggle('stale', stale);
    $('total-bar').classList.toggle('stale', stale);
    $('time-status').textContent = stale ? (last ? w().timeStale : w().timeFix) : '';
  }

  function update() {
    ctx.changed();
    const built = buildRequest();
    lastRequest = null;
    if (!built) {
      markStale(true);
      planCard.refresh();
      return;
    }
    let timeline;
    try {
      timeline = ctx.tally().timeline(built.request);
    } catch (error) {
      markStale(true);
      showEngineError(error, built);
      planCard.refresh();
      return;
    }
    last = timeline;
    lastRequest = built.request;
    markStale(false);
    result.show(timeline);
    showBuyNotes(timeline);
    planCard.refresh();
  }

  return { read, write, prefill, renderInputs, bind, update, draw: () => result.draw(), timeline: () => last };
}
