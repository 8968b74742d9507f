#include "tally/quote.hpp"

#include <algorithm>
#include <stdexcept>

#include "tally/bill.hpp"
#include "tally/error.hpp"
#include "tally/freeze.hpp"
#include "tally/names.hpp"
#include "tally/warnings.hpp"

namespace tally {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

std::string shown_name(const std::string& name) { return "\"" + printable_excerpt(name) + "\""; }

const Edition& resolve_edition(const TariffSet& tariffs, const QuoteRequest& request) {
    const CatalogProduct* product = tariffs.find_product(request.product);
    if (!product) {
        std::vector<std::string> ids;
        for (const auto& p : tariffs.products()) ids.push_back(p.id);
        throw Error("product", "unknown product " + shown_name(request.product) + "; one of " + joined(ids));
    }
    std::string edition_id = request.edition.value_or(product->default_edition);
    const Edition* edition = tariffs.find_edition(product->id, edition_id);
    if (!edition) {
        std::vector<std::string> ids;
        for (const auto& e : product->editions) ids.push_back(e.id);
        throw Error("edition", "unknown edition " + shown_name(edition_id) + " of " + product->id + "; one of " + joined(ids));
    }
    return *edition;
}

void check_settlement(const Edition& edition, const QuoteRequest& request) {
    const auto& before = edition.settlement.monthly_settled_before;
    bool monthly_account = request.settlement && *request.settlement == "monthly";
    if (monthly_account && edition.settlement.cycle == Cycle::monthly) return;
    if (request.settlement && *request.settlement == "daily" && edition.settlement.cycle == Cycle::monthly)
        throw Error("settlement", edition.product + " settles monthly");
    // Worded only when it is thrown: this runs on every quote.
    auto unpublished = [&] {
        return "accounts opened before " + before.value_or("") +
               " are settled monthly, and their price table (价格说明（月结）) is not in the source page, so no quote "
               "can be made";
    };
    if (monthly_account) {
        if (!before) throw Error("settlement", edition.product + " settles daily");
        throw Error("settlement", unpublished());
    }
    if (before && request.account_opened && *request.account_opened < *before)
        throw Error("account_opened", unpublished());
}

std::string item_path(const char* list, std::size_t index, const char* field) {
    return std::string(list) + "[" + std::to_string(index) + "]." + field;
}

// `list`[`index`].service names it; the path is worded only for an error (this runs for every item of every quote).
std::size_t resolve_service(const Edition& edition, const std::string& name, const char* list, std::size_t index) {
    if (auto found = edition.find_service(name)) return *found;
    std::string path = item_path(list, index, "service");
    std::string key = normalize_name(name);
    for (const auto& item : edition.unpriced)
        if (normalize_name(item.id) == key || normalize_name(item.name.zh) == key || normalize_name(item.name.en) == key)
            throw Error(path, item.name.zh + " has no published price, so it cannot be quoted");
    throw Error(path, "unknown service " + shown_name(name) + " in " + edition.product + " " + edition.edition +
                          " (tally list shows the names)");
}

}  // namespace

ResolvedRequest resolve(const TariffSet& tariffs, const QuoteRequest& request) {
    ResolvedRequest r;
    const Edition& edition = resolve_edition(tariffs, request);
    r.edition = &edition;
    check_settlement(edition, request);
    Period cycle_period = edition.settlement.cycle == Cycle::daily ? Period::day : Period::month;
    r.period = request.period.value_or(cycle_period);
    if (edition.settlement.cycle == Cycle::monthly && r.period == Period::day)
        throw Error("period", edition.product + " settles monthly, so a quote covers a month");
    if (request.days && !r.daily_lines())
        throw Error("days", "only applies to a month of a daily-settled product");
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
        if (listed[s]) throw Error(item_path("usage", i, "service"), "names " + edition.services[s].name.zh + " a second time");
        r.calls[s] = request.usage[i].calls;
        list(s);
    }
    for (std::size_t i = 0; i < request.packs.size(); ++i) {
        const PackRequest& p = request.packs[i];
        std::size_t s = resolve_service(edition, p.service, "packs", i);
        const Service& service = edition.services[s];
        const Pack* pack = service.find_pack(p.size);
        if (!pack) {
            if (service.packs.empty())
                throw Error(item_path("packs", i, "service"), "no packs are sold for " + service.name.zh);
            std::vector<std::string> sizes;
            for (const auto& sold : service.packs) sizes.push_back(std::to_string(sold.calls));
            throw Error(item_path("packs", i, "size"), service.name.zh + " has no pack of " + std::to_string(p.size) +
                                                           " calls; sizes sold: " + joined(sizes));
        }
        unsigned __int128 capacity = static_cast<unsigned __int128>(pack->calls) * p.count;
        if (capacity > kMaxCalls) throw Error(item_path("packs", i, "count"), "more pack calls than the 10^15 limit");
        r.packs.push_back(PackPurchase{s, pack, p.count, static_cast<std::uint64_t>(capacity), 0});
        list(s);
    }
    for (std::size_t i = 0; i < request.qps.size(); ++i) {
        const QpsRequest& q = request.qps[i];
        auto group = edition.find_qps_group(q.group);
        if (!group)
            throw Error(item_path("qps", i, "group"), "unknown QPS group " + shown_name(q.group) + " in " + edition.product);
        for (const auto& earlier : r.qps)
            if (earlier.group == *group) throw Error(item_path("qps", i, "group"), "names the same QPS group a second time");
        const QpsGroup& g = edition.qps_groups[*group];
        if (q.qps == 0)
            throw Error(item_path("qps", i, "qps"), "must be a whole number from 1 to " + std::to_string(g.max_qps));
        if (q.qps > g.max_qps)
            throw Error(item_path("qps", i, "qps"), "at most " + std::to_string(g.max_qps) + " QPS can be bought for " +
                                                        g.name.zh + "; for more, contact sales");
        r.qps.push_back(ResolvedQps{*group, q.qps, q.per, q.days.value_or(30)});
        for (std::size_t s : g.services) r.qps_group_of[s] = *group;
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
        throw Error("usage", "the amounts are too large to compute exactly");
    }
}

}  // namespace tally
