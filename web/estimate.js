// An estimate of several products: each item is a one-month setup as the page's URL holds it (?p=…&u.…&k.…),
// priced again from that text whenever the estimate is shown, so a link carries the inputs, never a figure. The
// combined total is the items' monthly totals added in whole fen.
import { quoteRequest } from './core.js';
import { fromFen, toFen } from './format.js';
import { monthTimelineTotal } from './month-timeline.js';
import { readPackList } from './packs.js';

// The parts of a page URL that make a one-month quote (not the language, the chart or the view).
const QUOTE_KEYS = /^(p|e|f|t|q|u\..+|k\..+)$/;

/** The quote's own part of a page URL's query, as the estimate keeps it. */
export function quoteQuery(search) {
  const kept = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) if (QUOTE_KEYS.test(key)) kept.append(key, value);
  return kept.toString();
}

/**
 * The month's quote request of an item: { product, edition, request } or { error } (in plain words, English keys
 * for the page to word). A daily-settled product is quoted for `days` days: a day's calls every day, or the
 * month's calls spread over them, as the item was typed.
 */
export function monthRequest(query, listing, days) {
  const params = new URLSearchParams(query);
  const product = listing.products.find((p) => p.id === params.get('p'));
  if (!product) return { error: 'product' };
  const edition = product.editions.find((e) => e.edition === (params.get('e') ?? product.default_edition));
  if (!edition) return { error: 'edition' };
  const perDay = edition.settlement.cycle === 'daily' && params.get('t') !== 'month';
  const calls = {};
  const packs = {};
  for (const service of edition.services) {
    calls[service.id] = params.get(`u.${service.id}`) ?? '';
    packs[service.id] = readPackList(params.get(`k.${service.id}`));
  }
  const [, qps, per, qpsDays] = /^(\d+)\/(month|day)\/(\d+)$/.exec(params.get('q') ?? '') ?? [];
  const { request, problems } = quoteRequest(product.id, edition, { free: params.get('f') !== '0', calls, packs,
    qps: qps ? { qps, per, days: qpsDays } : null });
  if (problems.length) return { error: problems[0].field === 'calls' ? 'calls' : problems[0].field === 'count' ? 'packs' : 'qps' };
  if (perDay) for (const line of request.usage) line.calls *= days;
  if (edition.settlement.cycle === 'daily') Object.assign(request, { period: 'month', days });
  return { product, edition, request };
}

/**
 * Items priced: [{ query, product, edition, quote, total } or { query, error }], and the total of those priced. An
 * item's total is its quote's, except with a QPS plan bought by the day for part of the month: the quote prices
 * only those days, so the month is next month's timeline, the other days billed per call (month-timeline.js).
 */
export function priceEstimate(items, tally, listing, days, today = new Date()) {
  let total = 0n;
  const priced = items.map((query) => {
    const item = monthRequest(query, listing, days);
    if (item.error) return { query, error: item.error };
    try {
      const quote = tally.quote(item.request);
      const month = quote.warnings.some((x) => x.code === 'qps_partial_month') ? monthTimelineTotal(tally, item.request, today) : quote.total;
      total += toFen(month);
      return { query, product: item.product, edition: item.edition, quote, total: month };
    } catch (error) {
      return { query, product: item.product, error: error.message };
    }
  });
  return { items: priced, total: fromFen(total) };
}

/** Every item's bill lines as CSV rows (product and edition first), and the combined total. */
export function estimateRows(priced, serviceName) {
  const rows = [['product', 'edition', 'service', 'name', 'source', 'day', 'size', 'count', 'calls', 'unit_price', 'amount', 'charged']];
  for (const item of priced.items.filter((i) => i.quote)) {
    for (const l of item.quote.lines) {
      rows.push([item.product.id, item.edition.edition, l.service, serviceName(item, l.service), l.source, l.day ?? '',
        l.size ?? '', l.count ?? '', l.calls, l.unit_price, l.amount, l.charged]);
    }
    rows.push([item.product.id, item.edition.edition, 'total', '', '', '', '', '', '', '', '', item.total]);
  }
  rows.push(['total', '', '', '', '', '', '', '', '', '', '', priced.total]);
  return rows;
}
