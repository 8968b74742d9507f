#pragma once
// Calendar dates as whole days (the proleptic Gregorian calendar), for an account that lives over months and
// years: a pack bought on a date lasts to the same date a year later, a monthly QPS plan to the day before the
// same date next month, a month's calls are spread over its real number of days.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tally {

struct YearMonth {
    int year = 1970;
    int month = 1;  // 1..12

    friend constexpr bool operator==(YearMonth a, YearMonth b) { return a.year == b.year && a.month == b.month; }
    friend constexpr bool operator<(YearMonth a, YearMonth b) {
        return a.year != b.year ? a.year < b.year : a.month < b.month;
    }
    friend constexpr bool operator<=(YearMonth a, YearMonth b) { return !(b < a); }
};

class Date {
public:
    constexpr Date() = default;
    static constexpr Date from_days(std::int32_t days) { return Date(days); }
    // The date, or nullopt when there is no such day (2026-02-30, month 13).
    static std::optional<Date> from_civil(int year, int month, int day);
    // "YYYY-MM-DD", nullopt for any other text or a day that does not exist.
    static std::optional<Date> parse(std::string_view text);

    constexpr std::int32_t days() const { return days_; }
    int year() const;
    int month() const;
    int day() const;
    YearMonth year_month() const;
    std::string to_string() const;  // YYYY-MM-DD
    // The same written into `buffer`, with no string made: a view of it.
    std::string_view format(char (&buffer)[10]) const;

    Date plus_days(std::int32_t n) const { return Date(days_ + n); }
    // The same day of the month `months` later; a day the target month lacks becomes its last day
    // (29 February plus a year is 28 February).
    Date plus_months(int months) const;
    Date plus_years(int years) const { return plus_months(12 * years); }

    friend constexpr bool operator==(Date a, Date b) { return a.days_ == b.days_; }
    friend constexpr bool operator!=(Date a, Date b) { return a.days_ != b.days_; }
    friend constexpr bool operator<(Date a, Date b) { return a.days_ < b.days_; }
    friend constexpr bool operator<=(Date a, Date b) { return a.days_ <= b.days_; }
    friend constexpr bool operator>(Date a, Date b) { return a.days_ > b.days_; }
    friend constexpr bool operator>=(Date a, Date b) { return a.days_ >= b.days_; }

private:
    constexpr explicit Date(std::int32_t days) : days_(days) {}
    std::int32_t days_ = 0;  // days since 1970-01-01
};

int days_in_month(YearMonth month);
Date first_day(YearMonth month);
Date last_day(YearMonth month);
YearMonth next_month(YearMonth month);
std::string to_string(YearMonth month);  // YYYY-MM
std::optional<YearMonth> parse_year_month(std::string_view text);

}  // namespace tally
