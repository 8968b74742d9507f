// A one-month setup (a quote request) as a timeline over the calendar month after today, packs and QPS plans bought
// on its 1st, calls spread evenly over its days. The cheapest-plan advice compares plans with it; the page and the
// estimate use it where a one-month quote cannot split the month (a QPS plan bought by the day for part of it).

const pad = (n) => String(n).padStart(2, '0');

/** The calendar month after `today`: the horizon a month's plan is made for, packs bought on its 1st. */
export function nextMonth(today = new Date()) {
  const year = today.getFullYear() + (today.getMonth() === 11 ? 1 : 0);
  const month = (today.getMonth() + 1) % 12 + 1;
  const days = new Date(year, month, 0).getDate();
  return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(days)}` };
}

/**
 * A quote request as a plan request over `month`: a day's calls (a daily-settled product quoted for a day) every
 * day of it, otherwise the month's calls spread over it; the QPS the visitor chose as the group's peak.
 */
export function monthPlanRequest(quote, month, { daily = false } = {}) {
  const perDay = daily && quote.period !== 'month';
  const request = { product: quote.product, start: month.start, end: month.end,
    usage: (quote.usage ?? []).filter((u) => u.calls > 0).map((u) => ({ service: u.service, calls: u.calls, per: perDay ? 'day' : 'month' })) };
  if (quote.edition) request.edition = quote.edition;
  if (quote.free_quota !== undefined) request.free_quota = quote.free_quota;
  if (quote.qps?.length) request.peak_qps = quote.qps.map((q) => ({ group: q.group, qps: q.qps }));
  return request;
}

/** The visitor's own packs and QPS plans, bought on the month's first day, as a timeline request. */
export function ownTimelineRequest(quote, planRequest) {
  const { peak_qps: peaks, ...request } = planRequest;
  request.purchases = (quote.packs ?? []).map((p) => ({ service: p.service, size: p.size, count: p.count ?? 1, date: planRequest.start }));
  request.qps = (quote.qps ?? []).map((q) => (q.per === 'day'
    ? { group: q.group, qps: q.qps, per: 'day', date: planRequest.start, days: q.days ?? 30 }
    : { group: q.group, qps: q.qps, per: 'month', date: planRequest.start, months: 1 }));
  return request;
}

/** The month of a quote request as that timeline's total (a decimal string). */
export const monthTimelineTotal = (tally, request, today = new Date()) =>
  tally.timeline(ownTimelineRequest(request, monthPlanRequest(request, nextMonth(today)))).total;
