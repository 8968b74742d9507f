// One-click presets: a typical first screen, a tier edge, and the worked examples of the face verification price
// page (004, "费用计算示例"), each entered for the period the page states it in (a day, a month) with the free
// quota off as the page's sums leave it out. The page's first prepaid example is a year (300,000 calls within a
// year): its preset opens the time view with that year (25,000 calls a month from the 1st of next month).
export const PRESETS = [
  { label: { zh: '典型用量：人体分析', en: 'Typical use: body analysis' },
    note: { zh: '人体检测每月 5 万次、人体搜索每月 2 万次，含每月免费额度',
      en: 'Body detection 50,000 and body search 20,000 calls a month, free quota included' },
    query: '?p=body-analysis&e=current&f=1&u.body-detection=50000&u.body-search=20000' },
  { label: { zh: '阶梯边界', en: 'A tier edge' },
    note: { zh: '人体检测每月 2,999,999 次：再多 2 次，所有调用都按下一档单价，账单反而降低 ¥599.80',
      en: 'Body detection, 2,999,999 calls a month: 2 more calls put every call in the next tier and lower the bill by ¥599.80' },
    query: '?p=body-analysis&e=current&f=1&u.body-detection=2999999' },
  { label: { zh: '官网预付费示例一', en: 'Price page, prepaid example 1' },
    note: { zh: '官网价格说明：一年内共调用 30 万次增强版人脸核身（权威库），买 3 个 10万次资源包 = ¥300,000.00。按时间查看这一年：每月 25,000 次，3 个资源包在第一天买下（改买 20万 + 10万 只需 ¥280,000.00）',
      en: 'Price page: 300,000 calls of enhanced face verification (authority) within a year, bought as three 100,000-call packs = ¥300,000.00. Shown over time as that year: 25,000 calls a month, the three packs bought on the first day (a 200,000 and a 100,000 pack would cost ¥280,000.00)' },
    query: '?p=face-verification&e=current&f=0&v=time&tu=enhanced-authority-wechat~25000~&tb=enhanced-authority-wechat~100000~3~' },
  { label: { zh: '官网预付费示例二', en: 'Price page, prepaid example 2' },
    note: { zh: '当月共 15,000 次、1 个 1万次资源包：(15,000 − 10,000) × 1.2 + 11,000 = ¥17,000.00（不计免费额度）',
      en: '15,000 calls in the month, one 10,000-call pack: (15,000 − 10,000) × 1.2 + 11,000 = ¥17,000.00 (free quota left out)' },
    query: '?p=face-verification&e=current&f=0&t=month&u.enhanced-authority-wechat=15000&k.enhanced-authority-wechat=10000x1' },
  { label: { zh: '官网后付费示例一', en: 'Price page, postpaid example 1' },
    note: { zh: '身份信息核验当日 1,000 次 × 0.3 = ¥300.00 /日（不计免费额度）', en: 'ID verification, 1,000 calls in a day × 0.3 = ¥300.00 a day (free quota left out)' },
    query: '?p=face-verification&e=current&f=0&u.id-verification=1000' },
  { label: { zh: '官网后付费示例二', en: 'Price page, postpaid example 2' },
    note: { zh: '手机号信息核验（二要素）当日 30,000 次 × 0.4 = ¥12,000.00 /日（不计免费额度）',
      en: 'Phone number check (2 factors), 30,000 calls in a day × 0.4 = ¥12,000.00 a day (free quota left out)' },
    query: '?p=face-verification&e=current&f=0&u.phone-2-factor=30000' },
];
