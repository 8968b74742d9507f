#pragma once
// A timeline request's calls laid out day by day (R22), and the days its QPS plans cover (R27): what the
// simulation reads each day, resolved and checked before a single call is priced.
#include <cstdint>
#include <optional>
#include <vector>

#include "tally/calendar.hpp"
#include "tally/money.hpp"
#include "tally/tariff.hpp"
#include "tally/timeline.hpp"

namespace tally {

struct QpsPlanDays {
    std::size_t request = 0;  // index in the request's qps
    std::size_t group = 0;
    std::uint64_t qps = 0;
    QpsPer per = QpsPer::month;
    Date from, through;                          // the days covered, past the horizon included
    std::vector<std::pair<Date, Money>> payments;  // each period's price on its first day, inside the horizon only
};

struct DailyCalls {
    Date start;
    std::int32_t days = 0;
    std::vector<std::size_t> order;                  // services in the order the request names them
    std::vector<std::vector<std::uint64_t>> calls;   // [service][day]; empty for services not named
    std::vector<std::vector<bool>> unmetered;        // [service][day]: on a QPS plan that day; empty when never
    std::vector<QpsPlanDays> qps;

    std::uint64_t on(std::size_t service, std::int32_t day) const {
        return calls[service].empty() ? 0 : calls[service][static_cast<std::size_t>(day)];
    }
    bool is_unmetered(std::size_t service, std::int32_t day) const {
        return !unmetered[service].empty() && unmetered[service][static_cast<std::size_t>(day)];
    }
};

// Throws Error naming the field: unknown services or groups, more than 10^15 calls of a service on a day, QPS
// plans of one group that overlap, a QPS count the group does not sell.
DailyCalls lay_out_calls(const Edition& edition, const TimelineRequest& request);

}  // namespace tally
