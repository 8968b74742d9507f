// Money and counts for people. Amounts arrive from the engine as decimal strings and are formatted here digit by
// digit, so no float ever holds an amount. Chinese (zh-CN) and English (en-US) write them alike, "¥1,234,567.80"
// and "2,999,999", which is why this is not Intl.NumberFormat: its first use loads ICU's data, 45-75 ms on the
// main thread before the first quote can be shown.

const grouped = (digits) => digits.replace(/\B(?=(\d{3})+$)/g, ',');

/** A decimal's whole part in groups of three: "15000.00" -> "15,000.00". */
export const groupedDecimal = (decimal) => String(decimal).replace(/^(\d+)/, (whole) => grouped(whole));

/**
 * "1234567.80" -> "¥1,234,567.80"; exact amounts keep their places ("0.00350000" -> "¥0.0035" with {exact}), or up
 * to `places` of them ({ places: 4 }: "1.15931792" -> "¥1.1593", "1.19999999" -> "¥1.20").
 */
export function money(decimal, lang = 'zh', { exact = false, places: upTo = 2 } = {}) {
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(String(decimal));
  if (!match) throw new Error(`not a decimal amount: ${String(decimal).slice(0, 40)}`);
  const [, sign, whole, fraction = ''] = match;
  const places = exact ? 8 : upTo;
  // Beyond its places an amount is rounded half away from zero, as Intl.NumberFormat's default (halfExpand) did.
  let units = BigInt(whole + fraction.padEnd(places, '0').slice(0, places));
  if (fraction.length > places && fraction[places] >= '5') units += 1n;
  const digits = String(units).padStart(places + 1, '0');
  const shown = digits.slice(-places).replace(/0+$/, '').padEnd(2, '0');
  return `${units === 0n ? '' : sign}¥${grouped(digits.slice(0, -places))}.${shown}`;
}

/** A call count with thousands separators: 2999999 -> "2,999,999". */
export function count(n, lang = 'zh') {
  const digits = String(n);
  if (!/^\d+$/.test(digits)) throw new Error(`not a whole count: ${digits.slice(0, 40)}`);
  return grouped(digits);
}

/** "12.34" -> 1234n, "-0.5" -> -50n: an amount of at most 2 places in whole fen, for sums, differences and chart
 *  positions, never a float. Throws on anything else. */
export function toFen(decimal) {
  const match = /^(-?)(\d+)(?:\.(\d{0,2}))?$/.exec(String(decimal));
  if (!match) throw new Error(`not an amount in fen: ${String(decimal).slice(0, 40)}`);
  const fen = BigInt(match[2]) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -fen : fen;
}

/** 1234n -> "12.34", -50n -> "-0.50". */
export function fromFen(fen) {
  const size = fen < 0n ? -fen : fen;
  return `${fen < 0n ? '-' : ''}${size / 100n}.${String(size % 100n).padStart(2, '0')}`;
}
