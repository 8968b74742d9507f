#pragma once
// Every warning the engine can give, one row each: its code, the fields its text draws on, and that text in
// 简体中文 and English with the fields as named placeholders ({service}, {extra_calls}, {saving}). The engine
// fills the English text into a warning's `message`; the page and the embed element fill the same templates in
// the reader's language (the listing carries them as `warning_texts`, web/warning-text.js fills them). Adding a
// warning, or a timeline event, is adding a row to kWarningTexts (warning_text.cpp).
#include <string>
#include <string_view>
#include <vector>

#include "tally/json_node.hpp"
#include "tally/response.hpp"
#include "tally/tariff.hpp"

namespace tally {

// Where a placeholder's value comes from, and how it is written.
enum class FieldKind {
    service,          // the warning's `service` (a service or QPS group id), shown by its name
    calls,            // a count the warning carries under the field's name (extra_calls, unused_calls, size)
    money,            // an amount the warning carries, shown to the fen (saving)
    unit_price,       // a unit price the warning carries, shown with all its places (postpaid_unit_price)
    free_condition,   // the edition's free pool of the warning's service: the condition it cannot check
    pack_valid_years,  // the edition's pack rules: the years a pack stays valid from purchase (to the same date)
};

struct WarningField {
    std::string_view name;
    FieldKind kind;
};

inline constexpr std::size_t kMaxWarningFields = 4;

struct WarningText {
    std::string_view code;
    WarningField fields[kMaxWarningFields];  // the first ones named; the rest have an empty name
    std::string_view zh, en;
};

// The table, and one row of it (nullptr for a code with no row).
const WarningText* warning_texts_begin();
const WarningText* warning_texts_end();
const WarningText* find_warning_text(std::string_view code);

// The English message of `w` (a warning about `edition`), from its row. Throws std::logic_error when the code has
// no row or the warning lacks a field its row names: an engine fault, never bad input.
std::string english_message(const Warning& w, const Edition& edition);

// The placeholders one template names, in order ("{a} and {b}" -> a, b).
std::vector<std::string_view> placeholders(std::string_view text);

// The table as the listing's `warning_texts`: {code: {fields: {name: kind}, zh, en}}.
Json warning_texts_json();

}  // namespace tally
