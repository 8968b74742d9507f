#pragma once
// 128-bit division done 64 bits wide where both values fit, as every real amount and count does: a 128-bit
// division is a library call, and in WebAssembly (which has no wide multiply or divide) a slow one.
#include <cstdint>

namespace tally {

using Wide = unsigned __int128;

struct WideDivision {
    Wide quotient;
    Wide remainder;
};

inline WideDivision divide(Wide dividend, Wide divisor) {
    if ((dividend >> 64) == 0 && (divisor >> 64) == 0) {
        auto n = static_cast<std::uint64_t>(dividend), d = static_cast<std::uint64_t>(divisor);
        return {n / d, n % d};
    }
    return {dividend / divisor, dividend % divisor};
}

}  // namespace tally
