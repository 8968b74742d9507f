#include "tally/warning_text.hpp"

#include <iterator>
#include <stdexcept>

namespace tally {
namespace {

using K = FieldKind;

// The rules are said in words here, never by number: these texts reach the page's visitors.
constexpr WarningText kWarningTexts[] = {
    {"tier_cliff",
     {{"service", K::service}, {"extra_calls", K::calls}, {"saving", K::money}},
     "{service}：再多 {extra_calls} 次调用，账单反而降低 {saving}（阶梯到达：所有调用按达到的阶梯单价计费）。",
     "{extra_calls} more calls of {service} would lower this bill by {saving}: volume tiers price every call at the "
     "tier reached."},
    {"pack_dearer_than_postpaid",
     {{"service", K::service}, {"size", K::calls}, {"saving", K::money}, {"postpaid_unit_price", K::unit_price}},
     "{service}：所购 {size} 次资源包比同样次数按本用量的阶梯后付费（每次 {postpaid_unit_price}）贵 {saving}。",
     "The {size}-call packs of {service} cost {saving} more than the same calls postpaid at the tier this usage "
     "reaches ({postpaid_unit_price} a call)."},
    {"pack_larger_than_usage",
     {{"service", K::service}, {"unused_calls", K::calls}, {"valid_years", K::pack_valid_years}},
     "{service}：资源包有 {unused_calls} 次本期未用（资源包自购买起 {valid_years} 年内有效，至同一日期）。",
     "{unused_calls} pack calls of {service} are not used this period; packs stay valid for {valid_years} year(s) from "
     "purchase, to the same date."},
    {"pack_unused_on_qps",
     {{"service", K::service}, {"unused_calls", K::calls}},
     "{service}：按 QPS 计费时调用不计次数，所购资源包的 {unused_calls} 次不会被扣减。",
     "{service} is on a QPS plan, so its calls are not metered and its {unused_calls} pack calls are not drawn on."},
    {"qps_partial_month",
     {{"service", K::service}},
     "{service}：QPS 按天购买且少于一个月，其余日子的调用按次计费，本报价未拆分。",
     "The QPS plan for {service} is bought by the day for less than a month: calls on the other days are billed per "
     "call, which this quote does not split out."},
    {"free_quota_condition",
     {{"service", K::service}, {"condition", K::free_condition}},
     "{service}：免费额度的前提是{condition}。",
     "The free calls of {service} assume: {condition}."},
};

const char* kind_name(FieldKind kind) {
    switch (kind) {
        case K::service: return "service";
        case K::calls: return "calls";
        case K::money: return "money";
        case K::unit_price: return "unit_price";
        case K::free_condition: return "free_condition";
        case K::pack_valid_years: return "pack_valid_years";
    }
    return "";
}

const std::optional<std::uint64_t>* count_member(const Warning& w, std::string_view name) {
    if (name == "extra_calls") return &w.extra_calls;
    if (name == "unused_calls") return &w.unused_calls;
    if (name == "size") return &w.size;
    return nullptr;
}

const std::optional<Money>* money_member(const Warning& w, std::string_view name) {
    if (name == "saving") return &w.saving;
    if (name == "pack_unit_price") return &w.pack_unit_price;
    if (name == "postpaid_unit_price") return &w.postpaid_unit_price;
    return nullptr;
}

[[noreturn]] void fault(const Warning& w, std::string_view what) {
    throw std::logic_error("warning " + w.code + ": " + std::string(what));
}

std::string service_name(const Warning& w, const Edition& edition) {
    if (!w.service) fault(w, "no service");
    for (const auto& s : edition.services)
        if (s.id == *w.service) return s.name.en;
    for (const auto& g : edition.qps_groups)
        if (g.id == *w.service) return g.name.en;
    fault(w, "names no service or QPS group of the edition");
}

std::string free_condition(const Warning& w, const Edition& edition) {
    auto service = w.service ? edition.find_service(*w.service) : std::nullopt;
    for (const auto& pool : edition.free_quota)
        for (std::size_t s : pool.services)
            if (service && s == *service && pool.condition) return pool.condition->en;
    fault(w, "its service has no free pool with a condition");
}

std::string value_of(const Warning& w, const WarningField& field, const Edition& edition) {
    switch (field.kind) {
        case K::service: return service_name(w, edition);
        case K::calls: {
            const auto* member = count_member(w, field.name);
            if (!member || !*member) break;
            return std::to_string(**member);
        }
        case K::money:
        case K::unit_price: {
            const auto* member = money_member(w, field.name);
            if (!member || !*member) break;
            return "¥" + (field.kind == K::money ? (*member)->to_fen_string() : (*member)->to_trimmed_string());
        }
        case K::free_condition: return free_condition(w, edition);
        case K::pack_valid_years: return std::to_string(edition.pack_rules.valid_years);
    }
    fault(w, "carries no " + std::string(field.name));
}

}  // namespace

const WarningText* warning_texts_begin() { return std::begin(kWarningTexts); }
const WarningText* warning_texts_end() { return std::end(kWarningTexts); }

const WarningText* find_warning_text(std::string_view code) {
    for (const auto& row : kWarningTexts)
        if (row.code == code) return &row;
    return nullptr;
}

std::vector<std::string_view> placeholders(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) break;
        out.push_back(text.substr(open + 1, close - open - 1));
    }
    return out;
}

std::string english_message(const Warning& w, const Edition& edition) {
    const WarningText* row = find_warning_text(w.code);
    if (!row) fault(w, "no text for this code");
    std::string out;
    std::string_view text = row->en;
    std::size_t at = 0;
    for (std::string_view name : placeholders(text)) {
        std::size_t open = text.find('{', at);
        out.append(text.substr(at, open - at));
        const WarningField* field = nullptr;
        for (const auto& f : row->fields)
            if (!f.name.empty() && f.name == name) field = &f;
        if (!field) fault(w, "its text names {" + std::string(name) + "}, not one of its fields");
        out += value_of(w, *field, edition);
        at = open + name.size() + 2;
    }
    out.append(text.substr(at));
    return out;
}

Json warning_texts_json() {
    Json out = Json::object();
    for (const auto& row : kWarningTexts) {
        Json fields = Json::object();
        for (const auto& f : row.fields)
            if (!f.name.empty()) fields[std::string(f.name)] = kind_name(f.kind);
        Json entry = Json::object();
        entry["fields"] = std::move(fields);
        entry["zh"] = std::string(row.zh);
        entry["en"] = std::string(row.en);
        out[std::string(row.code)] = std::move(entry);
    }
    return out;
}

}  // namespace tally
