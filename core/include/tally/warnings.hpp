#pragma once
// What a buyer needs told beside the bill: a volume-tier cliff (more calls, lower bill), packs that are not used
// up or that cost more than postpaid, packs bought for a service on a QPS plan, free packs with a condition.
#include "tally/bill.hpp"

namespace tally {

void add_tier_cliffs(const ResolvedRequest& request, QuoteResponse& response);
void add_pack_warnings(const ResolvedRequest& request, QuoteResponse& response);
void add_free_quota_notes(const ResolvedRequest& request, QuoteResponse& response);
void add_qps_notes(const ResolvedRequest& request, QuoteResponse& response);

}  // namespace tally
