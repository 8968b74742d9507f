#pragma once
// Exact money (R5): an integer count of 1e-8 yuan in a 128-bit integer. Every add and multiply is checked;
// nothing here ever touches binary floating point. Amounts enter and leave as decimal strings.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tally {

class Money {
public:
    using Units = __int128;
    static constexpr int kDecimals = 8;
    static constexpr std::int64_t kUnitsPerYuan = 100000000;  // 1e8
    static constexpr std::int64_t kUnitsPerFen = 1000000;     // 1e6

    constexpr Money() = default;
    static constexpr Money from_units(Units units) { return Money(units); }
    static Money from_yuan(std::int64_t yuan);

    // Parses a plain non-negative decimal ("0.0025", "17000", "1.2"); at most `max_decimals` places.
    // Returns nullopt for anything else (signs, exponents, spaces, separators, too many places).
    static std::optional<Money> parse(std::string_view text, int max_decimals = kDecimals);

    constexpr Units units() const { return units_; }
    constexpr bool is_zero() const { return units_ == 0; }

    // Checked arithmetic; throws std::overflow_error (the quote turns it into an Error at its path).
    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money times(std::uint64_t count) const;
    // Exact division by a whole count; throws std::domain_error when not exact.
    Money divided_exactly(std::uint64_t divisor) const;

    // R5: to the fen, half up, once per bill line.
    Money rounded_to_fen() const;

    std::string to_string(int decimals = kDecimals) const;  // fixed places; must not lose digits
    std::string to_fen_string() const { return rounded_to_fen().to_string(2); }
    // Shortest exact form with at least two places: "0.0025", "1.20", "17000.00".
    std::string to_trimmed_string() const;
    // to_string(decimals) (or, trimmed, to_trimmed_string()) written into `buffer`, with no string made: a view
    // of its end.
    static constexpr std::size_t kMaxChars = 48;  // any value, to any places
    std::string_view format(char (&buffer)[kMaxChars], int decimals, bool trimmed = false) const;

    friend constexpr bool operator==(Money a, Money b) { return a.units_ == b.units_; }
    friend constexpr bool operator!=(Money a, Money b) { return a.units_ != b.units_; }
    friend constexpr bool operator<(Money a, Money b) { return a.units_ < b.units_; }
    friend constexpr bool operator>(Money a, Money b) { return a.units_ > b.units_; }
    friend constexpr bool operator<=(Money a, Money b) { return a.units_ <= b.units_; }
    friend constexpr bool operator>=(Money a, Money b) { return a.units_ >= b.units_; }

private:
    constexpr explicit Money(Units units) : units_(units) {}
    Units units_ = 0;
};

}  // namespace tally
