// Cost against calls for one service on its own: postpaid and one line per pack size (packs bought to cover the
// calls beyond the free quota), tier bounds dashed, the visitor's point marked. Every cost is an engine quote
// (a decimal string); it becomes a pixel through whole fen and BigInt, never through a float. The free calls
// come from the engine's answer too: the page does not work out which pool covers which service.
import { fromFen, toFen } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
// The drawing is made at the figure's real width (text stays 12 px on a phone); these are the margins around it.
const HEIGHT = 270, RIGHT = 14, TOP = 30, BOTTOM = 44, FONT = 12;
const SAMPLES = 32;

/** A round axis end at or above n: 1, 2 or 5 times a power of ten. */
export function niceCeiling(n) {
  let power = 1;
  while (power * 10 <= n) power *= 10;
  for (const step of [1, 2, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}

/** A round axis end at or above n, finer than 1-2-5 (56,000 ends at 60,000, not 100,000), whose ticks land on it. */
export function axisEnd(n) {
  let power = 1;
  while (power * 10 <= n) power *= 10;
  const steps = [10, 15, 20, 25, 30, 40, 50, 60, 80, 100].map((f) => (f * power) / 10).filter(Number.isInteger);
  return steps.find((v) => v >= n) ?? niceCeiling(n);
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
 * The cost of `service` alone at each bend point, for postpaid and (with `packs`) each pack plan: { bounds, series:
 * [{ pack, points: [[calls, total]] }] }. Every total is an engine quote; `period` and `days` are the request's.
 */
export function costCurves(tally, { product, edition, free: freeOn, service, xmax, period, days, packs: withPacks = true }) {
  const bounds = service.postpaid.tiers.slice(1).map((t) => t.from);
  const base = { product, edition, free_quota: freeOn, period, ...(days ? { days } : {}) };
  const quote = (n, packs = []) => tally.quote({ ...base, usage: n > 0 ? [{ service: service.id, calls: n }] : [], packs });
  // The free calls this service gets on its own, as the engine applies them (its own pools, their scope).
  const free = freeOn ? quote(xmax).services[0]?.free_calls ?? 0 : 0;
  const xs = chartCalls(xmax, free, bounds.flatMap((b) => [b, b + 1]));
  const quoteAt = (n, pack) => quote(n, pack && n > free
    ? [{ service: service.id, size: pack.calls, count: Math.ceil((n - free) / pack.calls) }] : []).total;
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
  const plans = [null, ...(withPacks ? (fitting.length ? fitting : larger) : [])];
  return {
    bounds,
    series: plans.map((pack) => ({ pack, points: (pack ? packCalls(pack) : xs).map((n) => [n, quoteAt(n, pack)]) })),
    costAt: quoteAt,  // (calls, pack or null) -> the total, a decimal string: the lines' figures at any point
    freeAlone: (n) => Math.min(n, free),  // the free calls the lines give `n` calls of this service on its own
    // The visitor's own packs ([{ service, size, count }]) as a line, postpaid past them (it bends where they run
    // out), and its figure at any point.
    ownLine: (packs) => {
      const runOut = free + packs.reduce((sum, p) => sum + p.size * p.count, 0);
      const at = (n) => quote(n, packs).total;
      return { own: packs, at, points: [...new Set([...xs, runOut, runOut + 1])].filter((n) => n <= xmax).sort((a, b) => a - b).map((n) => [n, at(n)]) };
    },
  };
}

/** The largest 1, 2 or 5 times a power of ten at or below n (at least 1). */
function niceFloor(n) {
  let power = 1;
  while (power * 10 <= n) power *= 10;
  for (const step of [5, 2, 1]) if (step * power <= n) return step * power;
  return 1;
}

/** Ticks for an axis from 0 to `end`: a 1-2-5 step giving about `about` of them or a few more, all within the axis. */
export function ticks(end, about = 5) {
  if (end <= 0) return [0];
  const step = niceFloor((end / about) * 1.5);
  const out = [];
  for (let v = 0; v <= end; v += step) out.push(v);
  return out;
}

/**
 * series: [{ label, points: [[calls, decimal]] }] (points in calls order); bounds: tier bounds (calls);
 * you: { calls, amount } or null. Draws into `figure` (an empty <figure>), replacing what was there.
 */
export function renderChart(figure, { series, bounds, you, xmax, caption, axisX, axisY, tierLabel, format, formatCalls }) {
  const WIDTH = Math.max(300, Math.min(720, Math.round(figure.clientWidth || 640)));
  // The y axis ends on a round figure of yuan at or above every line and the visitor's point (so it never leaves).
  const highest = [...series.flatMap((s) => s.points.map(([, d]) => toFen(d))), ...(you ? [toFen(you.amount)] : [])]
    .reduce((a, b) => (b > a ? b : a), 0n);
  const topYuan = highest > 0n ? axisEnd(Number((highest + 99n) / 100n)) : 1;
  const topFen = BigInt(topYuan) * 100n;
  const yTicks = ticks(topYuan, 4);
  const yLabel = (v) => format(`${v}.00`).replace(/\.00$/, '');
  const LEFT = 12 + FONT * 0.62 * Math.max(...yTicks.map((v) => yLabel(v).length));
  const plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
  const px = (calls) => LEFT + Math.round((calls / xmax) * plotW * 100) / 100;
  const pyFen = (fen) => TOP + plotH - Number((fen * BigInt(plotH * 100)) / topFen) / 100;
  const py = (decimal) => pyFen(toFen(decimal));
  const node = (tag, attributes, text) => {
    const n = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes)) n.setAttribute(k, String(v));
    if (text !== undefined) n.textContent = text;
    return n;
  };
  const svg = node('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img', 'aria-labelledby': 'chart-caption', class: 'chart' });
  for (const v of yTicks) {
    const y = pyFen(BigInt(v) * 100n);
    svg.append(node('line', { x1: LEFT, y1: y, x2: WIDTH - RIGHT, y2: y, class: v ? 'grid' : 'axis' }),
      node('text', { x: LEFT - 6, y: y + 4, class: 'tick end' }, yLabel(v)));
  }
  // As many x ticks as their labels leave room for: each label is centred on its tick, the last may end at it.
  const labelWidth = (v) => FONT * 0.62 * formatCalls(v).length;
  let xTicks = [0];
  for (const about of [4, 3, 2, 1]) {
    xTicks = ticks(xmax, about);
    const gap = xTicks.length > 1 ? px(xTicks[1]) - px(0) : plotW;
    if (xTicks.every((v) => gap >= labelWidth(v) * 1.5 + 8)) break;
  }
  xTicks.forEach((v, i) => {
    const x = px(v);
    svg.append(node('line', { x1: x, y1: TOP + plotH, x2: x, y2: TOP + plotH + 4, class: 'axis' }),
      node('text', { x, y: TOP + plotH + 17, class: `tick ${i === 0 ? '' : i === xTicks.length - 1 && v === xmax ? 'end' : 'middle'}` }, formatCalls(v)));
  });
  svg.append(node('line', { x1: LEFT, y1: TOP, x2: LEFT, y2: TOP + plotH, class: 'axis' }),
    node('text', { x: WIDTH - RIGHT, y: HEIGHT - 4, class: 'tick end axis-title' }, axisX),
    node('text', { x: 2, y: 14, class: 'tick axis-title' }, axisY));
  for (const bound of bounds.filter((b) => b > 0 && b < xmax)) {
    svg.append(node('line', { x1: px(bound), y1: TOP, x2: px(bound), y2: TOP + plotH, class: 'bound' }),
      node('text', { x: px(bound) + 4, y: TOP + 12, class: 'tick' }, tierLabel(bound)));
  }
  // The first series (postpaid) is drawn last, on top: pack lines often run along it; a line with a class of its own
  // (the visitor's packs) above all.
  const drawn = [...series.entries()].reverse();
  [...drawn.filter(([, s]) => !s.className), ...drawn.filter(([, s]) => s.className)].forEach(([i, s]) => {
    const d = s.points.map(([x, y], j) => `${j ? 'L' : 'M'}${px(x)},${py(y)}`).join('');
    svg.append(node('path', { d, class: `series ${s.className ?? `series-${i}`}` }));
  });
  if (you) {
    svg.append(node('circle', { cx: px(Math.min(you.calls, xmax)), cy: py(you.amount), r: 5, class: 'you' }));
  }
  // The legend draws each line's own stroke (dashed where the line is dashed).
  const legend = document.createElement('ul');
  legend.className = 'legend';
  const swatch = (cls) => {
    const mark = node('svg', { viewBox: '0 0 24 8', width: 24, height: 8, class: 'swatch', 'aria-hidden': 'true' });
    mark.append(cls === 'you' ? node('circle', { cx: 12, cy: 4, r: 4, class: 'you' }) : node('path', { d: 'M0,4L24,4', class: `series ${cls}` }));
    return mark;
  };
  series.forEach((s, i) => {
    const item = document.createElement('li');
    item.append(swatch(s.className ?? `series-${i}`), s.label);
    legend.append(item);
  });
  if (you) {
    const item = document.createElement('li');
    item.className = 'you';
    item.append(swatch('you'), you.label);
    legend.append(item);
  }
  const figcaption = document.createElement('figcaption');
  figcaption.id = 'chart-caption';
  figcaption.textContent = caption;
  figure.replaceChildren(svg, legend, figcaption);
}
