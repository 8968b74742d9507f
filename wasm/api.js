// ---- Tally's JS API (wasm/api.js): minified by Closure (SIMPLE) and appended to the Emscripten module,
// followed by `export { createTally };` (wasm/CMakeLists.txt). ----
// Requests and responses are plain JS objects; every amount in them is a decimal string. Types: tally.d.ts.

function tallyError(path, problem) {
  return Object.assign(new Error(`error: ${path}: ${problem}`), { code: 'invalid_input', path, problem, fields: {} });
}

// What JSON cannot carry, found by name instead of "request: not valid JSON" (or JSON.stringify's quiet null for
// NaN and Infinity): [path, problem] of the first such value, or undefined.
function unwritable(value, path, depth = 0) {
  if (typeof value === 'number' && !Number.isFinite(value)) return [path, `must be a finite number, not ${value}`];
  if (typeof value === 'bigint') return [path, 'must be a number, not a BigInt'];
  if (typeof value === 'string' && illFormed(value)) return [path, 'must be valid Unicode text, not hold a lone surrogate'];
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = unwritable(item, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

// The engine answers with JSON text, or when the input is bad with "!code\x1fpath\x1fproblem" and each field
// as "\x1ename\x1dvalue", a name's as "\x1ename\x1dEnglish\x1d简体中文" (wasm/bindings.cpp); the message is the
// command line's error line.
function answerText(text) {
  if (text[0] !== '!') return text;
  const [head, ...fieldTexts] = text.slice(1).split('\x1e');
  const [code, path, problem] = head.split('\x1f');
  const fields = {};
  for (const [name, en, zh] of fieldTexts.map((f) => f.split('\x1d'))) fields[name] = zh === undefined ? en : { zh, en };
  throw Object.assign(new Error(`error: ${path ? `${path}: ` : ''}${problem}`), { code, path, problem, fields });
}

function answer(text) {
  return JSON.parse(answerText(text));
}

// The value is searched for what JSON cannot carry only when its text shows a sign of it (a null, a \ud escape of
// a lone surrogate) or cannot be written at all: the usual request is not walked twice.
function jsonText(value, path) {
  if (typeof value === 'string') return value;
  let text;
  try {
    text = JSON.stringify(value);
  } catch (cause) {
    text = undefined;
  }
  if (text === undefined || text.includes('null') || text.includes('\\ud')) {
    const found = unwritable(value, path === 'request' ? '' : path);
    if (found) throw tallyError(found[0] || path, found[1]);
  }
  if (text === undefined) throw tallyError(path, 'not valid JSON');
  return text;
}

async function readTariffSource(source) {
  if (source && typeof source === 'object' && !(source instanceof URL) && 'catalog' in source) {
    const files = {};
    for (const [path, text] of Object.entries(source.files || {})) files[path] = jsonText(text, path);
    return { catalog: jsonText(source.catalog, 'catalog.json'), files };
  }
  let fetchText = source;
  if (typeof source === 'string' || source instanceof URL) {
    // Relative to the page (or absolute where there is no page, as under Node).
    let base;
    try {
      base = new URL(source, globalThis.location ? globalThis.location.href : undefined);
    } catch {
      throw tallyError('tariffs', `${JSON.stringify(String(source))} is not a URL here; under Node pass a function (path) => text`);
    }
    fetchText = async (path) => {
      let response;
      try {
        response = await fetch(new URL(path, base));
      } catch (cause) {
        throw tallyError(path, `could not be fetched (${cause.message}); under Node pass a function (path) => text`);
      }
      if (!response.ok) throw tallyError(path, `could not be fetched (HTTP ${response.status})`);
      return response.text();
    };
  }
  if (typeof fetchText !== 'function') {
    throw tallyError('tariffs', 'pass {catalog, files}, a base URL, or a function (path) => text');
  }
  const read = async (path) => jsonText(await fetchText(path), path);
  const catalog = await read('catalog.json');
  let paths;
  try {
    paths = JSON.parse(catalog).products.flatMap((product) => product.editions.map((edition) => edition.file));
  } catch (cause) {
    paths = [];  // the engine reports what is wrong with the catalog
  }
  const files = {};
  await Promise.all(paths.filter((p) => typeof p === 'string').map(async (path) => { files[path] = await read(path); }));
  return { catalog, files };
}

const utf8 = new TextDecoder();
const utf8Encoder = new TextEncoder();

// A lone surrogate (a string cut in the middle of an emoji): TextEncoder would write U+FFFD for it, where the
// engine must see the bytes Embind writes (which it refuses as not valid UTF-8) to answer as the command line.
const illFormed = (text) => (text.isWellFormed ? !text.isWellFormed() : /\p{Cs}/u.test(text));

async function createTally(options = {}) {
  const moduleOptions = {};
  if (options.wasmBinary) moduleOptions.wasmBinary = options.wasmBinary;
  if (options.locateFile) moduleOptions.locateFile = options.locateFile;
  let engine;
  try {
    engine = await createTallyModule(moduleOptions);
  } catch (cause) {
    throw tallyError('wasmBinary', `tally.wasm could not be loaded (${cause && cause.message || cause}); under Node pass ` +
      "createTally({ wasmBinary: fs.readFileSync('path/to/tally.wasm') })");
  }
  let input = new Uint8Array(0);  // the engine's input buffer; empty again once the module's memory grows
  const replyAddress = engine._tally_reply_address() >> 2;  // where the engine keeps its answer's address
  // One crossing for every document: the request's UTF-8 written into the module's memory, the answer decoded
  // from a view of it at once, before the engine runs again. `answerInput` is the plain export, `viaEmbind`
  // the bound function taking the text as Embind encodes it, for text with a lone surrogate (which TextEncoder
  // writes as U+FFFD: the engine answers -1 for text holding U+FFFD until told it was well formed).
  const crossing = (answerInput, viaEmbind) => (request) => {
    const text = jsonText(request, 'request');
    if (input.length < 3 * text.length) {  // 3 bytes a UTF-16 unit at most
      const at = engine._tally_input(3 * text.length);
      input = engine.HEAPU8.subarray(at, at + 3 * text.length);
    }
    const written = utf8Encoder.encodeInto(text, input).written;
    let length = answerInput(written, 0);
    if (length === -1) {
      if (illFormed(text)) return answerText(utf8.decode(viaEmbind(text)));
      length = answerInput(written, 1);
    }
    const at = engine.HEAPU32[replyAddress];
    return answerText(utf8.decode(engine.HEAPU8.subarray(at, at + length)));
  };
  const quoteText = crossing((length, checked) => engine._tally_quote_input(length, checked), (text) => engine.quote(text));
  const timelineText = crossing((length, checked) => engine._tally_timeline_input(length, checked),
    (text) => engine.timeline(text));
  // Only the second module (tally-plan.mjs) has the planner.
  const planText = engine.plan && crossing((length, checked) => engine._tally_plan_input(length, checked),
    (text) => engine.plan(text));
  const planner = planText ? { plan: (request) => JSON.parse(planText(request)), planText } : {};
  return {
    ...planner,
    async loadTariffs(source) {
      const { catalog, files } = await readTariffSource(source);
      return answer(engine.loadTariffs(catalog, files));
    },
    quote(request) {
      return JSON.parse(quoteText(request));
    },
    quoteText,
    timeline(request) {
      return JSON.parse(timelineText(request));
    },
    timelineText,
    list() {
      return answer(engine.list());
    },
    validate(tariff, name = 'tariff.json') {
      // As `tally validate` tells a catalog by its name; here there are no files beside it to check with it.
      if (/(^|\/)catalog\.json$/.test(name)) {
        throw tallyError(name, 'validate checks one edition file; loadTariffs checks a catalog with every edition it names');
      }
      return answer(engine.validate(jsonText(tariff, name), name));
    },
    memoryBytes() {
      return engine.HEAPU8.length;
    },
    heapBytesInUse() {
      return engine._tally_heap_in_use();
    },
  };
}
