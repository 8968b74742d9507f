// CSV of a timeline's months and bills, built in the page (nothing is sent anywhere). Money stays the engine's
// decimal strings, exactly as the engine gave them; every field is quoted; lines end in CRLF (RFC 4180).

/** Rows of fields -> CSV text. */
export function csvText(rows) {
  const quote = (value) => `"${String(value).replaceAll('"', '""')}"`;
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** One row per calendar month: calls by source and the money of the month. */
export function monthsCsv(timeline) {
  const rows = [['month', 'calls', 'free_calls', 'pack_calls', 'postpaid_calls', 'qps_calls', 'postpaid', 'purchases', 'freeze', 'cash']];
  for (const m of timeline.months) {
    rows.push([m.month, m.calls.total, m.calls.free, m.calls.pack, m.calls.postpaid, m.calls.qps, m.postpaid, m.purchases, m.freeze ?? '', m.cash]);
  }
  return csvText(rows);
}

/** One row per bill (face verification: per daily bill): its period, issue date and total. */
export function billsCsv(timeline) {
  const rows = [['from', 'to', 'issued', 'issued_by', 'total', 'freeze']];
  for (const b of timeline.bills) rows.push([b.from, b.to, b.issued, b.issued_by ?? b.issued, b.total, b.freeze ?? '']);
  return csvText(rows);
}
