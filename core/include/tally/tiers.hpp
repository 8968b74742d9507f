#pragma once
// Volume tiers (阶梯到达): the tier reached by the period's count prices EVERY unit of that count; this is not
// graduated pricing, so a bill can fall when the count crosses a bound upward. Bounds state whether the upper
// bound is inclusive (R8). Used for postpaid calls and for QPS plans.
#include <cstdint>
#include <optional>
#include <vector>

#include "tally/json_node.hpp"

#include "tally/money.hpp"

namespace tally {

enum class UpperBound { inclusive, exclusive };

struct Tier {
    std::uint64_t from = 0;
    std::optional<std::uint64_t> to;  // absent on the last, open tier
    Money price;                      // as printed, for `per` units (R6)
    Money unit_price;                 // exact price of one unit: price / per
};

struct TierTable {
    std::uint64_t per = 1;  // 1 or 1000 (元/次 or 元/千次)
    UpperBound upper_bound = UpperBound::inclusive;
    std::vector<Tier> tiers;

    std::size_t tier_for(std::uint64_t count) const;
    // The smallest count that lands in tier `index`.
    std::uint64_t first_count_in(std::size_t index) const;
    bool is_flat() const { return tiers.size() == 1; }
};

// Reads and validates a tier table: sorted, no gap, no overlap, the first at 0, only the last open.
TierTable read_tier_table(const JsonNode& node);
void from_json(const Json& j, TierTable& table);

}  // namespace tally
