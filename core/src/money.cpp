#include "tally/money.hpp"

#include <stdexcept>

namespace tally {
namespace {

using Units = Money::Units;

Units checked_add(Units a, Units b) {
    Units sum;
    if (__builtin_add_overflow(a, b, &sum)) throw std::overflow_error("amount too large");
    return sum;
}

Units checked_mul(Units a, Units b) {
    Units product;
    if (__builtin_mul_overflow(a, b, &product)) throw std::overflow_error("amount too large");
    return product;
}

// value >= 0. 64-bit division where the value allows (every real amount): 128-bit division is a library call.
std::string digits_of(Units value) {
    char buffer[40];
    char* end = buffer + sizeof buffer;
    char* p = end;
    while (value > static_cast<Units>(UINT64_MAX)) {
        *--p = static_cast<char>('0' + static_cast<int>(value % 10));
        value /= 10;
    }
    auto small = static_cast<std::uint64_t>(value);
    do {
        *--p = static_cast<char>('0' + small % 10);
        small /= 10;
    } while (small > 0);
    return std::string(p, end);
}

}  // namespace

Money Money::from_yuan(std::int64_t yuan) { return Money(checked_mul(yuan, kUnitsPerYuan)); }

std::optional<Money> Money::parse(std::string_view text, int max_decimals) {
    if (text.empty() || text.size() > 40) return std::nullopt;
    std::size_t dot = text.find('.');
    std::string_view whole = text.substr(0, dot);
    std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    if (whole.empty() || (whole.size() > 1 && whole[0] == '0')) return std::nullopt;
    if (dot != std::string_view::npos && (fraction.empty() || fraction.size() > static_cast<std::size_t>(max_decimals)))
        return std::nullopt;
    Units units = 0;
    try {
        for (char c : whole) {
            if (c < '0' || c > '9') return std::nullopt;
            units = checked_add(checked_mul(units, 10), c - '0');
        }
        units = checked_mul(units, kUnitsPerYuan);
        Units place = kUnitsPerYuan;
        for (char c : fraction) {
            if (c < '0' || c > '9') return std::nullopt;
            place /= 10;
            units = checked_add(units, checked_mul(place, c - '0'));
        }
    } catch (const std::overflow_error&) {
        return std::nullopt;
    }
    return Money(units);
}

Money Money::operator+(Money other) const { return Money(checked_add(units_, other.units_)); }

Money Money::operator-(Money other) const {
    Units difference;
    if (__builtin_sub_overflow(units_, other.units_, &difference)) throw std::overflow_error("amount too large");
    return Money(difference);
}

Money Money::times(std::uint64_t count) const { return Money(checked_mul(units_, static_cast<Units>(count))); }

Money Money::divided_exactly(std::uint64_t divisor) const {
    if (divisor == 0 || units_ % static_cast<Units>(divisor) != 0) throw std::domain_error("inexact division");
    return Money(units_ / static_cast<Units>(divisor));
}

Money Money::rounded_to_fen() const {
    // Half up on the magnitude; amounts on a bill are never negative, but keep the rule symmetric.
    Units magnitude = units_ < 0 ? -units_ : units_;
    Units fen = (magnitude + kUnitsPerFen / 2) / kUnitsPerFen;
    Units rounded = checked_mul(fen, kUnitsPerFen);
    return Money(units_ < 0 ? -rounded : rounded);
}

std::string Money::to_string(int decimals) const {
    Units magnitude = units_ < 0 ? -units_ : units_;
    Units scale = 1;
    for (int i = decimals; i < kDecimals; ++i) scale *= 10;
    if (magnitude % scale != 0) throw std::logic_error("Money::to_string would drop digits");
    magnitude /= scale;
    std::string digits = digits_of(magnitude);
    if (static_cast<int>(digits.size()) <= decimals) digits.insert(0, decimals + 1 - digits.size(), '0');
    if (decimals > 0) digits.insert(digits.size() - decimals, 1, '.');
    if (units_ < 0) digits.insert(0, 1, '-');
    return digits;
}

std::string Money::to_trimmed_string() const {
    std::string full = to_string(kDecimals);
    std::size_t keep = full.size();
    std::size_t dot = full.find('.');
    while (keep > dot + 3 && full[keep - 1] == '0') --keep;
    return full.substr(0, keep);
}

}  // namespace tally
