// Properties over thousands of generated requests (a fixed seed, so a failure reproduces): whatever the
// request, the bill adds up, every call is accounted for once, free calls never raise a bill, a charge is its
// exact amount rounded once, and the same request prints the same bytes.
#include <catch2/catch.hpp>

#include <random>

#include "support.hpp"
#include "tally/quote.hpp"

namespace {

using tally::Money;
using tally::QuoteRequest;

struct Generator {
    std::mt19937_64 rng{20261125};

    std::uint64_t below(std::uint64_t n) { return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(rng); }

    std::uint64_t calls() {
        // Near a tier bound, near the free quota, small, or anywhere up to 2 x 10^7.
        static const std::uint64_t bounds[] = {0, 100, 1000, 10000, 1000000, 3000000, 15000000};
        switch (below(4)) {
            case 0: return bounds[below(7)] + below(5) - (bounds[below(7)] > 2 ? 2 : 0);
            case 1: return below(2000);
            case 2: return below(200000);
            default: return below(20000000);
        }
    }

    QuoteRequest request() {
        const auto& products = tally::test::tariffs().products();
        const auto& product = products[below(products.size())];
        const auto& ref = product.editions[below(product.editions.size())];
        const tally::Edition& e = tally::test::edition(product.id, ref.id);
        QuoteRequest r;
        r.product = product.id;
        r.edition = ref.id;
        r.free_quota = below(2) == 0;
        if (e.settlement.cycle == tally::Cycle::daily && below(2) == 0) {
            r.period = tally::Period::month;
            r.days = 1 + below(31);
        }
        std::vector<bool> used(e.services.size(), false);
        for (std::uint64_t n = 1 + below(5); n > 0; --n) {
            std::size_t s = below(e.services.size());
            if (used[s]) continue;
            used[s] = true;
            r.usage.push_back({e.services[s].id, calls()});
            if (!e.services[s].packs.empty() && below(3) == 0) {
                const auto& pack = e.services[s].packs[below(e.services[s].packs.size())];
                r.packs.push_back({e.services[s].name.zh, pack.calls, 1 + below(3)});
            }
        }
        if (!e.qps_groups.empty() && below(3) == 0)
            r.qps.push_back({e.qps_groups[0].id, 1 + below(200), below(2) ? tally::QpsPer::month : tally::QpsPer::day,
                             std::nullopt});
        return r;
    }
};

}  // namespace

TEST_CASE("Properties hold over 3,000 generated requests", "[properties]") {
    Generator gen;
    const auto& tariffs = tally::test::tariffs();
    for (int i = 0; i < 3000; ++i) {
        QuoteRequest request = gen.request();
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
                if (tally::test::edition(r.product, r.edition).find_service(u.service) ==
                    tally::test::edition(r.product, r.edition).find_service(std::string(s.service)))
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

        if (r.range) REQUIRE((r.range->first <= r.total && r.total <= r.range->second));
        REQUIRE(tally::response_text(tally::quote(tariffs, request)) == printed);  // byte-identical twice
    }
}
