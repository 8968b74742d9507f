#include "tally/free_quota.hpp"

#include <algorithm>
#include <numeric>

#include "tally/ordering.hpp"

namespace tally {

std::vector<std::uint64_t> split_proportionally(std::uint64_t pool, const std::vector<std::uint64_t>& calls) {
    using Wide = unsigned __int128;
    Wide total = 0;
    for (auto c : calls) total += c;
    std::vector<std::uint64_t> shares(calls.size(), 0);
    if (total == 0) return shares;
    Wide covered = std::min<Wide>(pool, total);
    std::vector<unsigned __int128> remainders(calls.size());
    Wide given = 0;
    for (std::size_t i = 0; i < calls.size(); ++i) {
        Wide exact = covered * calls[i];
        shares[i] = static_cast<std::uint64_t>(exact / total);
        remainders[i] = exact % total;
        given += shares[i];
    }
    std::vector<std::size_t> order = largest_first(remainders);
    for (std::size_t k = 0; given < covered && k < order.size(); ++k) {
        if (remainders[order[k]] == 0) break;
        ++shares[order[k]];
        ++given;
    }
    return shares;
}

std::vector<std::uint64_t> split_in_order(std::uint64_t pool, const std::vector<std::uint64_t>& calls,
                                          const std::vector<std::size_t>& order) {
    std::vector<std::uint64_t> shares(calls.size(), 0);
    for (std::size_t i : order) {
        shares[i] = std::min(pool, calls[i]);
        pool -= shares[i];
    }
    return shares;
}

bool is_eligible(const FreeQuota& pool, const FreeEligibility& eligibility) {
    if (!eligibility.enabled) return false;
    // ISO dates compare correctly as strings.
    if (pool.opened_on_or_after && eligibility.account_opened && *eligibility.account_opened < *pool.opened_on_or_after)
        return false;
    return true;
}

FreeGrant grant_free_quota(const Edition& edition, const std::vector<std::uint64_t>& calls,
                           const FreeEligibility& eligibility, SharedSplit split,
                           const std::vector<std::size_t>& price_rank) {
    FreeGrant grant;
    grant.capacity.assign(edition.services.size(), 0);
    for (std::size_t p = 0; p < edition.free_quota.size(); ++p) {
        const FreeQuota& pool = edition.free_quota[p];
        if (!is_eligible(pool, eligibility)) continue;
        if (pool.scope == FreeScope::per_service) {
            for (std::size_t s : pool.services) grant.capacity[s] += pool.calls;
            continue;
        }
        std::vector<std::uint64_t> member_calls;
        for (std::size_t s : pool.services) member_calls.push_back(calls[s]);
        std::vector<std::uint64_t> shares;
        if (split == SharedSplit::proportional) {
            shares = split_proportionally(pool.calls, member_calls);
        } else {
            std::vector<std::size_t> order;  // member positions, dearest first
            for (std::size_t s : price_rank) {
                auto it = std::find(pool.services.begin(), pool.services.end(), s);
                if (it != pool.services.end()) order.push_back(static_cast<std::size_t>(it - pool.services.begin()));
            }
            if (split == SharedSplit::cheapest_first) std::reverse(order.begin(), order.end());
            shares = split_in_order(pool.calls, member_calls, order);
        }
        std::size_t members_with_calls = 0;
        for (std::size_t m = 0; m < pool.services.size(); ++m) {
            grant.capacity[pool.services[m]] += shares[m];
            members_with_calls += member_calls[m] > 0 ? 1 : 0;
        }
        if (members_with_calls >= 2) grant.shared.push_back({p, shares});
    }
    return grant;
}

}  // namespace tally
