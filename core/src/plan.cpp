// The cheapest plan over a horizon: each service searched on its own (plan_search.hpp says why that is exact),
// the purchases put together and priced by the timeline, which must agree with the search to the fen.
#include "tally/plan.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <stdexcept>

#include "tally/error.hpp"
#include "tally/plan_search.hpp"
#include "tally/qps.hpp"
#include "tally/resolve.hpp"
#include "tally/timeline_usage.hpp"

namespace tally {
namespace {

// The start and the 1st of every later month of the horizon.
std::vector<Date> purchase_dates(const TimelineRequest& r) {
    std::vector<Date> dates{r.start};
    for (YearMonth m = next_month(r.start.year_month()); m <= r.end.year_month(); m = next_month(m))
        dates.push_back(first_day(m));
    return dates;
}

ServiceDemand demand_of(const Edition& edition, const TimelineRequest& r, const DailyCalls& calls,
                        const std::vector<std::uint64_t>& postpaid, std::size_t s, const std::vector<Date>& dates) {
    ServiceDemand d;
    d.service = &edition.services[s];
    d.basis = edition.tier_basis;
    const std::uint32_t days = static_cast<std::uint32_t>(calls.days);
    const bool daily = edition.settlement.cycle == Cycle::daily;
    d.before_day.assign(days + 1, 0);
    std::uint32_t date = 0;
    for (std::uint32_t t = 0; t < days; ++t) {
        Date day = r.start.plus_days(static_cast<std::int32_t>(t));
        d.before_day[t + 1] = d.before_day[t] + postpaid[t];
        bool new_period = t == 0 || daily || day.day() == 1;
        if (new_period) {
            d.before_period.push_back(d.before_day[t]);
            d.period_metered.push_back(0);
        }
        d.period_of_day.push_back(static_cast<std::uint32_t>(d.period_metered.size() - 1));
        if (!calls.is_unmetered(s, static_cast<std::int32_t>(t))) d.period_metered.back() += calls.on(s, static_cast<std::int32_t>(t));
        if (date + 1 < dates.size() && dates[date + 1] == day) ++date;
        d.date_of_day.push_back(date);
    }
    d.before_period.push_back(d.before_day[days]);
    for (Date bought : dates) {
        d.date_first_day.push_back(static_cast<std::uint32_t>(bought.days() - r.start.days()));
        Date through = bought.plus_years(static_cast<int>(edition.pack_rules.valid_years));
        d.date_last_usable.push_back(static_cast<std::uint32_t>(std::min(through, r.end).days() - r.start.days()));
    }
    prepare_bills(d);
    return d;
}

Money money_of(PlanCost units) {
    if (units > static_cast<PlanCost>(INT64_MAX) || units < -static_cast<PlanCost>(INT64_MAX))
        throw std::overflow_error("amount too large");
    return Money::from_units(static_cast<Money::Units>(units));
}

struct ServiceWork {
    std::size_t service = 0;
    ServiceDemand demand;
    const PackCover* cover = nullptr;
};

// Monthly QPS plans of one group and count that follow each other as one plan of several months, as a person
// would buy them (the timeline prices either form alike: each month paid on its first day).
std::vector<TimelineQps> merged_months(const std::vector<TimelineQps>& by_date) {
    std::vector<TimelineQps> out;
    for (const TimelineQps& plan : by_date) {
        if (!out.empty()) {
            TimelineQps& last = out.back();
            if (plan.per == QpsPer::month && last.per == QpsPer::month && plan.group == last.group &&
                plan.qps == last.qps && plan.date == last.date.plus_months(static_cast<int>(last.periods))) {
                last.periods += plan.periods;
                continue;
            }
        }
        out.push_back(plan);
    }
    return out;
}

std::vector<TimelinePurchase> purchases_of(const Edition& edition, const std::vector<ServiceWork>& work,
                                           const std::vector<const ServicePlan*>& plans, const std::vector<Date>& dates) {
    struct Keyed {
        std::uint32_t date;
        std::size_t order;
        TimelinePurchase purchase;
    };
    std::vector<Keyed> keyed;
    for (std::size_t w = 0; w < work.size(); ++w) {
        const Service& service = edition.services[work[w].service];
        for (const ServicePurchase& bought : plans[w]->purchases)
            for (std::size_t i = 0; i < service.packs.size(); ++i)
                if (bought.combo.counts[i] > 0)
                    keyed.push_back(Keyed{bought.date, w,
                                          TimelinePurchase{service.id, service.packs[i].calls, bought.combo.counts[i],
                                                           dates[bought.date]}});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        if (a.date != b.date) return a.date < b.date;
        if (a.order != b.order) return a.order < b.order;
        return a.purchase.size > b.purchase.size;
    });
    std::vector<TimelinePurchase> out;
    for (Keyed& k : keyed) out.push_back(std::move(k.purchase));
    return out;
}

bool same_purchases(const std::vector<TimelinePurchase>& a, const std::vector<TimelinePurchase>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const TimelinePurchase& x, const TimelinePurchase& y) {
        return x.service == y.service && x.size == y.size && x.count == y.count && x.date == y.date;
    });
}

PlanCost total_of(const std::vector<const ServicePlan*>& plans) {
    PlanCost total = 0;
    for (const ServicePlan* p : plans) total += p->total;
    return total;
}

// The search's figure checked against the timeline's: the plan is priced by the timeline, or not offered.
TimelineResponse priced(const TariffSet& tariffs, const TimelineRequest& base, std::vector<TimelinePurchase> purchases,
                        PlanCost searched) {
    TimelineRequest request = base;
    request.purchases = std::move(purchases);
    TimelineResponse response = timeline(tariffs, request);
    if (response.total != money_of(searched) + response.qps_total)
        throw std::logic_error("the timeline prices a plan differently from the search that chose it");
    return response;
}

// Per service (by index in the edition), the per-call lower bound of each bill period.
using PeriodBounds = std::vector<std::pair<std::size_t, std::vector<PlanCost>>>;

// The cheapest packs for a request whose QPS plans, if any, are given.
PlanResponse plan_packs(const TariffSet& tariffs, const TimelineRequest& base, PeriodBounds* period_bounds) {
    CallsByDay postpaid;
    TimelineResponse nothing_bought = timeline(tariffs, base, &postpaid);
    const Edition& edition = resolve_edition(tariffs, base.product, base.edition);
    const DailyCalls calls = lay_out_calls(edition, base);
    const std::vector<Date> dates = purchase_dates(base);

    std::vector<ServiceWork> work;
    for (std::size_t s : calls.order)
        work.push_back(ServiceWork{s, demand_of(edition, base, calls, postpaid[s], s, dates), nullptr});
    // One table per price list of packs (body analysis sells the same four packs for each service), as long as
    // the longest stream of calls it is asked to cover (a search asks no more than its stream).
    using PriceList = std::vector<std::pair<std::uint64_t, Money::Units>>;
    auto price_list = [&](const ServiceWork& w) {
        PriceList list;
        for (const Pack& p : edition.services[w.service].packs) list.emplace_back(p.calls, p.price.units());
        return list;
    };
    std::map<PriceList, std::uint64_t> longest_stream;
    for (const ServiceWork& w : work) {
        std::uint64_t& longest = longest_stream[price_list(w)];
        longest = std::max(longest, w.demand.before_day.back());
    }
    std::map<PriceList, std::unique_ptr<PackCover>> covers;
    for (ServiceWork& w : work) {
        const PriceList list = price_list(w);
        auto& cover = covers[list];
        if (!cover) cover = std::make_unique<PackCover>(edition.services[w.service].packs, longest_stream[list]);
        w.cover = cover.get();
    }

    std::vector<ServicePlan> best(work.size()), largest(work.size());
    std::vector<std::vector<ServicePlan>> single(work.size());
    PlanCost bound = 0;
    bool optimal = true;
    for (std::size_t w = 0; w < work.size(); ++w) {
        const ServiceDemand& demand = work[w].demand;
        const PackCover& cover = *work[w].cover;
        best[w] = search_service(demand, cover, SearchLimits{});
        SearchLimits as_a_person;
        as_a_person.choice = PackChoice::largest_first;
        as_a_person.every_amount = false;
        largest[w] = search_service(demand, cover, as_a_person);
        for (std::uint32_t j = 0; j < dates.size(); ++j) {
            SearchLimits one_date;  // an alternative: proven where small, else the amounts that last to a date
            one_date.only_date = j;
            one_date.max_steps = 5000;
            single[w].push_back(search_service(demand, cover, one_date));
        }
        // Any plan found by another route that beats the search (possible only when the search is not exact).
        for (const ServicePlan* other : {&largest[w]})
            if (other->total < best[w].total) best[w] = *other, best[w].exact = false;
        for (const ServicePlan& other : single[w])
            if (other.total < best[w].total) best[w] = other, best[w].exact = false;
        optimal = optimal && best[w].exact;
        bound += best[w].exact ? best[w].total : per_call_lower_bound(demand, cover);
        if (period_bounds) period_bounds->emplace_back(work[w].service, per_call_lower_bounds(demand, cover));
    }

    PlanResponse out;
    std::vector<const ServicePlan*> chosen;
    for (const ServicePlan& p : best) chosen.push_back(&p);
    out.purchases = purchases_of(edition, work, chosen, dates);
    out.qps = merged_months(base.qps);
    out.timeline = priced(tariffs, base, out.purchases, total_of(chosen));
    out.total = out.timeline.total;
    out.postpaid_only = nothing_bought.total - nothing_bought.qps_total;
    out.saving = out.postpaid_only - out.total;
    out.optimal = optimal;
    Money floor_bound = money_of(bound - bound % Money::kUnitsPerFen);
    out.lower_bound = optimal ? out.total : std::min(floor_bound, out.total);

    auto alternative = [&](std::string_view name, const std::vector<const ServicePlan*>& plans) {
        PlanAlternative a;
        a.name = name;
        a.purchases = purchases_of(edition, work, plans, dates);
        a.qps = merged_months(base.qps);
        // Often the best plan itself (one purchase date, or the largest sizes, is cheapest): priced already.
        const bool same_as_best = total_of(plans) == total_of(chosen) && same_purchases(a.purchases, out.purchases);
        a.total = same_as_best ? out.total : priced(tariffs, base, a.purchases, total_of(plans)).total;
        a.extra = a.total - out.total;
        out.alternatives.push_back(std::move(a));
    };
    std::uint32_t single_date = 0;
    PlanCost single_total = 0;
    for (std::uint32_t j = 0; j < dates.size(); ++j) {
        PlanCost total = 0;
        for (std::size_t w = 0; w < work.size(); ++w) total += single[w][j].total;
        if (j == 0 || total < single_total) single_date = j, single_total = total;
    }
    std::vector<const ServicePlan*> plans;
    for (std::size_t w = 0; w < work.size(); ++w) plans.push_back(&single[w][single_date]);
    alternative("single_date", plans);
    plans.clear();
    for (const ServicePlan& p : largest) plans.push_back(&p);
    alternative("largest_sizes", plans);
    PlanAlternative postpaid_only;
    postpaid_only.name = "postpaid_only";
    postpaid_only.total = nothing_bought.total - nothing_bought.qps_total;
    postpaid_only.extra = postpaid_only.total - out.total;
    out.alternatives.push_back(std::move(postpaid_only));
    return out;
}

// Body analysis with peak QPS: whole months (or the horizon's part of one) on a QPS plan of at least the peak, the
// cheapest count (R12 prices every QPS at the tier its count reaches, so more can cost less) per month or per day.
// From none (or all, if cheaper) months are added (or removed) in order while that lowers the total, packs planned
// anew each time: a greedy search, so the answer is proven only when the lower bound reaches it. The bound: per month, the services no plan covers
// at their per-call bound, and each group the lower of its services' per-call bounds and its plan's price.
PlanResponse plan_with_qps(const TariffSet& tariffs, const PlanRequest& request) {
    const TimelineRequest& base = request.timeline;
    const Edition& edition = resolve_edition(tariffs, base.product, base.edition);
    PeriodBounds bounds;
    PlanResponse best = plan_packs(tariffs, base, &bounds);
    const Money postpaid_only = best.postpaid_only;

    struct Option {
        std::size_t group = 0;
        std::size_t month = 0;
        TimelineQps plan;
        Money price;
    };
    std::vector<std::pair<Date, Date>> months;
    for (YearMonth m = base.start.year_month(); m <= base.end.year_month(); m = next_month(m))
        months.emplace_back(std::max(first_day(m), base.start), std::min(last_day(m), base.end));
    std::vector<Option> options;
    for (std::size_t i = 0; i < request.peak_qps.size(); ++i) {
        const PeakQps& peak = request.peak_qps[i];
        std::size_t g = resolve_qps_group(edition, peak.group, peak.qps, "peak_qps", i);
        const QpsGroup& group = edition.qps_groups[g];
        for (const Option& earlier : options)
            if (earlier.group == g)
                throw Error(item_path("peak_qps", i, "group"), ErrorCode::peak_twice, {group.name});
        for (std::size_t m = 0; m < months.size(); ++m) {
            const Date first = months[m].first, last = months[m].second;
            std::optional<Option> cheapest;
            auto consider = [&](QpsPer per, std::uint64_t periods) {
                for (std::uint64_t q = peak.qps; q <= group.max_qps; ++q) {
                    Money price = price_qps_plan(group, q, per, per == QpsPer::month ? 1 : periods).amount.rounded_to_fen();
                    if (per == QpsPer::month) price = price.times(periods);
                    if (cheapest && !(price < cheapest->price)) continue;
                    Option o;
                    o.group = g;
                    o.month = m;
                    o.plan = TimelineQps{group.id, q, per, first, periods};
                    o.price = price;
                    cheapest = o;
                }
            };
            if (first.day() == 1) consider(QpsPer::month, 1);  // from the 1st: the calendar month exactly
            consider(QpsPer::day, static_cast<std::uint64_t>(last.days() - first.days() + 1));
            options.push_back(*cheapest);
        }
    }
    // From no month on QPS adding months, or, when every month on QPS is cheaper, from all of them removing months;
    // each change kept while it lowers the total.
    std::vector<bool> on(options.size(), false);
    auto answer_for = [&](const std::vector<bool>& chosen) {
        TimelineRequest trial = base;
        for (std::size_t o = 0; o < options.size(); ++o)
            if (chosen[o]) trial.qps.push_back(options[o].plan);
        std::stable_sort(trial.qps.begin(), trial.qps.end(), [](const TimelineQps& a, const TimelineQps& b) { return a.date < b.date; });
        return plan_packs(tariffs, trial, nullptr);
    };
    if (!options.empty()) {
        std::vector<bool> all(options.size(), true);
        PlanResponse every = answer_for(all);
        if (every.total < best.total) best = std::move(every), on = all;
    }
    const bool adding = std::find(on.begin(), on.end(), true) == on.end();
    for (std::size_t o = 0; o < options.size(); ++o) {
        std::vector<bool> trial = on;
        trial[o] = adding;
        PlanResponse answer = answer_for(trial);
        if (answer.total < best.total) best = std::move(answer), on = trial;
    }

    PlanCost bound = 0;
    const bool by_month = edition.settlement.cycle == Cycle::monthly;
    for (std::size_t m = 0; by_month && m < months.size(); ++m) {
        std::vector<PlanCost> group_part(edition.qps_groups.size(), 0);
        std::vector<bool> planned(edition.qps_groups.size(), false);
        for (const Option& o : options)
            if (o.month == m) planned[o.group] = true;
        for (const auto& [service, per_period] : bounds) {
            std::optional<std::size_t> in_group;
            for (std::size_t g = 0; g < edition.qps_groups.size(); ++g)
                for (std::size_t member : edition.qps_groups[g].services)
                    if (member == service && planned[g]) in_group = g;
            if (in_group) group_part[*in_group] += per_period[m];
            else bound += per_period[m];
        }
        for (const Option& o : options)
            if (o.month == m) bound += std::min<PlanCost>(group_part[o.group], o.price.units());
    }
    PlanResponse& out = best;
    PlanCost total = out.total.units();
    out.lower_bound = money_of(std::min(bound - bound % Money::kUnitsPerFen, total));
    out.optimal = out.lower_bound == out.total;
    out.postpaid_only = postpaid_only;
    out.saving = out.postpaid_only - out.total;
    for (PlanAlternative& a : out.alternatives) {
        if (a.name == "postpaid_only") a.total = postpaid_only;
        a.extra = a.total - out.total;
    }
    return best;
}

}  // namespace

PlanResponse plan(const TariffSet& tariffs, const PlanRequest& request) {
    try {
        if (!request.peak_qps.empty()) return plan_with_qps(tariffs, request);
        return plan_packs(tariffs, request.timeline, nullptr);
    } catch (const std::overflow_error&) {
        throw Error("usage", ErrorCode::amounts_too_large);
    }
}

}  // namespace tally
