#pragma once
// One error type for every bad input: it names the JSON path of the field at fault, so the command line can
// print `error: <path>: <what is wrong>` and the wasm binding can throw an Error carrying `path`. A coded error
// also carries its code and fields, from which the page words it in the reader's language (error_text.hpp); a
// generic field error ("must be a whole number >= 0") carries its English problem only.
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "tally/error_text.hpp"

namespace tally {

class Error : public std::exception {
public:
    Error(std::string path, std::string problem) : path_(std::move(path)), problem_(std::move(problem)) {
        compose();
    }
    // The values in the order of the code's row of fields; a value missing or too many is an engine fault
    // (std::logic_error), never bad input.
    Error(std::string path, ErrorCode code, std::initializer_list<ErrorValue> values = {});

    const std::string& path() const noexcept { return path_; }
    const std::string& problem() const noexcept { return problem_; }
    // The row's code, or "invalid_input" for a generic field error.
    std::string_view code() const noexcept { return code_ ? error_code_name(*code_) : "invalid_input"; }
    // The fields as the wasm binding sends them: each "\x1ename\x1dvalue", a name's "\x1ename\x1dEnglish\x1d简体中文"
    // (one string, not a vector of them: every throw site copies and destroys what an Error holds).
    const std::string& fields_text() const noexcept { return fields_; }
    std::vector<ErrorField> fields() const;
    const char* what() const noexcept override { return message_.c_str(); }

    // A whole-document prefix such as a tariff file name.
    void prepend_document(const std::string& document) {
        path_ = path_.empty() ? document : document + ":" + path_;
        compose();
    }

private:
    void compose() { message_ = path_.empty() ? problem_ : path_ + ": " + problem_; }

    std::string path_;
    std::string problem_;
    std::optional<ErrorCode> code_;
    std::string fields_;
    std::string message_;
};

}  // namespace tally
