#pragma once
#include <string>

#include "tally/response.hpp"
#include "tally/tariff_set.hpp"

namespace tally::cli {

// The quote as a bill a person reads in a terminal: lines in deduction order, total, range, freeze, warnings.
std::string text_report(const TariffSet& tariffs, const QuoteResponse& response);

}  // namespace tally::cli
