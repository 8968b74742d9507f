#pragma once
// What every quote must satisfy, checked on each fuzzed input; a violation aborts, so libFuzzer keeps the input.
#include <cstdio>
#include <cstdlib>

#include "tally/quote.hpp"

namespace tally::fuzz {

inline void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

inline void check_invariants(const QuoteResponse& r) {
    Money sum;
    for (const auto& line : r.lines) {
        require(line.charged == line.amount.rounded_to_fen(), "a line's charge is its exact amount rounded once");
        require(line.amount >= Money(), "no negative amount");
        sum = sum + line.charged;
    }
    require(sum == r.total, "the total is the sum of the charged lines");
    if (r.range) require(r.range->first <= r.total && r.total <= r.range->second, "the range holds the total");
}

}  // namespace tally::fuzz
