// What the page and the <tally-calculator> element share, so that they cannot differ: how a service name is
// matched, how a small whole number (a pack count) is checked at its field, and the deduction steps of a service
// read from the engine's answer (free quota, packs, postpaid: the calls of each and the money charged for them).
import { fromFen, toFen } from './format.js';

/** A name as typed or printed, for matching: full- and half-width alike (NFKC), spaces ignored, case ignored. */
export const fold = (name) => String(name).normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** A whole number from `min` to `max` typed in a field: { value } or { error: 'whole_range' } (never clamped). */
export function wholeNumber(text, min, max) {
  const trimmed = String(text ?? '').trim();
  const ok = /^\d{1,7}$/.test(trimmed) && Number(trimmed) >= min && Number(trimmed) <= max;
  return ok ? { value: Number(trimmed) } : { error: 'whole_range' };
}

/** The most packs of one size a request may hold: the page's and the element's field both stop here. */
export const MAX_PACK_COUNT = 1000;

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
