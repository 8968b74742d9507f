// core/src/calendar.cpp: dates as days, the calendar year of a pack (R21), months of their real length (R22).
#include <catch2/catch.hpp>

#include "tally/calendar.hpp"

using tally::Date;
using tally::YearMonth;

namespace {

Date date(const char* text) {
    auto parsed = Date::parse(text);
    REQUIRE(parsed);
    return *parsed;
}

}  // namespace

TEST_CASE("Dates are days since 1970-01-01", "[calendar]") {
    CHECK(date("1970-01-01").days() == 0);
    // 56 years, 14 of them leap (1972 ... 2024): 56 x 365 + 14.
    CHECK(date("2026-01-01").days() == 20454);
    CHECK(date("2026-03-01").days() - date("2026-02-28").days() == 1);
    CHECK(date("2028-03-01").days() - date("2028-02-28").days() == 2);
    CHECK(date("2029-02-28").to_string() == "2029-02-28");
    CHECK(Date::from_days(20454).to_string() == "2026-01-01");
    // Every day of four years survives the round trip text -> days -> text.
    for (std::int32_t d = date("2027-01-01").days(); d < date("2031-01-01").days(); ++d)
        REQUIRE(date(Date::from_days(d).to_string().c_str()).days() == d);
}

TEST_CASE("Only real dates parse", "[calendar]") {
    for (const char* bad : {"2026-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
                            "2026-1-01", "26-01-01", "2026/01/01", "2026-01-01 ", "", "0000-01-01"})
        CHECK_FALSE(Date::parse(bad));
    CHECK(Date::parse("2028-02-29"));
    CHECK(Date::parse("2000-02-29"));
    CHECK_FALSE(Date::parse("1900-02-29"));
    CHECK(tally::parse_year_month("2026-12"));
    CHECK_FALSE(tally::parse_year_month("2026-13"));
    CHECK_FALSE(tally::parse_year_month("2026-1"));
}

TEST_CASE("A year later is the same calendar date, 29 February the 28th (R21)", "[calendar]") {
    CHECK(date("2021-05-06").plus_years(1).to_string() == "2022-05-06");  // 004 L670
    CHECK(date("2028-02-29").plus_years(1).to_string() == "2029-02-28");
    CHECK(date("2028-02-28").plus_years(1).to_string() == "2029-02-28");
    CHECK(date("2026-12-31").plus_years(1).to_string() == "2027-12-31");
    CHECK(date("2027-03-01").plus_years(1).to_string() == "2028-03-01");
}

TEST_CASE("A month later keeps the day where the month has it", "[calendar]") {
    CHECK(date("2026-01-15").plus_months(1).to_string() == "2026-02-15");
    CHECK(date("2026-01-31").plus_months(1).to_string() == "2026-02-28");
    CHECK(date("2028-01-31").plus_months(1).to_string() == "2028-02-29");
    CHECK(date("2026-12-20").plus_months(1).to_string() == "2027-01-20");
    CHECK(date("2026-03-31").plus_months(-1).to_string() == "2026-02-28");
}

TEST_CASE("Months have their real number of days", "[calendar]") {
    CHECK(tally::days_in_month(YearMonth{2026, 2}) == 28);
    CHECK(tally::days_in_month(YearMonth{2028, 2}) == 29);
    CHECK(tally::days_in_month(YearMonth{2100, 2}) == 28);
    CHECK(tally::days_in_month(YearMonth{2000, 2}) == 29);
    CHECK(tally::days_in_month(YearMonth{2026, 12}) == 31);
    CHECK(tally::days_in_month(YearMonth{2026, 11}) == 30);
    CHECK(tally::to_string(tally::next_month(YearMonth{2026, 12})) == "2027-01");
    CHECK(tally::last_day(YearMonth{2026, 2}).to_string() == "2026-02-28");
    CHECK(tally::first_day(YearMonth{2026, 2}).to_string() == "2026-02-01");
}
