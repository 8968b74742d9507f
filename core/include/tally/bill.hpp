#pragma once
// A request resolved against its edition, and the bill it gives for one split of the shared free pool. quote()
// builds on this, and the warnings re-run it to test what-ifs (more calls, another pool split) exactly.
#include <optional>
#include <vector>

#include "tally/free_quota.hpp"
#include "tally/packs.hpp"
#include "tally/response.hpp"

namespace tally {

struct ResolvedQps {
    std::size_t group = 0;
    std::uint64_t qps = 0;
    QpsPer per = QpsPer::month;
    std::uint64_t days = 1;
};

struct ResolvedRequest {
    const Edition* edition = nullptr;
    Period period = Period::month;
    std::uint64_t days = 1;      // daily bills in the period (1 unless a month of a daily-settled product)
    FreeEligibility eligibility;
    std::vector<std::uint64_t> calls;  // per service index
    std::vector<std::size_t> order;    // services in the order the request names them
    std::vector<PackPurchase> packs;   // in request order
    std::vector<ResolvedQps> qps;
    std::vector<std::optional<std::size_t>> qps_group_of;  // per service index (R13: not metered)

    bool daily_lines() const { return edition->settlement.cycle == Cycle::daily && period == Period::month; }
};

// Services ordered by the postpaid unit price their calls reach, dearest first (R16 ranges).
std::vector<std::size_t> rank_by_postpaid_price(const ResolvedRequest& request);

enum class Detail {
    full,        // lines, service summaries, allocations and total
    total_only,  // just the total, for what-ifs: the same charges summed, none kept as a line
};

// The bill for one split of the shared pool; no warnings, range or freeze.
QuoteResponse compute_bill(const ResolvedRequest& request, SharedSplit split, Detail detail = Detail::full);

}  // namespace tally
