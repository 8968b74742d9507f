#include "tally/deduction.hpp"

#include <algorithm>

#include "tally/error.hpp"

namespace tally {

std::vector<std::uint64_t> spread_over_days(std::uint64_t calls, std::uint64_t days) {
    std::vector<std::uint64_t> per_day(days, calls / days);
    for (std::uint64_t d = 0; d < calls % days; ++d) ++per_day[d];
    return per_day;
}

PeriodCharge price_period(const Service& service, TierBasis basis, std::uint64_t calls, std::uint64_t postpaid_calls) {
    PeriodCharge charge;
    charge.calls = calls;
    charge.postpaid_calls = postpaid_calls;
    if (service.postpaid) {
        const TierTable& table = *service.postpaid;
        charge.tier = table.tier_for(basis == TierBasis::all_calls ? calls : postpaid_calls);
        charge.unit_price = table.tiers[charge.tier].unit_price;
        charge.amount = charge.unit_price.times(postpaid_calls);
    } else if (postpaid_calls > 0) {
        throw Error("usage", ErrorCode::no_postpaid_price, {service.name, postpaid_calls});
    }
    return charge;
}

ServiceSettlement settle_service(const Service& service, TierBasis basis, const std::vector<std::uint64_t>& period_calls,
                                 std::uint64_t free_capacity, const std::vector<PackPurchase*>& packs) {
    ServiceSettlement result;
    settle_service(service, basis, period_calls, free_capacity, packs, result);
    return result;
}

void settle_service(const Service& service, TierBasis basis, const std::vector<std::uint64_t>& period_calls,
                    std::uint64_t free_capacity, const std::vector<PackPurchase*>& packs, ServiceSettlement& result) {
    result.free_calls = result.pack_calls = 0;
    result.periods.clear();
    result.periods.reserve(period_calls.size());
    for (std::uint64_t calls : period_calls) {
        std::uint64_t free = std::min(calls, free_capacity);
        free_capacity -= free;
        std::uint64_t from_packs = draw_from_packs(packs, calls - free);
        result.free_calls += free;
        result.pack_calls += from_packs;

        PeriodCharge charge = price_period(service, basis, calls, calls - free - from_packs);
        result.periods.push_back(charge);
    }
}

}  // namespace tally
