#pragma once
// QPS plans (R11-R13): a rate limit bought for a group of services; the count bought picks the tier and that
// tier's price applies to every QPS (volume reading), per month or per day times days.
#include <cstdint>

#include "tally/money.hpp"
#include "tally/request.hpp"
#include "tally/tariff.hpp"

namespace tally {

struct QpsCharge {
    std::size_t tier = 0;
    Money unit_price;  // per QPS per month, or per QPS per day
    Money amount;
};

// Throws Error at "qps" when the count is over the group's limit (R13).
QpsCharge price_qps_plan(const QpsGroup& group, std::uint64_t qps, QpsPer per, std::uint64_t days);

}  // namespace tally
