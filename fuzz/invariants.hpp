#pragma once
// What every quote must satisfy, checked on each fuzzed input; a violation aborts, so libFuzzer keeps the input.
#include <cstdio>
#include <cstdlib>

#include <algorithm>

#include "tally/quote.hpp"

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

}  // namespace tally::fuzz
