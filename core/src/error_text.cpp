#include "tally/error_text.hpp"

#include <algorithm>
#include <stdexcept>

#include "tally/error.hpp"
#include "tally/tariff.hpp"
#include "tally/warning_text.hpp"

namespace tally {
namespace {

// The columns apart: an Error is built from the codes, fields and English only; the 简体中文 is linked only
// where the table is written out (error_text.hpp says why).
constexpr std::string_view kCodes[] = {
#define TALLY_ERROR_CODE(code, fields, zh, en) #code,
    TALLY_ERROR_TEXTS(TALLY_ERROR_CODE)
#undef TALLY_ERROR_CODE
};

constexpr std::string_view kEnglish[] = {
#define TALLY_ERROR_EN(code, fields, zh, en) en,
    TALLY_ERROR_TEXTS(TALLY_ERROR_EN)
#undef TALLY_ERROR_EN
};

constexpr std::string_view kFields[] = {
#define TALLY_ERROR_FIELDS(code, fields, zh, en) fields,
    TALLY_ERROR_TEXTS(TALLY_ERROR_FIELDS)
#undef TALLY_ERROR_FIELDS
};

constexpr std::string_view kChinese[] = {
#define TALLY_ERROR_ZH(code, fields, zh, en) zh,
    TALLY_ERROR_TEXTS(TALLY_ERROR_ZH)
#undef TALLY_ERROR_ZH
};

// The next "name:kind" word of a row's fields, `rest` advanced past it.
std::string_view next_field(std::string_view& rest) {
    std::size_t space = rest.find(' ');
    std::string_view word = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    return word;
}

[[noreturn]] void fault(ErrorCode code, const std::string& what) {
    throw std::logic_error("error " + std::string(error_code_name(code)) + ": " + what);
}

}  // namespace

Error::Error(std::string path, ErrorCode code, std::initializer_list<ErrorValue> values)
    : path_(std::move(path)), code_(code) {
    const auto row = static_cast<std::size_t>(code);
    std::string_view names = kFields[row];
    std::vector<std::pair<std::string_view, std::string>> english;  // each field's name and English value
    for (const ErrorValue& v : values) {
        std::string_view word = next_field(names);
        if (word.empty()) fault(code, "more values than fields");
        std::string_view name = word.substr(0, word.find(':'));
        std::string value = v.text() ? *v.text() : v.name() ? v.name()->en : std::to_string(v.count());
        fields_ += "\x1e" + std::string(name) + "\x1d" + value;
        if (v.name()) fields_ += "\x1d" + v.name()->zh;
        english.emplace_back(name, std::move(value));
    }
    if (!names.empty()) fault(code, "fewer values than fields");
    std::string_view text = kEnglish[row];
    std::size_t at = 0;
    for (std::string_view name : placeholders(text)) {
        std::size_t open = text.find('{', at);
        problem_.append(text.substr(at, open - at));
        for (const auto& [field, value] : english)
            if (field == name) problem_ += value;
        at = open + name.size() + 2;
    }
    problem_.append(text.substr(at));
    compose();
}

std::vector<ErrorField> Error::fields() const {
    std::vector<ErrorField> out;
    for (std::size_t at = 0; at < fields_.size();) {
        std::size_t end = std::min(fields_.find('\x1e', at + 1), fields_.size());
        std::string_view field(fields_.data() + at + 1, end - at - 1);
        std::size_t first = field.find('\x1d'), second = field.find('\x1d', first + 1);
        out.push_back(ErrorField{std::string(field.substr(0, first)),
                                 std::string(field.substr(first + 1, second == std::string_view::npos ? std::string_view::npos : second - first - 1)),
                                 second == std::string_view::npos ? std::string() : std::string(field.substr(second + 1))});
        at = end;
    }
    return out;
}

ErrorText error_text(ErrorCode code) {
    const auto row = static_cast<std::size_t>(code);
    return {kCodes[row], kFields[row], kChinese[row], kEnglish[row]};
}
std::string_view error_code_name(ErrorCode code) { return kCodes[static_cast<std::size_t>(code)]; }

nlohmann::ordered_json error_texts_json() {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (std::size_t code = 0; code < kErrorCodes; ++code) {
        const ErrorText row = error_text(static_cast<ErrorCode>(code));
        nlohmann::ordered_json fields = nlohmann::ordered_json::object();
        for (std::string_view rest = row.fields; !rest.empty();) {
            std::string_view word = next_field(rest);
            std::size_t colon = word.find(':');
            fields[std::string(word.substr(0, colon))] = std::string(word.substr(colon + 1));
        }
        auto& entry = out[std::string(row.code)];
        entry["fields"] = std::move(fields);
        entry["zh"] = std::string(row.zh);
        entry["en"] = std::string(row.en);
    }
    return out;
}

}  // namespace tally
