// The time view's horizon: a start date and a number of months, as the engine's inclusive start and end dates
// and the calendar months they touch. Dates are whole days counted in UTC, never a time of day.

export const MAX_MONTHS = 36;  // 36 months are at most 1,096 days, the engine's longest horizon

const pad = (n, width = 2) => String(n).padStart(width, '0');
const iso = (date) => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** "2027-02-30" is not a date: null; otherwise the UTC Date of that day. */
export function readDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text ?? ''));
  if (!match) return null;
  const [y, m, d] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000 && y <= 2099 ? date : null;
}

/** The 1st of the month after `today` (a local Date): where a plan for the coming year starts. */
export function defaultStart(today) {
  return iso(new Date(Date.UTC(today.getFullYear(), today.getMonth() + 1, 1)));
}

/** The last day of `months` months from `start`: the day before the same date `months` later (31 Jan + 1: 28/29 Feb). */
export function horizonEnd(start, months) {
  const date = readDate(start);
  const y = date.getUTCFullYear(), m = date.getUTCMonth() + months, d = date.getUTCDate();
  const lastOfMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const same = new Date(Date.UTC(y, m, Math.min(d, lastOfMonth)));
  return iso(new Date(same.getTime() - 86400000));
}

/** The calendar months ("YYYY-MM") from start's to end's, in order. */
export function monthsBetween(start, end) {
  const out = [];
  let [y, m] = start.split('-').map(Number);
  const [ey, em] = end.split('-').map(Number);
  while (y < ey || (y === ey && m <= em)) {
    out.push(`${pad(y, 4)}-${pad(m)}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

/** Days from `a` to `b` (dates), b - a. */
export const daysBetween = (a, b) => Math.round((readDate(b) - readDate(a)) / 86400000);

/** The last day of a calendar month ("YYYY-MM"), as a date: "2028-02" -> "2028-02-29". */
export function lastDayOf(month) {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}
