// The short "why" beside the inputs, each a whole sentence written from the tariff's own data (free quota pools,
// pack rules, the edition, the source page): the page states what the tariff says, it never works a rule out.
import { count } from './format.js';

// How long a pack or a gift lasts, as the tariff gives it.
function lasts(rule, lang) {
  const zh = lang === 'zh';
  if (rule?.valid_years) return zh ? `${rule.valid_years} 年` : `${rule.valid_years} year${rule.valid_years > 1 ? 's' : ''}`;
  return null;
}

// Up to three service names are written out; more become a count ("and 21 more").
function names(ids, serviceName, lang) {
  const shown = ids.slice(0, 3).map(serviceName);
  const more = ids.length - shown.length;
  if (lang === 'zh') return shown.join('、') + (more ? ` 等 ${ids.length} 个服务` : '');
  return shown.join(', ') + (more ? ` and ${more} more` : '');
}

/** Sentences on the free quota: each pool's size, who shares it, how it renews, and which services have none. */
export function freeQuotaNote(edition, serviceName, lang) {
  const pools = edition.free_quota ?? [];
  const priced = edition.services.filter((s) => s.postpaid || s.packs.length).map((s) => s.id);
  const covered = new Set(pools.flatMap((p) => p.services));
  const outside = priced.filter((id) => !covered.has(id));
  const zh = lang === 'zh';
  // Pools alike in all but their services (face verification's first-open gifts) are told as one.
  const alike = new Map();
  for (const pool of pools) {
    const key = [pool.scope, pool.calls, pool.renews, pool.valid_years].join('|');
    if (!alike.has(key)) alike.set(key, { ...pool, services: [] });
    alike.get(key).services.push(...pool.services);
  }
  const sentences = [...alike.values()].map((pool) => {
    const who = names(pool.services, serviceName, lang);
    const n = count(pool.calls, lang);
    const life = pool.renews === 'monthly'
      ? (zh ? '每月重置，当月用不完不累计' : 'renewed every month; unused calls do not carry over')
      : zh ? `开通时赠送一次${lasts(pool, lang) ? `，${lasts(pool, lang)}内有效` : ''}，不重置`
        : `given once when the service is opened${lasts(pool, lang) ? `, valid ${lasts(pool, lang)}` : ''}, never renewed`;
    if (pool.scope === 'shared') {
      return zh
        ? `${who}共用每月 ${n} 次免费调用（合计，不是每个服务各 ${n} 次），按各服务的调用量比例分摊；${life}。`
        : `${who} share ${n} free calls a month between them (in total, not ${n} each), split in proportion to each service's calls; ${life}.`;
    }
    return zh ? `${who}${pool.services.length > 3 ? '，' : ''}每个服务各有 ${n} 次免费调用；${life}。` : `${who}: ${n} free calls each; ${life}.`;
  });
  if (pools.length && outside.length) {
    sentences.push(zh ? `${names(outside, serviceName, lang)}没有免费额度，从第一次调用起计费。`
      : `${names(outside, serviceName, lang)} ${outside.length === 1 ? 'has' : 'have'} no free calls: billed from the first call.`);
  }
  if (!pools.length) sentences.push(zh ? '此版本没有免费额度。' : 'This edition has no free quota.');
  else sentences.push(zh ? '不勾选时，报价假设免费额度已经用完。' : 'Unticked, the quote assumes the free calls are already used up.');
  return sentences.join(' ');
}

/** Pack validity and refund, from the tariff's pack_rules. */
export function packNote(edition, lang) {
  if (!edition.services.some((s) => s.packs.length)) return '';
  const { refund_days: refund } = edition.pack_rules;
  const valid = lasts(edition.pack_rules, lang);
  const zh = lang === 'zh';
  let text = zh
    ? `资源包是预付的一批调用次数，买下时一次付清${valid ? `，${valid}内有效` : ''}，跨月继续使用；过期后剩余次数作废。同一服务可以组合不同规格。`
    : `A pack is a block of calls paid for up front when bought${valid ? `, valid ${valid}` : ''} across months; calls left at expiry are lost. Sizes can be mixed for one service.`;
  if (refund) text += zh ? `购买后 ${refund} 天内一次未用，可全额退款。` : ` Unused, it can be refunded in full within ${refund} days of purchase.`;
  return text;
}

/** What the edition is: the prices in force today, or an earlier page kept for checking old bills. */
export function editionNote(edition, lang) {
  const { billing_from: from } = edition.source ?? {};
  if (edition.edition === 'current') {
    return lang === 'zh' ? '现行：官网价格说明现在公布的价格。较早的版本留作核对旧账单。' : 'Current: the prices the price page shows today. Earlier editions are kept for checking old bills.';
  }
  const since = from ?? edition.edition;
  return lang === 'zh' ? `${edition.edition}：${since} 起执行的旧版价格，用于核对当时的账单；今天的价格请选“现行”。`
    : `${edition.edition}: the earlier prices billed from ${since}, for checking bills of that time; today's prices are under "current".`;
}

/** The page the prices were taken from, by its own title where its archived copy has one, and its date. */
export function sourceNote(edition, productName, lang) {
  const { title, page_updated: updated, billing_from: from } = edition.source ?? {};
  const dated = updated ?? from;
  if (lang === 'zh') {
    const page = title ? `腾讯云官网“${title}”` : `腾讯云官网的${productName}价格说明`;
    return `价格来源：${page}${dated ? `（${updated ? '页面更新于' : '计费起始'} ${dated}）` : '（页面未注明日期）'}。以官网为准。`;
  }
  const page = title ? `Tencent Cloud's page "${title}"` : `Tencent Cloud's ${productName} pricing notes`;
  return `Prices from ${page}${dated ? ` (${updated ? 'page updated' : 'billing from'} ${dated})` : ' (the page states no date)'}. The official page prevails.`;
}

/** The freeze (image analysis): what it is, in a sentence, with its amount. */
export function freezeNote(money, lang, { packCalls = false } = {}) {
  // The price page counts the month's calls for the freeze, those a pack covered too: said where it surprises.
  const packs = packCalls
    ? (lang === 'zh' ? '资源包抵扣的调用也计入（官网按本月调用量计），所以它可以高于账单。' : ' Calls a pack covered count too (the price page takes the month\'s calls), so it can exceed the bill.')
    : '';
  return lang === 'zh'
    ? `次月预冻结 ${money}：本月账单结清后，账户里按“本月调用量 × 达到的阶梯单价”冻结一笔钱，作为下月用量的担保。${packs}这不是扣费，报价不含它，但账户余额要够。`
    : `Frozen next month ${money}: once this month is settled, the account holds back this month's calls × the unit price of the tier reached, as a guarantee for next month's use.${packs} It is not a charge and is not in the total, but the balance must cover it.`;
}
