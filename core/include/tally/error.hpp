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

    // Called while the error unwinds through enclosing objects: "calls" becomes "usage[1].calls".
    void prepend_key(const std::string& key) {
        path_ = path_.empty() ? key : (path_[0] == '[' ? key + path_ : key + "." + path_);
        compose();
    }
    void prepend_index(std::size_t index) {
        std::string segment = "[" + std::to_string(index) + "]";
        path_ = path_.empty() || path_[0] == '[' ? segment + path_ : segment + "." + path_;
        compose();
    }
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

// Runs `read` and, if it throws, prefixes the error's path with `key` (and turns nlohmann's own exceptions
// into an Error at that path), so deep readers need not know where they are.
template <typename Read>
auto at_key(const std::string& key, Read&& read) -> decltype(read()) {
    try {
        return read();
    } catch (Error& e) {
        e.prepend_key(key);
        throw;
    }
}

template <typename Read>
auto at_index(std::size_t index, Read&& read) -> decltype(read()) {
    try {
        return read();
    } catch (Error& e) {
        e.prepend_index(index);
        throw;
    }
}

}  // namespace tally
