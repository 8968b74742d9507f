// The time view's answer on screen: the total and the average per call, the events in words, the months and the
// bills (face verification's daily bills grouped by month, each month built when opened), and the two charts
// (time-chart.js), drawn after the frame that shows the figures. Amounts are the engine's decimal strings,
// formatted by format.js; names from the tariff go in as text.
import { $, el, patchChildren } from './dom.js';
import { fromFen, toFen } from './format.js';
import { renderBalanceChart, renderSpendChart } from './time-chart.js';

/** ctx: { words(), yuan(decimal, options), calls(n), serviceName(id), edition(), months() (the horizon's length) }. */
export function createTimeResult(ctx) {
  let shown = null;  // the timeline on screen
  let drawPending = false;
  const w = () => ctx.words();

  /** Shows `t` (a timeline answer) now, its charts after the next frame. */
  function show(t) {
    shown = t;
    render(t);
    scheduleDraw();
  }

  function render(t) {
    const words = w();
    const yuan = ctx.yuan;
    // The average to 4 places at most ("about" when that rounded it): 8 places read as noise (¥1.19999999).
    const average = (decimal) => {
      const shown = yuan(decimal, { places: 4 });
      return words.timeAverage(shown, shown !== yuan(decimal, { exact: true }));
    };
    $('time-total-label').textContent = words.timeTotalLabel(ctx.months());
    $('time-total').textContent = yuan(t.total);
    $('time-average').textContent = t.average_per_call === null ? words.timeNoCalls
      : `${average(t.average_per_call)} · ${ctx.calls(t.calls.total)} ${words.callsUnit}`;
    const unlessZero = (decimal) => (/^0+(\.0+)?$/.test(decimal) ? null : yuan(decimal));
    $('time-paid').textContent = words.timePaid(yuan(t.paid.bills), yuan(t.paid.purchases), unlessZero(t.paid.qps), unlessZero(t.paid.refunds));
    $('bar-label').textContent = $('time-total-label').textContent;
    $('bar-total').textContent = $('time-total').textContent;
    $('bar-period').textContent = '';
    renderEvents(t);
    renderMonths(t);
    renderBills(t);
  }

  function packText(t, index) {
    const p = t.purchases[index];
    if (!p) return '';
    return w().eventPack(ctx.serviceName(p.service), p.size, p.count, p.date);
  }

  function eventText(t, e) {
    const words = w();
    const edition = ctx.edition();
    const phrase = words.events[e.code];
    if (!phrase) return e.code;
    if (e.code === 'tier_changed') {
      const tiers = edition.services.find((s) => s.id === e.service)?.postpaid?.tiers ?? [];
      return phrase(ctx.serviceName(e.service), e, tiers[e.from_tier]?.from ?? 0, tiers[e.to_tier]?.from ?? 0);
    }
    if (e.code === 'free_expired') return phrase(ctx.serviceName(e.service), e);
    const percent = edition.pack_rules?.alerts?.below_percent ?? '';
    return phrase(packText(t, e.purchase), e, percent, t.purchases[e.purchase]?.expires ?? '');
  }

  function renderEvents(t) {
    const items = t.events.map((e) => el('li', { className: `event ${e.code}` },
      el('time', { dateTime: e.date, textContent: e.date }), ' ', el('span', { textContent: eventText(t, e) })));
    if (!items.length) items.push(el('li', { className: 'hint', textContent: w().timeNoEvents }));
    patchChildren($('time-events'), items);
  }

  function renderMonths(t) {
    const words = w();
    const image = t.months.some((m) => m.freeze !== undefined);
    // A column of calls by source only where the horizon has such calls (no free column with the free quota off).
    const sources = [['free', words.timeFree], ['pack', words.timePack], ['postpaid', words.timePostpaidCalls], ['qps', words.timeQpsCalls]]
      .filter(([source]) => t.calls[source] > 0);
    const bought = t.months.some((m) => !/^0+(\.0+)?$/.test(m.purchases));  // nothing bought: no column of zeros
    const heads = [words.timeMonth, words.timeCallsAll, ...sources.map(([, head]) => head),
      words.timePostpaid, ...(bought ? [words.timeBought] : []), ...(image ? [words.timeFreeze, words.timeCash] : [])];
    $('time-months-note').textContent = image ? words.timeFreezeNote : '';
    patchChildren($('time-months').tHead, [el('tr', {}, ...heads.map((h) => el('th', { scope: 'col', textContent: h })))]);
    const cell = (text) => el('td', { textContent: text });
    const figure = (decimal) => ctx.yuan(decimal).replace('¥', '');  // the column's head says 元 (¥)
    patchChildren($('time-months').tBodies[0], t.months.map((m) => el('tr', {},
      el('th', { scope: 'row', textContent: m.month }),
      ...[m.calls.total, ...sources.map(([source]) => m.calls[source])].map((n) => cell(ctx.calls(n))),
      ...[m.postpaid, ...(bought ? [m.purchases] : []), ...(image ? [m.freeze ?? '0', m.cash] : [])].map((d) => cell(figure(d))))));
    // The horizon's sums: calls as the engine counted them, money added in whole fen (a freeze is held, not paid:
    // no sum).
    const sum = (pick) => fromFen(t.months.reduce((total, m) => total + toFen(pick(m)), 0n));
    patchChildren($('time-months').tFoot, [el('tr', {},
      el('th', { scope: 'row', textContent: words.timeMonthsSum }),
      ...[t.calls.total, ...sources.map(([source]) => t.calls[source])].map((n) => cell(ctx.calls(n))),
      ...[sum((m) => m.postpaid), ...(bought ? [sum((m) => m.purchases)] : [])].map((d) => cell(figure(d))),
      ...(image ? [cell(''), cell(figure(sum((m) => m.cash)))] : []))]);
  }

  // A bill for a whole calendar month (from the 1st to its last day) is named by the month.
  const wholeMonth = (b) => b.from.endsWith('-01') && b.from.slice(0, 7) === b.to.slice(0, 7)
    && Number(b.to.slice(8)) === new Date(Date.UTC(Number(b.to.slice(0, 4)), Number(b.to.slice(5, 7)), 0)).getUTCDate();

  function billTable(bills, daily) {
    const words = w();
    const freeze = bills.some((b) => b.freeze !== undefined);
    const heads = [words.timeBillPeriod, words.timeBillIssued, words.timeBillTotal, ...(freeze ? [words.timeFreeze] : [])];
    return el('table', { className: 'time-bills' },
      el('thead', {}, el('tr', {}, ...heads.map((h) => el('th', { scope: 'col', textContent: h })))),
      el('tbody', {}, ...bills.map((b) => el('tr', {},
        el('td', { textContent: daily || b.from === b.to ? b.from : wholeMonth(b) ? b.from.slice(0, 7) : `${b.from} – ${b.to}` }),
        el('td', { textContent: b.issued_by && b.issued_by !== b.issued ? `${b.issued} – ${b.issued_by}` : b.issued }),
        el('td', { className: 'num', textContent: ctx.yuan(b.total).replace('¥', '') }),
        ...(freeze ? [el('td', { className: 'num', textContent: ctx.yuan(b.freeze ?? '0').replace('¥', '') })] : [])))));
  }

  // Monthly bills in one table; daily bills grouped by month, each month's table built when it is opened.
  function renderBills(t) {
    const daily = t.settlement === 'daily';
    if (!daily) {
      $('time-bills').replaceChildren(el('div', { className: 'table-scroll', role: 'region', tabIndex: 0, ariaLabel: w().timeBills }, billTable(t.bills, false)));
      return;
    }
    const byMonth = new Map();
    for (const b of t.bills) {
      const month = b.from.slice(0, 7);
      if (!byMonth.has(month)) byMonth.set(month, []);
      byMonth.get(month).push(b);
    }
    const groups = t.months.filter((m) => byMonth.has(m.month)).map((m) => {
      const bills = byMonth.get(m.month);
      const details = el('details', { className: 'bill-month' }, el('summary', { textContent: w().timeDailyGroup(m.month, bills.length, ctx.yuan(m.postpaid)) }));
      details.addEventListener('toggle', () => {
        if (details.open && details.children.length === 1) {
          details.append(el('div', { className: 'table-scroll', role: 'region', tabIndex: 0, ariaLabel: m.month }, billTable(bills, true)));
        }
      }, { once: false });
      return details;
    });
    if (!groups.length) groups.push(el('p', { className: 'hint', textContent: w().timeNoBills }));
    $('time-bills').replaceChildren(...groups);
  }

  // ---- the charts: drawn after the frame showing the figures ----
  function scheduleDraw() {
    if (drawPending) return;
    drawPending = true;
    requestAnimationFrame(() => setTimeout(() => { drawPending = false; draw(); }, 0));
  }

  function draw() {
    const started = performance.now();
    drawNow();
    performance.measure('tally-time-chart', { start: started });  // read by bench/bench_time_view.mjs
  }

  function drawNow() {
    const t = shown;
    if (!t || $('time-result').hidden) return;
    const words = w();
    const months = t.months.map((m) => m.month);
    // The caption says what the bars show in figures too, for a reader who cannot see them.
    const spend = t.months.map((m) => ({ month: m.month, fen: toFen(m.postpaid) + toFen(m.purchases) }));
    const named = (fen) => {
      const months = spend.filter((s) => s.fen === fen);
      return months.length > 1 ? words.timeMonthsTied(months[0].month, months.length) : months[0].month;
    };
    const most = spend.reduce((a, b) => (b.fen > a.fen ? b : a)).fen;
    const least = spend.reduce((a, b) => (b.fen < a.fen ? b : a)).fen;
    const spendCaption = `${words.timeChartCaption} ${most === least ? words.timeChartSame(ctx.yuan(fromFen(most)))
      : words.timeChartSummary(named(most), ctx.yuan(fromFen(most)), named(least), ctx.yuan(fromFen(least)))}`;
    renderSpendChart($('time-chart'), {
      months: t.months.map((m) => ({ month: m.month, postpaid: m.postpaid, bought: m.purchases })),
      words: { tick: words.timeMonthTick, axisY: words.chartAxisY, caption: spendCaption, postpaid: words.timeLegendPostpaid, bought: words.timeLegendBought },
      format: ctx.yuan, captionId: 'time-chart-caption',
    });
    // Where a day begins (or ends) on the month axis: its month's index and how far through that month.
    const position = (date, { begins = false } = {}) => {
      const [y, m, d] = date.split('-').map(Number);
      return { index: months.indexOf(date.slice(0, 7)), fraction: (begins ? d - 1 : d) / new Date(Date.UTC(y, m, 0)).getUTCDate() };
    };
    const summaries = [];
    const packs = t.purchases.map((p, i) => ({ p, i })).filter(({ p }) => !p.refunded).map(({ p, i }) => {
      const inside = p.expires <= t.end;
      summaries.push(p.expired_unused > 0 ? words.timeBalanceSummary(packText(t, i), ctx.calls(p.expired_unused), true)
        : words.timeBalanceSummary(packText(t, i), ctx.calls(p.remaining), false));
      return {
        label: packText(t, i), size: p.size * p.count, remaining: p.month_end_remaining,
        start: position(p.date, { begins: true }),
        expires: inside ? position(p.expires) : null,
        expiryText: inside ? words.timeExpires(p.expires) : words.timeExpiresAfter(p.expires),
      };
    });
    $('time-balance-block').hidden = !packs.length;
    if (packs.length) {
      renderBalanceChart($('time-balance'), { months, packs, formatCalls: ctx.calls, captionId: 'time-balance-caption',
        words: { tick: words.timeMonthTick, axisY: words.timeBalanceAxis, caption: [words.timeBalanceCaption, ...summaries].join(' ') } });
    }
  }

  return { show, draw: scheduleDraw };
}
