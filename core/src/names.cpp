#include "tally/names.hpp"

#include "tally/utf8.hpp"

namespace tally {
namespace {

// Decodes one UTF-8 code point at `i`, advancing it; malformed bytes are passed through one at a time.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    unsigned char lead = static_cast<unsigned char>(s[i]);
    int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = length == 1 ? lead : length == 2 ? (lead & 0x1F) : length == 3 ? (lead & 0x0F) : (lead & 0x07);
    for (int k = 1; k < length; ++k) {
        unsigned char c = static_cast<unsigned char>(s[i + k]);
        if ((c >> 6) != 0x2) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
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
