// The time view's "cheapest plan": the planner (engine.js loadPlanner(), a second engine in a worker) asked for the
// packs (and body analysis's QPS months) that cost least for the usage on screen; shown with its dates, what it
// saves against postpaid only (the engine's figure) and against the visitor's own purchases (their timeline's
// total less the plan's, exact in fen: format.js), its alternatives, and one button that puts it into the view's purchases.
// Typing never waits for it: the answer arrives when it arrives, and only the answer to the latest ask is shown.
import { $, el } from './dom.js';
import { fromFen, toFen } from './format.js';
import { savingAgainst } from './plan-advice.js';

/** The timeline request as a plan request: no purchases, refunds or QPS plans; the QPS chosen is the group's peak. */
export function planRequest(request) {
  const { purchases, refunds, qps, ...rest } = request;
  const peaks = new Map();
  for (const q of qps ?? []) peaks.set(q.group, Math.max(peaks.get(q.group) ?? 0, q.qps));
  return peaks.size ? { ...rest, peak_qps: [...peaks].map(([group, peak]) => ({ group, qps: peak })) } : rest;
}

/**
 * ctx: { planner() (engine.js loadPlanner(), given by the page: the view's bundle has no engine.js of its own),
 * words(), yuan(d), calls(n), serviceName(id), engineError(error) (the planner's refusal in the page's
 * language), request() (the timeline request on screen, or null when a field is wrong), own() (its timeline
 * answer), apply(plan) (puts purchases and QPS plans into the view) }.
 */
export function createPlanCard(ctx) {
  let asked = 0;         // the number of the latest ask: an older answer is dropped
  let shown = null;      // { key, answer, ownTotal } on screen
  // What a plan is made for: the usage, horizon, product and free quota (not the purchases, nor the QPS peak taken
  // from the visitor's QPS plans, which applying a plan changes).
  const keyOf = (request) => {
    const { peak_qps: peaks, ...rest } = planRequest(request);
    return JSON.stringify(rest);
  };

  function setBusy(busy) {
    const button = $('time-plan-button');
    button.disabled = busy;
    button.textContent = busy ? ctx.words().planBusy : ctx.words().planAsk;
    $('time-plan-result').setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  async function ask() {
    const request = ctx.request();
    if (!request) return;
    const mine = ++asked;
    const own = ctx.own();
    setBusy(true);
    $('time-plan-status').textContent = ctx.words().planBusy;
    try {
      const answer = await ctx.planner().plan(planRequest(request));
      if (mine !== asked) return;
      shown = { key: keyOf(request), answer, ownTotal: own?.total ?? null, ownBought: (request.purchases?.length ?? 0) + (request.qps?.length ?? 0) };
      $('time-plan-status').textContent = '';
      refresh();  // the inputs may have changed while it was worked out
    } catch (error) {
      if (mine !== asked) return;
      shown = null;
      $('time-plan-result').replaceChildren();
      $('time-plan-status').textContent = ctx.words().planFailed(ctx.engineError(error));
    } finally {
      if (mine === asked) {
        setBusy(false);
        $('time-plan-button').disabled = !ctx.request();
      }
    }
  }

  // What a QPS plan of the choice costs: the timeline lists a plan of several months month by month, so its
  // entries from the plan's first day up to the group's next plan are summed (in fen).
  const qpsPaid = (choice, timeline, q) => {
    const next = choice.qps.filter((o) => o.group === q.group && o.date > q.date).map((o) => o.date).sort()[0];
    const entries = (timeline?.qps ?? []).filter((t) => t.group === q.group && t.from >= q.date && (!next || t.from < next));
    return entries.length ? fromFen(entries.reduce((sum, t) => sum + toFen(t.paid), 0n)) : null;
  };

  const choiceItems = (choice, timeline) => {
    const w = ctx.words();
    const items = choice.purchases.map((p, i) => el('li', {},
      el('time', { dateTime: p.date, textContent: p.date }), ' ',
      el('span', { textContent: w.planPack(ctx.serviceName(p.service), ctx.calls(p.size), p.count) }),
      ...(timeline?.purchases[i] ? [' · ', el('span', { className: 'amount', textContent: ctx.yuan(timeline.purchases[i].price) })] : [])));
    choice.qps.forEach((q) => {
      const paid = qpsPaid(choice, timeline, q);
      items.push(el('li', {},
        el('time', { dateTime: q.date, textContent: q.date }), ' ',
        el('span', { textContent: w.planQps(ctx.serviceName(q.group), q) }),
        ...(paid ? [' · ', el('span', { className: 'amount', textContent: ctx.yuan(paid) })] : [])));
    });
    if (!items.length) items.push(el('li', { textContent: w.planNothing }));
    return items;
  };

  function render() {
    if (!shown) return;
    const w = ctx.words();
    const { answer, ownTotal, ownBought } = shown;
    const rows = [el('p', { className: 'plan-total' }, el('span', { textContent: w.planTotal }), ' ',
      el('strong', { className: 'amount', id: 'time-plan-total', textContent: ctx.yuan(answer.plan.total) }))];
    rows.push(el('ul', { className: 'plan-list' }, ...choiceItems(answer.plan, answer.timeline)));
    const compare = [w.planVsPostpaid(ctx.yuan(answer.postpaid_only.total), ctx.yuan(answer.saving))];
    if (ownTotal !== null && ownBought > 0) {
      const { sign, amount } = savingAgainst(ownTotal, answer.plan.total);
      compare.push(sign > 0 ? w.planVsOwn(ctx.yuan(ownTotal), ctx.yuan(amount))
        : sign === 0 ? w.planSameAsOwn(ctx.yuan(ownTotal)) : w.planOwnCheaper(ctx.yuan(ownTotal), ctx.yuan(amount)));
    }
    if (!answer.optimal) compare.push(w.planUnproven(ctx.yuan(answer.lower_bound)));
    rows.push(el('ul', { className: 'notes-list plan-compare', id: 'time-plan-compare' }, ...compare.map((text) => el('li', { textContent: text }))));
    const apply = el('button', { type: 'button', className: 'button', id: 'time-plan-apply', textContent: w.planApply });
    apply.addEventListener('click', () => {
      ctx.apply(answer.plan);
      $('time-plan-button').focus();  // focus stays in the plan card, whatever the view redrew
    });
    rows.push(el('p', {}, apply));
    // Alternatives other than postpaid only (compared above), and not the plan itself again under another name.
    const same = (a) => JSON.stringify([a.purchases, a.qps]) === JSON.stringify([answer.plan.purchases, answer.plan.qps]);
    const others = answer.alternatives.filter((a) => a.name !== 'postpaid_only' && !same(a));
    if (others.length) {
      rows.push(el('h4', { className: 'plan-alternatives-heading', textContent: w.planAlternatives }));
      rows.push(el('ul', { className: 'plan-alternatives', id: 'time-plan-alternatives' }, ...others.map((a) => el('li', {},
        el('span', { className: 'plan-name', textContent: w.planAlternative[a.name] ?? a.name }), ' · ',
        el('span', { className: 'amount', textContent: ctx.yuan(a.total) }), ' ',
        el('span', { className: 'hint', textContent: toFen(a.extra) > 0n ? w.planExtra(ctx.yuan(a.extra)) : w.planNoExtra }),
        el('ul', { className: 'plan-list' }, ...choiceItems(a, null))))));
    }
    $('time-plan-result').replaceChildren(...rows);
  }

  /**
   * After every recompute: with the same usage and horizon the comparison follows the visitor's purchases (the plan
   * applied, or their own edited); for other usage the plan stays on screen marked as made for other inputs.
   */
  function refresh() {
    const request = ctx.request();
    $('time-plan-button').disabled = !request || $('time-plan-result').getAttribute('aria-busy') === 'true';
    if (!shown) return;
    const same = Boolean(request) && keyOf(request) === shown.key;
    if (same) {
      shown.ownTotal = ctx.own()?.total ?? null;
      shown.ownBought = (request.purchases?.length ?? 0) + (request.qps?.length ?? 0);
    }
    render();  // also in the language now chosen
    $('time-plan-result').classList.toggle('stale', !same);
    const w = ctx.words();
    if (!same) $('time-plan-status').textContent = w.planStale;
    else if ($('time-plan-status').textContent === w.planStale) $('time-plan-status').textContent = '';
  }

  function reset() {
    asked++;
    shown = null;
    $('time-plan-result').replaceChildren();
    $('time-plan-status').textContent = '';
    setBusy(false);
  }

  return { bind: () => $('time-plan-button').addEventListener('click', ask), render, refresh, reset };
}
