// JSON -> Edition, with every error naming its JSON path. Format: tariffs/FORMAT.md.
#include "tally/names.hpp"
#include "tally/tariff.hpp"

namespace tally {

namespace {

constexpr std::uint64_t kMaxCount = 1000000000000000ULL;
// Bounds for reading a tariff's validity and refund figures (the pages say a year and 7 days): about a century.
// Not request.hpp's kMaxDaysInPeriod, the days of one quoted period.
constexpr std::uint64_t kMaxValidityDays = 36600;
constexpr std::uint64_t kMaxValidityYears = 100;

Text read_text(const JsonNode& node) {
    node.allow_only({"zh", "en"});
    return Text{node["zh"].text(), node["en"].text()};
}

std::optional<Text> read_optional_text(const JsonNode& parent, const char* key) {
    if (auto node = parent.find(key)) return read_text(*node);
    return std::nullopt;
}

std::optional<std::string> read_optional_date(const JsonNode& parent, const char* key) {
    if (auto node = parent.find(key)) return node->date();
    return std::nullopt;
}

std::size_t service_ref(const Edition& edition, const JsonNode& node) {
    std::string id = node.text();
    for (std::size_t i = 0; i < edition.services.size(); ++i)
        if (edition.services[i].id == id) return i;
    node.fail("names no service of this edition: \"" + id + "\"");
}

std::vector<std::size_t> service_refs(const Edition& edition, const JsonNode& list) {
    std::vector<std::size_t> refs;
    for (const auto& item : list.elements()) refs.push_back(service_ref(edition, item));
    if (refs.empty()) list.fail("must name at least one service");
    return refs;
}

Service read_service(const JsonNode& node) {
    node.allow_only({"id", "name", "category", "aliases", "postpaid", "packs"});
    Service s;
    s.id = node["id"].id();
    s.name = read_text(node["name"]);
    s.category = read_optional_text(node, "category");
    for (const auto& alias : node["aliases"].elements()) s.aliases.push_back(alias.text());
    if (auto postpaid = node.find("postpaid")) s.postpaid = read_tier_table(*postpaid);
    for (const auto& item : node["packs"].elements()) {
        item.allow_only({"calls", "price"});
        Pack pack{item["calls"].whole_number(1, kMaxCount), item["price"].price()};
        if (!s.packs.empty() && pack.calls <= s.packs.back().calls)
            item["calls"].fail("packs must be listed by size, each size once");
        s.packs.push_back(pack);
    }
    return s;
}

FreeQuota read_free_quota(const Edition& edition, const JsonNode& node) {
    node.allow_only({"id", "scope", "renews", "calls", "valid_years", "services", "eligible"});
    FreeQuota q;
    q.id = node["id"].id();
    q.scope = node["scope"].one_of({"per_service", "shared"}) == 0 ? FreeScope::per_service : FreeScope::shared;
    q.renews = node["renews"].one_of({"monthly", "never"}) == 0 ? Renewal::monthly : Renewal::never;
    q.calls = node["calls"].whole_number(kMaxCount);
    if (auto years = node.find("valid_years")) q.valid_years = years->whole_number(1, kMaxValidityYears);
    q.services = service_refs(edition, node["services"]);
    if (auto eligible = node.find("eligible")) {
        eligible->allow_only({"opened_on_or_after", "condition"});
        q.opened_on_or_after = read_optional_date(*eligible, "opened_on_or_after");
        q.condition = read_optional_text(*eligible, "condition");
    }
    return q;
}

QpsGroup read_qps_group(const Edition& edition, const JsonNode& node) {
    node.allow_only({"id", "name", "services", "max_qps", "per_month", "per_day"});
    QpsGroup g;
    g.id = node["id"].id();
    g.name = read_text(node["name"]);
    g.services = service_refs(edition, node["services"]);
    g.max_qps = node["max_qps"].whole_number(1, 1000000);
    g.per_month = read_tier_table(node["per_month"]);
    g.per_day = read_tier_table(node["per_day"]);
    return g;
}

Channel read_channel(const Edition& edition, const JsonNode& node) {
    node.allow_only({"family", "family_en", "channel", "channel_en", "compare", "service"});
    Channel c;
    c.family = node["family"].text();
    c.channel = node["channel"].text();
    if (auto en = node.find("family_en")) c.family_en = en->text();
    if (auto en = node.find("channel_en")) c.channel_en = en->text();
    if (auto compare = node.find("compare"))
        c.compare = compare->one_of({"authority", "upload"}) == 0 ? "authority" : "upload";
    c.service = service_ref(edition, node["service"]);
    return c;
}

// Every id, printed name, English name and alias must lead to one service (QPS group) only.
void finish_index(NameIndex& index, const JsonNode& list, const char* what) {
    if (auto clash = index.finish())
        list.elements()[clash->second].fail(std::string("two ") + what + " share the name \"" + clash->first + "\"");
}

Settlement read_settlement(const JsonNode& node) {
    node.allow_only({"cycle", "bill_issued", "issue_within_days", "monthly_settled_before"});
    Settlement s;
    s.cycle = node["cycle"].one_of({"monthly", "daily"}) == 0 ? Cycle::monthly : Cycle::daily;
    s.bill_issued = read_text(node["bill_issued"]);
    if (auto days = node.find("issue_within_days")) s.issue_within_days = days->whole_number(1, 31);
    s.monthly_settled_before = read_optional_date(node, "monthly_settled_before");
    return s;
}

PackRules read_pack_rules(const JsonNode& node) {
    node.allow_only({"valid_years", "refund_days", "alerts"});
    PackRules r;
    r.valid_years = node["valid_years"].whole_number(1, kMaxValidityYears);
    r.refund_days = node["refund_days"].whole_number(kMaxValidityDays);
    if (auto alerts = node.find("alerts")) {
        alerts->allow_only({"below_percent", "used_up", "days_before_expiry", "at_expiry"});
        PackAlerts a;
        if (auto below = alerts->find("below_percent")) a.below_percent = below->whole_number(1, 100);
        a.used_up = (*alerts)["used_up"].boolean();
        if (auto days = alerts->find("days_before_expiry")) a.days_before_expiry = days->whole_number(1, kMaxValidityDays);
        a.at_expiry = (*alerts)["at_expiry"].boolean();
        r.alerts = a;
    }
    return r;
}

}  // namespace

const Pack* Service::find_pack(std::uint64_t calls) const {
    for (const auto& pack : packs)
        if (pack.calls == calls) return &pack;
    return nullptr;
}

std::optional<std::size_t> Edition::find_service(std::string_view name) const { return service_index.find(name); }

std::optional<std::size_t> Edition::find_qps_group(std::string_view name) const { return qps_index.find(name); }

Edition read_edition(const JsonNode& node) {
    node.allow_only({"format", "product", "edition", "name", "source", "currency", "settlement", "tier_basis",
                     "freeze_next_month", "pack_rules", "services", "free_quota", "qps_groups", "unpriced", "channels",
                     "apis"});
    if (node["format"].whole_number(1000) != 1) node["format"].fail("must be 1 (the only format this engine reads)");
    Edition e;
    e.product = node["product"].id();
    e.edition = node["edition"].id();
    e.name = read_text(node["name"]);
    JsonNode source = node["source"];
    source.allow_only({"file", "title", "page_updated", "billing_from"});
    e.source.file = source["file"].text();
    if (auto title = source.find("title")) e.source.title = title->text();
    e.source.page_updated = read_optional_date(source, "page_updated");
    e.source.billing_from = read_optional_date(source, "billing_from");
    e.currency = node["currency"].text();
    if (e.currency != "CNY") node["currency"].fail("must be \"CNY\"");
    e.settlement = read_settlement(node["settlement"]);
    e.tier_basis = node["tier_basis"].one_of({"all_calls", "postpaid_calls"}) == 0 ? TierBasis::all_calls
                                                                                    : TierBasis::postpaid_calls;
    e.freeze_next_month = node["freeze_next_month"].boolean();
    e.pack_rules = read_pack_rules(node["pack_rules"]);

    JsonNode services = node["services"];
    for (const auto& item : services.elements()) e.services.push_back(read_service(item));
    if (e.services.empty()) services.fail("must list at least one service");
    for (const auto& item : node["free_quota"].elements()) e.free_quota.push_back(read_free_quota(e, item));
    JsonNode groups = node["qps_groups"];
    for (const auto& item : groups.elements()) e.qps_groups.push_back(read_qps_group(e, item));
    for (std::size_t i = 0; i < e.services.size(); ++i) {
        const Service& s = e.services[i];
        for (const std::string* name : {&s.id, &s.name.zh, &s.name.en}) e.service_index.add(*name, i);
        for (const auto& alias : s.aliases) e.service_index.add(alias, i);
    }
    finish_index(e.service_index, services, "services");
    for (std::size_t i = 0; i < e.qps_groups.size(); ++i)
        for (const std::string* name : {&e.qps_groups[i].id, &e.qps_groups[i].name.zh, &e.qps_groups[i].name.en})
            e.qps_index.add(*name, i);
    finish_index(e.qps_index, groups, "QPS groups");
    for (const auto& item : node["unpriced"].elements()) {
        item.allow_only({"id", "name", "note"});
        e.unpriced.push_back(Unpriced{item["id"].id(), read_text(item["name"]), read_text(item["note"])});
    }
    for (const auto& item : node["channels"].elements()) e.channels.push_back(read_channel(e, item));
    for (const auto& item : node["apis"].elements()) {
        item.allow_only({"api", "services"});
        e.apis.push_back(Api{item["api"].text(), service_refs(e, item["services"])});
    }
    std::vector<JsonNode> service_nodes = services.elements();
    for (std::size_t i = 0; i < e.services.size(); ++i)
        if (!e.services[i].postpaid && e.services[i].packs.empty())
            service_nodes[i].fail("has neither a postpaid price nor packs; list it under unpriced");
    return e;
}

void from_json(const Json& j, Edition& edition) { edition = read_edition(JsonNode(j, "")); }

}  // namespace tally
