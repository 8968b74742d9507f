// One-click presets: a realistic first screen, and the four worked examples of the face verification price page
// (004, PRICING-RULES "worked examples", free quota off), which must reproduce the page's figures.
export const PRESETS = [
  { label: { zh: '示例：人体分析', en: 'Example: body analysis' },
    note: { zh: '人体检测 2,999,999 次/月：再多 2 次账单反而降低 ¥599.80',
      en: 'Body detection, 2,999,999 calls a month: 2 more calls would lower the bill by ¥599.80' },
    query: '?p=body-analysis&e=current&f=1&u.body-detection=2999999&u.body-search=25000' },
  { label: { zh: '预付费示例一', en: 'Prepaid example 1' },
    note: { zh: '3 个 10万次资源包 = ¥300,000.00（20万 + 10万 只需 ¥280,000.00）',
      en: 'Three 100,000-call packs = ¥300,000.00 (a 200,000 and a 100,000 pack cost only ¥280,000.00)' },
    query: '?p=face-verification&e=current&f=0&u.enhanced-authority-wechat=300000&k.enhanced-authority-wechat=100000x3' },
  { label: { zh: '预付费示例二', en: 'Prepaid example 2' },
    note: { zh: '15,000 次、1 个 1万次资源包：(15,000 − 10,000) × 1.2 + 11,000 = ¥17,000.00',
      en: '15,000 calls, one 10,000-call pack: (15,000 − 10,000) × 1.2 + 11,000 = ¥17,000.00' },
    query: '?p=face-verification&e=current&f=0&u.enhanced-authority-wechat=15000&k.enhanced-authority-wechat=10000x1' },
  { label: { zh: '后付费示例一', en: 'Postpaid example 1' },
    note: { zh: '身份信息核验 1,000 次/日 × 0.3 = ¥300.00', en: 'ID verification, 1,000 calls a day × 0.3 = ¥300.00' },
    query: '?p=face-verification&e=current&f=0&u.id-verification=1000' },
  { label: { zh: '后付费示例二', en: 'Postpaid example 2' },
    note: { zh: '手机号信息核验（二要素）30,000 次/日 × 0.4 = ¥12,000.00',
      en: 'Phone number check (2 factors), 30,000 calls a day × 0.4 = ¥12,000.00' },
    query: '?p=face-verification&e=current&f=0&u.phone-2-factor=30000' },
];
