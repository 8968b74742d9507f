#pragma once
// What every quote must satisfy, checked on each fuzzed input; a violation aborts, so libFuzzer keeps the input.
#include <cstdio>
#include <cstdlib>

#include <algorithm>

#include "tally/quote.hpp"
#include "tally/timeline.hpp"

namespace tally::fuzz {

inline void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

// `r` is the quote of `request` against `tariffs`.
inline void check_invariants(const TariffSet& tariffs, const QuoteRequest& request, const QuoteResponse& r) {
    Money sum;
    for (const auto& line : r.lines) {
        require(line.charged == line.amount.rounded_to_fen(), "a line's charge is its exact amount rounded once");
        require(line.amount >= Money(), "no negative amount");
        sum = sum + line.charged;
    }
    require(sum == r.total, "the total is the sum of the charged lines");
    // Each split of the shared pool: the total-only bill (what the range and the tier cliffs re-quote with) is
    // the full bill's; the range is the cheapest and the dearest of them.
    ResolvedRequest resolved = resolve(tariffs, request);
    Money low = r.total, high = r.total;
    for (SharedSplit split : {SharedSplit::proportional, SharedSplit::dearest_first, SharedSplit::cheapest_first}) {
        Money full = compute_bill(resolved, split, Detail::full).total;
        require(compute_bill(resolved, split, Detail::total_only).total == full, "the total-only bill is the full one's");
        low = std::min(low, full);
        high = std::max(high, full);
    }
    if (r.range) require(r.range->first == low && r.range->second == high, "the range is the splits' lowest and highest");
}

// What every timeline must satisfy: the total is its parts, the months and the bills add up to them, every
// bill line is charged once, rounded, and no pack gives more calls than it holds.
inline void check_invariants(const TimelineResponse& r) {
    require(r.total == r.bills_total + r.purchases_total + r.qps_total - r.refunds_total, "the total is its parts");
    Money postpaid, paid, bills;
    std::uint64_t calls = 0;
    for (const auto& m : r.months) {
        postpaid = postpaid + m.postpaid;
        paid = paid + m.purchases;
        calls += m.calls.total();
    }
    for (const auto& b : r.bills) {
        Money lines;
        for (const auto& line : b.lines) {
            require(line.charged == line.amount.rounded_to_fen(), "a bill line's charge is its amount rounded once");
            lines = lines + line.charged;
        }
        require(!r.bill_lines || lines == b.total, "a bill's total is the sum of its lines");
        bills = bills + b.total;
    }
    require(postpaid == r.bills_total && bills == r.bills_total, "the months and the bills add up to the bills paid");
    require(paid == r.purchases_total + r.qps_total - r.refunds_total, "the months add up to the purchases paid");
    require(calls == r.calls.total(), "the months add up to the calls");
    for (const auto& p : r.purchases)
        require(p.used + p.remaining + p.expired_unused <= p.size * p.count, "a pack gives no more than it holds");
}

}  // namespace tally::fuzz
