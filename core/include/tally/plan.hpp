#pragma once
// The cheapest plan (README "tally plan"): given a timeline request without purchases, the packs to buy, and
// when, for the lowest total over the horizon, priced by the timeline itself. Purchase dates are the start and
// the 1st of each month; packs left at the end are worth nothing. Ties: fewer packs, then fewer purchase dates.
#include <string>
#include <string_view>
#include <vector>

#include "tally/json_node.hpp"
#include "tally/money.hpp"
#include "tally/tariff_set.hpp"
#include "tally/timeline.hpp"

namespace tally {

// Body analysis: the most QPS a group's calls reach; with it, QPS plans of at least that many are considered.
struct PeakQps {
    std::string group;
    std::uint64_t qps = 0;
};

struct PlanRequest {
    TimelineRequest timeline;  // purchases, refunds and qps empty
    std::vector<PeakQps> peak_qps;
};

PlanRequest read_plan_request(const JsonNode& node);
PlanRequest parse_plan_request(std::string_view text);

struct PlanAlternative {
    std::string_view name;  // single_date, largest_sizes, postpaid_only
    std::vector<TimelinePurchase> purchases;
    std::vector<TimelineQps> qps;
    Money total, extra;     // extra: over the plan's total
};

struct PlanResponse {
    std::vector<TimelinePurchase> purchases;  // by date, then the order the request names services, larger first
    std::vector<TimelineQps> qps;             // whole months (or the horizon's part of one) on a QPS plan
    Money total;
    Money postpaid_only;
    Money saving;       // postpaid_only - total
    bool optimal = true;
    Money lower_bound;  // no plan in the search space costs less; = total when optimal
    TimelineResponse timeline;
    std::vector<PlanAlternative> alternatives;
};

PlanResponse plan(const TariffSet& tariffs, const PlanRequest& request);

void write_plan(const PlanResponse& response, std::string& out, NonAscii non_ascii = NonAscii::utf8);

}  // namespace tally
