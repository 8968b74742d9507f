#include "tally/qps.hpp"

#include "tally/error.hpp"

namespace tally {

QpsCharge price_qps_plan(const QpsGroup& group, std::uint64_t qps, QpsPer per, std::uint64_t days) {
    if (qps > group.max_qps)
        throw Error("qps", ErrorCode::qps_above_max, {group.max_qps, group.name});
    const TierTable& table = per == QpsPer::month ? group.per_month : group.per_day;
    QpsCharge charge;
    charge.tier = table.tier_for(qps);
    charge.unit_price = table.tiers[charge.tier].unit_price;
    charge.amount = charge.unit_price.times(qps).times(per == QpsPer::month ? 1 : days);
    return charge;
}

}  // namespace tally
