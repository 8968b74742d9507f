// One service's cheapest purchases: a shortest path over positions in the service's stream of calls.
//
// A plan in normal form buys on a purchase date only when, without buying, a call of that date's month would go
// to postpaid: a pack bought while older packs still cover the whole month draws nothing that month and, moved to
// the next purchase date, draws the same calls and expires later, so it costs no more. In normal form the packs
// of a date take over where the older ones stop (used up, or expired), so a plan is a chain of stretches of the
// stream: from position E (the first call not covered), buy a set of packs on a date j no earlier than the month
// of call E; calls from E up to date j are postpaid, the set covers from there until it is used up or expires.
// The cost of a plan is its packs plus, per bill, the price of its uncovered calls; calls of one bill are priced
// alike (R7), so only the count per bill matters. Covering more never costs more later, so of two partial plans
// the one further along the stream and no dearer wins (a staircase of positions and costs).
#include "tally/plan_search.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <utility>

#include "tally/deduction.hpp"
#include "tally/plan_inline.hpp"
#include "tally/staircase.hpp"

namespace tally {
namespace {

constexpr PlanCost kHalfFen = Money::kUnitsPerFen / 2;

// The bills of stretches of the stream left to postpaid.
class StreamBills {
public:
    explicit StreamBills(const ServiceDemand& demand) : d_(demand), total_(demand.before_day.back()) {
        // A period's price per call is fixed by its metered calls (R7) when they choose the tier: a bill is then that
        // price times the calls, in 64 bits where it fits (a 128-bit Money product is a library call in wasm).
        // A plan runs some 80 searches and bounds per service on one demand: its bills are priced once
        // (prepare_bills), else here.
        if (d_.unit_of_period.size() == d_.period_metered.size()) {
            unit_of_period_ = d_.unit_of_period;
            full_before_ = d_.full_bills_before;
            return;
        }
        unit_of_period_ = units_of_periods(d_);
        full_before_.assign(d_.period_metered.size() + 1, 0);
        for (std::size_t p = 0; p < d_.period_metered.size(); ++p)
            full_before_[p + 1] = full_before_[p] + bill(p, d_.before_period[p + 1] - d_.before_period[p]);
    }

    static std::vector<std::int64_t> units_of_periods(const ServiceDemand& d) {
        std::vector<std::int64_t> units(d.period_metered.size(), -1);
        if (d.basis == TierBasis::all_calls && d.service->postpaid)
            for (std::size_t p = 0; p < d.period_metered.size(); ++p) {
                Money::Units unit = price_period(*d.service, d.basis, d.period_metered[p], 0).unit_price.units();
                if (unit >= 0 && unit <= kMaxFastUnit) units[p] = static_cast<std::int64_t>(unit);
            }
        return units;
    }

    const std::vector<PlanCost>& full_bills_before() const { return full_before_; }
    const std::vector<std::int64_t>& units_of_period() const { return unit_of_period_; }

    // In wasm inlined, as gap() (plan_inline.hpp).
    TALLY_PLAN_INLINE PlanCost bill(std::size_t period, std::uint64_t calls) const {
        if (calls == 0) return 0;
        if (unit_of_period_[period] >= 0 && calls <= kMaxFastCalls) {  // as rounded_to_fen: half up to the fen
            const std::uint64_t units = static_cast<std::uint64_t>(unit_of_period_[period]) * calls +
                                        static_cast<std::uint64_t>(Money::kUnitsPerFen / 2);
            // units / 10^6 as (units / 64) / 15,625 in 32 bits where it fits: wasm divides 64 bits by a division
            // instruction, 32 bits by a multiply (money.cpp does the same).
            const std::uint64_t fen = units < (std::uint64_t{1} << 38)
                                          ? static_cast<std::uint32_t>(units >> 6) / 15625u
                                          : units / static_cast<std::uint64_t>(Money::kUnitsPerFen);
            return static_cast<PlanCost>(fen * static_cast<std::uint64_t>(Money::kUnitsPerFen));
        }
        return priced_bill(period, calls);
    }

    [[gnu::noinline]] PlanCost priced_bill(std::size_t period, std::uint64_t calls) const {
        // The searches ask the same bill again and again: the rest of a bill period from where a label stands,
        // once to finish it postpaid and once to leave the month to postpaid, for every label there.
        if (period != last_period_ || calls != last_calls_) {
            last_period_ = period;
            last_calls_ = calls;
            last_bill_ = price_period(*d_.service, d_.basis, d_.period_metered[period], calls).amount.rounded_to_fen().units();
        }
        return last_bill_;
    }

    std::size_t day_of(std::uint64_t position) const {
        return static_cast<std::size_t>(std::upper_bound(d_.before_day.begin(), d_.before_day.end(), position) -
                                        d_.before_day.begin()) - 1;
    }

    // The bills of the stream calls from `from` up to `to`, a bill's first call or the end of the stream.
    TALLY_PLAN_INLINE PlanCost gap(std::uint64_t from, std::uint64_t to) const {
        if (to <= from) return 0;
        const auto& at = d_.before_period;
        std::size_t p = static_cast<std::size_t>(std::upper_bound(at.begin(), at.end(), from) - at.begin()) - 1;
        PlanCost cost = bill(p, std::min(at[p + 1], to) - from);
        if (to > at[p + 1]) {
            std::size_t q = static_cast<std::size_t>(std::lower_bound(at.begin(), at.end(), to) - at.begin());
            cost += full_before_[q] - full_before_[p + 1];
        }
        return cost;
    }

    std::uint64_t total() const { return total_; }

    // What purchases (by date, one set a date) cost: each set covers from where the older ones stop, or from its
    // date if later, until used up or expired (R2: the oldest is drawn first); the rest is postpaid.
    PlanCost cost_of(const std::vector<ServicePurchase>& purchases) const {
        PlanCost cost = 0;
        std::uint64_t covered = 0;
        for (const ServicePurchase& set : purchases) {
            std::uint64_t start = std::max(covered, d_.before_day[d_.date_first_day[set.date]]);
            cost += gap(covered, start) + set.combo.price;
            std::uint64_t end = d_.before_day[d_.date_last_usable[set.date] + 1];
            covered = std::max(start, std::min(start + set.combo.calls, end));
        }
        return cost + gap(covered, total_);
    }

protected:
    // unit x calls + half a fen within 63 bits.
    static constexpr std::int64_t kMaxFastUnit = (std::int64_t{1} << 31) - 1;
    static constexpr std::uint64_t kMaxFastCalls = (std::uint64_t{1} << 31) - 1;

    const ServiceDemand& d_;
    const std::uint64_t total_;
    std::vector<std::int64_t> unit_of_period_;  // [period]: price per call in 1e-8 yuan; -1: priced by price_period
    std::vector<PlanCost> full_before_;  // [period]: the bills of every earlier period with nothing bought
    mutable std::size_t last_period_ = 0;  // the bill asked last
    mutable std::uint64_t last_calls_ = 0;
    mutable PlanCost last_bill_ = 0;
};

// Bounded: whole sets bought at once. From a position, on every purchase date from call E's month on, the set
// (cheapest, or as a person buys) that lasts to each later purchase date or to its expiry: at most 13 + 1 sets.
class Search : StreamBills {
public:
    Search(const ServiceDemand& demand, const PackCover& cover, const SearchLimits& limits)
        : StreamBills(demand), cover_(cover), limits_(limits) {}

    ServicePlan run() {
        ServicePlan result;
        labels_.push_back(Label{});
        front_.offer(0, PlanRank{}, 0);
        std::uint64_t steps = 0;
        std::optional<std::size_t> best;
        PlanCost best_total = 0;
        while (!front_.empty()) {
            const std::size_t l = front_.take_nearest();
            const Label here = labels_[l];
            PlanCost finished = here.cost + gap(here.position, total_);
            if (!best || finished < best_total ||
                (finished == best_total && std::tie(here.packs, here.dates) <
                                               std::tie(labels_[*best].packs, labels_[*best].dates))) {
                best = l;
                best_total = finished;
            }
            if (here.position >= total_ || cover_.empty()) continue;
            if (limits_.only_date && here.date >= 0) continue;
            if (steps >= limits_.max_steps) {
                result.exact = false;
                continue;
            }
            std::uint32_t first_date = d_.date_of_day[day_of(here.position)];
            for (std::uint32_t j = first_date; j < d_.date_first_day.size(); ++j) {
                if (limits_.only_date && j != *limits_.only_date) continue;
                std::uint64_t start = std::max(here.position, d_.before_day[d_.date_first_day[j]]);
                if (start >= total_) break;
                std::uint64_t end = d_.before_day[d_.date_last_usable[j] + 1];
                if (end <= start) continue;
                PlanCost before = here.cost + gap(here.position, start);
                auto buy = [&](std::uint64_t need, const PackCombo& combo) {
                    ++steps;
                    Label next;
                    next.position = std::min(start + combo.calls, end);
                    next.cost = before + combo.price;
                    next.packs = here.packs + combo.packs;
                    next.dates = here.dates + (static_cast<std::int32_t>(j) != here.date);
                    next.date = static_cast<std::int32_t>(j);
                    next.parent = static_cast<std::int32_t>(l);
                    next.need = need;
                    insert(next);
                };
                for (std::uint32_t k = j + 1; k < d_.date_first_day.size(); ++k) {
                    std::uint64_t at = d_.before_day[d_.date_first_day[k]];
                    if (at >= end) break;
                    if (at > start) buy(at - start, choose(at - start));
                }
                buy(end - start, choose(end - start));
            }
        }
        result.exact = false;  // amounts restricted: a real plan, not proven the cheapest
        result.total = best_total;
        result.packs = labels_[*best].packs;
        result.dates = labels_[*best].dates;
        for (std::int32_t l = static_cast<std::int32_t>(*best); labels_[l].date >= 0; l = labels_[l].parent) {
            PackCombo combo = choose(labels_[l].need);
            std::uint32_t date = static_cast<std::uint32_t>(labels_[l].date);
            if (!result.purchases.empty() && result.purchases.back().date == date) {
                ServicePurchase& same = result.purchases.back();
                same.combo.calls += combo.calls;
                same.combo.price += combo.price;
                same.combo.packs += combo.packs;
                for (std::size_t i = 0; i < kMaxPackSizes; ++i) same.combo.counts[i] += combo.counts[i];
            } else {
                result.purchases.push_back(ServicePurchase{date, combo});
            }
        }
        std::reverse(result.purchases.begin(), result.purchases.end());
        return result;
    }

private:
    struct Label {
        std::uint64_t position = 0;  // the first call not covered
        PlanCost cost = 0;           // packs and the bills of every call before `position` not covered
        std::uint64_t packs = 0;
        std::uint32_t dates = 0;
        std::int32_t date = -1;      // the purchase date of the last set bought; -1 none yet
        std::int32_t parent = -1;
        std::uint64_t need = 0;      // what `choose` was asked, to name the set again
    };

    void insert(const Label& label) {
        if (front_.offer(label.position, PlanRank{label.cost, label.packs, label.dates}, labels_.size()))
            labels_.push_back(label);
    }

    PackCombo choose(std::uint64_t need) const {
        return limits_.choice == PackChoice::cheapest ? cover_.cheapest_covering(need) : cover_.largest_first(need);
    }

    const PackCover& cover_;
    const SearchLimits& limits_;
    std::vector<Label> labels_;
    Staircase front_;
};

// Exact: packs bought one at a time. From position E a pack is added to the set bought last (same date, same
// expiry), or bought on the date of call E's month (a new date), or the rest of that month is left to postpaid.
// Buying on a later date with nothing drawn before it is never cheaper (the normal form above), and a set is
// its packs added one by one, so every plan of the normal form, and every plan that adds packs to a set rather
// than buy them on a new date, is a path; adding rather than buying anew only matters for the ties.
class PackByPack : StreamBills {
public:
    PackByPack(const ServiceDemand& demand, const SearchLimits& limits)
        : StreamBills(demand), packs_(demand.service->packs), limits_(limits) {}

    std::optional<ServicePlan> run() {
        const std::size_t dates = d_.date_first_day.size();
        fronts_.resize(dates + 1);
        push(Label{});
        std::optional<std::size_t> best;
        PlanCost best_total = 0;
        std::uint64_t steps = 0;
        while (const std::optional<std::size_t> nearest = take_nearest()) {
            const std::size_t l = *nearest;
            const Label here = labels_[l];
            PlanCost finished = here.cost + gap(here.position, total_);
            if (!best || finished < best_total ||
                (finished == best_total && std::tie(here.packs, here.dates) < std::tie(labels_[*best].packs, labels_[*best].dates))) {
                best = l;
                best_total = finished;
            }
            if (here.position >= total_) continue;
            if ((steps += 2 * packs_.size() + 1) > limits_.max_steps) return std::nullopt;
            const std::uint32_t month = d_.date_of_day[day_of(here.position)];
            auto buy = [&](std::int32_t date, std::size_t pack, std::uint32_t new_dates) {
                std::uint64_t end = expiry_position(static_cast<std::uint32_t>(date));
                Label next = here;
                next.position = std::min(here.position + packs_[pack].calls, end);
                next.cost += packs_[pack].price.units();
                next.packs += 1;
                next.dates += new_dates;
                next.open = date;
                next.parent = static_cast<std::int32_t>(l);
                next.pack = static_cast<std::int32_t>(pack);
                push(next);
            };
            if (here.open >= 0 && here.position < expiry_position(static_cast<std::uint32_t>(here.open)))
                for (std::size_t i = 0; i < packs_.size(); ++i) buy(here.open, i, 0);
            bool may_buy = here.open != static_cast<std::int32_t>(month) &&
                           (!limits_.only_date || (*limits_.only_date == month && here.dates == 0));
            if (may_buy)
                for (std::size_t i = 0; i < packs_.size(); ++i) buy(static_cast<std::int32_t>(month), i, 1);
            if (month + 1 < dates) {
                Label next = here;
                next.position = d_.before_day[d_.date_first_day[month + 1]];
                next.cost += gap(here.position, next.position);
                next.open = -1;
                next.parent = static_cast<std::int32_t>(l);
                next.pack = -1;
                push(next);
            }
        }
        ServicePlan plan;
        plan.total = best_total;
        plan.packs = labels_[*best].packs;
        plan.dates = labels_[*best].dates;
        std::vector<ServicePurchase> by_date(dates);
        for (std::int32_t l = static_cast<std::int32_t>(*best); l >= 0; l = labels_[l].parent) {
            const Label& label = labels_[l];
            if (label.pack < 0) continue;
            ServicePurchase& bought = by_date[static_cast<std::size_t>(label.open)];
            const Pack& pack = packs_[static_cast<std::size_t>(label.pack)];
            bought.combo.calls += pack.calls;
            bought.combo.price += pack.price.units();
            bought.combo.packs += 1;
            bought.combo.counts[static_cast<std::size_t>(label.pack)] += 1;
        }
        for (std::uint32_t j = 0; j < dates; ++j)
            if (by_date[j].combo.packs > 0) plan.purchases.push_back(ServicePurchase{j, by_date[j].combo});
        return plan;
    }

private:
    struct Label {
        std::uint64_t position = 0;
        PlanCost cost = 0;
        std::uint64_t packs = 0;
        std::uint32_t dates = 0;
        std::int32_t open = -1;    // the date of the set bought last, while packs may still be added to it
        std::int32_t parent = -1;
        std::int32_t pack = -1;    // the pack this step bought; -1 for a month left to postpaid
    };

    std::uint64_t expiry_position(std::uint32_t date) const { return d_.before_day[d_.date_last_usable[date] + 1]; }

    // Kept unless a label with the same set open, at least as far along and no worse, exists.
    TALLY_PLAN_INLINE void push(const Label& label) {
        Staircase& front = fronts_[label.open < 0 ? fronts_.size() - 1 : static_cast<std::size_t>(label.open)];
        if (!front.offer(label.position, PlanRank{label.cost, label.packs, label.dates}, labels_.size())) return;
        labels_.push_back(label);
        if (label.open >= 0) newest_open_ = std::max(newest_open_, static_cast<std::size_t>(label.open));
    }

    // The label to extend next, taken from its staircase: the least position (every step moves forward, so it
    // can gain nothing from a label not yet extended), then the first made, as the order the ties were settled in.
    std::optional<std::size_t> take_nearest() {
        // A set's staircase empty before the newest set was opened stays empty: it gets labels only from its own
        // or, while its month is the month of the labels extended, by buying, and that month has passed.
        while (oldest_open_ < newest_open_ && fronts_[oldest_open_].empty()) ++oldest_open_;
        Staircase* from = nullptr;
        auto consider = [&](Staircase& front) {
            if (front.empty()) return;
            if (!from || std::make_pair(front.nearest_position(), front.nearest_label()) <
                             std::make_pair(from->nearest_position(), from->nearest_label()))
                from = &front;
        };
        for (std::size_t d = oldest_open_; d <= newest_open_; ++d) consider(fronts_[d]);
        consider(fronts_.back());
        if (!from) return std::nullopt;
        return from->take_nearest();
    }

    const std::vector<Pack>& packs_;
    const SearchLimits& limits_;
    std::vector<Label> labels_;
    std::vector<Staircase> fronts_;  // per open set's date (the last: none open)
    std::size_t oldest_open_ = 0;    // the sets' staircases that may hold labels: none before this,
    std::size_t newest_open_ = 0;    // nor after this
};

// Ties, last rule: earlier dates. The searches buy a set when it is first drawn on; where buying it on an earlier
// date costs the same (and needs no more dates), the earliest such date is taken, set by set. Sets bought as a
// person would (`largest_first`) that meet on a date are one purchase, bought as the largest sizes that make it
// up (12 months' 5 x 1万 on one day would be 5 x 10万 + 10 x 1万, at another price).
void prefer_earlier_dates(const ServiceDemand& demand, const PackCover* largest_first, ServicePlan& plan) {
    const StreamBills bills(demand);
    auto merged = [largest_first](std::vector<ServicePurchase> sets) {
        std::stable_sort(sets.begin(), sets.end(), [](const ServicePurchase& a, const ServicePurchase& b) { return a.date < b.date; });
        std::vector<ServicePurchase> out;
        for (const ServicePurchase& set : sets) {
            if (out.empty() || out.back().date != set.date) {
                out.push_back(set);
                continue;
            }
            PackCombo& into = out.back().combo;
            into.calls += set.combo.calls;
            into.price += set.combo.price;
            into.packs += set.combo.packs;
            for (std::size_t i = 0; i < kMaxPackSizes; ++i) into.counts[i] += set.combo.counts[i];
            if (largest_first) into = largest_first->largest_first(into.calls);
        }
        return out;
    };
    for (std::size_t g = 0; g < plan.purchases.size(); ++g) {
        for (std::uint32_t date = 0; date < plan.purchases[g].date; ++date) {
            std::vector<ServicePurchase> moved = plan.purchases;
            moved[g].date = date;
            moved = merged(std::move(moved));
            if (moved.size() <= plan.purchases.size() && bills.cost_of(moved) == plan.total) {
                plan.purchases = std::move(moved);
                plan.dates = static_cast<std::uint32_t>(plan.purchases.size());
                plan.packs = 0;
                for (const ServicePurchase& set : plan.purchases) plan.packs += set.combo.packs;
                g = static_cast<std::size_t>(-1);  // again from the first set: the dates have changed
                break;
            }
        }
    }
}

}  // namespace

ServicePlan search_service(const ServiceDemand& demand, const PackCover& cover, const SearchLimits& limits) {
    if (demand.service->packs.empty()) {  // nothing to buy: postpaid is the only plan, and so the cheapest
        ServicePlan plan;
        plan.total = postpaid_only_cost(demand);
        return plan;
    }
    if (limits.every_amount && limits.choice == PackChoice::cheapest) {
        // The steps an exact search may take: positions (the stream in units of the sizes' gcd) x sets open (a
        // year of purchase dates, or one) x steps from each. Past the limit it is not begun.
        std::uint64_t unit = 0;
        for (const Pack& pack : demand.service->packs) unit = std::gcd(unit, pack.calls);
        const PlanCost open = limits.only_date ? 1 : std::min<std::size_t>(13, demand.date_first_day.size());
        const PlanCost steps = static_cast<PlanCost>(demand.before_day.back() / unit + 1) * open *
                               static_cast<PlanCost>(2 * demand.service->packs.size() + 1);
        if (steps <= static_cast<PlanCost>(limits.max_steps))
            if (auto plan = PackByPack(demand, limits).run()) {
                if (!limits.only_date) prefer_earlier_dates(demand, nullptr, *plan);
                return *plan;
            }
    }
    // Too many steps, or sets chosen as a person would: amounts that last to a purchase date or to expiry only.
    SearchLimits bounded = limits;
    bounded.every_amount = false;
    ServicePlan plan = Search(demand, cover, bounded).run();
    if (!limits.only_date)
        prefer_earlier_dates(demand, limits.choice == PackChoice::largest_first ? &cover : nullptr, plan);
    return plan;
}

void prepare_bills(ServiceDemand& demand) {
    demand.unit_of_period.clear();
    demand.full_bills_before.clear();
    const StreamBills bills(demand);
    demand.full_bills_before = bills.full_bills_before();
    demand.unit_of_period = bills.units_of_period();
}

PlanCost postpaid_only_cost(const ServiceDemand& demand) { return StreamBills(demand).gap(0, demand.before_day.back()); }

std::vector<PlanCost> per_call_lower_bounds(const ServiceDemand& demand, const PackCover& cover) {
    std::vector<PlanCost> bounds(demand.period_metered.size(), 0);
    const StreamBills bills(demand);
    for (std::size_t p = 0; p < bounds.size(); ++p) {
        std::uint64_t calls = demand.before_period[p + 1] - demand.before_period[p];
        if (calls == 0) continue;
        if (cover.empty()) {
            bounds[p] = bills.bill(p, calls);
            continue;
        }
        const Pack& cheapest = cover.cheapest_per_call();
        PlanCost by_packs = static_cast<PlanCost>(cheapest.price.units()) * calls / cheapest.calls;
        PlanCost postpaid = by_packs;
        if (demand.service->postpaid) {
            Money unit = price_period(*demand.service, demand.basis, demand.period_metered[p], calls).unit_price;
            postpaid = static_cast<PlanCost>(unit.units()) * calls;
        }
        bounds[p] = std::max<PlanCost>(0, std::min(by_packs, postpaid) - kHalfFen);
    }
    return bounds;
}

PlanCost per_call_lower_bound(const ServiceDemand& demand, const PackCover& cover) {
    PlanCost bound = 0;
    for (PlanCost b : per_call_lower_bounds(demand, cover)) bound += b;
    return bound;
}

}  // namespace tally
