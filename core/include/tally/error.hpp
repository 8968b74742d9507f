#pragma once
// One error type for every bad input: it names the JSON path of the field at fault, so the command line can
// print `error: <path>: <what is wrong>` and the wasm binding can throw an Error carrying `path`.
#include <stdexcept>
#include <string>

namespace tally {

class Error : public std::exception {
public:
    Error(std::string path, std::string problem) : path_(std::move(path)), problem_(std::move(problem)) {
        compose();
    }

    const std::string& path() const noexcept { return path_; }
    const std::string& problem() const noexcept { return problem_; }
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
    std::string message_;
};

}  // namespace tally
