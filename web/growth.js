// Usage that grows by a fixed percentage each month (500万 +20%/月), turned into whole calls per month with
// BigInt only: month k is start × (1 + g/100)^k kept exact as a fraction, and only that exact value is rounded
// to a whole call, half up. Rounding never compounds: 15 calls +10% is 15, 16.5 -> 17, 18.15 -> 18 (rounding
// month 2 first and growing that would give 17 × 1.1 = 18.7 -> 19).
import { MAX_CALLS } from './calls.js';

export const MAX_GROWTH_PERCENT = 1000n;

/**
 * A monthly growth in percent as typed: "20", "+20", "20%", "-5", "2.5" (up to 4 decimals), "" = 0. Returns
 * { percent: { num, den } } (BigInt, percent = num / den) or { error: 'growth_format' | 'growth_range' }.
 */
export function parseGrowth(text) {
  const s = String(text ?? '').replace(/[\s％%]/g, '').replace(/^＋/, '+').replace(/^[－−]/, '-');
  if (s === '' || s === '+' ) return { percent: { num: 0n, den: 1n } };
  const match = /^([+-]?)(\d{1,4})(?:\.(\d{1,4}))?$/.exec(s);
  if (!match) return { error: 'growth_format' };
  const [, sign, whole, fraction = ''] = match;
  const den = 10n ** BigInt(fraction.length);
  const num = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  // Down by 100% or more would leave no calls; up by more than 1,000% a month is a typo, not a plan.
  if (num <= -100n * den || num > MAX_GROWTH_PERCENT * den) return { error: 'growth_range' };
  return { percent: { num, den } };
}

/**
 * The whole calls of `months` consecutive months, the first being `first` (a whole number), growing by `percent`
 * ({ num, den } from parseGrowth) each month: [{ calls }] or { error: 'too_large', month } when a month passes
 * `max` calls (month: its index, 0 = the first).
 */
export function growingCalls(first, percent, months, max = MAX_CALLS) {
  const start = BigInt(first);
  const ratioNum = 100n * percent.den + percent.num;  // (1 + p/100) = ratioNum / ratioDen
  const ratioDen = 100n * percent.den;
  const out = [];
  let num = start, den = 1n;  // month k exactly: start × ratioNum^k / ratioDen^k
  for (let k = 0; k < months; k++) {
    if (k > 0) { num *= ratioNum; den *= ratioDen; }
    const calls = (2n * num + den) / (2n * den);  // half up (num >= 0)
    if (calls > BigInt(max)) return { error: 'too_large', month: k };
    out.push(Number(calls));  // at most 10^15: exact as a JS number
  }
  return { calls: out };
}
