#include "tally/free_quota.hpp"

#include <algorithm>
#include <numeric>

#include "tally/ordering.hpp"
#include "tally/wide.hpp"

namespace tally {

std::vector<std::uint64_t> split_proportionally(std::uint64_t pool, const std::vector<std::uint64_t>& calls) {
    Wide total = 0;
    for (auto c : calls) total += c;
    std::vector<std::uint64_t> shares(calls.size(), 0);
    if (total == 0) return shares;
    Wide covered = std::min<Wide>(pool, total);
    std::vector<unsigned __int128> remainders(calls.size());
    Wide given = 0;
    for (std::size_t i = 0; i < calls.size(); ++i) {
        WideDivision share = divide(covered * calls[i], total);
        shares[i] = static_cast<std::uint64_t>(share.quotient);
        remainders[i] = share.remainder;
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

bool is_eligible(const FreeQuota& pool, const FreeEligibility& eligibility) {
    if (!eligibility.enabled) return false;
    // ISO dates compare correctly as strings.
    if (pool.opened_on_or_after && eligibility.account_opened && *eligibility.account_opened < *pool.opened_on_or_after)
        return false;
    return true;
}

namespace {

// R16's bounds. The pool saves a call's postpaid price only where the call would be postpaid: calls packs cover
// save nothing. Lowest bill: dearest postpaid calls first, then the rest. Highest: the calls that save nothing
// first, then the cheapest postpaid calls.
std::vector<std::uint64_t> split_by_value(const FreeQuota& pool, const std::vector<std::uint64_t>& member_calls,
                                          const SplitValues& values, SharedSplit split) {
    std::vector<std::size_t> order;  // member positions, dearest first
    for (std::size_t s : values.price_rank) {
        auto it = std::find(pool.services.begin(), pool.services.end(), s);
        if (it != pool.services.end()) order.push_back(static_cast<std::size_t>(it - pool.services.begin()));
    }
    std::vector<std::uint64_t> postpaid(member_calls.size()), covered(member_calls.size());
    for (std::size_t m = 0; m < member_calls.size(); ++m) {
        std::uint64_t capacity = values.pack_capacity[pool.services[m]];
        covered[m] = std::min(member_calls[m], capacity);
        postpaid[m] = member_calls[m] - covered[m];
    }
    std::vector<std::uint64_t> shares(member_calls.size(), 0);
    std::uint64_t left = pool.calls;
    auto give = [&](std::size_t m, std::uint64_t up_to) {
        std::uint64_t n = std::min(left, up_to - std::min(up_to, shares[m]));
        shares[m] += n;
        left -= n;
    };
    if (split == SharedSplit::dearest_first) {
        for (std::size_t m : order) give(m, postpaid[m]);
    } else {
        for (std::size_t m : order) give(m, covered[m]);
        std::reverse(order.begin(), order.end());
    }
    for (std::size_t m : order) give(m, member_calls[m]);
    return shares;
}

}  // namespace

FreeGrant grant_free_quota(const Edition& edition, const std::vector<std::uint64_t>& calls,
                           const FreeEligibility& eligibility, SharedSplit split, const SplitValues& values,
                           std::optional<Renewal> only) {
    FreeGrant grant;
    grant.capacity.assign(edition.services.size(), 0);
    for (std::size_t p = 0; p < edition.free_quota.size(); ++p) {
        const FreeQuota& pool = edition.free_quota[p];
        if (!is_eligible(pool, eligibility) || (only && pool.renews != *only)) continue;
        if (pool.scope == FreeScope::per_service) {
            for (std::size_t s : pool.services) grant.capacity[s] += pool.calls;
            continue;
        }
        std::vector<std::uint64_t> member_calls;
        member_calls.reserve(pool.services.size());
        for (std::size_t s : pool.services) member_calls.push_back(calls[s]);
        std::vector<std::uint64_t> shares = split == SharedSplit::proportional
                                                ? split_proportionally(pool.calls, member_calls)
                                                : split_by_value(pool, member_calls, values, split);
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
