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

/** A date written YYYY-MM-DD; a month YYYY-MM. */
export type DateText = string;

export interface TimelineRequest {
  product: 'body-analysis' | 'image-analysis' | 'face-verification' | string;
  edition?: string;
  settlement?: 'daily' | 'monthly';
  /** The horizon, both days included: at most 1,096 days. */
  start: DateText;
  end: DateText;
  /** Default: start. Decides monthly settlement (face verification) and the one-time free packs' dates. */
  account_opened?: DateText;
  free_quota?: boolean;
  /** Face verification: every daily bill with its lines (default: each daily bill's total only). */
  daily_bill_lines?: boolean;
  /** per "day": that many calls each day from..to (dates); per "month": each calendar month from..to (YYYY-MM),
   *  spread over the month's days. Default from/to: the horizon. Entries for one service add up. */
  usage?: Array<{ service: string; calls: number; per: 'day' | 'month'; from?: DateText; to?: DateText }>;
  /** Paid on `date`, inside the horizon. */
  purchases?: Array<{ service: string; size: number; count?: number; date: DateText }>;
  /** `purchase`: an index into purchases (face verification only: unused, through the purchase date + 7). */
  refunds?: Array<{ purchase: number; date: DateText }>;
  qps?: Array<{ group: string; qps: number; per?: 'month' | 'day'; date: DateText; months?: number; days?: number }>;
}

export interface CallsBySource { total: number; free: number; pack: number; postpaid: number; qps: number; }

export interface TimelineMonth {
  month: DateText;
  calls: CallsBySource;
  /** The month's bill, or the sum of its daily bills. */
  postpaid: Decimal;
  /** Packs and QPS plans paid in the month, less refunds made in it. */
  purchases: Decimal;
  /** Image analysis: frozen at the month's bill, released at the next. */
  freeze?: Decimal;
  /** Paid on the bill date(s): the bill + the new freeze - the freeze released. */
  cash: Decimal;
}

export interface TimelinePurchase {
  service: string;
  size: number;
  count: number;
  date: DateText;
  price: Decimal;
  /** The last usable day: the same calendar date a year later (29 February: 28 February). */
  expires: DateText;
  used: number;
  /** Usable calls left at the horizon's end. */
  remaining: number;
  /** Calls lost at an expiry inside the horizon. */
  expired_unused: number;
  refundable_until: DateText | null;
  refunded: DateText | null;
  /** Usable calls left at the end of each month of `months`. */
  month_end_remaining: number[];
}

export interface TimelineEvent {
  date: DateText;
  code: 'pack_low' | 'pack_exhausted' | 'pack_expiring' | 'pack_expired' | 'free_expired' | 'refund_window_ends'
    | 'tier_changed' | string;
  /** Index in the request's purchases. */
  purchase?: number;
  service?: string;
  /** Calls left (pack alerts) or lost (expiries). */
  calls?: number;
  from_tier?: number;
  to_tier?: number;
}

export interface TimelineBill {
  from: DateText;
  to: DateText;
  issued: DateText;
  /** Image analysis bills come 1 to 3 days after the month; others on `issued`. */
  issued_by: DateText;
  total: Decimal;
  freeze?: Decimal;
  /** Absent for face verification's daily bills unless daily_bill_lines. */
  lines?: BillLine[];
}

export interface TimelineResponse {
  product: string;
  edition: string;
  settlement: 'monthly' | 'daily';
  start: DateText;
  end: DateText;
  account_opened: DateText;
  currency: 'CNY';
  /** Everything paid for the horizon: bills + purchases + QPS plans - refunds. */
  total: Decimal;
  paid: { bills: Decimal; purchases: Decimal; qps: Decimal; refunds: Decimal };
  calls: CallsBySource;
  /** total / calls, 8 places, half up; null without calls. */
  average_per_call: Decimal | null;
  months: TimelineMonth[];
  purchases: TimelinePurchase[];
  qps: Array<{ group: string; qps: number; per: 'month' | 'day'; from: DateText; through: DateText; paid: Decimal }>;
  events: TimelineEvent[];
  bills: TimelineBill[];
}

/** `tally plan`: a timeline request without purchases, refunds or QPS plans; body analysis may add each QPS
 *  group's peak, and then QPS plans of at least that many are considered. */
export interface PlanRequest extends Omit<TimelineRequest, 'purchases' | 'refunds' | 'qps'> {
  peak_qps?: Array<{ group: string; qps: number }>;
}

/** Purchases and QPS plans in the timeline request's own shape: put them in one to see the plan day by day. */
export interface PlanChoice {
  purchases: Array<{ service: string; size: number; count: number; date: DateText }>;
  qps: Array<{ group: string; qps: number; per: 'month' | 'day'; date: DateText; months?: number; days?: number }>;
}

export interface PlanResponse {
  product: string;
  edition: string;
  start: DateText;
  end: DateText;
  currency: 'CNY';
  plan: PlanChoice & { total: Decimal };
  postpaid_only: { total: Decimal };
  /** postpaid_only.total - plan.total */
  saving: Decimal;
  /** True when no plan in the search space (packs bought on the start or a month's 1st) costs less. */
  optimal: boolean;
  /** No plan in the search space costs less than this; equal to plan.total when optimal. */
  lower_bound: Decimal;
  /** Plans a person might prefer, each with its extra cost over the plan. */
  alternatives: Array<PlanChoice & { name: 'single_date' | 'largest_sizes' | 'postpaid_only' | string; total: Decimal; extra: Decimal }>;
  /** The plan's own timeline answer. */
  timeline: TimelineResponse;
}

/** The catalog with every edition as `tally list` prints it. */
/**
 * One row of the engine's warning table: the fields its text draws on (by kind: `service` is the warning's
 * service shown by name; `calls`, `money`, `unit_price` are the warning's own members; `free_condition` and
 * `pack_valid_years` come from the edition) and the text in each language with those fields as {placeholders}.
 */
export interface WarningText {
  fields: Record<string, 'service' | 'calls' | 'money' | 'unit_price' | 'free_condition' | 'pack_valid_years'>;
  zh: string;
  en: string;
}

export interface Listing {
  products: Array<{ id: string; name: Text; default_edition: string; editions: unknown[] }>;
  /** Every warning code the engine can give, with its text (web/warning-text.js fills it). */
  warning_texts: Record<string, WarningText>;
  /**
   * Every coded error the engine can throw, with its text (web/warning-text.js's errorText fills it from the
   * TallyError's `fields`). Only tally.mjs's listing has it: tally-plan.mjs throws the same codes and fields.
   */
  error_texts?: Record<string, ErrorText>;
}

/**
 * One row of `error_texts`: each {field} of `zh` and `en` is one of `fields`, of a kind: `name` (a service,
 * edition or QPS group, given as {zh, en}), `count` (digits), `date` (YYYY-MM-DD) or `text` (as it is).
 */
export interface ErrorText {
  fields: Record<string, 'name' | 'count' | 'date' | 'text'>;
  zh: string;
  en: string;
}

/**
 * Thrown for bad input: `message` equals the command line's line, e.g. "error: usage[1].calls: must be …".
 * `code` names the error's row of the listing's `error_texts` ("refund_after_use", "no_postpaid_price", …);
 * `invalid_input` is a field error with no row (worded in English only: `problem`); `internal` and
 * `out_of_memory` are the engine's own failures.
 */
export interface TallyError extends Error {
  code: string;
  /** The JSON path of the field at fault ("refunds[0].purchase"), or a document's name. */
  path: string;
  /** The English problem alone, without the path. */
  problem: string;
  /** The values the row's text names: digits, dates and text as strings, a name in both languages. */
  fields: Record<string, string | Text>;
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
  /** The account simulated day by day over the horizon (`tally timeline`). Throws as quote() does. */
  timeline(request: TimelineRequest | string): TimelineResponse;
  /** The same as JSON text (ASCII, as quoteText). */
  timelineText(request: string | TimelineRequest): string;
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

/** The second module, tally-plan.mjs: the same engine with the planner (loaded only by those who plan). */
export interface TallyPlanner extends Tally {
  /** The cheapest purchases over the horizon (`tally plan`). Throws as quote() does. */
  plan(request: PlanRequest | string): PlanResponse;
  /** The same as JSON text (ASCII, as quoteText). */
  planText(request: string | PlanRequest): string;
}

export function createTally(options?: CreateTallyOptions): Promise<Tally>;
export default function createTallyModule(options?: object): Promise<unknown>;
