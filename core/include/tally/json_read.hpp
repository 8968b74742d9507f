#pragma once
// Small readers that turn a JSON value into a typed field or throw an Error naming what is wrong. Callers wrap
// them in at_key/at_index so the error carries the full path.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "tally/error.hpp"
#include "tally/money.hpp"

namespace tally::json_read {

using json = nlohmann::ordered_json;

void expect_object(const json& j);
void expect_array(const json& j);
// Rejects keys outside `allowed`: a misspelt field is an error, never silently ignored.
void expect_only_keys(const json& j, std::initializer_list<const char*> allowed);

const json& required(const json& object, const char* key);
const json* optional(const json& object, const char* key);  // nullptr when absent or null

std::string text(const json& j);                                   // non-empty string
std::uint64_t whole_number(const json& j, std::uint64_t max);     // 0..max, JSON integer only
bool boolean(const json& j);
Money price(const json& j);                                        // decimal string, <= 8 places
std::string date(const json& j);                                   // "YYYY-MM-DD"

// Reads `object[key]` with `read` and puts the key on any error's path.
template <typename Read>
auto field(const json& object, const char* key, Read&& read) {
    const json& value = required(object, key);  // a missing key is reported at the key itself
    return at_key(key, [&] { return read(value); });
}

template <typename Read>
auto optional_field(const json& object, const char* key, Read&& read) -> std::optional<decltype(read(object))> {
    const json* value = optional(object, key);
    if (!value) return std::nullopt;
    return at_key(key, [&] { return read(*value); });
}

}  // namespace tally::json_read
