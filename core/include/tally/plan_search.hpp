#pragma once
// One service's cheapest purchases over a horizon (docs/design.md "The cheapest plan"). Services are priced
// independently: a service's tier is chosen by all its metered calls (R7), whatever packs cover, and free calls
// (monthly or one-time, a shared pool split by calls, R16) are drawn before any paid pack (R1); so what one
// service buys changes no other service's bill.
#include <cstdint>
#include <optional>
#include <vector>

#include "tally/pack_cover.hpp"
#include "tally/tariff.hpp"

namespace tally {

// The calls packs could cover, as one stream: the n-th call left to postpaid by a run without purchases is call
// n of the stream; packs, drawn oldest first (R2: all expire a year after a purchase date, so the soonest to
// expire is the oldest), each cover one stretch of it.
struct ServiceDemand {
    const Service* service = nullptr;
    TierBasis basis = TierBasis::all_calls;
    std::vector<std::uint64_t> before_day;         // [day 0..days]: stream calls before that day
    std::vector<std::uint32_t> period_of_day;      // the bill (a month, or a day for daily settlement) of each day
    std::vector<std::uint64_t> before_period;      // [period 0..periods]: stream calls before its first day
    std::vector<std::uint64_t> period_metered;     // [period]: metered calls, which choose the tier (R7)
    std::vector<std::uint32_t> date_of_day;        // the latest purchase date on or before each day
    std::vector<std::uint32_t> date_first_day;     // [purchase date]: its day
    std::vector<std::uint32_t> date_last_usable;   // [purchase date]: a pack bought then is usable through (clamped)
    // Set by prepare_bills (else each search prices them): [period] the price per call in 1e-8 yuan when the
    // period's metered calls fix it, -1 when not; [period 0..periods] the bills of every earlier whole period.
    std::vector<std::int64_t> unit_of_period;
    std::vector<PlanCost> full_bills_before;
};

// Prices the demand's bills once for all its searches.
void prepare_bills(ServiceDemand& demand);

// Which purchases a search may choose.
enum class PackChoice {
    cheapest,       // the cheapest set of packs for each amount (PackCover)
    largest_first,  // as many of the largest size as fit, then the next..., one smallest for what is left
};

struct SearchLimits {
    PackChoice choice = PackChoice::cheapest;
    bool every_amount = true;                // every amount packs can hold, one pack at a time (exact), else
                                             // amounts that last to a purchase date or to the packs' expiry
    std::optional<std::uint32_t> only_date;  // buy on this purchase date only
    std::uint64_t max_steps = 300000;        // partial plans extended at most this many times, in each mode
};

struct ServicePurchase {
    std::uint32_t date = 0;  // index of the purchase date
    PackCombo combo;
};

struct ServicePlan {
    PlanCost total = 0;  // packs + this service's postpaid bills
    std::uint64_t packs = 0;
    std::uint32_t dates = 0;
    std::vector<ServicePurchase> purchases;
    bool exact = true;  // false: limits reached or amounts restricted; the plan is real, not proven cheapest
};

ServicePlan search_service(const ServiceDemand& demand, const PackCover& cover, const SearchLimits& limits);

// Every postpaid bill of the service with nothing bought.
PlanCost postpaid_only_cost(const ServiceDemand& demand);

// No plan can cost less: each stream call costs at least the lower of the cheapest pack price per call and the
// postpaid price of its bill, less half a fen of rounding per bill.
PlanCost per_call_lower_bound(const ServiceDemand& demand, const PackCover& cover);
// The same per bill period.
std::vector<PlanCost> per_call_lower_bounds(const ServiceDemand& demand, const PackCover& cover);

}  // namespace tally
