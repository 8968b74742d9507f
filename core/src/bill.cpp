#include "tally/bill.hpp"

#include "tally/deduction.hpp"
#include "tally/ordering.hpp"
#include "tally/qps.hpp"

namespace tally {

std::vector<std::size_t> rank_by_postpaid_price(const ResolvedRequest& request) {
    const auto& services = request.edition->services;
    std::vector<unsigned __int128> price(services.size(), 0);
    for (std::size_t s = 0; s < services.size(); ++s)
        if (services[s].postpaid)
            price[s] = static_cast<unsigned __int128>(
                services[s].postpaid->tiers[services[s].postpaid->tier_for(request.calls[s])].unit_price.units());
    return largest_first(price);
}

namespace {

BillLine priced_line(std::string_view service, LineSource source, std::uint64_t calls, Money unit_price, Money amount) {
    BillLine line;
    line.service = service;
    line.source = source;
    line.calls = calls;
    line.unit_price = unit_price;
    line.amount = amount;
    line.charged = amount.rounded_to_fen();  // R5: once per bill line
    return line;
}

}  // namespace

QuoteResponse compute_bill(const ResolvedRequest& request, SharedSplit split, Detail detail) {
    const bool with_lines = detail == Detail::full;
    const Edition& edition = *request.edition;
    QuoteResponse out;
    out.product = edition.product;
    out.edition = edition.edition;
    out.period = request.period;
    out.settlement = edition.settlement.cycle;
    if (request.daily_lines()) out.days = request.days;

    std::vector<std::uint64_t> metered = request.calls;
    for (std::size_t s = 0; s < metered.size(); ++s)
        if (request.qps_group_of[s]) metered[s] = 0;  // R13
    SplitValues values;
    if (split != SharedSplit::proportional) {
        values.price_rank = rank_by_postpaid_price(request);
        values.pack_capacity.assign(edition.services.size(), 0);
        for (const auto& p : request.packs) values.pack_capacity[p.service] += p.capacity;
    }
    FreeGrant grant = grant_free_quota(edition, metered, request.eligibility, split, values);

    if (with_lines) {
        // Room for every line and summary up front: a quote runs this several times (range, cliffs), and each
        // allocation counts (in wasm most of all).
        out.lines.reserve(2 * request.order.size() + request.packs.size() + request.qps.size());
        out.services.reserve(request.order.size());
    }
    // Every charge of the bill passes through here, lines wanted or not: the total is always the sum of the
    // lines' charged amounts, so a total-only bill and the full one cannot disagree (the range and the tier
    // cliffs compare the two).
    auto charge = [&](const BillLine& line, Money& subtotal) {
        out.total = out.total + line.charged;
        subtotal = subtotal + line.charged;
        if (with_lines) out.lines.push_back(line);
    };

    std::vector<PackPurchase> packs = request.packs;  // drawn balances are this computation's own
    std::vector<std::uint64_t> periods;
    std::vector<PackPurchase*> own_packs;
    ServiceSettlement settled;
    for (std::size_t s : request.order) {
        const Service& service = edition.services[s];
        const bool on_qps = request.qps_group_of[s].has_value();
        ServiceSummary summary;
        summary.service = service.id;
        summary.name = &service.name;
        summary.calls = request.calls[s];
        own_packs.clear();
        for (auto& p : packs)
            if (p.service == s) own_packs.push_back(&p);

        if (on_qps) {
            summary.qps_group = edition.qps_groups[*request.qps_group_of[s]].id;
        } else {
            if (request.daily_lines()) periods = spread_over_days(summary.calls, request.days);
            else periods.assign(1, summary.calls);
            settle_service(service, edition.tier_basis, periods, grant.capacity[s], own_packs, settled);
            summary.free_calls = settled.free_calls;
            summary.pack_calls = settled.pack_calls;
            if (edition.settlement.cycle == Cycle::monthly && service.postpaid && summary.calls > 0) {
                const TierTable& table = *service.postpaid;
                std::size_t index = settled.periods.front().tier;
                summary.tier = TierReached{index, table.tiers[index].from, table.tiers[index].to, table.upper_bound,
                                           table.tiers[index].unit_price};
            }
        }

        // Deduction order (R1): free calls, then the packs (charged in full whatever they absorb), then postpaid.
        if (!on_qps && settled.free_calls > 0)
            charge(priced_line(service.id, LineSource::free, settled.free_calls, Money(), Money()), summary.charged);
        for (PackPurchase* p : own_packs) {
            BillLine line = priced_line(service.id, LineSource::pack, p->drawn, p->pack->price, p->price());
            line.size = p->pack->calls;
            line.count = p->count;
            charge(line, summary.charged);
        }
        if (!on_qps) {
            for (std::size_t d = 0; d < settled.periods.size(); ++d) {
                const PeriodCharge& period = settled.periods[d];
                summary.postpaid_calls += period.postpaid_calls;
                if (period.postpaid_calls == 0) continue;
                BillLine line = priced_line(service.id, LineSource::postpaid, period.postpaid_calls, period.unit_price,
                                            period.amount);
                if (request.daily_lines()) line.day = d + 1;
                charge(line, summary.charged);
            }
        }
        if (with_lines) out.services.push_back(summary);
    }

    for (std::size_t i = 0; i < request.qps.size(); ++i) {
        const ResolvedQps& plan = request.qps[i];
        const QpsGroup& group = edition.qps_groups[plan.group];
        QpsCharge price = price_qps_plan(group, plan.qps, plan.per, plan.days);  // count checked by resolve()
        std::uint64_t calls = 0;
        for (std::size_t s : group.services) calls += request.calls[s];
        BillLine line = priced_line(group.id, LineSource::qps, calls, price.unit_price, price.amount);
        line.qps = plan.qps;
        line.per = plan.per;
        if (plan.per == QpsPer::day) line.days = plan.days;
        Money group_charged;  // a QPS plan has no service summary of its own
        charge(line, group_charged);
    }

    if (!with_lines) return out;
    for (const auto& shared : grant.shared) {
        const FreeQuota& pool = edition.free_quota[shared.pool];
        Allocation allocation{pool.id, pool.calls, {}};
        for (std::size_t m = 0; m < pool.services.size(); ++m)
            if (metered[pool.services[m]] > 0)
                allocation.services.emplace_back(edition.services[pool.services[m]].id, shared.shares[m]);
        out.allocations.push_back(allocation);
    }
    return out;
}

}  // namespace tally
