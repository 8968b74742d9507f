// One engine per page: the wasm module and the tariffs it quotes from, loaded once however many calculators
// (the page, or several <tally-calculator> elements) ask for them. Everything is found beside this file.
import { createTally } from './tally.mjs';

let downloads = null;  // Promise<[tally, {catalog, files}]>: one wasm instance, one fetch of each file
let first = null;      // Promise<{tally, listing}> with one product loaded
let complete = null;   // Promise<{tally, listing}> with every product loaded

async function fetchTariffs(base) {
  const text = async (file) => {
    const response = await fetch(new URL(`tariffs/${file}`, base));
    if (!response.ok) throw new Error(`tariffs/${file}: HTTP ${response.status}`);
    return response.text();
  };
  const catalog = await text('catalog.json');
  const files = {};
  await Promise.all(JSON.parse(catalog).products.flatMap((p) => p.editions)
    .map(async (e) => { files[e.file] = await text(e.file); }));
  return { catalog, files };
}

// The tariff files are fetched while the engine compiles, not after it.
const download = () => (downloads ??= Promise.all([createTally(), fetchTariffs(new URL('./', import.meta.url))]));

/** Resolves to { tally, listing } with every product of the catalog loaded. */
export function loadEngine() {
  complete ??= (async () => {
    const [tally, tariffs] = await download();
    if (first) await first.catch(() => {});  // the one-product set goes in first, then everything replaces it
    return { tally, listing: await tally.loadTariffs(tariffs) };
  })();
  return complete;
}

/**
 * Resolves as soon as `product`'s editions alone are loaded (a fifth of the parsing before the first quote), then
 * goes on to load every product: loadEngine() resolves when that is done.
 */
export function loadEngineFor(product) {
  if (complete) return complete;
  first = (async () => {
    const [tally, tariffs] = await download();
    const catalog = JSON.parse(tariffs.catalog);
    const products = catalog.products.filter((p) => p.id === product);
    const chosen = products.length ? products : catalog.products;
    const files = Object.fromEntries(chosen.flatMap((p) => p.editions).map((e) => [e.file, tariffs.files[e.file]]));
    return { tally, listing: await tally.loadTariffs({ catalog: JSON.stringify({ ...catalog, products: chosen }), files }) };
  })();
  loadEngine();
  return first;
}
