#pragma once
// What a quote for one settlement period returns; write_response gives the documented response contract.
// Names (service ids, display names) are views into the TariffSet the quote came from: keep it alive while
// the response is in use (every caller serialises the response straight away).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/json_writer.hpp"
#include "tally/money.hpp"
#include "tally/request.hpp"
#include "tally/tariff.hpp"

namespace tally {

enum class LineSource { free, pack, postpaid, qps };

struct BillLine {
    std::string_view service;  // service id (a QPS line names its group)
    LineSource source = LineSource::postpaid;
    std::uint64_t calls = 0;
    Money unit_price;  // per call; per pack for a pack line; per QPS per month/day for a QPS line
    Money amount;      // exact, 8 decimals
    Money charged;     // amount rounded to the fen, half up (R5)
    std::optional<std::uint64_t> size, count;          // pack line
    std::optional<std::uint64_t> day;                  // daily bill within a month
    std::optional<std::uint64_t> qps, days;            // QPS line
    std::optional<QpsPer> per;                         // QPS line
};

struct TierReached {
    std::size_t index = 0;
    std::uint64_t from = 0;
    std::optional<std::uint64_t> to;
    UpperBound upper_bound = UpperBound::inclusive;
    Money unit_price;
};

struct ServiceSummary {
    std::string_view service;
    const Text* name = nullptr;
    std::uint64_t calls = 0;
    std::uint64_t free_calls = 0;
    std::uint64_t pack_calls = 0;
    std::uint64_t postpaid_calls = 0;
    std::optional<std::string_view> qps_group;
    std::optional<TierReached> tier;  // monthly-settled tiered services with postpaid pricing
    Money charged;                    // sum of this service's charged lines
};

struct Warning {
    std::string code;
    std::optional<std::string> service;
    std::string message;
    std::optional<std::uint64_t> extra_calls, unused_calls, size;
    std::optional<Money> saving, pack_unit_price, postpaid_unit_price;
};

struct Allocation {  // R16: how a shared free pool was split
    std::string_view pool;
    std::uint64_t calls = 0;
    std::vector<std::pair<std::string_view, std::uint64_t>> services;
};

struct Freeze {  // R14
    Money total;
    std::vector<BillLine> lines;
};

struct QuoteResponse {
    std::string_view product;  // the tariff's own ids (views, as every name here; no copy each quote)
    std::string_view edition;
    Period period = Period::month;
    Cycle settlement = Cycle::monthly;
    std::optional<std::uint64_t> days;
    Money total;
    std::vector<BillLine> lines;
    std::vector<ServiceSummary> services;
    std::vector<Allocation> allocations;
    std::optional<std::pair<Money, Money>> range;  // R16: low, high
    std::optional<Freeze> freeze;
    std::vector<Warning> warnings;
};

// The response as JSON text (response.cpp), the contract's one writer: compact, byte for byte nlohmann's dump() of
// the same JSON value (escaped: dump(-1, ' ', true)), or indented as dump(2) for the command line. Written
// straight into a string (no JSON tree); `out` is cleared first, and passing the same string again reuses its
// buffer (the wasm module's way). Members in the order they read best: product, total, lines, services, ... .
void write_response(const QuoteResponse& response, std::string& out, NonAscii non_ascii = NonAscii::utf8,
                    Layout layout = Layout::compact);
std::string response_text(const QuoteResponse& response, Layout layout = Layout::compact);
// Into a document being written (one that carries a response within it).
void write_response(Writer& writer, const QuoteResponse& response);
// A bill line in the quote's shape: every document with bill lines writes them so.
void write_line(Writer& w, const BillLine& line);

}  // namespace tally
