// QuoteResponse -> JSON: amounts as decimal strings (8 places exact, 2 places charged), counts as integers.
// Written field by field (not as nested initializer lists): the same JSON, much less code in the wasm build.
#include "tally/json_node.hpp"
#include "tally/json_writer.hpp"
#include "tally/response.hpp"
#include "tally/utf8.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <new>

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

// The direct writer: the same members in the same order as to_json above (json_writer.hpp).
namespace tally {

namespace {

void write_line(Writer& w, const BillLine& line) {
    w.open('{');
    w.put("service", line.service);
    w.put("source", source_name(line.source));
    w.put("day", line.day);
    w.put("size", line.size);
    w.put("count", line.count);
    w.put("qps", line.qps);
    if (line.per) w.put("per", *line.per == QpsPer::month ? "month" : "day");
    w.put("days", line.days);
    w.put("calls", line.calls);
    w.money("unit_price", line.unit_price, Money::kDecimals, true);
    w.money("amount", line.amount, 8);
    w.money("charged", line.charged, 2);
    w.close('}');
}

void write_lines(Writer& w, const std::vector<BillLine>& lines) {
    w.key("lines");
    w.open('[');
    for (const auto& line : lines) write_line(w, line);
    w.close(']');
}

void write_service(Writer& w, const ServiceSummary& s) {
    w.open('{');
    w.put("service", s.service);
    w.key("name");
    w.open('{');
    w.put("zh", s.name->zh);
    w.put("en", s.name->en);
    w.close('}');
    w.put("calls", s.calls);
    w.put("free_calls", s.free_calls);
    w.put("pack_calls", s.pack_calls);
    w.put("postpaid_calls", s.postpaid_calls);
    w.put("qps_group", s.qps_group);
    if (s.tier) {
        w.key("tier");
        w.open('{');
        w.put("index", std::uint64_t{s.tier->index});
        w.put("from", s.tier->from);
        w.put("upper_bound", s.tier->upper_bound == UpperBound::inclusive ? "inclusive" : "exclusive");
        w.money("unit_price", s.tier->unit_price, Money::kDecimals, true);
        w.key("to");
        if (s.tier->to) w.number(*s.tier->to);
        else w.null();
        w.close('}');
    }
    w.money("charged", s.charged, 2);
    w.close('}');
}

void write_allocation(Writer& w, const Allocation& a) {
    w.open('{');
    w.put("pool", a.pool);
    w.put("calls", a.calls);
    w.key("services");
    w.open('[');
    for (const auto& [service, calls] : a.services) {
        w.open('{');
        w.put("service", service);
        w.put("calls", calls);
        w.close('}');
    }
    w.close(']');
    w.close('}');
}

void write_warning(Writer& w, const Warning& x) {
    w.open('{');
    w.put("code", x.code);
    w.put("service", x.service);
    w.put("extra_calls", x.extra_calls);
    w.put_money("saving", x.saving, true);
    w.put("unused_calls", x.unused_calls);
    w.put("size", x.size);
    w.put_money("pack_unit_price", x.pack_unit_price, false);
    w.put_money("postpaid_unit_price", x.postpaid_unit_price, false);
    w.put("message", x.message);
    w.close('}');
}

}  // namespace

void write_response(const QuoteResponse& r, std::string& out, NonAscii non_ascii) {
    out.clear();
    Writer w(out, non_ascii);
    w.open('{');
    w.put("product", r.product);
    w.put("edition", r.edition);
    w.put("period", r.period == Period::month ? "month" : "day");
    w.put("settlement", r.settlement == Cycle::monthly ? "monthly" : "daily");
    w.put("days", r.days);
    w.put("currency", "CNY");
    w.money("total", r.total, 2);
    write_lines(w, r.lines);
    w.key("services");
    w.open('[');
    for (const auto& s : r.services) write_service(w, s);
    w.close(']');
    if (!r.allocations.empty()) {
        w.key("allocations");
        w.open('[');
        for (const auto& a : r.allocations) write_allocation(w, a);
        w.close(']');
    }
    if (r.range) {
        w.key("range");
        w.open('{');
        w.money("low", r.range->first, 2);
        w.money("high", r.range->second, 2);
        w.close('}');
    }
    if (r.freeze) {
        w.key("freeze");
        w.open('{');
        w.money("total", r.freeze->total, 2);
        write_lines(w, r.freeze->lines);
        w.close('}');
    }
    w.key("warnings");
    w.open('[');
    for (const auto& x : r.warnings) write_warning(w, x);
    w.close(']');
    w.close('}');
}

std::string json_text(const Json& value) {
    std::string out;
    Writer(out).value(value);
    return out;
}

std::string response_text(const QuoteResponse& response) {
    std::string out;
    out.reserve(1024);
    write_response(response, out);
    return out;
}

}  // namespace tally
