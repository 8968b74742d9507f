// One engine per page: the wasm module and the tariffs it quotes from, loaded once however many calculators
// (the page, or several <tally-calculator> elements) ask for them. Everything is found beside this file.
import { createTally } from './tally.mjs';

let downloads = null;  // { tally: Promise<Tally>, catalog: Promise<object>, file(name): Promise<string> }
let first = null;      // Promise<{tally, listing}> with one product loaded
let complete = null;   // Promise<{tally, listing}> with every product loaded

function startDownloads(base) {
  const files = new Map();  // each tariff file fetched once, whoever asks first
  const text = async (file) => {
    const response = await fetch(new URL(`tariffs/${file}`, base));
    if (!response.ok) throw new Error(`tariffs/${file}: HTTP ${response.status}`);
    return response.text();
  };
  const file = (name) => {
    if (!files.has(name)) files.set(name, text(name));
    return files.get(name);
  };
  // The engine compiles while the tariffs download, not after them.
  const tally = createTally();
  tally.catch(() => {});  // a failure reaches whoever awaits it: not an unhandled rejection meanwhile
  return { tally, catalog: file('catalog.json').then(JSON.parse), file };
}

const base = () => new URL('./', import.meta.url);
const download = () => (downloads ??= startDownloads(base()));

// Loads the catalog's `products` (all of them when none is given) into the engine: the catalog and files as the
// engine wants them, text by file name.
async function load(chosen) {
  const { tally, catalog, file } = download();
  const full = await catalog;
  const products = chosen ? chosen(full.products) : full.products;
  const editions = products.flatMap((p) => p.editions);
  const texts = await Promise.all(editions.map((e) => file(e.file)));
  const files = Object.fromEntries(editions.map((e, i) => [e.file, texts[i]]));
  const engine = await tally;
  return { tally: engine, listing: await engine.loadTariffs({ catalog: JSON.stringify({ ...full, products }), files }) };
}

/** Resolves to { tally, listing } with every product of the catalog loaded. */
export function loadEngine() {
  complete ??= (async () => {
    if (first) await first.catch(() => {});  // the one-product set goes in first, then everything replaces it
    return load(null);
  })();
  return complete;
}

/**
 * Resolves as soon as `product`'s editions alone are loaded (a fifth of the parsing before the first quote). Call
 * loadEngine() afterwards for every product: the page does once its first quote is on screen.
 */
export function loadEngineFor(product) {
  if (complete) return complete;
  first = load((products) => {
    const wanted = products.filter((p) => p.id === product);
    return wanted.length ? wanted : products;
  });
  return first;
}

let planner = null;  // { plan(request): Promise<PlanResponse> }


// The planner on the page's own thread: where no worker can start (a page on another origin than Tally's may
// not start a worker from Tally's files). A month's plan takes milliseconds; years of a whole product, more.
function inPagePlanner() {
  const ready = (async () => {
    const { createTally } = await import('./tally-plan.mjs');
    const tally = await createTally();
    await tally.loadTariffs(new URL('tariffs/', base()));
    return tally;
  })();
  return { plan: async (request) => (await ready).plan(request) };
}

function workerPlanner() {
  const worker = new Worker(new URL('./plan-worker.js', import.meta.url), { type: 'module' });
  const waiting = new Map();  // id -> { request, resolve, reject }
  let next = 0;
  let answered = false;
  worker.onmessage = ({ data: { id, text, error } }) => {
    answered = true;
    const { resolve, reject } = waiting.get(id);
    waiting.delete(id);
    if (error) reject(Object.assign(new Error(error.message), error));
    else resolve(JSON.parse(text));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    // A worker that never answered could not start (a policy, a browser without module workers): the plans
    // asked of it go to the page's thread. One that failed later takes its plans with it; the next starts anew.
    planner = answered ? null : inPagePlanner();
    for (const { request, resolve, reject } of waiting.values()) {
      if (planner) planner.plan(request).then(resolve, reject);
      else reject(new Error(`the planner stopped (${event.message || 'worker error'})`));
    }
    waiting.clear();
  };
  return {
    plan(request) {
      return new Promise((resolve, reject) => {
        waiting.set(++next, { request, resolve, reject });
        worker.postMessage({ id: next, request: JSON.stringify(request) });
      });
    },
  };
}

/**
 * The planner (`tally plan`) with its own engine (the second module, fetched on the first call), in a worker so
 * that a long search never holds up typing (on the page's thread where no worker can start): `plan(request)`
 * resolves to the plan's answer, or rejects with the engine's error (its `path` names the field).
 */
export function loadPlanner() {
  if (!planner) {
    try {
      planner = workerPlanner();
    } catch {
      planner = inPagePlanner();  // a worker from another origin: refused at once
    }
  }
  return planner;
}
