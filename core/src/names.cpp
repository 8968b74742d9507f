#include "tally/names.hpp"

#include "tally/utf8.hpp"

namespace tally {
namespace {

// One code point at `i`, advancing it, read by utf8.hpp's decoder; a byte that does not start a valid sequence is
// taken alone as U+FFFD (names come from checked JSON text, so only a direct caller can send one).
char32_t next_code_point(std::string_view s, std::size_t& i) {
    auto lead = static_cast<unsigned char>(s[i]);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    std::size_t length = utf8_sequence(s, i);
    if (length == 0) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = utf8_code_point(s.substr(i, length));
    i += length;
    return cp;
}

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0x00A0 ||
           cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0xFEFF;
}

}  // namespace

std::string printable_excerpt(std::string_view text, std::size_t max_bytes) {
    std::size_t cut = text.size();
    if (cut > max_bytes) {
        cut = max_bytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    std::string out;
    static const char hex[] = "0123456789abcdef";
    for (std::size_t i = 0; i < cut; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        } else {
            out += static_cast<char>(c);
        }
    }
    if (cut < text.size()) out += "…";
    return out;
}

// Written through a pointer (std::string's push_back is a library call per byte in the wasm build). A byte
// becomes at most 3: a malformed one is replaced by U+FFFD; folding only ever shortens a character.
std::size_t normalize_name_into(std::string_view name, char* out) {
    char* end = out;
    for (std::size_t i = 0; i < name.size();) {
        char32_t cp = next_code_point(name, i);
        if (is_space(cp)) continue;
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII block
        if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
        end = put_utf8(end, cp);
    }
    return static_cast<std::size_t>(end - out);
}

std::string normalize_name(std::string_view name) {
    std::string out(3 * name.size(), '\0');
    out.resize(normalize_name_into(name, &out[0]));
    return out;
}

}  // namespace tally
