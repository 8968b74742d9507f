// QuoteResponse -> JSON text, through the one writer (json_writer.hpp): amounts as decimal strings (8 places
// exact, 2 places charged), counts as integers. This is the response contract's one description: the wasm
// module's answer, the command line's indented output and the benchmark all come from it.
#include "tally/response.hpp"

#include <cstdint>

namespace tally {

// Words as views of a known length: from a const char* the writer would count them, in the wasm build by a call.
using namespace std::string_view_literals;

namespace {

std::string_view source_name(LineSource source) {
    switch (source) {
        case LineSource::free: return "free"sv;
        case LineSource::pack: return "pack"sv;
        case LineSource::postpaid: return "postpaid"sv;
        case LineSource::qps: return "qps"sv;
    }
    return ""sv;
}

}  // namespace

void write_line(Writer& w, const BillLine& line) {
    w.open('{');
    w.put("service", line.service);
    w.put("source", source_name(line.source));
    w.put("day", line.day);
    w.put("size", line.size);
    w.put("count", line.count);
    w.put("qps", line.qps);
    if (line.per) w.put("per", *line.per == QpsPer::month ? "month"sv : "day"sv);
    w.put("days", line.days);
    w.put("calls", line.calls);
    w.money("unit_price", line.unit_price, Money::kDecimals, true);
    w.money("amount", line.amount, 8);
    w.money("charged", line.charged, 2);
    w.close('}');
}

namespace {

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
        w.put("upper_bound", s.tier->upper_bound == UpperBound::inclusive ? "inclusive"sv : "exclusive"sv);
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

void write_response(Writer& w, const QuoteResponse& r) {
    w.open('{');
    w.put("product", r.product);
    w.put("edition", r.edition);
    w.put("period", r.period == Period::month ? "month"sv : "day"sv);
    w.put("settlement", r.settlement == Cycle::monthly ? "monthly"sv : "daily"sv);
    w.put("days", r.days);
    w.put("currency", "CNY"sv);
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

void write_response(const QuoteResponse& response, std::string& out, NonAscii non_ascii, Layout layout) {
    out.clear();
    Writer w(out, non_ascii, layout);
    write_response(w, response);
}

std::string response_text(const QuoteResponse& response, Layout layout) {
    std::string out;
    out.reserve(1024);
    write_response(response, out, NonAscii::utf8, layout);
    return out;
}

}  // namespace tally
