#pragma once
// A quote request as the caller wrote it (names not yet resolved against a tariff). The JSON contract is the
// one `tally quote` reads and the wasm `quote()` takes; README documents it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/json_node.hpp"

namespace tally {

enum class Period { month, day };
enum class QpsPer { month, day };

// Documented limits (README "Limits"); each one is enforced with an error naming the field.
inline constexpr std::uint64_t kMaxCalls = 1000000000000000ULL;  // 10^15 calls per service per period
inline constexpr std::uint64_t kMaxPackCount = 1000000;
inline constexpr std::uint64_t kMaxDaysInPeriod = 31;  // days in one quoted period (the longest month); not a validity
inline constexpr std::size_t kMaxItems = 1000;  // usage, packs or qps entries in one request
inline constexpr std::uint64_t kMaxQps = kMaxCalls;  // parse limit; the tariff's max_qps (R13) is the real one

struct UsageRequest {
    std::string service;
    std::uint64_t calls = 0;
};

struct PackRequest {
    std::string service;
    std::uint64_t size = 0;
    std::uint64_t count = 1;
};

struct QpsRequest {
    std::string group;
    std::uint64_t qps = 0;
    QpsPer per = QpsPer::month;
    std::optional<std::uint64_t> days;
};

struct QuoteRequest {
    std::string product;
    std::optional<std::string> edition;      // default: the catalog's default edition
    std::optional<Period> period;            // default: the product's settlement cycle
    std::optional<std::uint64_t> days;       // a month of a daily-settled product: default 30
    bool free_quota = true;
    std::optional<std::string> settlement;   // "daily" | "monthly": which kind of account (face verification, R10)
    std::optional<std::string> account_opened;  // YYYY-MM-DD: decides settlement and free-pack eligibility
    std::vector<UsageRequest> usage;
    std::vector<PackRequest> packs;
    std::vector<QpsRequest> qps;
};

QuoteRequest read_request(const JsonNode& node);
void from_json(const Json& j, QuoteRequest& request);

// Parses request text; malformed JSON is an Error at the document root.
QuoteRequest parse_request(std::string_view text);
// The same into `request`, which it replaces, reusing the memory of the names it held: the wasm module keeps one
// request for every call, as there a name longer than 10 bytes is an allocation (libc++ keeps 10 in place on
// wasm32, 22 natively).
void parse_request(std::string_view text, QuoteRequest& request);

// The quick reading parse_request tries first: a request in its plain form (no escapes, nulls, fractions, signs,
// duplicate or unknown keys, account_opened; every value in range) is read straight from the text. Anything
// else gives nullopt and is read the full way (parse_json + read_request), which also words every error, so
// this never decides an error. When it returns a request, it is the one the full way returns.
std::optional<QuoteRequest> read_plain_request(std::string_view text);

}  // namespace tally
