#pragma once
// Free quota (免费额度): calls granted at no charge, deducted first (R1). A per-service pool covers each listed
// service on its own; a shared pool (R15) is one budget for all its members, split by R16.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tally/tariff.hpp"

namespace tally {

// R16: how a shared pool is split among its members' calls.
enum class SharedSplit {
    proportional,    // the quote: in proportion to calls, largest remainder, whole calls
    dearest_first,   // lowest bill: the pool covers the dearest postpaid calls first
    cheapest_first,  // highest bill: first the calls packs cover anyway (no saving), then the cheapest
};

// Whole-call split of min(pool, sum(calls)) in proportion to `calls`: floors first, then one more call to the
// largest remainders (earlier entries win ties). No entry gets more than its calls.
std::vector<std::uint64_t> split_proportionally(std::uint64_t pool, const std::vector<std::uint64_t>& calls);

struct FreeEligibility {
    bool enabled = true;                        // the request's free_quota
    std::optional<std::string> account_opened;  // YYYY-MM-DD; absent = a new account today
};

bool is_eligible(const FreeQuota& pool, const FreeEligibility& eligibility);

struct SharedSplitResult {
    std::size_t pool = 0;                // index into Edition::free_quota
    std::vector<std::uint64_t> shares;   // per member, in the pool's service order
};

struct FreeGrant {
    std::vector<std::uint64_t> capacity;    // per service index: free calls available this period
    std::vector<SharedSplitResult> shared;  // shared pools split among two or more services (R16 applies)
};

// What the dearest/cheapest splits need to know of each service (by service index).
struct SplitValues {
    std::vector<std::size_t> price_rank;       // services by the postpaid price their calls reach, dearest first
    std::vector<std::uint64_t> pack_capacity;  // calls packs would cover: free calls there save nothing
};

// `calls` is per service index (0 for services on a QPS plan: R13, no free deduction). `only`: just the pools that
// renew so (a timeline grants the monthly pools each month and keeps the one-time packs as balances of their own).
FreeGrant grant_free_quota(const Edition& edition, const std::vector<std::uint64_t>& calls,
                           const FreeEligibility& eligibility, SharedSplit split, const SplitValues& values,
                           std::optional<Renewal> only = std::nullopt);

}  // namespace tally
