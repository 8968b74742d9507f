// One engine per page: the wasm module and the tariffs it quotes from, loaded once however many calculators
// (the page, or several <tally-calculator> elements) ask for them. Everything is found beside this file.
import { createTally } from './tally.mjs';

let engine = null;

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

/** Resolves to { tally, listing }; the tariff files are fetched while the engine compiles, not after it. */
export function loadEngine() {
  engine ??= (async () => {
    const base = new URL('./', import.meta.url);
    const [tally, tariffs] = await Promise.all([createTally(), fetchTariffs(base)]);
    const listing = await tally.loadTariffs(tariffs);
    return { tally, listing };
  })();
  return engine;
}
