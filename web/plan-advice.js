// The one-month question, answered by the planner: for the calls on screen, which packs (and, for body analysis,
// which QPS plan) cost least over one calendar month, and what that saves against the visitor's own choice. The
// page and <tally-calculator plan> both show it as one line under the total. Money is the engine's decimal
// strings, compared in whole fen (format.js), never as floats.
import { count, fromFen, money, toFen } from './format.js';
import { monthPlanRequest, nextMonth, ownTimelineRequest } from './month-timeline.js';

/**
 * What a plan saves against the visitor's own choice, exact in fen: { sign, amount }, sign 1 when the plan costs
 * less, 0 the same, -1 more (the visitor's choice is cheaper: a plan outside the planner's search space), amount
 * the difference's size as a decimal string. The one-month advice and the time view's plan card both word it.
 */
export function savingAgainst(ownTotal, planTotal) {
  const fen = toFen(ownTotal) - toFen(planTotal);
  return { sign: fen > 0n ? 1 : fen < 0n ? -1 : 0, amount: fromFen(fen < 0n ? -fen : fen) };
}

/**
 * Resolves to null when there is nothing to plan, else { month, plan, own: {purchases, qps, total}, saving,
 * postpaid, optimal, lowerBound }: saving is own.total - plan.total, "0.00" when the visitor's choice is already cheapest.
 * `tally` prices the visitor's choice (timeline), `planner` finds the plan (engine.js loadPlanner()).
 */
export async function monthAdvice(tally, planner, quote, { daily = false, month = nextMonth() } = {}) {
  const request = monthPlanRequest(quote, month, { daily });
  if (!request.usage.length) return null;
  const ownRequest = ownTimelineRequest(quote, request);
  const own = tally.timeline(ownRequest);
  const answer = await planner.plan(request);
  const saving = savingAgainst(own.total, answer.plan.total);
  return { month, plan: answer.plan, own: { purchases: ownRequest.purchases, qps: ownRequest.qps, total: own.total },
    saving: saving.sign > 0 ? saving.amount : '0.00', postpaid: answer.postpaid_only.total, optimal: answer.optimal,
    lowerBound: answer.lower_bound };
}

const WORDS = {
  zh: {
    calls: '次', buy: (packs) => `购买 ${packs}`, nothing: '不购买资源包', join: ' + ',
    qps: (q) => `QPS ${q.qps}（${q.per === 'day' ? `${q.days} 天` : '包月'}）`,
    best: (plan, total, own, ownTotal, saving) => `最省方案：${plan}，本月合计 ${total}，比你的选择（${own}，${ownTotal}）省 ${saving}。`,
    already: (plan, total) => `你的选择已是本月最省的方案：${plan}，合计 ${total}。`,
    unproven: (low) => `（未证明是最省的方案；任何方案都不低于 ${low}。）`,
  },
  en: {
    calls: 'calls', buy: (packs) => `buy ${packs}`, nothing: 'no packs', join: ' + ',
    qps: (q) => `QPS ${q.qps} (${q.per === 'day' ? `${q.days} days` : 'a month'})`,
    best: (plan, total, own, ownTotal, saving) => `Cheapest: ${plan}, ${total} for the month, ${saving} less than your choice (${own}, ${ownTotal}).`,
    already: (plan, total) => `Your choice is already this month's cheapest: ${plan}, ${total} in all.`,
    unproven: (low) => ` (Not proven cheapest; no plan costs less than ${low}.)`,
  },
};

// When packs are bought for more than one service, each service is named before its packs.
function choiceText({ purchases, qps }, lang, name) {
  const w = WORDS[lang];
  const parts = purchases.map((p, i) => {
    const named = name && p.service !== purchases[i - 1]?.service;
    return `${named ? `${name(p.service)} ` : ''}${count(p.size, lang)} ${w.calls} × ${p.count}`;
  });
  for (const q of qps) parts.push(w.qps(q));
  return parts.length ? w.buy(parts.join(w.join)) : w.nothing;
}

/** The advice as one line, in `lang` (zh | en); `name(serviceId)` names the services when packs are for several. */
export function adviceText(advice, lang = 'zh', name = null) {
  const w = WORDS[lang];
  const yuan = (decimal) => money(decimal, lang);
  const services = new Set([...advice.plan.purchases, ...advice.own.purchases].map((p) => p.service));
  if (services.size < 2) name = null;
  const plan = choiceText(advice.plan, lang, name);
  const line = advice.saving === '0.00'
    ? w.already(plan, yuan(advice.plan.total))
    : w.best(plan, yuan(advice.plan.total), choiceText(advice.own, lang, name), yuan(advice.own.total), yuan(advice.saving));
  return advice.optimal ? line : line + w.unproven(yuan(advice.lowerBound));
}
