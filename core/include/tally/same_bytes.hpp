#pragma once
// Whether two short texts (names, ids, JSON keys) hold the same bytes, compared inline a word at a time. A string
// comparison is a call to memcmp, which the wasm build's C library does a byte at a time, and which wasm cannot
// expand inline for a known length as a native compiler does (docs/benchmarks.md, "the quote in wasm").
#include <cstdint>
#include <cstring>
#include <string_view>

namespace tally {

namespace detail {
template <typename Word>
inline Word word_at(const char* at) {
    Word word;
    std::memcpy(&word, at, sizeof word);  // one unaligned load (wasm and x86 both have it)
    return word;
}
}  // namespace detail

inline bool same_bytes(std::string_view a, std::string_view b) {
    std::size_t n = a.size();
    if (n != b.size()) return false;
    const char* p = a.data();
    const char* q = b.data();
    using detail::word_at;
    if (n >= 8) {
        // Whole words, then the last 8 bytes (which may overlap the words already compared).
        for (std::size_t i = 0; i + 8 < n; i += 8)
            if (word_at<std::uint64_t>(p + i) != word_at<std::uint64_t>(q + i)) return false;
        return word_at<std::uint64_t>(p + n - 8) == word_at<std::uint64_t>(q + n - 8);
    }
    if (n >= 4)
        return word_at<std::uint32_t>(p) == word_at<std::uint32_t>(q) &&
               word_at<std::uint32_t>(p + n - 4) == word_at<std::uint32_t>(q + n - 4);
    for (std::size_t i = 0; i < n; ++i)
        if (p[i] != q[i]) return false;
    return true;
}

}  // namespace tally
