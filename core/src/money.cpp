#include "tally/money.hpp"

#include "tally/wide.hpp"

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
#if defined(__wasm__)
    // Both within 32 bits (a unit price times a day's calls, a count of fen times 10^6): one 64-bit multiply. In
    // wasm, which has no wide multiply, a 128-bit product is a library call (__multi3); natively it is as cheap.
    auto fits_32 = [](Units v) { return static_cast<Units>(static_cast<std::int32_t>(v)) == v; };
    if (fits_32(a) && fits_32(b))
        return static_cast<std::int64_t>(static_cast<std::int32_t>(a)) * static_cast<std::int32_t>(b);
#endif
    // Both within 63 bits (every real amount and count): the product is within 126 and cannot overflow. The
    // checked multiply is a library call that divides to check (in wasm, a 128-bit division in plain C).
    constexpr Units kLimit = static_cast<Units>(1) << 63;
    if (a > -kLimit && a < kLimit && b > -kLimit && b < kLimit) return a * b;
    Units product;
    if (__builtin_mul_overflow(a, b, &product)) throw std::overflow_error("amount too large");
    return product;
}

// Writes the decimal form of units / 10^(8 - decimals) backwards, ending at `end`, and returns its start
// (kMaxChars bytes hold any value). With `trimmed`, trailing zeros past the second decimal are dropped (end moves
// back).
char* format_digits(Units units, int decimals, bool trimmed, char*& end) {
    Units magnitude = units < 0 ? -units : units;
    std::uint64_t scale = 1;
    for (int i = decimals; i < Money::kDecimals; ++i) scale *= 10;
    WideDivision scaled = divide(static_cast<Wide>(magnitude), scale);
    if (scaled.remainder != 0) throw std::logic_error("Money::to_string would drop digits");
    magnitude = static_cast<Units>(scaled.quotient);
    char* p = end;
    int written = 0;
    auto put = [&](int digit) {
        if (written++ == decimals && decimals > 0) *--p = '.';
        *--p = static_cast<char>('0' + digit);
    };
    while (magnitude > static_cast<Units>(UINT64_MAX)) {
        put(static_cast<int>(magnitude % 10));
        magnitude /= 10;
    }
    auto small = static_cast<std::uint64_t>(magnitude);
#if defined(__wasm__)
    // The last digits 32 bits wide: wasm divides 64 bits by a constant with a division instruction (it has no wide
    // multiply to divide by multiplying), 32 bits by a multiply. Natively both are a multiply, and the test is more
    // work (docs/benchmarks.md).
    while (small > UINT32_MAX) {
        put(static_cast<int>(small % 10));
        small /= 10;
    }
    auto last = static_cast<std::uint32_t>(small);
#else
    auto last = small;
#endif
    do {
        put(static_cast<int>(last % 10));
        last /= 10;
    } while (last > 0 || written <= decimals);
    if (units < 0) *--p = '-';
    if (trimmed)
        for (int places = decimals; places > 2 && end[-1] == '0'; --places) --end;
    return p;
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
    Units halved_up = magnitude + kUnitsPerFen / 2;
#if defined(__wasm__)
    // Under 2^38 units (2,748 yuan, most bill lines): n / 10^6 as (n / 64) / 15,625, a shift and a 32-bit division
    // by a constant, which wasm does by multiplying (a 64-bit one is a division instruction there; natively both
    // are a multiply, and the test is more work: docs/benchmarks.md).
    auto fen = halved_up < (static_cast<Units>(1) << 38)
                   ? static_cast<Units>(static_cast<std::uint32_t>(halved_up >> 6) / 15625u)
                   : static_cast<Units>(divide(static_cast<Wide>(halved_up), kUnitsPerFen).quotient);
#else
    auto fen = static_cast<Units>(divide(static_cast<Wide>(halved_up), kUnitsPerFen).quotient);
#endif
    Units rounded = checked_mul(fen, kUnitsPerFen);
    return Money(units_ < 0 ? -rounded : rounded);
}

std::string Money::to_string(int decimals) const {
    char buffer[kMaxChars];
    return std::string(format(buffer, decimals));
}

std::string Money::to_trimmed_string() const {
    char buffer[kMaxChars];
    return std::string(format(buffer, kDecimals, true));
}

std::string_view Money::format(char (&buffer)[kMaxChars], int decimals, bool trimmed) const {
    char* end = buffer + kMaxChars;
    char* start = format_digits(units_, decimals, trimmed, end);
    return std::string_view(start, static_cast<std::size_t>(end - start));
}

}  // namespace tally
