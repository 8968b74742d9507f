// What the page, the <tally-calculator> element and the estimate share, so that they cannot differ: how a service
// name is matched, how a small whole number (a pack count) is checked at its field, how typed inputs become a quote
// request, and the deduction steps of a service read from the engine's answer (free quota, packs, postpaid: the
// calls of each and the money charged for them).
import { MAX_CALLS, parseCalls } from './calls.js';
import { fromFen, toFen } from './format.js';

/** A name as typed or printed, for matching: full- and half-width alike (NFKC), spaces ignored, case ignored. */
export const fold = (name) => String(name).normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** A whole number from `min` to `max` typed in a field: { value } or { error: 'whole_range' } (never clamped). */
export function wholeNumber(text, min, max) {
  const trimmed = String(text ?? '').trim();
  const ok = /^\d{1,7}$/.test(trimmed) && Number(trimmed) >= min && Number(trimmed) <= max;
  return ok ? { value: Number(trimmed) } : { error: 'whole_range' };
}

/** A service's (or QPS group's) name in `lang` from the engine's listing, by id: the id itself if unknown. */
export const serviceNamer = (edition, lang) => (id) => {
  const named = edition.services.find((s) => s.id === id) ?? edition.qps_groups?.find((g) => g.id === id);
  return named ? named.name[lang] || named.name.zh : id;
};

/** The most packs of one size a request may hold: the page's and the element's field both stop here. */
export const MAX_PACK_COUNT = 1000;

/** The days a daily QPS plan in a one-month quote may cover. */
export const MAX_QPS_DAYS_IN_MONTH = 31;

/**
 * A one-month quote request from what was typed, checked field by field: { request, problems }, `request` built
 * from the fields that are right, `problems` one per field that is not, for the caller to word at that field:
 * { field: 'calls', service, error } (parseCalls' error, with `max`), { field: 'count', service, index },
 * { field: 'qps' | 'qps_days', min, max }. typed: { free, calls: { [service]: text }, packs: { [service]:
 * [{ size, count }] } (a pack without a size is none), qps: null | { qps, per, days } (texts; the edition's first
 * QPS group, the one the price page sells), maxCalls }.
 */
export function quoteRequest(productId, edition, { free, calls, packs = {}, qps = null, maxCalls = MAX_CALLS }) {
  const request = { product: productId, edition: edition.edition, free_quota: free, usage: [], packs: [] };
  const problems = [];
  for (const service of edition.services) {
    const parsed = parseCalls(calls[service.id] ?? '', maxCalls);
    if (parsed.error) problems.push({ field: 'calls', service: service.id, error: parsed.error, max: maxCalls });
    else if (parsed.calls > 0) request.usage.push({ service: service.id, calls: parsed.calls });
    if (!service.packs.length) continue;
    (packs[service.id] ?? []).forEach((pack, index) => {
      if (!pack.size) return;
      const n = wholeNumber(pack.count, 1, MAX_PACK_COUNT);
      if (n.error) problems.push({ field: 'count', service: service.id, index, min: 1, max: MAX_PACK_COUNT });
      else request.packs.push({ service: service.id, size: Number(pack.size), count: n.value });
    });
  }
  const group = edition.qps_groups?.[0];
  if (qps && group) {
    const daily = qps.per === 'day';
    const level = wholeNumber(qps.qps, 1, group.max_qps);
    const days = daily ? wholeNumber(qps.days, 1, MAX_QPS_DAYS_IN_MONTH) : {};
    if (level.error) problems.push({ field: 'qps', min: 1, max: group.max_qps });
    if (days.error) problems.push({ field: 'qps_days', min: 1, max: MAX_QPS_DAYS_IN_MONTH });
    if (!level.error && !days.error) {
      request.qps = [{ group: group.id, qps: level.value, per: daily ? 'day' : 'month', ...(daily ? { days: days.value } : {}) }];
    }
  }
  return { request, problems };
}

/**
 * The deduction steps of one service in a quote, in the engine's order: [{ source, calls, charged }], only the
 * steps with calls or a line (a pack bought and not drawn on); `charged` is the sum of that service's lines from that source (packs: their price), in fen.
 */
export function deductionSteps(quote, serviceId) {
  const summary = quote.services.find((s) => s.service === serviceId);
  if (!summary) return [];
  const money = (source) => fromFen(quote.lines.filter((l) => l.service === serviceId && l.source === source)
    .reduce((sum, l) => sum + toFen(l.charged), 0n));
  return [['free', summary.free_calls], ['pack', summary.pack_calls], ['postpaid', summary.postpaid_calls]]
    .filter(([source, calls]) => calls > 0 || quote.lines.some((l) => l.service === serviceId && l.source === source))
    .map(([source, calls]) => ({ source, calls, charged: money(source) }));
}
