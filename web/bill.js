// The example bill a visitor would receive: its head (product, period, issue date), the detail lines, and for a
// daily-settled product the month's daily bills grouped where they repeat. Figures are the engine's decimal
// strings; a day's charge is the sum of that day's lines, added in whole fen with BigInt (never a float).
import { $, el } from './dom.js';
import { fromFen, groupedDecimal, money, toFen } from './format.js';

const isoDate = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * The billing period containing `today`: its calendar month, or for daily bills `days` days from the 1st. `issued`
 * is the (first) bill's date; daily bills also have `lastIssued`, the day after the period's last day.
 */
export function billDates(today, days) {
  const first = new Date(today.getFullYear(), today.getMonth(), 1);
  const last = days ? new Date(first.getFullYear(), first.getMonth(), days)
    : new Date(first.getFullYear(), first.getMonth() + 1, 0);
  const issued = days ? new Date(first.getFullYear(), first.getMonth(), 2)
    : new Date(first.getFullYear(), first.getMonth() + 1, 1);
  const dates = { from: isoDate(first), to: isoDate(last), issued: isoDate(issued) };
  if (days) dates.lastIssued = isoDate(new Date(first.getFullYear(), first.getMonth(), days + 1));
  return dates;
}

/**
 * A month of daily bills: { rows, prepaid, freeCalls, packCalls }. Each row is a run of consecutive days with the
 * same postpaid calls and charge ({ from, to, calls, charged, subtotal }, subtotal the daily bills' running sum);
 * free and pack calls are on no daily bill (packs are paid when bought): `prepaid` is what the packs cost.
 */
export function dailyRows(monthQuote) {
  const days = new Map();
  let prepaid = 0n;
  let freeCalls = 0;
  let packCalls = 0;
  for (const line of monthQuote.lines) {
    if (!line.day) {
      prepaid += toFen(line.charged);
      if (line.source === 'free') freeCalls += line.calls;
      else packCalls += line.calls;
      continue;
    }
    const day = days.get(line.day) ?? { calls: 0, fen: 0n };
    day.calls += line.calls;
    day.fen += toFen(line.charged);
    days.set(line.day, day);
  }
  const rows = [];
  let subtotal = 0n;
  for (let d = 1; d <= (monthQuote.days ?? 30); d++) {
    const day = days.get(d) ?? { calls: 0, fen: 0n };
    subtotal += day.fen;
    const last = rows[rows.length - 1];
    if (last && last.calls === day.calls && last.fen === day.fen) {
      last.to = d;
      last.subtotal = subtotal;
    } else {
      rows.push({ from: d, to: d, calls: day.calls, fen: day.fen, subtotal });
    }
  }
  return { rows: rows.map(({ fen, ...r }) => ({ ...r, charged: fromFen(fen), subtotal: fromFen(r.subtotal) })),
    prepaid: fromFen(prepaid), freeCalls, packCalls };
}

// An exact amount (up to 8 places) as whole 1e-8 yuan, and back: sums of the engine's amounts, never a float.
const toUnits = (decimal) => {
  const [whole, fraction = ''] = decimal.split('.');
  return BigInt(whole) * 100000000n + BigInt((fraction + '00000000').slice(0, 8));
};
const fromUnits = (units) => `${units / 100000000n}.${String(units % 100000000n).padStart(8, '0')}`;

/**
 * The detail lines as a bill lists them: a month of daily lines would be one line a day for every service, so
 * consecutive days of one service, source and unit price share a line ("days 1-31"), its calls, exact amount
 * and charge the sums of those days' (each day was rounded on its own; the sum of the charges is what is paid).
 */
export function billLines(lines) {
  const out = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (line.day && last?.dayRange && last.service === line.service && last.source === line.source
      && last.unit_price === line.unit_price && last.dayRange[1] === line.day - 1) {
      last.dayRange[1] = line.day;
      last.calls += line.calls;
      last.units += toUnits(line.amount);
      last.fen += toFen(line.charged);
      continue;
    }
    if (line.day) {
      const { day, ...rest } = line;
      out.push({ ...rest, dayRange: [day, day], units: toUnits(line.amount), fen: toFen(line.charged) });
    } else {
      out.push(line);
    }
  }
  return out.map((line) => (line.dayRange
    ? { ...line, ...(line.dayRange[0] === line.dayRange[1] ? { day: line.dayRange[0], dayRange: undefined } : {}), amount: fromUnits(line.units), charged: fromFen(line.fen) }
    : line));
}

/** The exact amount when rounding to the fen changed it ("0.0245" beside a 0.02 charge), else null. */
export function exactBeside(amount, charged) {
  if (toUnits(amount) === toUnits(charged)) return null;
  return amount.replace(/0+$/, '');
}

export function renderBill({ quote, monthQuote, edition, product, lang, words, serviceName, count, today = new Date() }) {
  const daily = edition.settlement.cycle === 'daily';
  const dates = billDates(today, daily ? monthQuote?.days ?? 0 : 0);
  const when = edition.settlement.bill_issued[lang];
  const head = [
    [words.billProduct, `${product.name[lang]} · ${words.editionName(edition.edition)}`],
    [words.billPeriod, words.period(dates.from, dates.to)],
    daily && monthQuote ? [words.billIssuedDaily, words.issuedDaily(dates.issued, dates.lastIssued, when)]
      : [words.billIssued, words.issued(dates.issued, when)],
    [words.billTotal, money(daily && monthQuote ? monthQuote.total : quote.total, lang)],
  ];
  // A date (2026-12-31) is never broken at its hyphens.
  const dated = (text) => text.split(/(\d{4}-\d{2}-\d{2})/).filter(Boolean)
    .map((part) => (/^\d{4}-\d{2}-\d{2}$/.test(part) ? el('span', { className: 'part', textContent: part }) : part));
  $('bill-head').replaceChildren(...head.flatMap(([term, value]) =>
    [el('dt', { textContent: term }), el('dd', {}, ...dated(value))]));
  // One group of rows per service, its name across the table: the amounts keep their columns on a narrow card.
  const groups = new Map();
  for (const line of billLines(quote.lines)) groups.set(line.service, [...groups.get(line.service) ?? [], line]);
  $('lines').replaceChildren($('lines').caption, $('lines').tHead, ...[...groups].map(([service, lines]) => el('tbody', {},
    el('tr', { className: 'service-row' }, el('th', { scope: 'rowgroup', colSpan: 4, textContent: serviceName(service) })),
    ...lines.map((line) => {
      const exact = exactBeside(line.amount, line.charged);
      return el('tr', {},
        // Its parts ("资源包", "200,000 次 × 1", "第 2–31 天") each kept whole: a narrow column breaks between them.
        el('td', {}, ...[words.sources[line.source], line.size ? words.packLine(line.size, line.count) : '', line.qps ? words.qpsLine(line) : '', line.day ? words.dayLine(line.day) : '',
          line.dayRange ? words.dayRange(...line.dayRange) : ''].filter(Boolean)
          .flatMap((part, i) => [...(i ? [' '] : []), el('span', { className: 'part', textContent: part.trim() })])),
        el('td', { textContent: count(line.calls) }),
        // A pack's price is a pack's and a QPS plan's a QPS's for a day or a month: said, so calls x price is not
        // read as the amount.
        el('td', {}, el('span', { className: 'part', textContent: groupedDecimal(line.unit_price) }),
          ...(line.source === 'pack' ? [' ', el('span', { className: 'part', textContent: words.perPack.trim() })] : []),
          ...(line.source === 'qps' ? [' ', el('span', { className: 'part', textContent: words.perQps(line.per) })] : [])),
        el('td', {}, money(line.charged, lang), ...(exact ? [el('span', { className: 'exact', textContent: words.exact(groupedDecimal(exact)) })] : [])));
    }))));
  const table = $('daily');
  table.hidden = !(daily && monthQuote);
  if (table.hidden) return;
  const month = dailyRows(monthQuote);
  $('daily-note').textContent = words.dailyNote(month.freeCalls, month.packCalls);
  $('daily-bills').tBodies[0].replaceChildren(...month.rows.map((row) => el('tr', {},
    el('th', { scope: 'row', textContent: words.dayRange(row.from, row.to) }),
    el('td', { textContent: count(row.calls) }),
    el('td', { textContent: money(row.charged, lang) }),
    el('td', { textContent: money(row.subtotal, lang) }))));
  const foot = [];
  if (toFen(month.prepaid) > 0n) {
    foot.push(el('tr', {}, el('th', { scope: 'row', colSpan: 3, textContent: words.packsPaid }), el('td', { textContent: money(month.prepaid, lang) })));
  }
  foot.push(el('tr', {}, el('th', { scope: 'row', colSpan: 3, textContent: words.billTotal }), el('td', { textContent: money(monthQuote.total, lang) })));
  $('daily-bills').tFoot.replaceChildren(...foot);
}
