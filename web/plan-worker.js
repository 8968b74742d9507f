// The planner, off the page's thread: a search over a whole product and three years can take a few hundred
// milliseconds, which must not block typing. Loads the second module (tally-plan.mjs, the engine with the
// planner) and the same tariffs the page uses, all from this origin, on the first message.
import { createTally } from './tally-plan.mjs';

let ready = null;

async function planner() {
  const tally = await createTally();
  await tally.loadTariffs(new URL('tariffs/', import.meta.url));
  return tally;
}

self.onmessage = async ({ data: { id, request } }) => {
  try {
    ready ??= planner();
    const tally = await ready;
    postMessage({ id, text: tally.planText(request) });
  } catch (error) {
    const { message, code, path, problem, fields } = error ?? {};
    postMessage({ id, error: { message: String(message ?? error), code, path, problem, fields } });
  }
};
