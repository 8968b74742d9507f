#include <catch2/catch.hpp>

#include "tally/money.hpp"

using tally::Money;

TEST_CASE("Money parses plain decimals exactly", "[money]") {
    SECTION("per-call and per-thousand prices") {
        CHECK(Money::parse("0.0025")->units() == 250000);
        CHECK(Money::parse("17000")->units() == static_cast<Money::Units>(17000) * 100000000);
        CHECK(Money::parse("0.00000001")->units() == 1);
        CHECK(Money::parse("1.2")->to_string(8) == "1.20000000");
    }
    SECTION("rejects what is not a plain decimal") {
        for (const char* bad : {"", "-1", "+1", "1e3", "1.", ".5", "01", "1,000", " 1", "1 ", "0.000000001", "abc",
                                "1.2.3", "NaN", "Infinity", "１"}) {
            INFO(bad);
            CHECK_FALSE(Money::parse(bad).has_value());
        }
    }
    SECTION("rejects numbers too large for 128 bits") {
        CHECK_FALSE(Money::parse("9999999999999999999999999999999999").has_value());
    }
}

TEST_CASE("Rounding to the fen is half up, once (R5)", "[money]") {
    // Boundary table: just under half a fen, exactly half, just over.
    struct Row { const char* exact; const char* charged; };
    Row rows[] = {
        {"4.51499999", "4.51"}, {"4.515", "4.52"}, {"4.51500001", "4.52"},
        {"0.0049", "0.00"},     {"0.005", "0.01"}, {"0.0105", "0.01"},
        {"5997.998", "5998.00"}, {"0", "0.00"},    {"0.01", "0.01"},
    };
    for (const auto& row : rows) {
        INFO(row.exact);
        CHECK(Money::parse(row.exact)->to_fen_string() == row.charged);
    }
}

TEST_CASE("Money formats and computes exactly", "[money]") {
    Money price = *Money::parse("0.0035");
    SECTION("1,290 calls at 0.0035 are exactly 4.515 (a double gives 4.514999...)") {
        CHECK(price.times(1290).to_string(8) == "4.51500000");
        CHECK(price.times(1290).to_fen_string() == "4.52");
    }
    SECTION("trimmed form keeps at least two places") {
        CHECK(price.to_trimmed_string() == "0.0035");
        CHECK(Money::parse("1.2")->to_trimmed_string() == "1.20");
        CHECK(Money::parse("11000")->to_trimmed_string() == "11000.00");
        CHECK(Money().to_trimmed_string() == "0.00");
    }
    SECTION("10^15 calls at the dearest price still fit") {
        CHECK(Money::parse("75")->times(1000000000000000ULL).to_string(2) == "75000000000000000.00");
    }
    SECTION("overflow is an error, never a wrapped number") {
        Money huge = Money::from_units(static_cast<Money::Units>(1) << 125);
        CHECK_THROWS_AS(huge.times(1ULL << 20), std::overflow_error);
        CHECK_NOTHROW(huge + huge + huge);
        CHECK_THROWS_AS(huge + huge + huge + huge, std::overflow_error);
    }
    SECTION("exact division only") {
        CHECK(Money::parse("2.5")->divided_exactly(1000).to_trimmed_string() == "0.0025");
        CHECK_THROWS_AS(Money::parse("0.00000001")->divided_exactly(1000), std::domain_error);
    }
    SECTION("a fixed-place string never silently drops digits") {
        CHECK_THROWS(Money::parse("0.005")->to_string(2));
    }
}
