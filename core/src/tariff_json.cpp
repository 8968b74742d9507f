// JSON -> Edition, with every error naming its JSON path. Format: tariffs/FORMAT.md.
#include <nlohmann/json.hpp>

#include "tally/json_read.hpp"
#include "tally/names.hpp"
#include "tally/tariff.hpp"

namespace tally {

namespace jr = json_read;
using json = nlohmann::ordered_json;

namespace {

Text read_text(const json& j) {
    jr::expect_only_keys(j, {"zh", "en"});
    return Text{jr::field(j, "zh", jr::text), jr::field(j, "en", jr::text)};
}

std::string read_id(const json& j) {
    std::string id = jr::text(j);
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
        if (!ok) throw Error("", "must be lower-case ASCII letters, digits, '-', '.' or '_'");
    }
    if (id.size() > 64) throw Error("", "must be at most 64 characters");
    return id;
}

template <typename Read>
auto read_list(const json& object, const char* key, Read&& read) {
    const json& array = jr::required(object, key);
    return at_key(key, [&] {
        jr::expect_array(array);
        std::vector<decltype(read(array))> out;
        out.reserve(array.size());
        for (std::size_t i = 0; i < array.size(); ++i) out.push_back(at_index(i, [&] { return read(array[i]); }));
        return out;
    });
}

std::uint64_t read_count(const json& j) { return jr::whole_number(j, 1000000000000000ULL); }

std::size_t service_ref(const Edition& edition, const json& j) {
    std::string id = jr::text(j);
    for (std::size_t i = 0; i < edition.services.size(); ++i)
        if (edition.services[i].id == id) return i;
    throw Error("", "names no service of this edition: \"" + id + "\"");
}

std::vector<std::size_t> service_refs(const Edition& edition, const json& object, const char* key) {
    auto refs = read_list(object, key, [&](const json& v) { return service_ref(edition, v); });
    if (refs.empty()) throw Error(key, "must name at least one service");
    return refs;
}

Service read_service(const json& j) {
    jr::expect_only_keys(j, {"id", "name", "category", "aliases", "postpaid", "packs"});
    Service s;
    s.id = jr::field(j, "id", read_id);
    s.name = jr::field(j, "name", read_text);
    s.category = jr::optional_field(j, "category", read_text);
    s.aliases = read_list(j, "aliases", jr::text);
    s.postpaid = jr::optional_field(j, "postpaid", [](const json& v) { return v.get<TierTable>(); });
    s.packs = read_list(j, "packs", [](const json& v) {
        jr::expect_only_keys(v, {"calls", "price"});
        Pack pack{jr::field(v, "calls", read_count), jr::field(v, "price", jr::price)};
        if (pack.calls == 0) throw Error("calls", "must be at least 1");
        return pack;
    });
    for (std::size_t i = 1; i < s.packs.size(); ++i)
        if (s.packs[i].calls <= s.packs[i - 1].calls)
            throw Error("packs[" + std::to_string(i) + "].calls", "packs must be listed by size, each size once");
    return s;
}

FreeQuota read_free_quota(const Edition& edition, const json& j) {
    jr::expect_only_keys(j, {"id", "scope", "renews", "calls", "valid_days", "services", "eligible"});
    FreeQuota q;
    q.id = jr::field(j, "id", read_id);
    q.scope = jr::field(j, "scope", [](const json& v) {
        auto s = jr::text(v);
        if (s == "per_service") return FreeScope::per_service;
        if (s == "shared") return FreeScope::shared;
        throw Error("", "must be \"per_service\" or \"shared\"");
    });
    q.renews = jr::field(j, "renews", [](const json& v) {
        auto s = jr::text(v);
        if (s == "monthly") return Renewal::monthly;
        if (s == "never") return Renewal::never;
        throw Error("", "must be \"monthly\" or \"never\"");
    });
    q.calls = jr::field(j, "calls", read_count);
    q.valid_days = jr::optional_field(j, "valid_days", [](const json& v) { return jr::whole_number(v, 36600); });
    q.services = service_refs(edition, j, "services");
    jr::optional_field(j, "eligible", [&](const json& v) {
        jr::expect_only_keys(v, {"opened_on_or_after", "condition"});
        q.opened_on_or_after = jr::optional_field(v, "opened_on_or_after", jr::date);
        q.condition = jr::optional_field(v, "condition", read_text);
        return 0;
    });
    return q;
}

QpsGroup read_qps_group(const Edition& edition, const json& j) {
    jr::expect_only_keys(j, {"id", "name", "services", "max_qps", "per_month", "per_day"});
    QpsGroup g;
    g.id = jr::field(j, "id", read_id);
    g.name = jr::field(j, "name", read_text);
    g.services = service_refs(edition, j, "services");
    g.max_qps = jr::field(j, "max_qps", [](const json& v) { return jr::whole_number(v, 1000000); });
    g.per_month = jr::field(j, "per_month", [](const json& v) { return v.get<TierTable>(); });
    g.per_day = jr::field(j, "per_day", [](const json& v) { return v.get<TierTable>(); });
    return g;
}

void index_names(Edition& e) {
    auto add = [](auto& index, const std::string& name, std::size_t i, const char* what) {
        auto [it, inserted] = index.emplace(normalize_name(name), i);
        if (!inserted && it->second != i) throw Error("", std::string("two ") + what + " share the name \"" + name + "\"");
    };
    for (std::size_t i = 0; i < e.services.size(); ++i) {
        at_key("services", [&] {
            return at_index(i, [&] {
                const Service& s = e.services[i];
                add(e.service_index, s.id, i, "services");
                add(e.service_index, s.name.zh, i, "services");
                add(e.service_index, s.name.en, i, "services");
                for (const auto& alias : s.aliases) add(e.service_index, alias, i, "services");
                return 0;
            });
        });
    }
    for (std::size_t i = 0; i < e.qps_groups.size(); ++i) {
        at_key("qps_groups", [&] {
            return at_index(i, [&] {
                add(e.qps_index, e.qps_groups[i].id, i, "QPS groups");
                add(e.qps_index, e.qps_groups[i].name.zh, i, "QPS groups");
                add(e.qps_index, e.qps_groups[i].name.en, i, "QPS groups");
                return 0;
            });
        });
    }
}

}  // namespace

const Pack* Service::find_pack(std::uint64_t calls) const {
    for (const auto& pack : packs)
        if (pack.calls == calls) return &pack;
    return nullptr;
}

std::optional<std::size_t> Edition::find_service(std::string_view name) const {
    auto it = service_index.find(normalize_name(name));
    if (it == service_index.end()) return std::nullopt;
    return it->second;
}

std::optional<std::size_t> Edition::find_qps_group(std::string_view name) const {
    auto it = qps_index.find(normalize_name(name));
    if (it == qps_index.end()) return std::nullopt;
    return it->second;
}

void from_json(const json& j, Edition& e) {
    jr::expect_only_keys(j, {"format", "product", "edition", "name", "source", "currency", "settlement", "tier_basis",
                             "freeze_next_month", "pack_rules", "services", "free_quota", "qps_groups", "unpriced",
                             "channels", "apis"});
    jr::field(j, "format", [](const json& v) {
        if (jr::whole_number(v, 1000) != 1) throw Error("", "must be 1 (the only format this engine reads)");
        return 0;
    });
    e.product = jr::field(j, "product", read_id);
    e.edition = jr::field(j, "edition", read_id);
    e.name = jr::field(j, "name", read_text);
    e.source = jr::field(j, "source", [](const json& v) {
        jr::expect_only_keys(v, {"file", "page_updated", "billing_from"});
        return Source{jr::field(v, "file", jr::text), jr::optional_field(v, "page_updated", jr::date),
                      jr::optional_field(v, "billing_from", jr::date)};
    });
    e.currency = jr::field(j, "currency", [](const json& v) {
        auto c = jr::text(v);
        if (c != "CNY") throw Error("", "must be \"CNY\"");
        return c;
    });
    e.settlement = jr::field(j, "settlement", [](const json& v) {
        jr::expect_only_keys(v, {"cycle", "bill_issued", "monthly_settled_before"});
        Settlement s;
        s.cycle = jr::field(v, "cycle", [](const json& c) {
            auto text = jr::text(c);
            if (text == "monthly") return Cycle::monthly;
            if (text == "daily") return Cycle::daily;
            throw Error("", "must be \"monthly\" or \"daily\"");
        });
        s.bill_issued = jr::field(v, "bill_issued", read_text);
        s.monthly_settled_before = jr::optional_field(v, "monthly_settled_before", jr::date);
        return s;
    });
    e.tier_basis = jr::field(j, "tier_basis", [](const json& v) {
        auto s = jr::text(v);
        if (s == "all_calls") return TierBasis::all_calls;
        if (s == "postpaid_calls") return TierBasis::postpaid_calls;
        throw Error("", "must be \"all_calls\" or \"postpaid_calls\"");
    });
    e.freeze_next_month = jr::field(j, "freeze_next_month", jr::boolean);
    e.pack_rules = jr::field(j, "pack_rules", [](const json& v) {
        jr::expect_only_keys(v, {"valid_days", "refund_days", "alert_below_percent"});
        PackRules r;
        r.valid_days = jr::field(v, "valid_days", [](const json& d) { return jr::whole_number(d, 36600); });
        r.refund_days = jr::field(v, "refund_days", [](const json& d) { return jr::whole_number(d, 36600); });
        r.alert_below_percent =
            jr::optional_field(v, "alert_below_percent", [](const json& d) { return jr::whole_number(d, 100); });
        return r;
    });
    e.services = read_list(j, "services", read_service);
    if (e.services.empty()) throw Error("services", "must list at least one service");
    e.free_quota = read_list(j, "free_quota", [&](const json& v) { return read_free_quota(e, v); });
    e.qps_groups = read_list(j, "qps_groups", [&](const json& v) { return read_qps_group(e, v); });
    index_names(e);
    e.unpriced = read_list(j, "unpriced", [](const json& v) {
        jr::expect_only_keys(v, {"id", "name", "note"});
        return Unpriced{jr::field(v, "id", read_id), jr::field(v, "name", read_text), jr::field(v, "note", read_text)};
    });
    e.channels = read_list(j, "channels", [&](const json& v) {
        jr::expect_only_keys(v, {"family", "channel", "compare", "service"});
        Channel c;
        c.family = jr::field(v, "family", jr::text);
        c.channel = jr::field(v, "channel", jr::text);
        c.compare = jr::optional_field(v, "compare", [](const json& s) {
            auto text = jr::text(s);
            if (text != "authority" && text != "upload") throw Error("", "must be \"authority\", \"upload\" or null");
            return text;
        });
        c.service = jr::field(v, "service", [&](const json& s) { return service_ref(e, s); });
        return c;
    });
    e.apis = read_list(j, "apis", [&](const json& v) {
        jr::expect_only_keys(v, {"api", "services"});
        return Api{jr::field(v, "api", jr::text), service_refs(e, v, "services")};
    });
    for (std::size_t i = 0; i < e.services.size(); ++i) {
        const Service& s = e.services[i];
        if (!s.postpaid && s.packs.empty())
            throw Error("services[" + std::to_string(i) + "]", "has neither a postpaid price nor packs; list it under unpriced (R9)");
    }
}

}  // namespace tally
