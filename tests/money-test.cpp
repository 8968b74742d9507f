#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

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
        CHECK(huge + huge + huge == Money::from_units(static_cast<Money::Units>(3) << 125));  // 3 x 2^125 < 2^127
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

namespace {

using Units = Money::Units;

// The textbook way, one digit at a time in 128 bits: what to_string and to_trimmed_string must agree with.
std::string long_division(Units units, int decimals, bool trimmed) {
    auto magnitude = static_cast<unsigned __int128>(units < 0 ? -units : units);
    std::string digits;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude > 0);
    digits.insert(0, std::string(digits.size() < 9 ? 9 - digits.size() : 0, '0'));  // at least 0.00000000
    std::string out = digits.substr(0, digits.size() - 8) + "." + digits.substr(digits.size() - 8);
    int places = 8;
    while (places > decimals || (trimmed && places > 2 && out.back() == '0')) {
        out.pop_back();
        --places;
    }
    if (out.back() == '.') out.pop_back();
    return (units < 0 ? "-" : "") + out;
}

}  // namespace

TEST_CASE("Amounts of any size are written as long division writes them", "[money]") {
    std::mt19937_64 random(20261126);
    std::vector<Units> values = {0, 1, -1, 99999999, 100000000, static_cast<Units>(UINT32_MAX), static_cast<Units>(UINT64_MAX),
                                 static_cast<Units>(UINT64_MAX) + 1, static_cast<Units>(1) << 125,
                                 -(static_cast<Units>(1) << 125)};
    for (int i = 0; i < 3000; ++i) {
        auto value = static_cast<Units>((static_cast<unsigned __int128>(random()) << 64 | random()) >> (random() % 127));
        values.push_back(i % 2 ? value : -value);
    }
    for (Units value : values) {
        for (int decimals = 0; decimals <= 8; ++decimals) {
            Units scale = 1;
            for (int k = decimals; k < 8; ++k) scale *= 10;
            Units exact = value / scale * scale;  // to_string never drops digits: it throws instead
            INFO(long_division(exact, 8, false) << " to " << decimals << " places");
            CHECK(Money::from_units(exact).to_string(decimals) == long_division(exact, decimals, false));
        }
        CHECK(Money::from_units(value).to_trimmed_string() == long_division(value, 8, true));
    }
}

TEST_CASE("Checked multiplication agrees with the compiler's overflow check on either side of its quick path",
          "[money]") {
    std::mt19937_64 random(20261127);
    const Units two63 = static_cast<Units>(1) << 63;
    const std::vector<Units> edges = {two63 - 1, two63, 2 * two63 - 1, 2 * two63, two63 * two63 / 4, two63 * 4};
    const std::vector<std::uint64_t> counts = {3, (1ULL << 63) - 1, 1ULL << 63, UINT64_MAX};
    for (int i = 0; i < 20000 + 2 * 6 * 4; ++i) {
        auto a = static_cast<Units>((static_cast<unsigned __int128>(random()) << 64 | random()) >> (random() % 127 + 1));
        std::uint64_t b = random() >> (random() % 64);
        if (i >= 20000) {  // either side of 2^63, where the quick path stops
            int k = i - 20000;
            a = edges[k / 2 % 6];
            b = counts[k / 12];
        }
        if (i % 3 == 0) a = -a;
        Units expected;
        bool overflows = __builtin_mul_overflow(a, static_cast<Units>(b), &expected);
        INFO(long_division(a, 8, false) << " yuan x " << b);
        if (overflows) {
            CHECK_THROWS_AS(Money::from_units(a).times(b), std::overflow_error);
        } else {
            CHECK(Money::from_units(a).times(b).units() == expected);
        }
    }
}
