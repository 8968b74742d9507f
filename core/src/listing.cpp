#include "tally/listing.hpp"

#include <nlohmann/json.hpp>

namespace tally {

using json = nlohmann::ordered_json;

namespace {

json tier_table(const TierTable& table) {
    json tiers = json::array();
    for (const auto& t : table.tiers) {
        json tier{{"from", t.from}, {"price", t.price.to_trimmed_string()}, {"unit_price", t.unit_price.to_trimmed_string()}};
        tier["to"] = t.to ? json(*t.to) : json(nullptr);
        tiers.push_back(tier);
    }
    return {{"per", table.per},
            {"upper_bound", table.upper_bound == UpperBound::inclusive ? "inclusive" : "exclusive"},
            {"tiers", tiers}};
}

json ids(const Edition& e, const std::vector<std::size_t>& services) {
    json out = json::array();
    for (auto s : services) out.push_back(e.services[s].id);
    return out;
}

json describe_edition(const Edition& e) {
    json services = json::array();
    for (const auto& s : e.services) {
        json packs = json::array();
        for (const auto& p : s.packs) packs.push_back({{"calls", p.calls}, {"price", p.price.to_trimmed_string()}});
        json item{{"id", s.id}, {"name", s.name}, {"aliases", s.aliases}, {"packs", packs}};
        item["category"] = s.category ? json(*s.category) : json(nullptr);
        item["postpaid"] = s.postpaid ? tier_table(*s.postpaid) : json(nullptr);
        services.push_back(item);
    }
    json free = json::array();
    for (const auto& q : e.free_quota) {
        json item{{"id", q.id},
                  {"scope", q.scope == FreeScope::shared ? "shared" : "per_service"},
                  {"renews", q.renews == Renewal::monthly ? "monthly" : "never"},
                  {"calls", q.calls},
                  {"services", ids(e, q.services)}};
        if (q.valid_days) item["valid_days"] = *q.valid_days;
        if (q.opened_on_or_after) item["opened_on_or_after"] = *q.opened_on_or_after;
        if (q.condition) item["condition"] = *q.condition;
        free.push_back(item);
    }
    json groups = json::array();
    for (const auto& g : e.qps_groups)
        groups.push_back({{"id", g.id}, {"name", g.name}, {"services", ids(e, g.services)}, {"max_qps", g.max_qps},
                          {"per_month", tier_table(g.per_month)}, {"per_day", tier_table(g.per_day)}});
    json unpriced = json::array();
    for (const auto& u : e.unpriced) unpriced.push_back({{"id", u.id}, {"name", u.name}, {"note", u.note}});
    json channels = json::array();
    for (const auto& c : e.channels)
        channels.push_back({{"family", c.family}, {"channel", c.channel},
                            {"compare", c.compare ? json(*c.compare) : json(nullptr)},
                            {"service", e.services[c.service].id}});
    json apis = json::array();
    for (const auto& a : e.apis) apis.push_back({{"api", a.api}, {"services", ids(e, a.services)}});
    json source{{"file", e.source.file}};
    source["page_updated"] = e.source.page_updated ? json(*e.source.page_updated) : json(nullptr);
    source["billing_from"] = e.source.billing_from ? json(*e.source.billing_from) : json(nullptr);
    return {{"id", e.edition},
            {"source", source},
            {"settlement", {{"cycle", e.settlement.cycle == Cycle::monthly ? "monthly" : "daily"},
                            {"bill_issued", e.settlement.bill_issued}}},
            {"tier_basis", e.tier_basis == TierBasis::all_calls ? "all_calls" : "postpaid_calls"},
            {"freeze_next_month", e.freeze_next_month},
            {"pack_rules", {{"valid_days", e.pack_rules.valid_days}, {"refund_days", e.pack_rules.refund_days},
                            {"alert_below_percent", e.pack_rules.alert_below_percent
                                                        ? json(*e.pack_rules.alert_below_percent)
                                                        : json(nullptr)}}},
            {"services", services},
            {"free_quota", free},
            {"qps_groups", groups},
            {"unpriced", unpriced},
            {"channels", channels},
            {"apis", apis}};
}

}  // namespace

json describe(const TariffSet& tariffs) {
    json products = json::array();
    for (const auto& p : tariffs.products()) {
        json editions = json::array();
        for (const auto& ref : p.editions) editions.push_back(describe_edition(*tariffs.find_edition(p.id, ref.id)));
        products.push_back({{"id", p.id}, {"name", p.name}, {"default_edition", p.default_edition}, {"editions", editions}});
    }
    return {{"products", products}};
}

}  // namespace tally
