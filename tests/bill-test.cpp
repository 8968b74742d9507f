// compute_bill (core/src/bill.cpp): the total-only bill that the range and the tier cliffs re-quote with is the
// full bill's total, for every split of the shared free pool, on every request the tests know: the hand-worked
// vectors, the generated property cases and the fuzz regressions.
#include <catch2/catch.hpp>

#include "support.hpp"
#include "tally/quote.hpp"

namespace {

using tally::Detail;
using tally::Money;
using tally::SharedSplit;

// A request the engine refuses (bad input) has no bill to compare.
void check_total_only_agrees(const tally::QuoteRequest& request) {
    tally::ResolvedRequest resolved;
    try {
        resolved = tally::resolve(tally::test::tariffs(), request);
    } catch (const tally::Error&) {
        return;
    }
    for (SharedSplit split : {SharedSplit::proportional, SharedSplit::dearest_first, SharedSplit::cheapest_first}) {
        INFO("split " << static_cast<int>(split));
        tally::QuoteResponse full = compute_bill(resolved, split, Detail::full);
        tally::QuoteResponse fast = compute_bill(resolved, split, Detail::total_only);
        Money lines;
        for (const auto& line : full.lines) lines = lines + line.charged;
        REQUIRE(full.total == lines);
        REQUIRE(fast.total == full.total);
        REQUIRE(fast.lines.empty());
    }
}

}  // namespace

TEST_CASE("A total-only bill has the full bill's total: every test vector", "[bill]") {
    auto requests = tally::test::vector_requests();
    REQUIRE(requests.size() >= 20);
    for (const auto& text : requests) {
        INFO(text);
        check_total_only_agrees(tally::parse_request(text));
    }
}

TEST_CASE("A total-only bill has the full bill's total: every generated request", "[bill]") {
    for (const auto& request : tally::test::generated_requests(3000)) check_total_only_agrees(request);
}

TEST_CASE("A total-only bill has the full bill's total: every fuzz regression request", "[bill][fuzz]") {
    auto files = tally::test::fuzz_regressions("request");
    REQUIRE_FALSE(files.empty());
    for (const auto& file : files) {
        INFO(file);
        tally::QuoteRequest request;
        try {
            request = tally::parse_request(tally::test::read_file(file));
        } catch (const tally::Error&) {
            continue;  // refused as text: hostile-test states each one's error
        }
        check_total_only_agrees(request);
    }
}
