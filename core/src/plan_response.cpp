// PlanResponse -> JSON through the one writer: the purchases in the timeline request's own shape (so the plan
// can be sent back as a timeline request), amounts as decimal strings, the plan's timeline as `tally timeline`
// writes it. README "tally plan" documents the fields.
#include "tally/json_writer.hpp"
#include "tally/plan.hpp"

namespace tally {
namespace {

void write_purchases(Writer& w, const std::vector<TimelinePurchase>& purchases) {
    w.key("purchases");
    w.open('[');
    for (const TimelinePurchase& p : purchases) {
        w.open('{');
        w.put("service", std::string_view(p.service));
        w.put("size", p.size);
        w.put("count", p.count);
        w.put("date", std::string_view(p.date.to_string()));
        w.close('}');
    }
    w.close(']');
}

void write_qps(Writer& w, const std::vector<TimelineQps>& plans) {
    w.key("qps");
    w.open('[');
    for (const TimelineQps& q : plans) {
        w.open('{');
        w.put("group", std::string_view(q.group));
        w.put("qps", q.qps);
        w.put("per", q.per == QpsPer::month ? "month" : "day");
        w.put("date", std::string_view(q.date.to_string()));
        if (q.per == QpsPer::month) w.put("months", q.periods);
        else w.put("days", q.periods);
        w.close('}');
    }
    w.close(']');
}

}  // namespace

void write_plan(const PlanResponse& r, std::string& out, NonAscii non_ascii) {
    std::string timeline_text;
    write_timeline(r.timeline, timeline_text, non_ascii);
    out.clear();
    Writer w(out, non_ascii);
    w.open('{');
    w.put("product", r.timeline.product);
    w.put("edition", r.timeline.edition);
    w.put("start", std::string_view(r.timeline.start.to_string()));
    w.put("end", std::string_view(r.timeline.end.to_string()));
    w.put("currency", "CNY");
    w.key("plan");
    w.open('{');
    write_purchases(w, r.purchases);
    write_qps(w, r.qps);
    w.money("total", r.total, 2);
    w.close('}');
    w.key("postpaid_only");
    w.open('{');
    w.money("total", r.postpaid_only, 2);
    w.close('}');
    w.money("saving", r.saving, 2);
    w.key("optimal");
    w.raw(r.optimal ? "true" : "false");
    w.money("lower_bound", r.lower_bound, 2);
    w.key("alternatives");
    w.open('[');
    for (const PlanAlternative& a : r.alternatives) {
        w.open('{');
        w.put("name", a.name);
        write_purchases(w, a.purchases);
        write_qps(w, a.qps);
        w.money("total", a.total, 2);
        w.money("extra", a.extra, 2);
        w.close('}');
    }
    w.close(']');
    w.key("timeline");
    w.raw(timeline_text);
    w.close('}');
}

}  // namespace tally
