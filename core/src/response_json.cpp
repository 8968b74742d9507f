// QuoteResponse -> JSON: amounts as decimal strings (8 places exact, 2 places charged), counts as integers.
// Written field by field (not as nested initializer lists): the same JSON, much less code in the wasm build.
#include "tally/json_node.hpp"
#include "tally/response.hpp"

namespace tally {

namespace {

const char* source_name(LineSource source) {
    switch (source) {
        case LineSource::free: return "free";
        case LineSource::pack: return "pack";
        case LineSource::postpaid: return "postpaid";
        case LineSource::qps: return "qps";
    }
    return "";
}

template <typename T>
void put_optional(Json& j, const char* key, const std::optional<T>& value) {
    if (value) j[key] = *value;
}

void put_optional_money(Json& j, const char* key, const std::optional<Money>& value, bool fen) {
    if (value) j[key] = fen ? value->to_fen_string() : value->to_trimmed_string();
}

Json warning_json(const Warning& w) {
    Json j = Json::object();
    j["code"] = w.code;
    put_optional(j, "service", w.service);
    put_optional(j, "extra_calls", w.extra_calls);
    put_optional_money(j, "saving", w.saving, true);
    put_optional(j, "unused_calls", w.unused_calls);
    put_optional(j, "size", w.size);
    put_optional_money(j, "pack_unit_price", w.pack_unit_price, false);
    put_optional_money(j, "postpaid_unit_price", w.postpaid_unit_price, false);
    j["message"] = w.message;
    return j;
}

Json service_json(const ServiceSummary& s) {
    Json j = Json::object();
    j["service"] = s.service;
    j["name"] = *s.name;
    j["calls"] = s.calls;
    j["free_calls"] = s.free_calls;
    j["pack_calls"] = s.pack_calls;
    j["postpaid_calls"] = s.postpaid_calls;
    put_optional(j, "qps_group", s.qps_group);
    if (s.tier) {
        Json tier = Json::object();
        tier["index"] = s.tier->index;
        tier["from"] = s.tier->from;
        tier["upper_bound"] = s.tier->upper_bound == UpperBound::inclusive ? "inclusive" : "exclusive";
        tier["unit_price"] = s.tier->unit_price.to_trimmed_string();
        tier["to"] = s.tier->to ? Json(*s.tier->to) : Json(nullptr);
        j["tier"] = std::move(tier);
    }
    j["charged"] = s.charged.to_string(2);
    return j;
}

Json allocation_json(const Allocation& a) {
    Json shares = Json::array();
    for (const auto& [service, calls] : a.services) {
        Json share = Json::object();
        share["service"] = service;
        share["calls"] = calls;
        shares.push_back(std::move(share));
    }
    Json j = Json::object();
    j["pool"] = a.pool;
    j["calls"] = a.calls;
    j["services"] = std::move(shares);
    return j;
}

template <typename Item, typename ToJson>
Json array_of(const std::vector<Item>& items, ToJson&& to_json_item) {
    Json out = Json::array();
    for (const auto& item : items) out.push_back(to_json_item(item));
    return out;
}

Json line_json(const BillLine& line) {
    Json j;
    to_json(j, line);
    return j;
}

}  // namespace

void to_json(Json& j, const BillLine& line) {
    j = Json::object();
    j["service"] = line.service;
    j["source"] = source_name(line.source);
    put_optional(j, "day", line.day);
    put_optional(j, "size", line.size);
    put_optional(j, "count", line.count);
    put_optional(j, "qps", line.qps);
    if (line.per) j["per"] = *line.per == QpsPer::month ? "month" : "day";
    put_optional(j, "days", line.days);
    j["calls"] = line.calls;
    j["unit_price"] = line.unit_price.to_trimmed_string();
    j["amount"] = line.amount.to_string(8);
    j["charged"] = line.charged.to_string(2);
}

void to_json(Json& j, const QuoteResponse& r) {
    j = Json::object();
    j["product"] = r.product;
    j["edition"] = r.edition;
    j["period"] = r.period == Period::month ? "month" : "day";
    j["settlement"] = r.settlement == Cycle::monthly ? "monthly" : "daily";
    put_optional(j, "days", r.days);
    j["currency"] = "CNY";
    j["total"] = r.total.to_string(2);
    j["lines"] = array_of(r.lines, line_json);
    j["services"] = array_of(r.services, service_json);
    if (!r.allocations.empty()) j["allocations"] = array_of(r.allocations, allocation_json);
    if (r.range) {
        Json range = Json::object();
        range["low"] = r.range->first.to_string(2);
        range["high"] = r.range->second.to_string(2);
        j["range"] = std::move(range);
    }
    if (r.freeze) {
        Json freeze = Json::object();
        freeze["total"] = r.freeze->total.to_string(2);
        freeze["lines"] = array_of(r.freeze->lines, line_json);
        j["freeze"] = std::move(freeze);
    }
    j["warnings"] = array_of(r.warnings, warning_json);
}

}  // namespace tally
