#pragma once
// A quote for one settlement period: the building block the page, the docs embed, a multi-month simulation
// and a plan optimiser all call. Pure: no I/O.
#include "tally/bill.hpp"
#include "tally/request.hpp"
#include "tally/response.hpp"
#include "tally/tariff_set.hpp"

namespace tally {

// Throws Error (with the request path at fault) for any bad input; never returns a half-computed quote.
QuoteResponse quote(const TariffSet& tariffs, const QuoteRequest& request);

// The request checked and resolved against its edition, as quote() starts: for compute_bill and its tests.
// Throws Error as quote() does.
ResolvedRequest resolve(const TariffSet& tariffs, const QuoteRequest& request);

}  // namespace tally
