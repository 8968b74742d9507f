// The page's words in 简体中文 (the default) and English. Static text is marked in index.html with data-i18n;
// the rest are functions of the figures they show. Amounts are formatted by format.js from decimal strings.
import { count, money } from './format.js';

const zh = {
  htmlLang: 'zh-CN',
  title: (product) => `${product}价格计算器 · Tally`, heading: (product) => `${product} 价格计算器`,
  brandNote: '腾讯云 AI 服务价格计算器', switch: 'English',
  copyLink: '复制链接', copied: '链接已复制', copyFailed: '请从地址栏复制',
  viewLabel: '计算方式', viewMonth: '一个月报价', viewTime: '按时间',
  tagline: '报价、抵扣顺序（免费额度 → 资源包 → 后付费）与示例账单。全部在浏览器中计算，不上传任何数据。',
  spanLabel: '输入的调用量是', spanDay: '每日', spanMonth: '整月',
  spanNote: (span, days) => (span === 'day'
    ? `人脸核身按日结算：每天的调用单独出账。输入一天的调用量，报价给出一天的费用，以及本月 ${days} 天每天同样用量的月合计。`
    : `输入本月（${days} 天）的调用总量：平均分到每一天，每天单独结算后相加。`),
  callsHint: '调用次数可写作 15000、1.5万 或 150万。', filterLabel: '查找服务（计费标签）',
  filterCount: (shown, all) => `显示 ${shown} / ${all} 个`,
  perSpan: (daily, span) => (daily && span === 'day' ? '次/日' : '次/月'), noPacksSold: '无资源包',
  addPack: '＋ 再加一种规格', removePack: '删除此资源包',
  totalDay: '每日合计', totalMonth: '本月合计', totalMonthOf: (year, month, days) => `${year} 年 ${month} 月合计（${days} 天）`,
  perDaySuffix: ' /日', perMonthSuffix: ' /月',
  embedTitle: '嵌入此计算器', embedElement: '元素：一段 script', embedIframe: 'iframe：给不能运行外部脚本的页面', copyCode: '复制代码', codeCopied: '已复制', codeCopyFailed: '请选中代码复制',
  embedDocs: '嵌入说明：全部属性、脚本地址、iframe 的宿主脚本与内容安全策略',
  embedNote: (used, extra) => `把下面的代码放进你的文档页，就会显示当前的产品、版本与语言${used === 1 ? '和这项服务的调用量' : used > 1 ? '（嵌入的计算器一次只预填一项服务的调用量，这里有多项，故只带产品）' : ''}。${extra ? '资源包、QPS 与整月输入不在嵌入代码里：嵌入的计算器还没有这些属性。' : ''}`,
  monthFromDays: (month, days, total) => `${month} 月共 ${days} 天，每天如此：${total} /月`,
  totalFirstDay: '第 1 天合计（含免费额度）',
  droppedCalls: (edition, list) => `“${edition}”版本没有这些服务，它们的调用量不在报价内：${list.join('、')}。换回原来的版本即可恢复。`,
  laterDays: (later, month, days, total) => `免费额度在第 1 天用完，之后每天 ${later}。${month} 月共 ${days} 天，每天同样用量：${total} /月`,
  monthSpread: (days) => `调用量平均分到 ${days} 天，逐日结算后相加。`,
  packsOnce: (days) => `资源包在月初一次付清，不是每天付；每天的调用先从资源包扣，用完后按日后付费。这是本月 ${days} 天每天同样用量的合计。`,
  stale: '有输入需要修改：上方仍是上一次有效输入的报价。', noUsage: '还没有输入调用量。',
  waterfallHint: '每个服务的调用先用免费额度，再扣资源包，剩下的按量后付费。',
  presets: '示例', presetsOther: '其他产品的示例', inputs: '用量', productLegend: '产品、版本与免费额度', product: '产品', edition: '版本', freeQuota: '免费额度',
  channelLegend: '按接入渠道找计费标签', family: '产品系列', channel: '接入渠道', compare: '比对源',
  service: '服务', callsHeading: '调用次数（如 15000、1.5万、150万）', packsHeading: '购买资源包',
  qpsOn: '按 QPS 计费', qpsPer: '购买方式', perMonth: '按月', perDay: '按天', qpsDays: '天数',
  quote: '报价', loading: '正在加载…', total: '合计', waterfall: '抵扣顺序', chart: '费用随调用量变化', chartService: '服务',
  warnings: '提示', bill: '示例账单', lines: '账单明细', source: '来源', calls: '次数', unitPrice: '单价（元）',
  charged: '扣费', dailyBills: '每日账单', days: '日期', postpaidCalls: '后付费次数', dayCharged: '每天扣费', subtotal: '累计',
  rule: '每一行按单价算出后四舍五入到分，应付是各行扣费之和；舍入改变了金额的行，下面小字是未舍入的金额。',
  exact: (amount) => `未舍入 ${amount}`, packsPaid: '资源包（购买时一次付清，不在每日账单上）',
  dailyNote: (free, pack) => (free || pack
    ? `每天的调用先用${[free ? `免费额度（本月共 ${count(free, 'zh')} 次）` : '', pack ? `资源包（本月共 ${count(pack, 'zh')} 次）` : ''].filter(Boolean).join('，再用')}，这些调用不出现在每日账单上；每日账单只列后付费的调用。`
    : '每天的调用都按后付费计入当天的账单，次日出账。'),
  exportCsv: '导出 CSV', exportJson: '导出 JSON', print: '打印',
  usageMonthly: '每月调用量（按月结算）', usageDaily: '每日调用量（按日结算）', usageDailyMonth: (days) => `本月调用总量（${days} 天，按日结算）`,
  noPack: '不购买资源包', packSize: (name, i) => `${name} 资源包规格 ${i}`, packCount: (name, i) => `${name} 资源包 ${i} 的个数`,
  packOption: (calls, price) => `${count(calls, 'zh')} 次 · ${money(price, 'zh')}`,
  qpsLegend: (group) => `QPS 计费：${group}（按并发数买下后，该组的调用不再按次计费）`,
  sources: { free: '免费额度', pack: '资源包', postpaid: '后付费', qps: 'QPS' },
  packLine: (size, n) => ` ${count(size, 'zh')} 次 × ${n}`, perPack: ' /包', perQps: (per) => (per === 'day' ? '/QPS·天' : '/QPS·月'),
  qpsLine: (l) => `${l.qps} ${l.per === 'day' ? `按天 × ${l.days} 天` : '按月'}（调用不计次）`, dayLine: (day) => ` ${day} 日`,
  qpsSegment: (calls) => `QPS（不计次）${count(calls, 'zh')}`,
  qpsPlan: (l) => `QPS ${l.qps} ${l.per === 'day' ? `按天 × ${l.days} 天` : '按月'} · ${count(l.calls, 'zh')} 次不计次`,
  wholeRange: (min, max) => `须为 ${min} 到 ${count(max, 'zh')} 的整数`,
  fields: { not_a_number: () => '请输入数字，如 15000、1.5万、150万', not_whole: () => '调用次数须为整数', negative: () => '调用次数不能为负数', too_large: (max) => `至多 ${count(max, 'zh')} 次` },
  channelResult: (label) => `计费标签：${label}`, channelPick: '填入此标签', compareSources: { authority: '权威库', upload: '自传照片' },
  range: (low, high) => `共享的免费额度在各服务间按调用量比例分摊（官网价格说明没有写明先抵哪一项）。若它先抵最贵的调用，账单为 ${money(low, 'zh')}；若先抵最便宜的，为 ${money(high, 'zh')}。`,
  monthly: (days, total) => `按 ${days} 天每日结算，每日账单分别四舍五入后相加，一个月合计 ${money(total, 'zh')}。`,
  unpriced: (name, note) => `${name}：未公布价格，不在报价内（${note}）。`,
  billPeriod: '账单周期', billIssued: '出账', billIssuedDaily: '出账（每天一张）', billProduct: '产品', billTotal: '应付',
  period: (from, to) => `${from} 至 ${to}`, issued: (date, text) => `${date}（${text}）`,
  issuedDaily: (first, last, text) => `${first} 至 ${last}（${text}）`,
  dayRange: (first, last) => (first === last ? `${first} 日` : `${first}–${last} 日`),
  chartCaption: (service, daily, packs /* 'drawn' | 'not-drawn' | 'none' */) => `${service}：只用这一个服务时，${daily ? '一天' : '一个月'}的费用随调用量的变化。${packs === 'drawn' ? '每条实线是按需购买某一规格资源包的方案，' : packs === 'not-drawn' ? '资源包有效期一年，不按一天画出；' : ''}虚线是后付费，竖虚线是价格阶梯的边界，圆点是你的用量。`,
  chartAxisX: (daily) => (daily ? '每日调用量' : '每月调用量'), chartAxisY: '费用（元）',
  chartPostpaid: '后付费', chartPack: (size) => `${count(size, 'zh')} 次资源包`, chartYou: (calls, amount) => `当前：${count(calls, 'zh')} 次，${money(amount, 'zh')}`,
  chartAt: (calls, lines) => `在 ${count(calls, 'zh')} 次时：${lines.map(([name, amount]) => `${name} ${amount}`).join('；')}。`,
  chartSharedPool: (mine, alone) => `你的账单里，这项服务与你的其他服务共用免费额度，分到 ${count(mine, 'zh')} 次（单独使用时 ${count(alone, 'zh')} 次），所以圆点高于线。`,
  chartTier: (bound) => `阶梯 ${count(bound, 'zh')}`, chartNone: '此服务没有按次计费的价格。',
  loadFailed: (message) => `无法加载：${message}`,
  estimateHeading: '估算清单', estimateHint: '把几个产品的月度报价放在一起：加入当前报价，换个产品再加入，下面给出合计。',
  estimateAdd: '加入当前报价', estimateOpen: '打开', estimateRemove: '移除', estimateCsv: '导出清单 CSV', estimateJson: '导出清单 JSON',
  estimateTotal: (total, n) => `清单合计 ${total} /月（${n} 项）`, estimateNoCalls: '尚无调用量', estimateCalls: (list) => list.map(([name, n]) => `${name}：每月 ${n} 次`).join('；'), estimateUnknown: '未知产品',
  estimateBad: (message) => `这一项无法报价${message ? `：${message}` : '（输入有误）'}`,
  monthPlanAsk: '最省方案', monthPlanWhat: '这些调用量本月怎样买最便宜（买哪些资源包、各买几个），与你的选择对比。', monthPlanBusy: '正在计算这个月最省的买法…', monthPlanNone: '没有调用量：无需购买。',
  monthPlanFailed: (message) => `无法计算最省方案：${message}`, monthPlanUse: '改用这个方案',
  monthPlanDaily: '这是按每天同样用量算出的整月买法；把调用量改为“整月”输入即可一键改用。',
  monthPlanYear: '资源包一年内有效：每月持续使用时，“按时间”能算出一整年的最省买法（常常是更大的资源包）。',
  quoteFailed: (message) => `无法报价：${message}`,
  // An edition is named by the date its prices took effect, or `current` (the page in force today).
  editionName: (id) => (id === 'current' ? '现行' : id),
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const en = {
  htmlLang: 'en',
  title: (product) => `${product} price calculator · Tally`, heading: (product) => `${product} price calculator`,
  brandNote: 'Tencent Cloud AI services price calculator', switch: '简体中文',
  copyLink: 'Copy link', copied: 'Link copied', copyFailed: 'Copy it from the address bar',
  viewLabel: 'Estimate', viewMonth: 'One month', viewTime: 'Over time',
  tagline: 'The quote, the order in which calls are deducted (free quota → packs → postpaid) and an example bill. Everything is computed in your browser; nothing is sent anywhere.',
  spanLabel: 'The calls typed are', spanDay: 'per day', spanMonth: 'for the month',
  spanNote: (span, days) => (span === 'day'
    ? `Face verification is settled daily: each day's calls are billed on their own. Type one day's calls; the quote gives that day's cost and the month of ${days} days at the same use every day.`
    : `Type this month's total calls (${days} days): they are spread evenly over the days, each day settled on its own, then added up.`),
  callsHint: 'Calls can be written 15000, 1.5万 or 150万.', filterLabel: 'Find a service (billing label)',
  filterCount: (shown, all) => `${shown} of ${all} shown`,
  perSpan: (daily, span) => (daily && span === 'day' ? '/day' : '/month'), noPacksSold: 'no packs sold',
  addPack: '+ Add another size', removePack: 'Remove this pack',
  totalDay: 'Total a day', totalMonth: 'Total this month', totalMonthOf: (year, month, days) => `Total for ${MONTHS[month - 1]} ${year} (${days} days)`,
  perDaySuffix: ' /day', perMonthSuffix: ' /month',
  embedTitle: 'Embed this calculator', embedElement: 'The element: one script', embedIframe: 'The iframe: for pages that cannot run outside scripts', copyCode: 'Copy the code', codeCopied: 'Copied', codeCopyFailed: 'Select the code to copy it',
  embedDocs: 'How to embed: every attribute, the script URL, the iframe\'s host script and the Content-Security-Policy',
  embedNote: (used, extra) => `Paste this into your documentation page to show the product, edition and language on screen${used === 1 ? ' with this service\'s calls' : used > 1 ? ' (an embedded calculator starts with one service\'s calls; several have calls here, so only the product is carried)' : ''}.${extra ? ' Packs, QPS and a month typed whole are not carried: the embedded calculator has no such attributes yet.' : ''}`,
  monthFromDays: (month, days, total) => `${MONTHS[month - 1]} has ${days} days; at this use every day: ${total} /month`,
  totalFirstDay: 'Total on day 1 (free calls included)',
  droppedCalls: (edition, list) => `The ${edition} edition has no such services; their calls are not in the quote: ${list.join('; ')}. Switch back to the edition they came from to price them.`,
  laterDays: (later, month, days, total) => `The free calls are used up on day 1; each later day costs ${later}. ${MONTHS[month - 1]} has ${days} days; at this use every day: ${total} /month`,
  monthSpread: (days) => `The calls are spread over ${days} days, each day settled on its own, then added up.`,
  packsOnce: (days) => `Packs are paid once at the start of the month, not every day; each day's calls draw on them first, then are billed daily. This is the month of ${days} days at the same use every day.`,
  stale: 'An entry needs fixing: the quote above is for the last valid entries.', noUsage: 'No calls entered yet.',
  waterfallHint: 'Each service\'s calls use the free quota first, then packs; the rest is billed postpaid.',
  presets: 'Examples', presetsOther: 'Examples for other products', inputs: 'Usage', productLegend: 'Product, edition and free quota', product: 'Product', edition: 'Edition', freeQuota: 'Free quota',
  channelLegend: 'Find the billing label from the access channel', family: 'Product family', channel: 'Access channel', compare: 'Comparison source',
  service: 'Service', callsHeading: 'Calls (e.g. 15000, 1.5万, 150万)', packsHeading: 'Packs to buy',
  qpsOn: 'Bill by QPS', qpsPer: 'Bought', perMonth: 'per month', perDay: 'per day', qpsDays: 'Days',
  quote: 'Quote', loading: 'Loading…', total: 'Total', waterfall: 'Deduction order', chart: 'Cost against calls', chartService: 'Service',
  warnings: 'Notes', bill: 'Example bill', lines: 'Bill lines', source: 'Source', calls: 'Calls', unitPrice: 'Unit price (¥)',
  charged: 'Charged', dailyBills: 'Daily bills', days: 'Days', postpaidCalls: 'Postpaid calls', dayCharged: 'Charged a day', subtotal: 'Running total',
  rule: 'Each line is worked out at its unit price and rounded half up to the fen; the amount due is the sum of the lines. Where rounding changed a line, the unrounded amount is in small print under it.',
  exact: (amount) => `unrounded ${amount}`, packsPaid: 'Packs (paid once when bought, not on the daily bills)',
  dailyNote: (free, pack) => (free || pack
    ? `Each day's calls use ${[free ? `the free quota (${count(free, 'en')} calls this month)` : '', pack ? `packs (${count(pack, 'en')} calls this month)` : ''].filter(Boolean).join(', then ')} first; those calls are on no daily bill. The daily bills list only postpaid calls.`
    : 'Every call is postpaid and on that day\'s bill, issued the next day.'),
  exportCsv: 'Export CSV', exportJson: 'Export JSON', print: 'Print',
  usageMonthly: 'Calls per month (settled monthly)', usageDaily: 'Calls per day (settled daily)', usageDailyMonth: (days) => `Calls this month (${days} days, settled daily)`,
  noPack: 'No pack', packSize: (name, i) => `${name} pack size ${i}`, packCount: (name, i) => `${name} pack ${i} count`,
  packOption: (calls, price) => `${count(calls, 'en')} calls · ${money(price, 'en')}`,
  qpsLegend: (group) => `QPS plan: ${group} (once concurrency is bought, this group's calls are no longer billed per call)`,
  sources: { free: 'Free quota', pack: 'Pack', postpaid: 'Postpaid', qps: 'QPS' },
  packLine: (size, n) => ` ${count(size, 'en')} calls × ${n}`, perPack: ' a pack', perQps: (per) => (per === 'day' ? 'a QPS a day' : 'a QPS a month'),
  qpsLine: (l) => `${l.qps} ${l.per === 'day' ? `by the day × ${l.days}` : 'by the month'} (calls not metered)`, dayLine: (day) => ` day ${day}`,
  qpsSegment: (calls) => `QPS (not metered) ${count(calls, 'en')}`,
  qpsPlan: (l) => `QPS ${l.qps} ${l.per === 'day' ? `a day × ${l.days} days` : 'a month'} · ${count(l.calls, 'en')} calls not metered`,
  wholeRange: (min, max) => `Must be a whole number from ${min} to ${count(max, 'en')}`,
  fields: { not_a_number: () => 'Enter a number, such as 15000, 1.5万 or 150万', not_whole: () => 'Calls must be a whole number', negative: () => 'Calls cannot be negative', too_large: (max) => `At most ${count(max, 'en')} calls` },
  channelResult: (label) => `Billing label: ${label}`, channelPick: 'Use this label', compareSources: { authority: 'Authority database', upload: 'Uploaded photo' },
  range: (low, high) => `The shared free calls are split between services in proportion to their calls (the price page does not say which calls they cover). If they covered the dearest calls first the bill would be ${money(low, 'en')}; the cheapest first, ${money(high, 'en')}.`,
  monthly: (days, total) => `Settled daily over ${days} days, each daily bill rounded on its own and then added: ${money(total, 'en')} for the month.`,
  unpriced: (name, note) => `${name}: no published price, not in this quote (${note}).`,
  billPeriod: 'Billing period', billIssued: 'Issued', billIssuedDaily: 'Issued (one a day)', billProduct: 'Product', billTotal: 'Amount due',
  period: (from, to) => `${from} to ${to}`, issued: (date, text) => `${date} (${text})`,
  issuedDaily: (first, last, text) => `${first} to ${last} (${text})`,
  dayRange: (first, last) => (first === last ? `Day ${first}` : `Days ${first}–${last}`),
  chartCaption: (service, daily, packs) => `${service} on its own: the cost of ${daily ? 'a day' : 'a month'} against calls. ${packs === 'drawn' ? 'Each solid line buys packs of one size as needed; the' : packs === 'not-drawn' ? 'Packs last a year, so they are not drawn for one day; the' : 'The'} dashed line is postpaid, vertical dashes are price tier bounds and the dot is your use.`,
  chartAxisX: (daily) => (daily ? 'Calls per day' : 'Calls per month'), chartAxisY: 'Cost (¥)',
  chartPostpaid: 'Postpaid', chartPack: (size) => `${count(size, 'en')}-call packs`, chartYou: (calls, amount) => `You: ${count(calls, 'en')} calls, ${money(amount, 'en')}`,
  chartAt: (calls, lines) => `At ${count(calls, 'en')} calls: ${lines.map(([name, amount]) => `${name} ${amount}`).join('; ')}.`,
  chartSharedPool: (mine, alone) => `In your bill this service shares the free calls with your other services and gets ${count(mine, 'en')} of them (${count(alone, 'en')} on its own), so the dot sits above the lines.`,
  chartTier: (bound) => `tier ${count(bound, 'en')}`, chartNone: 'This service has no per-call price.',
  loadFailed: (message) => `Could not load: ${message}`,
  estimateHeading: 'Estimate', estimateHint: 'Several products\' monthly quotes together: add the quote on screen, switch product and add again; the total is below.',
  estimateAdd: 'Add this quote', estimateOpen: 'Open', estimateRemove: 'Remove', estimateCsv: 'Estimate as CSV', estimateJson: 'Estimate as JSON',
  estimateTotal: (total, n) => `Estimate total ${total} /month (${n} item${n === 1 ? '' : 's'})`, estimateNoCalls: 'no calls yet', estimateCalls: (list) => list.map(([name, n]) => `${name}: ${n} calls a month`).join('; '), estimateUnknown: 'Unknown product',
  estimateBad: (message) => `This item cannot be quoted${message ? `: ${message}` : ' (an input is wrong)'}`,
  monthPlanAsk: 'Cheapest plan', monthPlanWhat: 'The cheapest way to buy these calls this month (which packs, how many of each), against your choice.', monthPlanBusy: 'Finding the cheapest way to buy this month…', monthPlanNone: 'No calls: nothing to buy.',
  monthPlanFailed: (message) => `The cheapest plan could not be found: ${message}`, monthPlanUse: 'Use this plan',
  monthPlanDaily: 'This is how to buy for a whole month of days like this one; enter the calls as the whole month\'s to use it with one click.',
  monthPlanYear: 'Packs last a year: for steady use, Over time finds the cheapest way to buy for a whole year (often larger packs).',
  quoteFailed: (message) => `Could not quote: ${message}`,
  editionName: (id) => (id === 'current' ? 'Current' : id),
};

export const STRINGS = { zh, en };  // the time view adds its words when it is first opened (time-i18n.js)

/** Sets every data-i18n element's text (never HTML) and the document's language. */
export function applyStatic(lang, root = document) {
  const words = STRINGS[lang];
  for (const node of root.querySelectorAll('[data-i18n]')) {
    const text = words[node.dataset.i18n];
    if (text === undefined) continue;  // the time view's words, before it is first opened: its text stays as written
    if (node.textContent !== text) node.textContent = text;  // the same text set again would be laid out again
  }
  document.documentElement.lang = words.htmlLang;
  if (typeof words.title === 'string') document.title = words.title;
  document.getElementById('lang-switch').lang = lang === 'zh' ? 'en' : 'zh-CN';
}
