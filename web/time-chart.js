// The time view's two drawings, sharing one x axis of calendar months: spend by month (the postpaid bill stacked
// under what was bought that month) and the calls left in each pack at each month's end with its expiry marked.
// Money becomes a pixel through whole fen and BigInt (decimal strings from the engine), never through a float.
import { axisEnd, ticks } from './chart.js';
import { toFen as fen } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
const RIGHT = 12, TOP = 32, BOTTOM = 38, FONT = 12;  // TOP leaves the axis title a line of its own

const node = (tag, attributes, text) => {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
};

const html = (tag, className, text) => {
  const n = document.createElement(tag);
  if (className) n.className = className;
  if (text !== undefined) n.textContent = text;
  return n;
};

// The x axis: one band per month; labels thinned so that they never touch (about 34 px each).
function monthAxis(months, left, plotW) {
  const band = plotW / months.length;
  const every = Math.max(1, Math.ceil(38 / band));
  return { band, every, x: (i) => left + i * band, center: (i) => left + (i + 0.5) * band };
}

// About how wide a label is drawn: CJK characters a full em, others about 0.62 of one.
const labelWidth = (text) => [...text].reduce((w, c) => w + (c > '\u2e80' ? FONT : FONT * 0.62), 0);

// The month after 'YYYY-MM'.
const nextMonth = (month) => {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
};

// Month labels under each band's centre, or (edges) at each month's first day, the horizon's end included: a
// balance read at a month's end is the balance on the next month's 1st.
function drawMonthTicks(svg, axis, months, { tick, top, plotH, edges = false }) {
  const labelled = edges ? [...months, nextMonth(months[months.length - 1])] : months;
  labelled.forEach((month, i) => {
    if (i % axis.every) return;
    const x = edges ? axis.x(i) : axis.center(i);
    // A label centred on a narrow first band would reach left of the axis, under the y axis's "¥0"; one at the
    // horizon's end, past the chart's right edge.
    const at = (text) => Math.min(Math.max(x, axis.x(0) + labelWidth(text) / 2 + 1), axis.x(months.length) + RIGHT - labelWidth(text) / 2 - 1);
    const label = tick(month);
    svg.append(node('line', { x1: x, y1: top + plotH, x2: x, y2: top + plotH + 4, class: 'axis' }),
      node('text', { x: at(label), y: top + plotH + 16, class: 'tick middle' }, label));
    if (i === 0 || month.endsWith('-01') || (axis.every > 1 && labelled.slice(i - axis.every + 1, i + 1).some((m) => m.endsWith('-01')))) {
      svg.append(node('text', { x: at(month.slice(0, 4)), y: top + plotH + 30, class: 'tick middle' }, month.slice(0, 4)));
    }
  });
}

function legendItem(swatchClass, label, shape = 'rect') {
  const item = html('li');
  const mark = node('svg', { viewBox: '0 0 24 10', width: 24, height: 10, class: 'swatch', 'aria-hidden': 'true' });
  mark.append(shape === 'rect' ? node('rect', { x: 4, y: 0, width: 16, height: 10, class: swatchClass })
    : node('path', { d: 'M0,5L24,5', class: swatchClass }));
  item.append(mark, label);
  return item;
}

/**
 * months: [{ month, postpaid, bought }] (decimal strings); draws the stacked bars into `figure`.
 * words: { tick(month), axisY, caption, postpaid, bought }; format: decimal -> "¥1,234.00".
 */
export function renderSpendChart(figure, { months, words, format, captionId }) {
  const WIDTH = Math.max(300, Math.min(760, Math.round(figure.clientWidth || 640)));
  const HEIGHT = WIDTH < 480 ? 230 : 270;
  const rows = months.map((m) => ({ month: m.month, postpaid: fen(m.postpaid), bought: fen(m.bought) > 0n ? fen(m.bought) : 0n }));
  const highest = rows.reduce((top, r) => (r.postpaid + r.bought > top ? r.postpaid + r.bought : top), 0n);
  const topYuan = highest > 0n ? axisEnd(Number((highest + 99n) / 100n)) : 1;
  const topFen = BigInt(topYuan) * 100n;
  const yTicks = ticks(topYuan, 4);
  const yLabel = (v) => format(`${v}.00`).replace(/\.00$/, '');
  const left = 10 + FONT * 0.62 * Math.max(...yTicks.map((v) => yLabel(v).length));
  const plotW = WIDTH - left - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
  const y = (f) => TOP + plotH - Number((f * BigInt(plotH * 100)) / topFen) / 100;
  const svg = node('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img', 'aria-labelledby': captionId, class: 'chart time-chart' });
  for (const v of yTicks) {
    const at = y(BigInt(v) * 100n);
    svg.append(node('line', { x1: left, y1: at, x2: WIDTH - RIGHT, y2: at, class: v ? 'grid' : 'axis' }),
      node('text', { x: left - 6, y: at + 4, class: 'tick end' }, yLabel(v)));
  }
  svg.append(node('text', { x: 2, y: 12, class: 'tick axis-title' }, words.axisY));
  const axis = monthAxis(rows, left, plotW);
  const barW = Math.max(2, Math.min(40, axis.band * 0.7));
  rows.forEach((r, i) => {
    const x = axis.center(i) - barW / 2;
    const base = y(0n), mid = y(r.postpaid), top = y(r.postpaid + r.bought);
    if (r.postpaid > 0n) svg.append(node('rect', { x, y: mid, width: barW, height: Math.max(0.5, base - mid), class: 'bar-postpaid' }));
    if (r.bought > 0n) svg.append(node('rect', { x, y: top, width: barW, height: Math.max(0.5, mid - top), class: 'bar-bought' }));
  });
  drawMonthTicks(svg, axis, rows.map((r) => r.month), { tick: words.tick, top: TOP, plotH });
  const legend = html('ul', 'legend');
  legend.append(legendItem('bar-postpaid', words.postpaid), legendItem('bar-bought', words.bought));
  const caption = html('figcaption', '', words.caption);
  caption.id = captionId;
  figure.replaceChildren(svg, legend, caption);
}

/**
 * packs: [{ label, size, remaining: [calls at each month's end], start: { index, fraction } (the month bought and
 * how far into it), expires: { index, fraction } | null (null: after the horizon), expiryText }]. One line a pack.
 */
export function renderBalanceChart(figure, { months, packs, words, formatCalls, captionId }) {
  const WIDTH = Math.max(300, Math.min(760, Math.round(figure.clientWidth || 640)));
  const HEIGHT = WIDTH < 480 ? 200 : 230;
  const highest = Math.max(1, ...packs.map((p) => p.size));
  const top = axisEnd(highest);
  const yTicks = ticks(top, 3);
  const left = 10 + FONT * 0.62 * Math.max(...yTicks.map((v) => formatCalls(v).length));
  const plotW = WIDTH - left - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
  const y = (calls) => TOP + plotH - Math.round((calls / top) * plotH * 100) / 100;
  const svg = node('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img', 'aria-labelledby': captionId, class: 'chart time-chart' });
  for (const v of yTicks) {
    svg.append(node('line', { x1: left, y1: y(v), x2: WIDTH - RIGHT, y2: y(v), class: v ? 'grid' : 'axis' }),
      node('text', { x: left - 6, y: y(v) + 4, class: 'tick end' }, formatCalls(v)));
  }
  svg.append(node('text', { x: 2, y: 12, class: 'tick axis-title' }, words.axisY));
  const axis = monthAxis(months, left, plotW);
  const legend = html('ul', 'legend');
  packs.forEach((pack, n) => {
    const cls = `series series-${(n % 6) + 1}`;
    // Calls left through time: the whole pack on the day bought, then each month's end (the next month's 1st).
    const points = [[axis.x(pack.start.index) + pack.start.fraction * axis.band, y(pack.size)],
      ...pack.remaining.map((calls, i) => [axis.x(i + 1), y(calls)]).filter((_, i) => i >= pack.start.index)];
    svg.append(node('path', { d: points.map(([px, py], j) => `${j ? 'L' : 'M'}${px},${py}`).join(''), class: cls }));
    for (const [px, py] of points) svg.append(node('circle', { cx: px, cy: py, r: 2.5, class: `dot series-${(n % 6) + 1}` }));
    if (pack.expires) {
      const x = axis.x(pack.expires.index) + pack.expires.fraction * axis.band;
      svg.append(node('line', { x1: x, y1: TOP, x2: x, y2: TOP + plotH, class: `expiry series-${(n % 6) + 1}` }));
    }
    legend.append(legendItem(cls, `${pack.label} · ${pack.expiryText}`, 'line'));
  });
  drawMonthTicks(svg, axis, months, { tick: words.tick, top: TOP, plotH, edges: true });
  const caption = html('figcaption', '', words.caption);
  caption.id = captionId;
  figure.replaceChildren(svg, legend, caption);
}
