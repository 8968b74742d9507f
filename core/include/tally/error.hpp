#pragma once
// One error type for every bad input: it names the JSON path of the field at fault, so the command line can
// print `error: <path>: <what is wrong>` and the wasm binding can throw an Error carrying `path`. A coded error
// also carries its code and fields, from which the page words it in the reader's language (error_text.hpp); a
// generic field error ("must be a whole number >= 0") carries its English problem only.
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
    Error(std::string path, ErrorCode code, std::vector<ErrorField> fields = {});

    const std::string& path() const noexcept { return path_; }
    const std::string& problem() const noexcept { return problem_; }
    // The row's code, or "invalid_input" for a generic field error.
    std::string_view code() const noexcept { return code_ ? error_code_name(*code_) : "invalid_input"; }
    const std::vector<ErrorField>& fields() const noexcept { return fields_; }
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
    std::vector<ErrorField> fields_;
    std::string message_;
};

}  // namespace tally
