#include "tally/json_node.hpp"

#include "tally/names.hpp"

#include <algorithm>

namespace tally {

void JsonNode::fail(const std::string& problem) const { throw Error(path_, problem); }

const char* JsonNode::type_name() const {
    switch (value_->type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::object: return "an object";
        case Json::value_t::array: return "an array";
        case Json::value_t::string: return "a string";
        case Json::value_t::boolean: return "a boolean";
        case Json::value_t::number_float: return "a number with a fraction or exponent";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned: return "a number";
        default: return "something else";
    }
}

JsonNode JsonNode::operator[](const char* key) const {
    if (!value_->is_object()) fail(std::string("must be an object, not ") + type_name());
    auto it = value_->find(key);
    std::string child = path_.empty() ? key : path_ + "." + key;
    if (it == value_->end()) throw Error(child, "is missing");
    return JsonNode(*it, std::move(child));
}

std::optional<JsonNode> JsonNode::find(const char* key) const {
    if (!value_->is_object()) fail(std::string("must be an object, not ") + type_name());
    auto it = value_->find(key);
    if (it == value_->end() || it->is_null()) return std::nullopt;
    return JsonNode(*it, path_.empty() ? key : path_ + "." + key);
}

std::vector<JsonNode> JsonNode::elements() const {
    if (!value_->is_array()) fail(std::string("must be an array, not ") + type_name());
    std::vector<JsonNode> out;
    out.reserve(value_->size());
    for (std::size_t i = 0; i < value_->size(); ++i)
        out.emplace_back((*value_)[i], path_ + "[" + std::to_string(i) + "]");
    return out;
}

void JsonNode::allow_only(std::initializer_list<const char*> keys) const { allow_only(keys.begin(), keys.size()); }

void JsonNode::allow_only(const char* const* keys, std::size_t count) const {
    if (!value_->is_object()) fail(std::string("must be an object, not ") + type_name());
    for (const auto& item : value_->items()) {
        bool known = std::any_of(keys, keys + count, [&](const char* k) { return item.key() == k; });
        if (!known) {
            std::string key = printable_excerpt(item.key());
            throw Error(path_.empty() ? key : path_ + "." + key, "unknown field");
        }
    }
}

std::string JsonNode::text() const {
    if (!value_->is_string()) fail(std::string("must be a string, not ") + type_name());
    const auto& s = value_->get_ref<const std::string&>();
    if (s.empty()) fail("must not be empty");
    return s;
}

std::uint64_t JsonNode::whole_number(std::uint64_t max) const { return whole_number(0, max); }

// One wording for every failure of a field: ">= 0" fields say so (and name the maximum once it is exceeded);
// fields with a minimum always state the whole range.
std::uint64_t JsonNode::whole_number(std::uint64_t min, std::uint64_t max) const {
    const std::string rule = min == 0 ? "must be a whole number >= 0"
                                      : "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    const std::string over = min == 0 ? rule + " and <= " + std::to_string(max) : rule;
    std::uint64_t value = 0;
    if (value_->is_number_unsigned()) {
        value = value_->get<std::uint64_t>();
    } else if (value_->is_number_integer()) {  // values built in C++ may be signed
        auto signed_value = value_->get<std::int64_t>();
        if (signed_value < 0) fail(rule);
        value = static_cast<std::uint64_t>(signed_value);
    } else if (value_->is_number_float() && !(value_->get<double>() < 1e19)) {
        fail(over);  // a count too long for 64 bits parses as a float (never money): it is simply too large
    } else {
        fail(rule + ", not " + type_name());
    }
    if (value > max) fail(over);
    if (value < min) fail(rule);
    return value;
}

bool JsonNode::boolean() const {
    if (!value_->is_boolean()) fail(std::string("must be true or false, not ") + type_name());
    return value_->get<bool>();
}

Money JsonNode::price() const {
    if (!value_->is_string()) fail(std::string("must be a decimal string such as \"0.0025\", not ") + type_name());
    auto parsed = Money::parse(value_->get_ref<const std::string&>());
    if (!parsed) fail("must be a decimal string >= 0 with at most 8 decimals, such as \"0.0025\"");
    return *parsed;
}

std::string JsonNode::date() const {
    std::string s = text();
    auto digit = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
    bool shape = s.size() == 10 && s[4] == '-' && s[7] == '-' && digit(0) && digit(1) && digit(2) && digit(3) &&
                 digit(5) && digit(6) && digit(8) && digit(9);
    if (shape) {
        int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        int month = (s[5] - '0') * 10 + (s[6] - '0');
        int day = (s[8] - '0') * 10 + (s[9] - '0');
        bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        static const int days_in[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        shape = month >= 1 && month <= 12 && day >= 1 && day <= days_in[month - 1] + (month == 2 && leap ? 1 : 0);
    }
    if (!shape) fail("must be a real date written YYYY-MM-DD");
    return s;
}

std::string JsonNode::id() const {
    std::string id = text();
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
        if (!ok) fail("must be lower-case ASCII letters, digits, '-', '.' or '_'");
    }
    if (id.size() > 64) fail("must be at most 64 characters");
    return id;
}

std::size_t JsonNode::one_of(std::initializer_list<const char*> names) const {
    std::string s = text();
    std::size_t index = 0;
    std::string expected;
    for (const char* name : names) {
        if (s == name) return index;
        expected += (index == 0 ? "" : index + 1 == names.size() ? " or " : ", ") + std::string("\"") + name + "\"";
        ++index;
    }
    fail("must be " + expected);
}

}  // namespace tally
