#pragma once
// An account over time (R21-R28): usage, purchases, refunds and QPS plans over a horizon of up to 1,096 days,
// simulated one day at a time. Each day's calls draw, in deduction order, on what is valid that day; monthly
// products are billed per calendar month at the tier reached, face verification per day. The pieces are the
// one-period engine's (tiers, deduction, free-quota split, rounding): only the calendar is new here.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/calendar.hpp"
#include "tally/json_node.hpp"
#include "tally/money.hpp"
#include "tally/request.hpp"
#include "tally/response.hpp"
#include "tally/tariff_set.hpp"

namespace tally {

inline constexpr std::int32_t kMaxHorizonDays = 1096;  // three years, one of them a leap year

enum class UsagePer { day, month };

// ---- The request, as the caller wrote it (names not yet resolved). README "tally timeline" documents it.

struct TimelineUsage {
    std::string service;
    std::uint64_t calls = 0;
    UsagePer per = UsagePer::month;
    // per day: dates; per month: the 1st of the month. Absent: the horizon's first and last day (month).
    std::optional<Date> from, to;
};

struct TimelinePurchase {
    std::string service;
    std::uint64_t size = 0;
    std::uint64_t count = 1;
    Date date;
};

struct TimelineRefund {
    std::size_t purchase = 0;  // index into purchases
    Date date;
};

struct TimelineQps {
    std::string group;
    std::uint64_t qps = 0;
    QpsPer per = QpsPer::month;
    Date date;
    std::uint64_t periods = 1;  // months (per month) or days (per day)
};

struct TimelineRequest {
    std::string product;
    std::optional<std::string> edition;
    std::optional<std::string> settlement;
    Date start, end;
    std::optional<Date> account_opened;  // default: start
    bool free_quota = true;
    bool daily_bill_lines = false;  // face verification: every daily bill's lines (else each bill's total only)
    std::vector<TimelineUsage> usage;
    std::vector<TimelinePurchase> purchases;
    std::vector<TimelineRefund> refunds;
    std::vector<TimelineQps> qps;
};

TimelineRequest read_timeline_request(const JsonNode& node);
TimelineRequest parse_timeline_request(std::string_view text);

// ---- The answer.

struct CallsBySource {
    std::uint64_t free = 0, pack = 0, postpaid = 0, qps = 0;
    std::uint64_t total() const { return free + pack + postpaid + qps; }
};

struct TimelineMonth {
    YearMonth month;
    CallsBySource calls;
    Money postpaid;                // the month's bill, or the sum of its daily bills
    Money purchases;               // packs and QPS plans paid in the month, less refunds made in it
    std::optional<Money> freeze;   // frozen at the month's bill (R24)
    Money cash;                    // paid on the bill date(s): the bill + the new freeze - the freeze released
};

struct PurchaseOutcome {
    std::string_view service;
    std::uint64_t size = 0, count = 1;
    Date date, expires;  // expires: the last usable day (R21)
    Money price;
    std::uint64_t used = 0, remaining = 0, expired_unused = 0;
    std::optional<Date> refundable_until;
    std::optional<Date> refunded;
    std::vector<std::uint64_t> month_end_remaining;  // one per month of the answer
};

struct QpsOutcome {
    std::string_view group;
    std::uint64_t qps = 0;
    QpsPer per = QpsPer::month;
    Date from, through;  // the days covered
    Money paid;          // the part paid inside the horizon
};

struct TimelineEvent {
    Date date;
    std::string_view code;
    std::optional<std::size_t> purchase;  // its index in the request
    std::optional<std::string_view> service;
    std::optional<std::uint64_t> calls;  // calls left (pack events), or lost (expiry)
    std::optional<std::size_t> from_tier, to_tier;
};

struct TimelineBill {
    Date from, to;  // the period billed
    Date issued, issued_by;
    std::vector<BillLine> lines;
    Money total;
    std::optional<Money> freeze;
};

struct TimelineResponse {
    std::string_view product, edition;
    Cycle settlement = Cycle::monthly;
    Date start, end, account_opened;
    Money total, bills_total, purchases_total, qps_total, refunds_total;
    CallsBySource calls;
    std::optional<Money> average_per_call;  // total / calls, 8 places, half up
    std::vector<TimelineMonth> months;
    std::vector<PurchaseOutcome> purchases;
    std::vector<QpsOutcome> qps;
    std::vector<TimelineEvent> events;
    std::vector<TimelineBill> bills;
    bool bill_lines = true;  // false: daily bills listed by their totals only
};

TimelineResponse timeline(const TariffSet& tariffs, const TimelineRequest& request);

// [service][day]: the calls that went to postpaid each day (empty for a service the request never names). A
// planner reads this from a run without purchases: what packs could cover once the free calls are drawn.
using CallsByDay = std::vector<std::vector<std::uint64_t>>;
TimelineResponse timeline(const TariffSet& tariffs, const TimelineRequest& request, CallsByDay* postpaid_by_day);

void write_timeline(const TimelineResponse& response, std::string& out, NonAscii non_ascii = NonAscii::utf8,
                    Layout layout = Layout::compact);

}  // namespace tally
