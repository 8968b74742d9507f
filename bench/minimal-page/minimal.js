// The least the calculator's first screen must do: compile the engine, load the catalog and the body analysis
// tariff, quote the first screen's example and show its total; then the same mark the page sets.
import { createTally } from './tally.mjs';

const tally = await createTally();
const text = async (file) => (await fetch(`tariffs/${file}`)).text();
const [catalog, body] = await Promise.all([text('catalog.json'), text('body-analysis/current.json')]);
const products = JSON.parse(catalog).products.filter((p) => p.id === 'body-analysis');
await tally.loadTariffs({ catalog: JSON.stringify({ ...JSON.parse(catalog), products }), files: { 'body-analysis/current.json': body } });
const quote = tally.quote({ product: 'body-analysis', usage: [{ service: 'body-detection', calls: 50000 }, { service: 'body-search', calls: 20000 }] });
document.getElementById('total').textContent = quote.total;
requestAnimationFrame(() => setTimeout(() => performance.mark('tally-first-quote'), 0));
