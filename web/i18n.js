// The page's words in 简体中文 (the default; English in i18n-en.js, loaded when asked for). Static text is marked in
// index.html with data-i18n; the rest are functions of the figures they show. Amounts are formatted by format.js
// from decimal strings.
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
    ? `人脸核身按日结算：每天的调用单独出账。输入一天的调用量，报价给出一天的费用，以及本月 ${days} 天每天同样用量的月合计（买了资源包时只给月合计：资源包在月初一次付清）。`
    : `输入本月（${days} 天）的调用总量：平均分到每一天，每天单独结算后相加。`),
  callsHint: '调用次数可写作 15000、1.5万 或 150万。', filterLabel: '查找服务（计费标签）',
  filterCount: (shown, all) => `显示 ${shown} / ${all} 个`,
  perSpan: (daily, span) => (daily && span === 'day' ? '次/日' : '次/月'), noPacksSold: '无资源包',
  addPack: '＋ 再加一种规格', removePack: '删除此资源包',
  totalDay: '每日合计', totalMonth: '本月合计', totalQpsDays: (days) => `合计（假如所有调用都在 QPS 的 ${days} 天内）`, totalMonthOf: (year, month, days) => `${year} 年 ${month} 月合计（${days} 天）`,
  perDaySuffix: ' /日', perMonthSuffix: ' /月',
  embedTitle: '嵌入此计算器', embedElement: '元素：一段 script', embedIframe: 'iframe：给不能运行外部脚本的页面', copyCode: '复制代码', codeCopied: '已复制', codeCopyFailed: '请选中代码复制',
  embedDocs: '嵌入说明：全部属性、脚本地址、iframe 的宿主脚本与内容安全策略',
  embedNote: (used, extra) => `把下面的代码放进你的文档页，就会显示当前的产品、版本与语言${used === 1 ? '和这项服务的调用量' : used > 1 ? '（嵌入的计算器一次只预填一项服务的调用量，这里有多项，故只带产品）' : ''}。${extra ? '资源包、QPS 与整月输入不在嵌入代码里：嵌入的计算器还没有这些属性。' : ''}`,
  monthFromDays: (month, days, total) => `${month} 月共 ${days} 天，每天如此：${total} /月`,
  qpsPartialMonth: (days, year, month, monthDays, total) => `按天购买的 QPS 只覆盖 ${days} 天，其余日子的调用按次计费：以 ${year} 年 ${month} 月（${monthDays} 天）为例，每天调用量相同时共 ${total}。`,
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
  chartPostpaid: '后付费', chartOwn: '你选的资源包（用完后后付费）', chartPack: (size) => `${count(size, 'zh')} 次资源包`, chartYou: (calls, amount) => `当前：${count(calls, 'zh')} 次，${money(amount, 'zh')}`,
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

// English is added by loadLanguage('en'); the time view adds its words when it is first opened (addStrings).
export const STRINGS = { zh };
const added = [];  // the tables given to addStrings, for a language loaded after them

/** The words of `lang` in STRINGS, fetched once (English lives in its own module). */
export async function loadLanguage(lang) {
  if (STRINGS[lang]) return;
  const { en } = await import('./i18n-en.js');
  STRINGS.en ??= Object.assign({}, en, ...added.map((table) => table.en));
}

/** More words ({ zh, en }), added to each language loaded now or later. */
export function addStrings(table) {
  added.push(table);
  for (const lang of Object.keys(STRINGS)) Object.assign(STRINGS[lang], table[lang]);
}

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
