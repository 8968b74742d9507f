// TimelineResponse -> JSON through the one writer (json_writer.hpp): amounts as decimal strings, counts as
// integers, dates as YYYY-MM-DD. README "tally timeline" documents the fields.
#include "tally/json_writer.hpp"
#include "tally/timeline.hpp"

namespace tally {
namespace {

void put_date(Writer& w, Name name, Date date) {
    char buffer[10];
    w.put_plain(name, date.format(buffer));
}

void put_optional_date(Writer& w, Name name, const std::optional<Date>& date) {
    if (!date) {
        w.key(name);
        w.null();
        return;
    }
    put_date(w, name, *date);
}

void write_calls(Writer& w, const CallsBySource& calls) {
    w.key("calls");
    w.open('{');
    w.put("total", calls.total());
    w.put("free", calls.free);
    w.put("pack", calls.pack);
    w.put("postpaid", calls.postpaid);
    w.put("qps", calls.qps);
    w.close('}');
}

void write_month(Writer& w, const TimelineMonth& m) {
    w.open('{');
    w.put("month", std::string_view(to_string(m.month)));
    write_calls(w, m.calls);
    w.money("postpaid", m.postpaid, 2);
    w.money("purchases", m.purchases, 2);
    if (m.freeze) w.money("freeze", *m.freeze, 2);
    w.money("cash", m.cash, 2);
    w.close('}');
}

void write_purchase(Writer& w, const PurchaseOutcome& p) {
    w.open('{');
    w.put("service", p.service);
    w.put("size", p.size);
    w.put("count", p.count);
    put_date(w, "date", p.date);
    w.money("price", p.price, 2);
    put_date(w, "expires", p.expires);
    w.put("used", p.used);
    w.put("remaining", p.remaining);
    w.put("expired_unused", p.expired_unused);
    put_optional_date(w, "refundable_until", p.refundable_until);
    put_optional_date(w, "refunded", p.refunded);
    w.key("month_end_remaining");
    w.open('[');
    for (std::uint64_t calls : p.month_end_remaining) w.number(calls);
    w.close(']');
    w.close('}');
}

void write_qps(Writer& w, const QpsOutcome& q) {
    w.open('{');
    w.put("group", q.group);
    w.put("qps", q.qps);
    w.put("per", q.per == QpsPer::month ? "month" : "day");
    put_date(w, "from", q.from);
    put_date(w, "through", q.through);
    w.money("paid", q.paid, 2);
    w.close('}');
}

void write_event(Writer& w, const TimelineEvent& e) {
    w.open('{');
    put_date(w, "date", e.date);
    w.put("code", e.code);
    if (e.purchase) w.put("purchase", std::uint64_t{*e.purchase});
    w.put("service", e.service);
    w.put("calls", e.calls);
    if (e.from_tier) w.put("from_tier", std::uint64_t{*e.from_tier});
    if (e.to_tier) w.put("to_tier", std::uint64_t{*e.to_tier});
    w.close('}');
}

void write_bill(Writer& w, const TimelineBill& b, bool lines) {
    w.open('{');
    put_date(w, "from", b.from);
    put_date(w, "to", b.to);
    put_date(w, "issued", b.issued);
    put_date(w, "issued_by", b.issued_by);
    w.money("total", b.total, 2);
    if (b.freeze) w.money("freeze", *b.freeze, 2);
    if (lines) {
        w.key("lines");
        w.open('[');
        for (const BillLine& line : b.lines) write_line(w, line);
        w.close(']');
    }
    w.close('}');
}

template <typename Item, typename WriteItem>
void write_list(Writer& w, Name name, const std::vector<Item>& items, WriteItem&& write_item) {
    w.key(name);
    w.open('[');
    for (const Item& item : items) write_item(w, item);
    w.close(']');
}

}  // namespace

void write_timeline(const TimelineResponse& r, std::string& out, NonAscii non_ascii, Layout layout) {
    out.clear();
    Writer w(out, non_ascii, layout);
    w.open('{');
    w.put("product", r.product);
    w.put("edition", r.edition);
    w.put("settlement", r.settlement == Cycle::monthly ? "monthly" : "daily");
    put_date(w, "start", r.start);
    put_date(w, "end", r.end);
    put_date(w, "account_opened", r.account_opened);
    w.put("currency", "CNY");
    w.money("total", r.total, 2);
    w.key("paid");
    w.open('{');
    w.money("bills", r.bills_total, 2);
    w.money("purchases", r.purchases_total, 2);
    w.money("qps", r.qps_total, 2);
    w.money("refunds", r.refunds_total, 2);
    w.close('}');
    write_calls(w, r.calls);
    w.key("average_per_call");
    if (r.average_per_call) {
        char buffer[Money::kMaxChars];
        w.string(r.average_per_call->format(buffer, Money::kDecimals));
    } else {
        w.null();
    }
    write_list(w, "months", r.months, write_month);
    write_list(w, "purchases", r.purchases, write_purchase);
    write_list(w, "qps", r.qps, write_qps);
    write_list(w, "events", r.events, write_event);
    write_list(w, "bills", r.bills, [&](Writer& writer, const TimelineBill& b) { write_bill(writer, b, r.bill_lines); });
    w.close('}');
}

}  // namespace tally
