// The page's words in 简体中文 (the default) and English. Static text is marked in index.html with data-i18n;
// the rest are functions of the figures they show. Amounts are formatted by format.js from decimal strings.
import { count, money } from './format.js';

const zh = {
  htmlLang: 'zh-CN',
  title: 'Tally · 腾讯云 AI 服务价格计算器',
  switch: 'English',
  tagline: '腾讯云人体分析、图像分析、人脸核身的用量计费：报价、抵扣顺序（免费额度 → 资源包 → 后付费）与实际账单。全部在浏览器中计算，不上传任何数据。',
  presets: '示例', inputs: '用量', productLegend: '产品', product: '产品', edition: '版本', freeQuota: '免费额度',
  channelLegend: '按接入渠道找计费标签', family: '产品系列', channel: '接入渠道', compare: '比对源',
  service: '服务', callsHeading: '调用次数（如 15000、1.5万、150万）', packsHeading: '购买资源包',
  qpsOn: '按 QPS 计费', qpsPer: '购买方式', perMonth: '按月', perDay: '按天', qpsDays: '天数',
  quote: '报价', loading: '正在加载…', total: '合计', waterfall: '抵扣顺序', chart: '费用随调用量变化', chartService: '服务',
  warnings: '提示', bill: '示例账单', lines: '账单明细', source: '来源', calls: '次数', unitPrice: '单价（元）',
  amount: '明细金额（8 位小数）', charged: '扣费', dailyBills: '每日账单', days: '日期', perDayCharged: '每日扣费', subtotal: '小计',
  rule: '明细金额保留 8 位小数；每一行按四舍五入保留到分，合计为各行之和。',
  exportCsv: '导出 CSV', exportJson: '导出 JSON', print: '打印',
  usageMonthly: '每月调用量（按月结算）', usageDaily: '每日调用量（按日结算）',
  noPack: '不购买', packSize: (name) => `${name} 资源包规格`, packCount: (name) => `${name} 资源包个数`,
  packOption: (calls, price) => `${count(calls, 'zh')} 次 · ${money(price, 'zh')}`,
  qpsLegend: (group) => `QPS 计费：${group}（按并发计费时该组调用不计次）`,
  sources: { free: '免费额度', pack: '资源包', postpaid: '后付费', qps: 'QPS' },
  packLine: (size, n) => ` ${count(size, 'zh')} 次 × ${n}`, dayLine: (day) => ` 第${day}天`,
  qpsSegment: (calls) => `QPS（不计次）${count(calls, 'zh')}`,
  qpsPlan: (l) => `QPS ${l.qps} ${l.per === 'day' ? `按天 × ${l.days} 天` : '按月'} · ${count(l.calls, 'zh')} 次不计次`,
  wholeRange: (min, max) => `须为 ${min} 到 ${count(max, 'zh')} 的整数`,
  fields: { not_a_number: () => '请输入数字，如 15000、1.5万、150万', not_whole: () => '调用次数须为整数', too_large: (max) => `至多 ${count(max, 'zh')} 次` },
  channelResult: (label) => `计费标签：${label}`, channelPick: '填入此标签', compareSources: { authority: '权威库', upload: '自传照片' },
  range: (low, high) => `共享免费额度按调用量比例分配；按覆盖最贵或最便宜的调用计，账单在 ${money(low, 'zh')} 至 ${money(high, 'zh')} 之间。`,
  freeze: (total) => `次月预冻结（按本月调用量与所达阶梯单价预估，非扣费）：${money(total, 'zh')}。`,
  monthly: (days, total) => `按 ${days} 天每日结算，每日账单分别四舍五入后相加，一个月合计 ${money(total, 'zh')}。`,
  unpriced: (name, note) => `${name}：未公布价格，不在报价内（${note}）。`,
  billPeriod: '账单周期', billIssued: '出账', billProduct: '产品', billTotal: '应付',
  period: (from, to) => `${from} 至 ${to}`, issued: (date, text) => `${date}（${text}）`,
  dayRange: (first, last) => (first === last ? `第 ${first} 天` : `第 ${first}–${last} 天`),
  prepaid: '资源包与免费额度（不在每日账单中）',
  chartCaption: (service, daily) => `${service}：单独使用此服务时，${daily ? '每日' : '每月'}费用随调用量的变化（后付费与各资源包方案；虚线为阶梯边界，圆点为当前用量）。`,
  chartAxisX: (daily) => (daily ? '每日调用量' : '每月调用量'), chartAxisY: '费用',
  chartPostpaid: '后付费', chartPack: (size) => `${count(size, 'zh')} 次资源包`, chartYou: (calls, amount) => `当前：${count(calls, 'zh')} 次，${money(amount, 'zh')}`,
  chartTier: (bound) => `阶梯 ${count(bound, 'zh')}`, chartNone: '此服务没有按次计费的价格。',
  loadFailed: (message) => `无法加载：${message}`,
  quoteFailed: (message) => `无法报价：${message}`,
  // An edition is named by the date its prices took effect, or `current` (the page in force today).
  editionName: (id) => (id === 'current' ? '现行' : id),
};

const en = {
  htmlLang: 'en',
  title: 'Tally · Tencent Cloud AI services price calculator',
  switch: '简体中文',
  tagline: 'Usage billing for Tencent Cloud body analysis, image analysis and face verification: the quote, the order in which calls are deducted (free quota → packs → postpaid) and the bill you would receive. Everything is computed in your browser; nothing is sent anywhere.',
  presets: 'Examples', inputs: 'Usage', productLegend: 'Product', product: 'Product', edition: 'Edition', freeQuota: 'Free quota',
  channelLegend: 'Find the billing label from the access channel', family: 'Product family', channel: 'Access channel', compare: 'Comparison source',
  service: 'Service', callsHeading: 'Calls (e.g. 15000, 1.5万, 150万)', packsHeading: 'Packs to buy',
  qpsOn: 'Bill by QPS', qpsPer: 'Bought', perMonth: 'per month', perDay: 'per day', qpsDays: 'Days',
  quote: 'Quote', loading: 'Loading…', total: 'Total', waterfall: 'Deduction order', chart: 'Cost against calls', chartService: 'Service',
  warnings: 'Notes', bill: 'Example bill', lines: 'Bill lines', source: 'Source', calls: 'Calls', unitPrice: 'Unit price (¥)',
  amount: 'Exact amount (8 places)', charged: 'Charged', dailyBills: 'Daily bills', days: 'Days', perDayCharged: 'Charged per day', subtotal: 'Subtotal',
  rule: 'Exact amounts keep 8 decimal places; each line is rounded half up to the fen and the total is the sum of the lines.',
  exportCsv: 'Export CSV', exportJson: 'Export JSON', print: 'Print',
  usageMonthly: 'Calls per month (settled monthly)', usageDaily: 'Calls per day (settled daily)',
  noPack: 'None', packSize: (name) => `${name} pack size`, packCount: (name) => `${name} pack count`,
  packOption: (calls, price) => `${count(calls, 'en')} calls · ${money(price, 'en')}`,
  qpsLegend: (group) => `QPS plan: ${group} (calls of this group are not metered while it runs)`,
  sources: { free: 'Free quota', pack: 'Pack', postpaid: 'Postpaid', qps: 'QPS' },
  packLine: (size, n) => ` ${count(size, 'en')} calls × ${n}`, dayLine: (day) => ` day ${day}`,
  qpsSegment: (calls) => `QPS (not metered) ${count(calls, 'en')}`,
  qpsPlan: (l) => `QPS ${l.qps} ${l.per === 'day' ? `a day × ${l.days} days` : 'a month'} · ${count(l.calls, 'en')} calls not metered`,
  wholeRange: (min, max) => `Must be a whole number from ${min} to ${count(max, 'en')}`,
  fields: { not_a_number: () => 'Enter a number, such as 15000, 1.5万 or 150万', not_whole: () => 'Calls must be a whole number', too_large: (max) => `At most ${count(max, 'en')} calls` },
  channelResult: (label) => `Billing label: ${label}`, channelPick: 'Use this label', compareSources: { authority: 'Authority database', upload: 'Uploaded photo' },
  range: (low, high) => `The shared free pool is split in proportion to calls; covering the dearest or the cheapest calls instead, the bill lies between ${money(low, 'en')} and ${money(high, 'en')}.`,
  freeze: (total) => `Amount frozen in advance next month (this month's calls at the unit price of the tier reached; not a charge): ${money(total, 'en')}.`,
  monthly: (days, total) => `Settled daily over ${days} days, each daily bill rounded on its own and then added: ${money(total, 'en')} for the month.`,
  unpriced: (name, note) => `${name}: no published price, not in this quote (${note}).`,
  billPeriod: 'Billing period', billIssued: 'Issued', billProduct: 'Product', billTotal: 'Amount due',
  period: (from, to) => `${from} to ${to}`, issued: (date, text) => `${date} (${text})`,
  dayRange: (first, last) => (first === last ? `Day ${first}` : `Days ${first}–${last}`),
  prepaid: 'Packs and free quota (not on the daily bills)',
  chartCaption: (service, daily) => `${service} on its own: cost per ${daily ? 'day' : 'month'} against calls (postpaid and each pack plan; dashed lines are tier bounds, the dot is your usage).`,
  chartAxisX: (daily) => (daily ? 'Calls per day' : 'Calls per month'), chartAxisY: 'Cost',
  chartPostpaid: 'Postpaid', chartPack: (size) => `${count(size, 'en')}-call packs`, chartYou: (calls, amount) => `You: ${count(calls, 'en')} calls, ${money(amount, 'en')}`,
  chartTier: (bound) => `tier ${count(bound, 'en')}`, chartNone: 'This service has no per-call price.',
  loadFailed: (message) => `Could not load: ${message}`,
  quoteFailed: (message) => `Could not quote: ${message}`,
  editionName: (id) => id,
};

export const STRINGS = { zh, en };

/** Sets every data-i18n element's text (never HTML) and the document's language. */
export function applyStatic(lang, root = document) {
  const words = STRINGS[lang];
  for (const node of root.querySelectorAll('[data-i18n]')) {
    const text = words[node.dataset.i18n];
    if (node.textContent !== text) node.textContent = text;  // the same text set again would be laid out again
  }
  document.documentElement.lang = words.htmlLang;
  document.title = words.title;
  document.getElementById('lang-switch').lang = lang === 'zh' ? 'en' : 'zh-CN';
}
