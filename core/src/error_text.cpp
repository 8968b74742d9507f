#include "tally/error_text.hpp"

#include <iterator>
#include <stdexcept>

#include "tally/error.hpp"
#include "tally/tariff.hpp"
#include "tally/warning_text.hpp"

namespace tally {
namespace {

// The columns apart: composing a message uses the codes and the English only (error_text.hpp says why).
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

constexpr ErrorText kErrorTexts[] = {
#define TALLY_ERROR_ROW(code, fields, zh, en) {#code, fields, zh, en},
    TALLY_ERROR_TEXTS(TALLY_ERROR_ROW)
#undef TALLY_ERROR_ROW
};

}  // namespace

ErrorField::ErrorField(std::string_view name, const Text& both) : name(name), value(both.en), zh(both.zh) {}

Error::Error(std::string path, ErrorCode code, std::vector<ErrorField> fields)
    : path_(std::move(path)), problem_(english_problem(code, fields)), code_(code), fields_(std::move(fields)) {
    compose();
}

const ErrorText* error_texts_begin() { return std::begin(kErrorTexts); }
const ErrorText* error_texts_end() { return std::end(kErrorTexts); }
std::string_view error_code_name(ErrorCode code) { return kCodes[static_cast<std::size_t>(code)]; }

std::string english_problem(ErrorCode code, const std::vector<ErrorField>& fields) {
    std::string_view text = kEnglish[static_cast<std::size_t>(code)];
    std::string out;
    std::size_t at = 0;
    for (std::string_view name : placeholders(text)) {
        std::size_t open = text.find('{', at);
        out.append(text.substr(at, open - at));
        const ErrorField* field = nullptr;
        for (const auto& f : fields)
            if (f.name == name) field = &f;
        if (!field) throw std::logic_error("error " + std::string(error_code_name(code)) + " lacks {" + std::string(name) + "}");
        out += field->value;
        at = open + name.size() + 2;
    }
    out.append(text.substr(at));
    return out;
}

nlohmann::ordered_json error_texts_json() {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& row : kErrorTexts) {
        nlohmann::ordered_json fields = nlohmann::ordered_json::object();
        for (std::string_view rest = row.fields; !rest.empty();) {
            std::size_t space = rest.find(' ');
            std::string_view word = rest.substr(0, space);
            std::size_t colon = word.find(':');
            fields[std::string(word.substr(0, colon))] = std::string(word.substr(colon + 1));
            rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
        }
        auto& entry = out[std::string(row.code)];
        entry["fields"] = std::move(fields);
        entry["zh"] = std::string(row.zh);
        entry["en"] = std::string(row.en);
    }
    return out;
}

}  // namespace tally
