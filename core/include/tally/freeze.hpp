#pragma once
// R14: after a month is settled, image analysis freezes an estimate of next month's bill: this month's calls of
// each service times the unit price of the tier reached. Shown beside the bill; it is not a charge.
#include <vector>

#include "tally/response.hpp"

namespace tally {

Freeze estimate_next_month_freeze(const std::vector<ServiceSummary>& services);

}  // namespace tally
