#include "tally/calendar.hpp"

#include <algorithm>

namespace tally {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms), for years 0..9999.
std::int32_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int era = y / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil {
    int year, month, day;
};

Civil civil_from_days(std::int32_t z) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp + (mp < 10 ? 3 : -9);
    return {yoe + era * 400 + (m <= 2), m, d};
}

bool digits(std::string_view text, std::size_t from, std::size_t count, int& out) {
    out = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        out = out * 10 + (text[i] - '0');
    }
    return true;
}

void append_padded(std::string& out, int value, int width) {
    std::string digits = std::to_string(value);
    out.append(static_cast<std::size_t>(width) - std::min<std::size_t>(digits.size(), static_cast<std::size_t>(width)), '0');
    out += digits;
}

}  // namespace

int days_in_month(YearMonth m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[m.month - 1] + (m.month == 2 && is_leap(m.year) ? 1 : 0);
}

std::optional<Date> Date::from_civil(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > days_in_month({year, month}))
        return std::nullopt;
    return Date(days_from_civil(year, month, day));
}

std::optional<Date> Date::parse(std::string_view text) {
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    if (!digits(text, 0, 4, y) || !digits(text, 5, 2, m) || !digits(text, 8, 2, d)) return std::nullopt;
    return from_civil(y, m, d);
}

int Date::year() const { return civil_from_days(days_).year; }
int Date::month() const { return civil_from_days(days_).month; }
int Date::day() const { return civil_from_days(days_).day; }
YearMonth Date::year_month() const {
    Civil c = civil_from_days(days_);
    return {c.year, c.month};
}

std::string_view Date::format(char (&buffer)[10]) const {
    Civil c = civil_from_days(days_);
    auto put = [&](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10) buffer[at + i] = static_cast<char>('0' + value % 10);
    };
    put(0, c.year, 4);
    buffer[4] = '-';
    put(5, c.month, 2);
    buffer[7] = '-';
    put(8, c.day, 2);
    return std::string_view(buffer, 10);
}

std::string Date::to_string() const {
    char buffer[10];
    return std::string(format(buffer));
}

Date Date::plus_months(int months) const {
    Civil c = civil_from_days(days_);
    int index = c.year * 12 + (c.month - 1) + months;
    YearMonth target{index / 12, index % 12 + 1};
    int day = std::min(c.day, days_in_month(target));
    return Date(days_from_civil(target.year, target.month, day));
}

Date first_day(YearMonth m) { return Date::from_days(days_from_civil(m.year, m.month, 1)); }
Date last_day(YearMonth m) { return Date::from_days(days_from_civil(m.year, m.month, days_in_month(m))); }
YearMonth next_month(YearMonth m) { return m.month == 12 ? YearMonth{m.year + 1, 1} : YearMonth{m.year, m.month + 1}; }

std::string to_string(YearMonth m) {
    std::string out;
    append_padded(out, m.year, 4);
    out += '-';
    append_padded(out, m.month, 2);
    return out;
}

std::optional<YearMonth> parse_year_month(std::string_view text) {
    int y = 0, m = 0;
    if (text.size() != 7 || text[4] != '-' || !digits(text, 0, 4, y) || !digits(text, 5, 2, m)) return std::nullopt;
    if (y < 1 || m < 1 || m > 12) return std::nullopt;
    return YearMonth{y, m};
}

}  // namespace tally
