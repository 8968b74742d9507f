// Reads a call count as people type it: 15000, 15,000, 1.5万, 150万, 1,000千次, 2百万. Integer arithmetic
// (BigInt) only: no float ever holds the count. Returns {calls} or {error} (an English message key).
const UNITS = [['百万', 1000000n], ['万', 10000n], ['千', 1000n]];
export const MAX_CALLS = 1000000000000000n;

/** `max`: the most a field may hold (the engine takes at most MAX_CALLS calls a line). */
export function parseCalls(text, max = MAX_CALLS) {
  let s = String(text).replace(/[\s,，_]/g, '').replace(/次$/, '');
  if (s === '') return { calls: 0 };
  let scale = 1n;
  for (const [unit, factor] of UNITS) {
    if (s.endsWith(unit)) {
      scale = factor;
      s = s.slice(0, -unit.length);
      break;
    }
  }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!match) return { error: /^[-−]\d/.test(s) ? 'negative' : 'not_a_number' };
  const [, whole, fraction = ''] = match;
  const denominator = 10n ** BigInt(fraction.length);
  const numerator = BigInt(whole + fraction) * scale;
  if (numerator % denominator !== 0n) return { error: 'not_whole' };
  const calls = numerator / denominator;
  if (calls > max) return { error: 'too_large' };
  return { calls: Number(calls) };  // at most 10^15: exact as a JS number
}
