#include "tally/freeze.hpp"

namespace tally {

Freeze estimate_next_month_freeze(const std::vector<ServiceSummary>& services) {
    Freeze freeze;
    for (const auto& s : services) {
        if (!s.tier || s.calls == 0) continue;
        BillLine line;
        line.service = s.service;
        line.source = LineSource::postpaid;
        line.calls = s.calls;
        line.unit_price = s.tier->unit_price;
        line.amount = line.unit_price.times(s.calls);
        line.charged = line.amount.rounded_to_fen();
        freeze.total = freeze.total + line.charged;
        freeze.lines.push_back(line);
    }
    return freeze;
}

}  // namespace tally
