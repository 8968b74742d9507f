#include "tally/json_read.hpp"

#include <algorithm>
#include <cstring>

namespace tally::json_read {
namespace {

const char* type_name(const json& j) {
    switch (j.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "an array";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "a boolean";
        case json::value_t::number_float: return "a fraction";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "a number";
        default: return "something else";
    }
}

}  // namespace

void expect_object(const json& j) {
    if (!j.is_object()) throw Error("", std::string("must be an object, not ") + type_name(j));
}

void expect_array(const json& j) {
    if (!j.is_array()) throw Error("", std::string("must be an array, not ") + type_name(j));
}

void expect_only_keys(const json& j, std::initializer_list<const char*> allowed) {
    expect_object(j);
    for (const auto& item : j.items()) {
        bool known = std::any_of(allowed.begin(), allowed.end(),
                                 [&](const char* key) { return item.key() == key; });
        if (!known) throw Error(item.key(), "unknown field");
    }
}

const json& required(const json& object, const char* key) {
    expect_object(object);
    auto it = object.find(key);
    if (it == object.end()) throw Error(key, "is missing");
    return *it;
}

const json* optional(const json& object, const char* key) {
    expect_object(object);
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) return nullptr;
    return &*it;
}

std::string text(const json& j) {
    if (!j.is_string()) throw Error("", std::string("must be a string, not ") + type_name(j));
    const auto& s = j.get_ref<const std::string&>();
    if (s.empty()) throw Error("", "must not be empty");
    return s;
}

std::uint64_t whole_number(const json& j, std::uint64_t max) {
    std::string limit = std::to_string(max);
    std::string rule = "must be a whole number >= 0";
    if (j.is_number_unsigned()) {
        auto value = j.get<std::uint64_t>();
        if (value > max) throw Error("", rule + " and <= " + limit);
        return value;
    }
    if (j.is_number_integer()) {  // parsed text gives unsigned for n >= 0; values built in C++ may be signed
        auto value = j.get<std::int64_t>();
        if (value < 0) throw Error("", rule);
        if (static_cast<std::uint64_t>(value) > max) throw Error("", rule + " and <= " + limit);
        return static_cast<std::uint64_t>(value);
    }
    throw Error("", rule + ", not " + type_name(j));
}

bool boolean(const json& j) {
    if (!j.is_boolean()) throw Error("", std::string("must be true or false, not ") + type_name(j));
    return j.get<bool>();
}

Money price(const json& j) {
    if (!j.is_string())
        throw Error("", std::string("must be a decimal string such as \"0.0025\", not ") + type_name(j));
    auto parsed = Money::parse(j.get_ref<const std::string&>());
    if (!parsed) throw Error("", "must be a decimal string >= 0 with at most 8 decimals, such as \"0.0025\"");
    return *parsed;
}

std::string date(const json& j) {
    std::string s = text(j);
    auto digit = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
    bool shape = s.size() == 10 && s[4] == '-' && s[7] == '-' && digit(0) && digit(1) && digit(2) && digit(3) &&
                 digit(5) && digit(6) && digit(8) && digit(9);
    if (shape) {
        int month = (s[5] - '0') * 10 + (s[6] - '0');
        int day = (s[8] - '0') * 10 + (s[9] - '0');
        shape = month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }
    if (!shape) throw Error("", "must be a date YYYY-MM-DD");
    return s;
}

}  // namespace tally::json_read
