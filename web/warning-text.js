// A warning in the reader's language, worded from the engine's one table of warning texts (core/src/
// warning_text.cpp, which the listing carries as `warning_texts`): each {field} of the row's template is filled
// here with this page's own formatting, the service by its name and the edition's data (a free pool's condition,
// how long packs stay valid) read from the listing. The page (app.js) and the element (tally-calculator.js) both
// word warnings through this.
import { count, money } from './format.js';

const named = (edition, id) => edition.services.find((s) => s.id === id) ?? edition.qps_groups.find((g) => g.id === id);

// One filler per field kind of the table: (warning, field name, edition, lang) -> text, or undefined if missing.
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

/**
 * The text of one of a quote's `warnings`, in `lang` ('zh' | 'en'), for the listing's `edition` it was quoted
 * from. A code the table lacks, or a field that cannot be filled, gives the engine's English `message`.
 */
export function warningText(texts, warning, edition, lang) {
  const row = texts?.[warning.code];
  if (!row) return warning.message;
  let complete = true;
  const text = row[lang].replace(/\{(\w+)\}/g, (_, field) => {
    const value = FILL[row.fields[field]]?.(warning, field, edition, lang);
    if (value === undefined || value === null) complete = false;
    return value ?? '';
  });
  return complete ? text : warning.message;
}
