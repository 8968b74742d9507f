#pragma once
// The deduction order for one service over one settlement period (R1): free calls first, then paid packs, then
// postpaid at the tier reached. A month of a daily-settled product is a run of daily periods, each priced on
// its own, drawing on the same free and pack balances.
#include <cstdint>
#include <optional>
#include <vector>

#include "tally/packs.hpp"
#include "tally/tariff.hpp"

namespace tally {

struct PeriodCharge {
    std::uint64_t calls = 0;           // all calls of this period
    std::uint64_t postpaid_calls = 0;
    std::size_t tier = 0;
    Money unit_price;
    Money amount;                      // exact
};

struct ServiceSettlement {
    std::uint64_t free_calls = 0;
    std::uint64_t pack_calls = 0;
    std::vector<PeriodCharge> periods;  // one per settlement period, in order
};

// `calls` spread over `days` as evenly as possible, the first `calls mod days` days taking one more.
std::vector<std::uint64_t> spread_over_days(std::uint64_t calls, std::uint64_t days);

// A period's postpaid calls priced at the tier reached by the period's calls (R7: all of them, or only the postpaid
// ones, as the tariff says). Throws Error("usage", …) when there are postpaid calls and the service has no
// postpaid price.
PeriodCharge price_period(const Service& service, TierBasis basis, std::uint64_t calls, std::uint64_t postpaid_calls);

// Throws Error("usage", …) when calls reach postpaid for a service that has no postpaid price.
ServiceSettlement settle_service(const Service& service, TierBasis basis, const std::vector<std::uint64_t>& period_calls,
                                 std::uint64_t free_capacity, const std::vector<PackPurchase*>& packs);
// The same into `out`, whose period list keeps its room from one service to the next (no allocation each time).
void settle_service(const Service& service, TierBasis basis, const std::vector<std::uint64_t>& period_calls,
                    std::uint64_t free_capacity, const std::vector<PackPurchase*>& packs, ServiceSettlement& out);

}  // namespace tally
