#pragma once
// Valid UTF-8 as JSON text must hold it (RFC 3629, as nlohmann's lexer checked it): no overlong forms, no
// surrogates, nothing past U+10FFFF. Shared by the JSON parser, the quick request reader and name folding.
#include <cstddef>
#include <string>
#include <string_view>

namespace tally {

// The length of the multi-byte sequence that starts at text[i] (a byte >= 0x80), or 0 when it is not valid or
// is cut short by the end of the text.
inline std::size_t utf8_sequence(std::string_view text, std::size_t i) {
    auto c = static_cast<unsigned char>(text[i]);
    std::size_t more = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
    if (more == 0 || i + more >= text.size()) return 0;
    auto second = static_cast<unsigned char>(text[i + 1]);
    unsigned char low = (c == 0xE0) ? 0xA0 : (c == 0xF0) ? 0x90 : 0x80;
    unsigned char high = (c == 0xED) ? 0x9F : (c == 0xF4) ? 0x8F : 0xBF;
    if (second < low || second > high) return 0;
    for (std::size_t k = 2; k <= more; ++k)
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
    return more + 1;
}

// The code point of a sequence utf8_sequence() measured as valid (2 to 4 bytes).
inline char32_t utf8_code_point(std::string_view sequence) {
    auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(sequence[k])); };
    switch (sequence.size()) {
        case 2: return (byte(0) & 0x1F) << 6 | (byte(1) & 0x3F);
        case 3: return (byte(0) & 0x0F) << 12 | (byte(1) & 0x3F) << 6 | (byte(2) & 0x3F);
        default: return (byte(0) & 0x07) << 18 | (byte(1) & 0x3F) << 12 | (byte(2) & 0x3F) << 6 | (byte(3) & 0x3F);
    }
}

// Writes `cp` as UTF-8 at `out` (1 to 4 bytes); returns the end.
inline char* put_utf8(char* out, char32_t cp) {
    if (cp < 0x80) {
        *out++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
        *out++ = static_cast<char>(0xC0 | (cp >> 6));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = static_cast<char>(0xE0 | (cp >> 12));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *out++ = static_cast<char>(0xF0 | (cp >> 18));
        *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

inline void append_utf8(std::string& out, char32_t cp) {
    char bytes[4];
    out.append(bytes, static_cast<std::size_t>(put_utf8(bytes, cp) - bytes));
}

}  // namespace tally
