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
    dearest_first,   // lowest possible bill: the pool covers the most expensive calls first
    cheapest_first,  // highest possible bill
};

// Whole-call split of min(pool, sum(calls)) in proportion to `calls`: floors first, then one more call to the
// largest remainders (earlier entries win ties). No entry gets more than its calls.
std::vector<std::uint64_t> split_proportionally(std::uint64_t pool, const std::vector<std::uint64_t>& calls);

// Covers entries in `order` (indices into calls), each up to its calls, until the pool runs out.
std::vector<std::uint64_t> split_in_order(std::uint64_t pool, const std::vector<std::uint64_t>& calls,
                                          const std::vector<std::size_t>& order);

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

// `calls` is per service index (0 for services on a QPS plan: R13, no free deduction). `price_rank` orders
// services by the postpaid price of their calls, dearest first, for the dearest/cheapest splits.
FreeGrant grant_free_quota(const Edition& edition, const std::vector<std::uint64_t>& calls,
                           const FreeEligibility& eligibility, SharedSplit split,
                           const std::vector<std::size_t>& price_rank);

}  // namespace tally
