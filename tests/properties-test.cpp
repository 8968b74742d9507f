// Properties over thousands of generated requests (a fixed seed, so a failure reproduces): whatever the
// request, the bill adds up, every call is accounted for once, free calls never raise a bill, a charge is its
// exact amount rounded once, the two writers print the same bytes, and a range is the bills of the pool's splits.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support.hpp"
#include "tally/quote.hpp"

using tally::Money;
using tally::QuoteRequest;

TEST_CASE("Properties hold over 3,000 generated requests", "[properties]") {
    const auto& tariffs = tally::test::tariffs();
    const std::vector<QuoteRequest> requests = tally::test::generated_requests(3000);
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const QuoteRequest& request = requests[i];
        tally::QuoteResponse r = tally::quote(tariffs, request);
        std::string printed = tally::response_text(r);
        REQUIRE(tally::test::dump_mismatch(r) == "");  // compact, the wasm module's ASCII text, and indented
        INFO("request " << i << ": " << printed.substr(0, 600));

        Money sum;
        for (const auto& line : r.lines) {
            REQUIRE(line.charged == line.amount.rounded_to_fen());  // rounded once, half up (R5)
            sum = sum + line.charged;
        }
        REQUIRE(sum == r.total);

        // Every call lands on exactly one line: free, a pack, postpaid, or the group's QPS line.
        for (const auto& s : r.services) {
            std::uint64_t usage = 0;
            for (const auto& u : request.usage)
                if (tally::test::edition(std::string(r.product), std::string(r.edition)).find_service(u.service) ==
                    tally::test::edition(std::string(r.product), std::string(r.edition)).find_service(std::string(s.service)))
                    usage = u.calls;
            REQUIRE(s.calls == usage);
            if (s.qps_group) continue;
            std::uint64_t on_lines = 0;
            for (const auto& line : r.lines)
                if (line.service == s.service && line.source != tally::LineSource::qps) on_lines += line.calls;
            REQUIRE(on_lines == usage);
            REQUIRE(s.free_calls + s.pack_calls + s.postpaid_calls == usage);
        }
        for (const auto& line : r.lines) {
            if (line.source != tally::LineSource::qps) continue;
            std::uint64_t members = 0;
            for (const auto& s : r.services)
                if (s.qps_group && *s.qps_group == line.service) members += s.calls;
            REQUIRE(line.calls == members);
        }

        // Free calls never raise a bill.
        QuoteRequest without = request;
        without.free_quota = !request.free_quota;
        Money other = tally::quote(tariffs, without).total;
        if (request.free_quota) REQUIRE(r.total <= other);
        else REQUIRE(other <= r.total);

        // The range is the cheapest and the dearest of the whole bills the pool's three splits give, each added
        // up from its own lines; there is one when a shared pool was split.
        REQUIRE(r.range.has_value() == !r.allocations.empty());
        if (r.range) {
            tally::ResolvedRequest resolved = tally::resolve(tariffs, request);
            std::vector<Money> totals;
            for (auto split : {tally::SharedSplit::proportional, tally::SharedSplit::dearest_first,
                               tally::SharedSplit::cheapest_first}) {
                Money bill;
                for (const auto& line : tally::compute_bill(resolved, split).lines) bill = bill + line.charged;
                totals.push_back(bill);
            }
            REQUIRE(r.range->first == *std::min_element(totals.begin(), totals.end()));
            REQUIRE(r.range->second == *std::max_element(totals.begin(), totals.end()));
        }
    }
}
