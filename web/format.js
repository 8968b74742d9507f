// Money and counts for people, in the page's language. Amounts arrive from the engine as decimal strings and are
// handed to Intl.NumberFormat as strings, which formats them exactly (no float ever holds an amount).
const formats = new Map();

function format(lang, options) {
  const key = `${lang}|${JSON.stringify(options)}`;
  if (!formats.has(key)) formats.set(key, new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', options));
  return formats.get(key);
}

/** "1234567.80" -> "¥1,234,567.80"; exact amounts keep their places ("0.00350000" -> "¥0.0035" with {exact}). */
export function money(decimal, lang = 'zh', { exact = false } = {}) {
  return format(lang, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2, maximumFractionDigits: exact ? 8 : 2 }).format(String(decimal));
}

/** A call count with thousands separators: 2999999 -> "2,999,999". */
export function count(n, lang = 'zh') {
  return format(lang, { maximumFractionDigits: 0 }).format(String(n));
}

/** "12.34" -> 1234n: a charged amount (2 places) in whole fen, for sums and chart positions, never a float. */
export function toFen(decimal) {
  const [whole, fraction = ''] = decimal.split('.');
  return BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
}

/** 1234n -> "12.34". */
export const fromFen = (fen) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
