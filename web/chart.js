// Cost against calls for one service on its own: postpaid and one line per pack size (packs bought to cover the
// calls beyond the free quota), tier bounds dashed, the visitor's point marked. Every cost is an engine quote
// (a decimal string); it becomes a pixel through whole fen and BigInt, never through a float.
import { fromFen, toFen } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640, HEIGHT = 280, LEFT = 72, RIGHT = 16, TOP = 12, BOTTOM = 36;
const SAMPLES = 32;

/** A round axis end at or above n: 1, 2 or 5 times a power of ten. */
export function niceCeiling(n) {
  let power = 1;
  while (power * 10 <= n) power *= 10;
  for (const step of [1, 2, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}

/** The x values where a line may bend: 0, the free calls, both sides of each tier bound, evenly spaced samples. */
export function chartCalls(xmax, free, bounds) {
  const xs = new Set([0, xmax]);
  if (free > 0 && free < xmax) xs.add(free);
  for (const bound of bounds) {
    if (bound > 0 && bound <= xmax) { xs.add(bound - 1); xs.add(bound); }
  }
  for (let i = 1; i < SAMPLES; i++) xs.add(Math.round((xmax * i) / SAMPLES));
  return [...xs].sort((a, b) => a - b);
}

const MAX_PACK_COUNT = 1000000;  // the engine's limit on packs[].count

/**
 * The cost of `service` alone at each bend point, for postpaid and each pack plan: { bounds, series: [{ pack,
 * points: [[calls, total]] }] }. Every total is an engine quote. `edition` is the edition document.
 */
export function costCurves(tally, { product, edition, free: freeOn, service, xmax }) {
  const bounds = service.postpaid.tiers.slice(1).map((t) => t.from);
  const free = freeOn ? (edition.free_quota ?? []).filter((pool) => pool.services.includes(service.id))
    .reduce((n, pool) => n + pool.calls, 0) : 0;
  const xs = chartCalls(xmax, free, bounds.flatMap((b) => [b, b + 1]));
  const period = edition.settlement.cycle === 'daily' ? 'day' : 'month';
  const quoteAt = (n, pack) => {
    const packs = pack && n > free ? [{ service: service.id, size: pack.calls, count: Math.ceil((n - free) / pack.calls) }] : [];
    return tally.quote({ product, edition: edition.edition, free_quota: freeOn, period,
      usage: n > 0 ? [{ service: service.id, calls: n }] : [], packs }).total;
  };
  // A pack plan is a staircase (one more pack every `calls` calls): drawn step by step when the steps are wide
  // enough to see, else through the samples, where it cannot be told from a line.
  const packCalls = (pack) => {
    if (xmax / pack.calls > 64) return xs;
    const corners = [0, xmax];
    for (let n = free; n < xmax; n += pack.calls) corners.push(n, n + 1);
    return [...new Set(corners)].filter((n) => n <= xmax).sort((a, b) => a - b);
  };
  // Packs larger than the axis would be flat lines far above the rest: the smallest such pack is kept. A pack so
  // small that the axis would take more than the engine's MAX_PACK_COUNT of them is left out.
  const fitting = service.packs.filter((p) => p.calls <= xmax && Math.ceil(xmax / p.calls) <= MAX_PACK_COUNT);
  const larger = service.packs.filter((p) => p.calls > xmax).slice(0, 1);
  const plans = [null, ...(fitting.length ? fitting : larger)];
  return { bounds, series: plans.map((pack) => ({ pack, points: (pack ? packCalls(pack) : xs).map((n) => [n, quoteAt(n, pack)]) })) };
}

/**
 * series: [{ label, points: [[calls, decimal]] }] (points in calls order); bounds: tier bounds (calls);
 * you: { calls, amount } or null. Draws into `figure` (an empty <figure>), replacing what was there.
 */
export function renderChart(figure, { series, bounds, you, xmax, caption, axisX, axisY, tierLabel, format, formatCalls }) {
  const maxFen = series.flatMap((s) => s.points.map(([, d]) => toFen(d))).reduce((a, b) => (b > a ? b : a), 1n);
  const plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
  const px = (calls) => LEFT + Math.round((calls / xmax) * plotW * 100) / 100;
  const py = (decimal) => TOP + plotH - Number((toFen(decimal) * BigInt(plotH * 100)) / maxFen) / 100;
  const node = (tag, attributes, text) => {
    const n = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes)) n.setAttribute(k, String(v));
    if (text !== undefined) n.textContent = text;
    return n;
  };
  const svg = node('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': 'chart-caption', class: 'chart' });
  svg.append(node('line', { x1: LEFT, y1: TOP + plotH, x2: WIDTH - RIGHT, y2: TOP + plotH, class: 'axis' }),
    node('line', { x1: LEFT, y1: TOP, x2: LEFT, y2: TOP + plotH, class: 'axis' }),
    node('text', { x: LEFT, y: HEIGHT - 4, class: 'tick' }, '0'),
    node('text', { x: WIDTH - RIGHT, y: HEIGHT - 4, class: 'tick end' }, `${formatCalls(xmax)} · ${axisX}`),
    node('text', { x: LEFT - 4, y: TOP + 10, class: 'tick end' }, format(fromFen(maxFen))),
    node('text', { x: LEFT - 4, y: TOP + plotH, class: 'tick end' }, axisY));
  for (const bound of bounds.filter((b) => b > 0 && b < xmax)) {
    svg.append(node('line', { x1: px(bound), y1: TOP, x2: px(bound), y2: TOP + plotH, class: 'bound' }),
      node('text', { x: px(bound) + 3, y: TOP + 10, class: 'tick' }, tierLabel(bound)));
  }
  // The first series (postpaid) is drawn last, on top: pack lines often run along it.
  [...series.entries()].reverse().forEach(([i, s]) => {
    const d = s.points.map(([x, y], j) => `${j ? 'L' : 'M'}${px(x)},${py(y)}`).join('');
    svg.append(node('path', { d, class: `series series-${i}` }));
  });
  if (you) {
    svg.append(node('circle', { cx: px(Math.min(you.calls, xmax)), cy: py(you.amount), r: 5, class: 'you' }));
  }
  const legend = document.createElement('ul');
  legend.className = 'legend';
  series.forEach((s, i) => {
    const item = document.createElement('li');
    item.className = `series-${i}`;
    item.textContent = s.label;
    legend.append(item);
  });
  if (you) {
    const item = document.createElement('li');
    item.className = 'you';
    item.textContent = you.label;
    legend.append(item);
  }
  const figcaption = document.createElement('figcaption');
  figcaption.id = 'chart-caption';
  figcaption.textContent = caption;
  figure.replaceChildren(svg, legend, figcaption);
}
