// Signed amounts in whole fen (BigInt), for the sums and differences the page shows beside the engine's own: the
// engine's charged amounts have two places, so a difference of two of them is exact. Never a float.

/** "-12.3" or "1234.56" -> fen (BigInt). Throws on anything else; a third place would be cut (never given). */
export function fen(decimal) {
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(String(decimal));
  if (!match) throw new Error(`not a decimal amount: ${String(decimal).slice(0, 40)}`);
  const value = BigInt(match[2]) * 100n + BigInt((match[3] ?? '').padEnd(2, '0').slice(0, 2));
  return match[1] ? -value : value;
}

/** fen (BigInt, any sign) -> "-12.30". */
export function fenText(value) {
  const size = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${size / 100n}.${String(size % 100n).padStart(2, '0')}`;
}

/** a - b, both decimal strings of at most two places, as a decimal string. */
export const difference = (a, b) => fenText(fen(a) - fen(b));
