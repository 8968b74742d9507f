// QuoteResponse -> JSON: amounts as decimal strings (8 places exact, 2 places charged), counts as integers.
#include <nlohmann/json.hpp>

#include "tally/response.hpp"

namespace tally {

using json = nlohmann::ordered_json;

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

json warning_json(const Warning& w) {
    json j{{"code", w.code}};
    if (w.service) j["service"] = *w.service;
    if (w.extra_calls) j["extra_calls"] = *w.extra_calls;
    if (w.saving) j["saving"] = w.saving->to_fen_string();
    if (w.unused_calls) j["unused_calls"] = *w.unused_calls;
    if (w.size) j["size"] = *w.size;
    if (w.pack_unit_price) j["pack_unit_price"] = w.pack_unit_price->to_trimmed_string();
    if (w.postpaid_unit_price) j["postpaid_unit_price"] = w.postpaid_unit_price->to_trimmed_string();
    j["message"] = w.message;
    return j;
}

}  // namespace

void to_json(json& j, const BillLine& line) {
    j = json{{"service", line.service}, {"source", source_name(line.source)}};
    if (line.day) j["day"] = *line.day;
    if (line.size) j["size"] = *line.size;
    if (line.count) j["count"] = *line.count;
    if (line.qps) j["qps"] = *line.qps;
    if (line.per) j["per"] = *line.per == QpsPer::month ? "month" : "day";
    if (line.days) j["days"] = *line.days;
    j["calls"] = line.calls;
    j["unit_price"] = line.unit_price.to_trimmed_string();
    j["amount"] = line.amount.to_string(8);
    j["charged"] = line.charged.to_string(2);
}

void to_json(json& j, const QuoteResponse& r) {
    j = json::object();
    j["product"] = r.product;
    j["edition"] = r.edition;
    j["period"] = r.period == Period::month ? "month" : "day";
    j["settlement"] = r.settlement == Cycle::monthly ? "monthly" : "daily";
    if (r.days) j["days"] = *r.days;
    j["currency"] = "CNY";
    j["total"] = r.total.to_string(2);
    j["lines"] = r.lines;
    json services = json::array();
    for (const auto& s : r.services) {
        json item{{"service", s.service}, {"name", *s.name},           {"calls", s.calls},
                  {"free_calls", s.free_calls}, {"pack_calls", s.pack_calls}, {"postpaid_calls", s.postpaid_calls}};
        if (s.qps_group) item["qps_group"] = *s.qps_group;
        if (s.tier) {
            json tier{{"index", s.tier->index},
                      {"from", s.tier->from},
                      {"upper_bound", s.tier->upper_bound == UpperBound::inclusive ? "inclusive" : "exclusive"},
                      {"unit_price", s.tier->unit_price.to_trimmed_string()}};
            tier["to"] = s.tier->to ? json(*s.tier->to) : json(nullptr);
            item["tier"] = tier;
        }
        item["charged"] = s.charged.to_string(2);
        services.push_back(item);
    }
    j["services"] = services;
    if (!r.allocations.empty()) {
        json allocations = json::array();
        for (const auto& a : r.allocations) {
            json shares = json::array();
            for (const auto& [service, calls] : a.services) shares.push_back({{"service", service}, {"calls", calls}});
            allocations.push_back({{"pool", a.pool}, {"calls", a.calls}, {"services", shares}});
        }
        j["allocations"] = allocations;
    }
    if (r.range) j["range"] = {{"low", r.range->first.to_string(2)}, {"high", r.range->second.to_string(2)}};
    if (r.freeze) j["freeze"] = {{"total", r.freeze->total.to_string(2)}, {"lines", r.freeze->lines}};
    json warnings = json::array();
    for (const auto& w : r.warnings) warnings.push_back(warning_json(w));
    j["warnings"] = warnings;
}

}  // namespace tally
