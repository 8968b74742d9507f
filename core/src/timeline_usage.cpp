#include "tally/timeline_usage.hpp"

#include "tally/error.hpp"
#include "tally/qps.hpp"
#include "tally/resolve.hpp"

namespace tally {
namespace {

void add_calls(DailyCalls& out, std::size_t s, std::int32_t day, std::uint64_t calls, std::size_t entry) {
    std::uint64_t& slot = out.calls[s][static_cast<std::size_t>(day)];
    if (calls > kMaxCalls - slot)
        throw Error(item_path("usage", entry, "calls"), ErrorCode::calls_over_day_limit, {out.start.plus_days(day).to_string()});
    slot += calls;
}

// R22: a month's figure spread over the month's days, the first `calls mod days` days one call more; the days
// outside the horizon are dropped.
void add_month(DailyCalls& out, std::size_t s, YearMonth month, std::uint64_t calls, std::size_t entry) {
    const std::uint64_t days = static_cast<std::uint64_t>(days_in_month(month));
    const Date first = first_day(month);
    for (std::uint64_t d = 0; d < days; ++d) {
        std::int32_t t = first.days() + static_cast<std::int32_t>(d) - out.start.days();
        if (t < 0 || t >= out.days) continue;
        add_calls(out, s, t, calls / days + (d < calls % days ? 1 : 0), entry);
    }
}

void lay_out_qps(const Edition& edition, const TimelineRequest& request, DailyCalls& out) {
    std::vector<std::vector<std::optional<std::size_t>>> covered_by(edition.qps_groups.size());
    for (std::size_t i = 0; i < request.qps.size(); ++i) {
        const TimelineQps& q = request.qps[i];
        QpsPlanDays plan;
        plan.request = i;
        plan.group = resolve_qps_group(edition, q.group, q.qps, "qps", i);
        plan.qps = q.qps;
        plan.per = q.per;
        plan.from = q.date;
        const QpsGroup& group = edition.qps_groups[plan.group];
        // R27: a month bought on D covers D to the day before the same date next month (or, where that month
        // has no such date, to its last day); a plan per day covers its days from D, paid at once.
        auto month_end = [&](std::uint64_t months) {
            Date same_date = q.date.plus_months(static_cast<int>(months));
            return same_date.day() == q.date.day() ? same_date.plus_days(-1) : same_date;
        };
        if (q.per == QpsPer::day) {
            plan.through = q.date.plus_days(static_cast<std::int32_t>(q.periods) - 1);
            plan.payments.emplace_back(q.date, price_qps_plan(group, q.qps, q.per, q.periods).amount.rounded_to_fen());
        } else {
            Money monthly = price_qps_plan(group, q.qps, q.per, 1).amount.rounded_to_fen();
            for (std::uint64_t k = 0; k < q.periods; ++k) {
                Date first = k == 0 ? q.date : month_end(k).plus_days(1);
                if (first <= request.end) plan.payments.emplace_back(first, monthly);
            }
            plan.through = month_end(q.periods);
        }
        auto& days = covered_by[plan.group];
        if (days.empty()) days.assign(static_cast<std::size_t>(out.days), std::nullopt);
        const std::size_t first = static_cast<std::size_t>(plan.from.days() - out.start.days());
        std::size_t end = first;  // past this plan's last day in the horizon
        for (Date d = plan.from; d <= plan.through && d <= request.end; d = d.plus_days(1), ++end) {
            auto& slot = days[end];
            if (slot)
                // The other plan named by its first day, which a visitor sees on screen (its index is not).
                throw Error(item_path("qps", i, "date"), ErrorCode::qps_plans_overlap,
                            {d.to_string(), request.qps[*slot].date.to_string()});
            slot = i;
        }
        // This plan's days only: the group's earlier plans marked theirs (the planner lays out dozens of plans).
        for (std::size_t s : group.services) {
            auto& unmetered = out.unmetered[s];
            if (unmetered.empty()) unmetered.assign(static_cast<std::size_t>(out.days), false);
            for (std::size_t t = first; t < end; ++t) unmetered[t] = true;
        }
        out.qps.push_back(std::move(plan));
    }
}

}  // namespace

DailyCalls lay_out_calls(const Edition& edition, const TimelineRequest& request) {
    DailyCalls out;
    out.start = request.start;
    out.days = request.end.days() - request.start.days() + 1;
    out.calls.resize(edition.services.size());
    out.unmetered.resize(edition.services.size());
    auto name = [&](std::size_t s) {
        if (out.calls[s].empty()) {
            out.calls[s].assign(static_cast<std::size_t>(out.days), 0);
            out.order.push_back(s);
        }
    };
    for (std::size_t i = 0; i < request.usage.size(); ++i) {
        const TimelineUsage& u = request.usage[i];
        std::size_t s = resolve_service(edition, u.service, "usage", i);
        name(s);
        if (u.per == UsagePer::day) {
            Date from = std::max(u.from.value_or(request.start), request.start);
            Date to = std::min(u.to.value_or(request.end), request.end);
            for (Date d = from; d <= to; d = d.plus_days(1)) add_calls(out, s, d.days() - out.start.days(), u.calls, i);
        } else {
            YearMonth from = std::max(u.from.value_or(request.start).year_month(), request.start.year_month(),
                                      [](YearMonth a, YearMonth b) { return a < b; });
            YearMonth to = std::min(u.to.value_or(request.end).year_month(), request.end.year_month(),
                                    [](YearMonth a, YearMonth b) { return a < b; });
            for (YearMonth m = from; m <= to; m = next_month(m)) add_month(out, s, m, u.calls, i);
        }
    }
    for (std::size_t i = 0; i < request.purchases.size(); ++i)
        name(resolve_service(edition, request.purchases[i].service, "purchases", i));
    lay_out_qps(edition, request, out);
    return out;
}

}  // namespace tally
