#include "tally/quote.hpp"

#include <algorithm>
#include <stdexcept>

#include "tally/bill.hpp"
#include "tally/error.hpp"
#include "tally/freeze.hpp"
#include "tally/resolve.hpp"
#include "tally/warnings.hpp"

namespace tally {

ResolvedRequest resolve(const TariffSet& tariffs, const QuoteRequest& request) {
    ResolvedRequest r;
    const Edition& edition = resolve_edition(tariffs, request.product, request.edition);
    r.edition = &edition;
    check_settlement(edition, request.settlement, request.account_opened);
    Period cycle_period = edition.settlement.cycle == Cycle::daily ? Period::day : Period::month;
    r.period = request.period.value_or(cycle_period);
    if (edition.settlement.cycle == Cycle::monthly && r.period == Period::day)
        throw Error("period", ErrorCode::quote_covers_month, {edition.product});
    if (request.days && !r.daily_lines())
        throw Error("days", ErrorCode::days_not_daily);
    r.days = r.daily_lines() ? request.days.value_or(30) : 1;
    r.eligibility = FreeEligibility{request.free_quota, request.account_opened};

    std::size_t count = edition.services.size();
    r.calls.assign(count, 0);
    r.qps_group_of.assign(count, std::nullopt);
    std::vector<bool> listed(count, false);
    auto list = [&](std::size_t s) {
        if (!listed[s]) r.order.push_back(s);
        listed[s] = true;
    };
    for (std::size_t i = 0; i < request.usage.size(); ++i) {
        std::size_t s = resolve_service(edition, request.usage[i].service, "usage", i);
        if (listed[s]) throw Error(item_path("usage", i, "service"), ErrorCode::service_twice, {edition.services[s].name});
        r.calls[s] = request.usage[i].calls;
        list(s);
    }
    for (std::size_t i = 0; i < request.packs.size(); ++i) {
        const PackRequest& p = request.packs[i];
        std::size_t s = resolve_service(edition, p.service, "packs", i);
        const Pack* pack = &resolve_pack(edition, s, p.size, "packs", i);
        unsigned __int128 capacity = static_cast<unsigned __int128>(pack->calls) * p.count;
        if (capacity > kMaxCalls) throw Error(item_path("packs", i, "count"), ErrorCode::pack_calls_over_limit);
        r.packs.push_back(PackPurchase{s, pack, p.count, static_cast<std::uint64_t>(capacity), 0});
        list(s);
    }
    for (std::size_t i = 0; i < request.qps.size(); ++i) {
        const QpsRequest& q = request.qps[i];
        std::size_t group = resolve_qps_group(edition, q.group, q.qps, "qps", i);
        for (const auto& earlier : r.qps)
            if (earlier.group == group) throw Error(item_path("qps", i, "group"), ErrorCode::qps_group_twice);
        const QpsGroup& g = edition.qps_groups[group];
        r.qps.push_back(ResolvedQps{group, q.qps, q.per, q.days.value_or(30)});
        for (std::size_t s : g.services) r.qps_group_of[s] = group;
    }
    return r;
}

namespace {

void add_range(const ResolvedRequest& request, QuoteResponse& response) {
    if (response.allocations.empty()) return;
    Money low = response.total, high = response.total;
    for (SharedSplit split : {SharedSplit::dearest_first, SharedSplit::cheapest_first}) {
        Money total = compute_bill(request, split, Detail::total_only).total;
        low = std::min(low, total);
        high = std::max(high, total);
    }
    response.range = std::make_pair(low, high);
}

}  // namespace

QuoteResponse quote(const TariffSet& tariffs, const QuoteRequest& request) {
    ResolvedRequest resolved = resolve(tariffs, request);
    try {
        QuoteResponse response = compute_bill(resolved, SharedSplit::proportional);
        add_range(resolved, response);
        if (resolved.edition->freeze_next_month) response.freeze = estimate_next_month_freeze(response.services);
        add_tier_cliffs(resolved, response);
        add_pack_warnings(resolved, response);
        add_free_quota_notes(resolved, response);
        add_qps_notes(resolved, response);
        return response;
    } catch (const std::overflow_error&) {
        throw Error("usage", ErrorCode::amounts_too_large);
    }
}

}  // namespace tally
