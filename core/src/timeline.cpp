// The account simulated one day at a time (R21-R28). The day's calls draw in deduction order (R1, R22) on the
// month's free quota, the one-time free packs, the paid packs valid that day (soonest expiry first, R2), then
// postpaid; monthly products are billed per calendar month at the tier reached (R7, R23), daily ones per day.
#include "tally/timeline.hpp"

#include <algorithm>
#include <stdexcept>

#include "tally/deduction.hpp"
#include "tally/error.hpp"
#include "tally/free_quota.hpp"
#include "tally/freeze.hpp"
#include "tally/packs.hpp"
#include "tally/resolve.hpp"
#include "tally/timeline_usage.hpp"

namespace tally {
namespace {

// A paid pack purchase or a one-time free pack: a balance usable from one day through another.
struct Balance {
    PackPurchase draw;  // capacity and drawn; `pack` is null for a free pack
    Date from, through;
    std::optional<std::size_t> purchase;  // index in the request; nullopt for a free pack
    bool refunded = false;
    bool low_told = false;
    bool exhausted_told = false;

    bool usable_on(Date day) const { return !refunded && from <= day && day <= through; }
};

class Simulation {
public:
    Simulation(const Edition& edition, const TimelineRequest& request, TimelineResponse& out, CallsByDay* postpaid_by_day)
        : edition_(edition), request_(request), out_(out), calls_(lay_out_calls(edition, request)),
          postpaid_by_day_(postpaid_by_day) {
        if (postpaid_by_day_) {
            postpaid_by_day_->assign(edition.services.size(), {});
            for (std::size_t s : calls_.order) (*postpaid_by_day_)[s].assign(static_cast<std::size_t>(calls_.days), 0);
        }
    }

    void run() {
        open_months();
        open_balances();
        check_refunds();
        const std::size_t services = edition_.services.size();
        free_left_.assign(services, 0);
        month_calls_.assign(services, 0);
        month_postpaid_.assign(services, 0);
        day_postpaid_.assign(services, 0);
        day_calls_of_.assign(services, 0);
        last_tier_.assign(services, std::nullopt);
        if (edition_.settlement.cycle == Cycle::daily) out_.bills.reserve(static_cast<std::size_t>(calls_.days));
        for (std::size_t m = 0; m < out_.months.size(); ++m) {
            Date first = std::max(first_day(out_.months[m].month), request_.start);
            Date last = std::min(last_day(out_.months[m].month), request_.end);
            begin_month(m, first);
            for (Date day = first; day <= last; day = day.plus_days(1)) {
                begin_day(day);
                draw_day(day, day.days() - request_.start.days());
                if (edition_.settlement.cycle == Cycle::daily) bill_day(day);
                end_day(day);
            }
            end_month(first, last);
        }
        finish();
    }

private:
    void open_months() {
        for (YearMonth m = request_.start.year_month(); m <= request_.end.year_month(); m = next_month(m)) {
            TimelineMonth month;
            month.month = m;
            if (edition_.freeze_next_month) month.freeze = Money();
            out_.months.push_back(month);
        }
    }

    void open_balances() {
        const std::size_t services = edition_.services.size();
        free_packs_.resize(services);
        paid_packs_.resize(services);
        // R20, R21: one-time free packs, granted when the account opens and lapsing that many years later.
        if (request_.free_quota) {
            FreeEligibility eligibility{true, out_.account_opened.to_string()};
            for (std::size_t p = 0; p < edition_.free_quota.size(); ++p) {
                const FreeQuota& pool = edition_.free_quota[p];
                if (pool.renews != Renewal::never || !is_eligible(pool, eligibility)) continue;
                Date lapses = pool.valid_years ? out_.account_opened.plus_years(static_cast<int>(*pool.valid_years))
                                               : request_.end.plus_days(1);
                if (lapses <= request_.start) continue;
                for (std::size_t s : pool.services) {
                    if (calls_.calls[s].empty()) continue;  // a service the request never names: nothing to tell
                    free_packs_[s].push_back(balances_.size());
                    balances_.push_back(Balance{PackPurchase{s, nullptr, 1, pool.calls, 0}, out_.account_opened,
                                                lapses.plus_days(-1), std::nullopt});
                }
            }
        }
        for (std::size_t i = 0; i < request_.purchases.size(); ++i) {
            const TimelinePurchase& p = request_.purchases[i];
            std::size_t s = resolve_service(edition_, p.service, "purchases", i);
            const Pack& pack = resolve_pack(edition_, s, p.size, "purchases", i);
            unsigned __int128 capacity = static_cast<unsigned __int128>(pack.calls) * p.count;
            if (capacity > kMaxCalls) throw Error(item_path("purchases", i, "count"), ErrorCode::pack_calls_over_limit);
            // R21: usable from the purchase day through the same calendar date a year later (29 February: 28 February).
            Date through = p.date.plus_years(static_cast<int>(edition_.pack_rules.valid_years));
            paid_packs_[s].push_back(balances_.size());
            balances_.push_back(Balance{PackPurchase{s, &pack, p.count, static_cast<std::uint64_t>(capacity), 0}, p.date,
                                        through, i});

            PurchaseOutcome outcome;
            outcome.service = edition_.services[s].id;
            outcome.size = pack.calls;
            outcome.count = p.count;
            outcome.date = p.date;
            outcome.expires = through;
            outcome.price = pack.price.times(p.count).rounded_to_fen();
            if (edition_.pack_rules.refund_days > 0)
                outcome.refundable_until = p.date.plus_days(static_cast<std::int32_t>(edition_.pack_rules.refund_days));
            out_.purchases.push_back(outcome);
        }
        // R2, R22: soonest expiry first; the same expiry, the one bought first (request order breaks a tie).
        auto by_expiry = [&](std::size_t a, std::size_t b) {
            if (balances_[a].through != balances_[b].through) return balances_[a].through < balances_[b].through;
            return balances_[a].from < balances_[b].from;
        };
        for (auto& ids : free_packs_) std::stable_sort(ids.begin(), ids.end(), by_expiry);
        for (auto& ids : paid_packs_) std::stable_sort(ids.begin(), ids.end(), by_expiry);
    }

    // R19, R26: the checks that need no simulation; whether the pack was drawn on is known on the day.
    void check_refunds() const {
        std::vector<bool> refunded(request_.purchases.size(), false);
        for (std::size_t i = 0; i < request_.refunds.size(); ++i) {
            const TimelineRefund& refund = request_.refunds[i];
            const PurchaseOutcome& purchase = out_.purchases[refund.purchase];
            if (edition_.pack_rules.refund_days == 0)
                throw Error(item_path("refunds", i, "purchase"), ErrorCode::refund_not_refundable, {edition_.name});
            if (refunded[refund.purchase])
                throw Error(item_path("refunds", i, "purchase"), ErrorCode::refunded_twice);
            refunded[refund.purchase] = true;
            if (refund.date < purchase.date)
                throw Error(item_path("refunds", i, "date"), ErrorCode::refund_before_purchase, {purchase.date.to_string()});
            if (refund.date > *purchase.refundable_until)
                throw Error(item_path("refunds", i, "date"), ErrorCode::refund_after_window, {purchase.refundable_until->to_string()});
        }
    }

    // R22: the month's free quota, granted on its 1st (or the horizon's first day); a shared pool split among the
    // month's services in proportion to their metered calls, as a quote splits it (R16).
    void begin_month(std::size_t month, Date first) {
        month_ = month;
        const std::int32_t first_day_index = first.days() - request_.start.days();
        std::fill(month_calls_.begin(), month_calls_.end(), 0);
        std::fill(month_postpaid_.begin(), month_postpaid_.end(), 0);
        std::vector<std::uint64_t> metered(edition_.services.size(), 0);
        Date last = std::min(last_day(out_.months[month].month), request_.end);
        for (std::size_t s : calls_.order)
            for (std::int32_t t = first_day_index; t <= last.days() - request_.start.days(); ++t)
                if (!calls_.is_unmetered(s, t)) metered[s] += calls_.on(s, t);
        FreeEligibility eligibility{request_.free_quota, out_.account_opened.to_string()};
        free_left_ = grant_free_quota(edition_, metered, eligibility, SharedSplit::proportional, {}, Renewal::monthly).capacity;
    }

    void begin_day(Date day) {
        const PackAlerts* alerts = edition_.pack_rules.alerts ? &*edition_.pack_rules.alerts : nullptr;
        for (std::size_t i = 0; i < request_.refunds.size(); ++i) {
            const TimelineRefund& refund = request_.refunds[i];
            if (refund.date != day) continue;
            Balance& balance = paid_balance(refund.purchase);
            if (balance.draw.drawn > 0)
                throw Error(item_path("refunds", i, "purchase"), ErrorCode::refund_after_use, {balance.draw.drawn, day.to_string()});
            balance.refunded = true;
            PurchaseOutcome& purchase = out_.purchases[refund.purchase];
            purchase.refunded = day;
            out_.refunds_total = out_.refunds_total + purchase.price;
            out_.months[month_].purchases = out_.months[month_].purchases - purchase.price;
        }
        for (std::size_t b = 0; b < balances_.size(); ++b) {
            const Balance& balance = balances_[b];
            if (!balance.purchase) {
                if (balance.through.plus_days(1) == day && balance.draw.remaining() > 0)
                    event(day, "free_expired", b, balance.draw.remaining());
                continue;
            }
            const PurchaseOutcome& purchase = out_.purchases[*balance.purchase];
            if (balance.from == day) pay(purchase.price, out_.purchases_total);
            if (balance.refunded) continue;
            if (purchase.refundable_until == day && balance.draw.drawn == 0) event(day, "refund_window_ends", b);
            if (alerts && alerts->days_before_expiry && balance.draw.remaining() > 0 &&
                balance.through.plus_days(-static_cast<std::int32_t>(*alerts->days_before_expiry)) == day &&
                balance.from <= day)
                event(day, "pack_expiring", b, balance.draw.remaining());
        }
        for (const QpsPlanDays& plan : calls_.qps)
            for (const auto& [date, amount] : plan.payments)
                if (date == day) pay(amount, out_.qps_total);
    }

    void draw_day(Date day, std::int32_t t) {
        for (std::size_t s : calls_.order) {
            std::uint64_t calls = calls_.on(s, t);
            day_postpaid_[s] = 0;
            if (calls == 0) continue;
            CallsBySource& month = out_.months[month_].calls;
            if (calls_.is_unmetered(s, t)) {  // R13, R27: on a QPS plan, drawn on nothing, outside the tier
                month.qps += calls;
                continue;
            }
            std::uint64_t free = std::min(calls, free_left_[s]);
            free_left_[s] -= free;
            free += draw(free_packs_[s], calls - free, day);
            std::uint64_t from_packs = draw(paid_packs_[s], calls - free, day);
            std::uint64_t postpaid = calls - free - from_packs;
            month.free += free;
            month.pack += from_packs;
            month.postpaid += postpaid;
            month_calls_[s] += calls;
            month_postpaid_[s] += postpaid;
            day_postpaid_[s] = postpaid;
            day_calls_of_[s] = calls;
            if (postpaid_by_day_) (*postpaid_by_day_)[s][static_cast<std::size_t>(t)] = postpaid;
        }
    }

    // Draws on the balances usable today, in drawing order; tells the alerts the tariff names (R25).
    std::uint64_t draw(const std::vector<std::size_t>& ids, std::uint64_t calls, Date day) {
        if (calls == 0) return 0;
        drawing_.clear();
        for (std::size_t b : ids)
            if (balances_[b].usable_on(day) && balances_[b].draw.remaining() > 0) drawing_.push_back(&balances_[b].draw);
        std::uint64_t taken = draw_from_packs(drawing_, calls);
        const PackAlerts* alerts = edition_.pack_rules.alerts ? &*edition_.pack_rules.alerts : nullptr;
        if (!alerts) return taken;
        for (std::size_t b : ids) {
            Balance& balance = balances_[b];
            if (!balance.purchase || !balance.usable_on(day)) continue;
            std::uint64_t left = balance.draw.remaining();
            bool low = alerts->below_percent && !balance.low_told &&
                       static_cast<unsigned __int128>(left) * 100 <
                           static_cast<unsigned __int128>(*alerts->below_percent) * balance.draw.capacity;
            if (low) {
                balance.low_told = true;
                if (left > 0) event(day, "pack_low", b, left);
            }
            if (left == 0 && alerts->used_up && !balance.exhausted_told) {
                balance.exhausted_told = true;
                event(day, "pack_exhausted", b, 0);
            }
        }
        return taken;
    }

    void end_day(Date day) {
        const PackAlerts* alerts = edition_.pack_rules.alerts ? &*edition_.pack_rules.alerts : nullptr;
        for (std::size_t b = 0; b < balances_.size(); ++b) {
            const Balance& balance = balances_[b];
            if (!balance.purchase || balance.refunded || balance.through != day) continue;
            std::uint64_t lost = balance.draw.remaining();
            out_.purchases[*balance.purchase].expired_unused = lost;
            if (alerts && alerts->at_expiry && lost > 0) event(day, "pack_expired", b, lost);
        }
    }

    // R5, R23: face verification's day, billed on its own, each line rounded on its own.
    void bill_day(Date day) {
        TimelineBill bill;
        bool any = false;
        for (std::size_t s : calls_.order) {
            if (day_postpaid_[s] == 0) continue;
            any = true;
            PeriodCharge charge = price_period(edition_.services[s], edition_.tier_basis, day_calls_of_[s], day_postpaid_[s]);
            add_line(bill, s, charge, out_.bill_lines);  // a year of daily bills keeps only their totals unless asked
        }
        if (!any) return;
        issue(bill, day, day);
        out_.months[month_].postpaid = out_.months[month_].postpaid + bill.total;
        out_.months[month_].cash = out_.months[month_].cash + bill.total;
        out_.bills.push_back(std::move(bill));
    }

    // R7, R23, R24: a month (its part inside the horizon) billed at the tier its metered calls reach.
    void end_month(Date first, Date day) {
        for (PurchaseOutcome& purchase : out_.purchases) purchase.month_end_remaining.push_back(0);
        for (const Balance& balance : balances_)
            if (balance.purchase && balance.usable_on(day))
                out_.purchases[*balance.purchase].month_end_remaining.back() = balance.draw.remaining();
        if (edition_.settlement.cycle == Cycle::daily) return;

        TimelineBill bill;
        std::vector<ServiceSummary> summaries;
        for (std::size_t s : calls_.order) {
            const Service& service = edition_.services[s];
            if (month_calls_[s] == 0) continue;
            PeriodCharge charge = price_period(service, edition_.tier_basis, month_calls_[s], month_postpaid_[s]);
            if (charge.postpaid_calls > 0) add_line(bill, s, charge);
            if (!service.postpaid) continue;
            const TierTable& table = *service.postpaid;
            if (last_tier_[s] && *last_tier_[s] != charge.tier && !table.is_flat()) {
                TimelineEvent e;
                e.date = day;
                e.code = "tier_changed";
                e.service = service.id;
                e.from_tier = *last_tier_[s];
                e.to_tier = charge.tier;
                out_.events.push_back(e);
            }
            last_tier_[s] = charge.tier;
            ServiceSummary summary;
            summary.service = service.id;
            summary.name = &service.name;
            summary.calls = month_calls_[s];
            const Tier& tier = table.tiers[charge.tier];
            summary.tier = TierReached{charge.tier, tier.from, tier.to, table.upper_bound, tier.unit_price};
            summaries.push_back(summary);
        }
        issue(bill, first, day);
        TimelineMonth& month = out_.months[month_];
        month.postpaid = bill.total;
        month.cash = bill.total;
        if (edition_.freeze_next_month) {
            bill.freeze = estimate_next_month_freeze(summaries).total;
            month.freeze = bill.freeze;
            month.cash = month.cash + *bill.freeze - released_freeze_;
            released_freeze_ = *bill.freeze;
        }
        out_.bills.push_back(std::move(bill));
    }

    void add_line(TimelineBill& bill, std::size_t s, const PeriodCharge& charge, bool keep = true) {
        if (!keep) {
            bill.total = bill.total + charge.amount.rounded_to_fen();  // R5: once per bill line
            return;
        }
        BillLine line;
        line.service = edition_.services[s].id;
        line.source = LineSource::postpaid;
        line.calls = charge.postpaid_calls;
        line.unit_price = charge.unit_price;
        line.amount = charge.amount;
        line.charged = charge.amount.rounded_to_fen();  // R5: once per bill line
        bill.total = bill.total + line.charged;
        bill.lines.push_back(line);
    }

    void issue(TimelineBill& bill, Date from, Date to) {
        bill.from = from;
        bill.to = to;
        bill.issued = to.plus_days(1);
        bill.issued_by = to.plus_days(static_cast<std::int32_t>(edition_.settlement.issue_within_days));
        out_.bills_total = out_.bills_total + bill.total;
    }

    void pay(Money amount, Money& into) {
        into = into + amount;
        out_.months[month_].purchases = out_.months[month_].purchases + amount;
    }

    void event(Date date, std::string_view code, std::size_t balance, std::optional<std::uint64_t> calls = std::nullopt) {
        TimelineEvent e;
        e.date = date;
        e.code = code;
        e.purchase = balances_[balance].purchase;
        e.service = edition_.services[balances_[balance].draw.service].id;
        e.calls = calls;
        out_.events.push_back(e);
    }

    Balance& paid_balance(std::size_t purchase) {
        for (Balance& balance : balances_)
            if (balance.purchase == purchase) return balance;
        throw std::logic_error("no balance for a purchase");
    }

    void finish() {
        for (const Balance& balance : balances_) {
            if (!balance.purchase) continue;
            PurchaseOutcome& purchase = out_.purchases[*balance.purchase];
            purchase.used = balance.draw.drawn;
            purchase.remaining = balance.usable_on(request_.end) ? balance.draw.remaining() : 0;
        }
        for (const TimelineMonth& month : out_.months) {
            out_.calls.free += month.calls.free;
            out_.calls.pack += month.calls.pack;
            out_.calls.postpaid += month.calls.postpaid;
            out_.calls.qps += month.calls.qps;
        }
        for (const QpsPlanDays& plan : calls_.qps) {
            QpsOutcome outcome;
            outcome.group = edition_.qps_groups[plan.group].id;
            outcome.qps = plan.qps;
            outcome.per = plan.per;
            outcome.from = plan.from;
            outcome.through = plan.through;
            for (const auto& payment : plan.payments) outcome.paid = outcome.paid + payment.second;
            out_.qps.push_back(outcome);
        }
        out_.total = out_.bills_total + out_.purchases_total + out_.qps_total - out_.refunds_total;
        if (std::uint64_t calls = out_.calls.total(); calls > 0) {
            // Half up to 8 places: (2 * total + calls) / (2 * calls), in 1e-8 yuan.
            Money::Units units = (2 * out_.total.units() + static_cast<Money::Units>(calls)) / (2 * static_cast<Money::Units>(calls));
            out_.average_per_call = Money::from_units(units);
        }
    }

    const Edition& edition_;
    const TimelineRequest& request_;
    TimelineResponse& out_;
    DailyCalls calls_;
    CallsByDay* postpaid_by_day_;

    std::vector<Balance> balances_;
    std::vector<std::vector<std::size_t>> free_packs_, paid_packs_;  // per service: balances in drawing order
    std::vector<PackPurchase*> drawing_;                             // scratch

    std::size_t month_ = 0;                       // index into out_.months
    std::vector<std::uint64_t> free_left_;        // per service: this month's free quota not yet used
    std::vector<std::uint64_t> month_calls_;      // per service: metered calls this month (the tier basis, R7, R27)
    std::vector<std::uint64_t> month_postpaid_;   // per service
    std::vector<std::uint64_t> day_postpaid_;     // per service: today's
    std::vector<std::uint64_t> day_calls_of_;     // per service: today's metered calls
    std::vector<std::optional<std::size_t>> last_tier_;  // per service: the tier of the last month with calls
    Money released_freeze_;
};

}  // namespace

TimelineResponse timeline(const TariffSet& tariffs, const TimelineRequest& request) {
    return timeline(tariffs, request, nullptr);
}

TimelineResponse timeline(const TariffSet& tariffs, const TimelineRequest& request, CallsByDay* postpaid_by_day) {
    const Edition& edition = resolve_edition(tariffs, request.product, request.edition);
    TimelineResponse out;
    out.account_opened = request.account_opened.value_or(request.start);
    check_settlement(edition, request.settlement, out.account_opened.to_string());
    out.product = edition.product;
    out.edition = edition.edition;
    out.settlement = edition.settlement.cycle;
    out.start = request.start;
    out.end = request.end;
    out.bill_lines = edition.settlement.cycle == Cycle::monthly || request.daily_bill_lines;
    try {
        Simulation(edition, request, out, postpaid_by_day).run();
    } catch (const std::overflow_error&) {
        throw Error("usage", ErrorCode::amounts_too_large);
    }
    return out;
}

}  // namespace tally
