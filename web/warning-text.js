// Warnings and errors in the reader's language, worded from the engine's tables of texts (core/src/
// warning_text.cpp and core/include/tally/error_text.hpp, which the listing carries as `warning_texts` and
// `error_texts`): each {field} of the row's template is filled here with this page's own formatting. A warning's
// service is named from the listing's edition (as are a free pool's condition and how long packs stay valid); an
// error carries its fields, a name in both languages. The page (app.js, the time view) and the element
// (tally-calculator.js) both word warnings and errors through this.
import { count, money } from './format.js';

const named = (edition, id) => edition.services.find((s) => s.id === id) ?? edition.qps_groups.find((g) => g.id === id);

// One filler per field kind of the warning table: (warning, field name, edition, lang) -> text, or undefined if missing.
const FILL = {
  service: (w, field, edition, lang) => {
    const item = named(edition, w.service);
    return item && (item.name[lang] || item.name.zh);
  },
  calls: (w, field, edition, lang) => (w[field] === undefined ? undefined : count(w[field], lang)),
  money: (w, field, edition, lang) => (w[field] === undefined ? undefined : money(w[field], lang)),
  unit_price: (w, field, edition, lang) => (w[field] === undefined ? undefined : money(w[field], lang, { exact: true })),
  free_condition: (w, field, edition, lang) => {
    const pool = (edition.free_quota ?? []).find((p) => p.eligible?.condition && p.services.includes(w.service));
    return pool && (pool.eligible.condition[lang] || pool.eligible.condition.zh);
  },
  pack_valid_years: (w, field, edition, lang) => count(edition.pack_rules.valid_years, lang),
};

// The template with each {field} filled by value(field, kind), or undefined when one of them cannot be.
function filled(row, lang, value) {
  let complete = true;
  const text = row[lang].replace(/\{(\w+)\}/g, (_, field) => {
    const v = value(field, row.fields[field]);
    if (v === undefined || v === null) complete = false;
    return v ?? '';
  });
  return complete ? text : undefined;
}

/**
 * The text of one of a quote's `warnings`, in `lang` ('zh' | 'en'), for the listing's `edition` it was quoted
 * from. A code the table lacks, or a field that cannot be filled, gives the engine's English `message`.
 */
export function warningText(texts, warning, edition, lang) {
  const row = texts?.[warning.code];
  return (row && filled(row, lang, (field, kind) => FILL[kind]?.(warning, field, edition, lang))) ?? warning.message;
}

/**
 * What is wrong, without the path, in `lang`, for an Error the engine threw (`code`, `fields`), from the listing's
 * `error_texts`. A code the table lacks (a generic field error, or a failure of the page itself) gives the
 * Error's English `problem`, or its `message`.
 */
export function errorText(texts, error, lang) {
  const row = texts?.[error?.code];
  const text = row && filled(row, lang, (field, kind) => {
    const v = error.fields?.[field];
    if (typeof v === 'object') return v && (v[lang] || v.zh);
    return kind === 'count' && v !== undefined ? count(v, lang) : v;
  });
  return text ?? (error?.problem || error?.message || String(error));
}
