#pragma once
// A JSON value together with the path that leads to it ("usage[1].calls"), so a reader can throw an Error
// naming the field at fault directly, without try/catch at every level.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "tally/error.hpp"
#include "tally/money.hpp"

namespace tally {

using Json = nlohmann::ordered_json;

// Tariffs nest 6 levels, requests 3. Deeper documents are refused before parsing: nlohmann's ordered_map
// deep-copies a member when it grows, recursively, so a hostile 100,000-level document would overflow the stack.
inline constexpr std::size_t kMaxJsonDepth = 64;
inline constexpr std::size_t kMaxObjectKeys = 256;

// Parses JSON text (json_parse.cpp), or throws Error(path, …) when it is not valid JSON (1e400 included), nests
// too deep, or has an object with a key twice or more than kMaxObjectKeys keys. A number with a fraction or an
// exponent (never a valid count) holds a double near its value; whether it is 1e19 or more is exact.
Json parse_json(std::string_view text, const std::string& path);

class JsonNode {
public:
    JsonNode(const Json& value, std::string path) : value_(&value), path_(std::move(path)) {}

    const Json& value() const { return *value_; }
    const std::string& path() const { return path_; }
    [[noreturn]] void fail(const std::string& problem) const;

    JsonNode operator[](const char* key) const;           // a required member
    std::optional<JsonNode> find(const char* key) const;  // nullopt when absent or null
    std::vector<JsonNode> elements() const;               // an array's elements
    void allow_only(std::initializer_list<const char*> keys) const;  // a misspelt field is an error
    void allow_only(const char* const* keys, std::size_t count) const;

    std::string text() const;                          // a non-empty string
    std::uint64_t whole_number(std::uint64_t max) const;  // 0..max, JSON integers only
    std::uint64_t whole_number(std::uint64_t min, std::uint64_t max) const;
    bool boolean() const;
    Money price() const;       // a decimal string, at most 8 places
    std::string date() const;  // YYYY-MM-DD
    std::string id() const;    // lower-case ASCII letters, digits, '-', '.', '_'
    // One of `names`; returns its index.
    std::size_t one_of(std::initializer_list<const char*> names) const;

private:
    const char* type_name() const;

    const Json* value_;
    std::string path_;
};

}  // namespace tally
