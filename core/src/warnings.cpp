#include "tally/warnings.hpp"

namespace tally {
namespace {

std::string yuan(Money m) { return "¥" + m.to_fen_string(); }

const ServiceSummary* summary_of(const QuoteResponse& response, std::string_view id) {
    for (const auto& s : response.services)
        if (s.service == id) return &s;
    return nullptr;
}

}  // namespace

void add_tier_cliffs(const ResolvedRequest& request, QuoteResponse& response) {
    const Edition& edition = *request.edition;
    if (edition.settlement.cycle != Cycle::monthly) return;
    std::optional<ResolvedRequest> more;  // the request with one service's calls raised; copied once, put back after
    for (std::size_t s : request.order) {
        const Service& service = edition.services[s];
        const ServiceSummary* summary = summary_of(response, service.id);
        if (!service.postpaid || !summary->tier || summary->postpaid_calls == 0) continue;
        const TierTable& table = *service.postpaid;
        std::uint64_t basis =
            edition.tier_basis == TierBasis::all_calls ? summary->calls : summary->postpaid_calls;
        Money current = summary->tier->unit_price.times(summary->postpaid_calls);
        for (std::size_t t = summary->tier->index + 1; t < table.tiers.size(); ++t) {
            std::uint64_t extra = table.first_count_in(t) - basis;
            if (summary->calls + extra > kMaxCalls) break;
            // Cheap screen first; only a plausible drop is re-quoted in full (the pool split may move too).
            Money estimate = table.tiers[t].unit_price.times(summary->postpaid_calls + extra);
            if (estimate >= current) continue;
            if (!more) more = request;
            more->calls[s] = request.calls[s] + extra;
            Money total = compute_bill(*more, SharedSplit::proportional, Detail::total_only).total;
            more->calls[s] = request.calls[s];
            if (total >= response.total) continue;
            Warning w;
            w.code = "tier_cliff";
            w.service = service.id;
            w.extra_calls = extra;
            w.saving = response.total - total;
            w.message = std::to_string(extra) + " more calls of " + service.name.en + " would lower this bill by " +
                        yuan(*w.saving) + ": volume tiers price every call at the tier reached";
            response.warnings.push_back(w);
            break;
        }
    }
}

void add_pack_warnings(const ResolvedRequest& request, QuoteResponse& response) {
    const Edition& edition = *request.edition;
    for (std::size_t s : request.order) {
        const Service& service = edition.services[s];
        const ServiceSummary* summary = summary_of(response, service.id);
        std::uint64_t capacity = 0;
        bool any = false;
        for (const auto& p : request.packs) {
            if (p.service != s) continue;
            any = true;
            capacity += p.capacity;
            Money postpaid_cost = summary->tier ? summary->tier->unit_price.times(p.capacity) : Money();
            if (summary->tier && p.price() > postpaid_cost) {
                Warning w;
                w.code = "pack_dearer_than_postpaid";
                w.service = service.id;
                w.size = p.pack->calls;
                w.postpaid_unit_price = summary->tier->unit_price;
                w.saving = p.price() - postpaid_cost;  // for the whole purchase: every pack of it
                w.message = std::to_string(p.count) + " x " + std::to_string(p.pack->calls) + "-call packs of " +
                            service.name.en + " cost " + yuan(p.price()) + ", " + yuan(*w.saving) +
                            " more than the same calls postpaid at the tier this usage reaches";
                response.warnings.push_back(w);
            }
        }
        if (!any) continue;
        if (summary->qps_group) {
            Warning w;
            w.code = "pack_unused_on_qps";
            w.service = service.id;
            w.unused_calls = capacity;
            w.message = service.name.en + " is on a QPS plan, so its calls are not metered and its packs are not drawn (R13)";
            response.warnings.push_back(w);
            continue;
        }
        if (capacity > summary->pack_calls) {
            Warning w;
            w.code = "pack_larger_than_usage";
            w.service = service.id;
            w.unused_calls = capacity - summary->pack_calls;
            w.message = std::to_string(*w.unused_calls) + " pack calls of " + service.name.en +
                        " are not used this period; packs stay valid for " +
                        std::to_string(edition.pack_rules.valid_years) + " year(s) from purchase (R3)";
            response.warnings.push_back(w);
        }
    }
}

void add_qps_notes(const ResolvedRequest& request, QuoteResponse& response) {
    // R13 unmeters the group's calls; a plan bought for fewer days than the month leaves the other days'
    // calls metered, and which calls fall on which day is not in the request.
    const Edition& edition = *request.edition;
    for (const auto& plan : request.qps) {
        if (plan.per != QpsPer::day || plan.days >= 28) continue;
        Warning w;
        w.code = "qps_partial_month";
        w.service = edition.qps_groups[plan.group].id;
        w.message = "the QPS plan covers " + std::to_string(plan.days) +
                    " days; calls on the other days of the month are billed per call, which this quote does not "
                    "split out (R13)";
        response.warnings.push_back(w);
    }
}

void add_free_quota_notes(const ResolvedRequest& request, QuoteResponse& response) {
    const Edition& edition = *request.edition;
    for (const auto& pool : edition.free_quota) {
        if (!pool.condition || !is_eligible(pool, request.eligibility)) continue;
        for (std::size_t s : pool.services) {
            const ServiceSummary* summary = summary_of(response, edition.services[s].id);
            if (!summary || summary->free_calls == 0) continue;
            Warning w;
            w.code = "free_quota_condition";
            w.service = edition.services[s].id;
            w.message = "the free calls of " + edition.services[s].name.en + " assume: " + pool.condition->en;
            response.warnings.push_back(w);
        }
    }
}

}  // namespace tally
