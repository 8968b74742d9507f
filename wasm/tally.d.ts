// Hand-written types for tally.mjs (the engine in WebAssembly). Amounts are decimal strings, never numbers.

/** A decimal string such as "5998.00" (charged, 2 places), "5997.99800000" (exact, 8 places) or "0.0025". */
export type Decimal = string;

export interface CreateTallyOptions {
  /** The bytes of tally.wasm; needed under Node, where the module cannot fetch a file URL. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where to find tally.wasm (default: beside tally.mjs). */
  locateFile?: (path: string, scriptDirectory: string) => string;
}

export interface QuoteRequest {
  product: 'body-analysis' | 'image-analysis' | 'face-verification' | string;
  edition?: string;
  period?: 'month' | 'day';
  days?: number;
  free_quota?: boolean;
  settlement?: 'daily' | 'monthly';
  account_opened?: string;
  usage?: Array<{ service: string; calls: number }>;
  packs?: Array<{ service: string; size: number; count?: number }>;
  qps?: Array<{ group: string; qps: number; per?: 'month' | 'day'; days?: number }>;
}

export interface BillLine {
  service: string;
  source: 'free' | 'pack' | 'postpaid' | 'qps';
  day?: number;
  size?: number;
  count?: number;
  qps?: number;
  per?: 'month' | 'day';
  days?: number;
  calls: number;
  unit_price: Decimal;
  amount: Decimal;
  charged: Decimal;
}

export interface Text { zh: string; en: string; }

export interface ServiceSummary {
  service: string;
  name: Text;
  calls: number;
  free_calls: number;
  pack_calls: number;
  postpaid_calls: number;
  qps_group?: string;
  tier?: { index: number; from: number; to: number | null; upper_bound: 'inclusive' | 'exclusive'; unit_price: Decimal };
  charged: Decimal;
}

export interface Warning {
  code: 'tier_cliff' | 'pack_dearer_than_postpaid' | 'pack_larger_than_usage' | 'pack_unused_on_qps' | 'qps_partial_month'
    | 'free_quota_condition' | string;
  service?: string;
  message: string;
  extra_calls?: number;
  saving?: Decimal;
  unused_calls?: number;
  size?: number;
  postpaid_unit_price?: Decimal;
}

export interface QuoteResponse {
  product: string;
  edition: string;
  period: 'month' | 'day';
  settlement: 'monthly' | 'daily';
  days?: number;
  currency: 'CNY';
  total: Decimal;
  lines: BillLine[];
  services: ServiceSummary[];
  allocations?: Array<{ pool: string; calls: number; services: Array<{ service: string; calls: number }> }>;
  range?: { low: Decimal; high: Decimal };
  freeze?: { total: Decimal; lines: BillLine[] };
  warnings: Warning[];
}

/** The catalog with every edition as `tally list` prints it. */
/**
 * One row of the engine's warning table: the fields its text draws on (by kind: `service` is the warning's
 * service shown by name; `calls`, `money`, `unit_price` are the warning's own members; `free_condition` and
 * `pack_valid_days` come from the edition) and the text in each language with those fields as {placeholders}.
 */
export interface WarningText {
  fields: Record<string, 'service' | 'calls' | 'money' | 'unit_price' | 'free_condition' | 'pack_valid_days'>;
  zh: string;
  en: string;
}

export interface Listing {
  products: Array<{ id: string; name: Text; default_edition: string; editions: unknown[] }>;
  /** Every warning code the engine can give, with its text (web/warning-text.js fills it). */
  warning_texts: Record<string, WarningText>;
}

/** Thrown for bad input: `message` equals the command line's line, e.g. "error: usage[1].calls: must be …". */
export interface TallyError extends Error {
  code: 'invalid_input' | 'internal' | 'out_of_memory';
  path: string;
  problem: string;
}

export type TariffSource =
  | { catalog: string | object; files: Record<string, string | object> }
  | string
  | URL
  | ((path: string) => Promise<string | object> | string | object);

export interface Tally {
  /** Loads catalog.json and every edition it names; replaces the loaded set only if all of it is valid. */
  loadTariffs(source: TariffSource): Promise<Listing>;
  quote(request: QuoteRequest | string): QuoteResponse;
  /**
   * The same quote as JSON text: for a script that already holds the request as text and passes the response on
   * as text (a server, a worker's message), with no JSON.parse of the answer. The text is compact JSON in ASCII:
   * the native engine's `response_text` with every character past U+007E escaped (`"人体检测"` is
   * `"\u4eba\u4f53\u68c0\u6d4b"`, the same JSON value), which a JavaScript engine decodes several times faster
   * than UTF-8 with Chinese in it. quote() returns its JSON.parse. Throws as quote() does.
   */
  quoteText(request: string | QuoteRequest): string;
  list(): Listing;
  /** Checks one edition file; throws a TallyError naming the path at fault. */
  validate(tariff: string | object, name?: string): { ok: true; product: string; edition: string; services: number };
  /** Bytes of wasm memory: grows in 64 KB pages and never shrinks. */
  memoryBytes(): number;
  /**
   * Bytes the engine holds in allocated blocks: its loaded tariffs and the buffers it keeps for requests and
   * answers. A call that leaks nothing leaves it unchanged once those buffers have grown to the call's size, so a
   * leak check can compare it to the byte.
   */
  heapBytesInUse(): number;
}

export function createTally(options?: CreateTallyOptions): Promise<Tally>;
export default function createTallyModule(options?: object): Promise<unknown>;
