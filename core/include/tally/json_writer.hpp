#pragma once
// JSON text written straight into a std::string, byte for byte what nlohmann's dump() writes (UTF-8 passed
// through or escaped to ASCII, control characters escaped), with no JSON tree: every document Tally answers with
// (quote, listing, validate result, and the documents built on them) is written through this one writer, compact
// for the wasm module or indented as dump(2) for the command line. A comma goes before a member or element unless
// it opens its object or array.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <string_view>

#include "tally/json_node.hpp"
#include "tally/money.hpp"
#include "tally/utf8.hpp"

namespace tally {

// A member's name: always a literal, so its length is known where it is written.
struct Name {
    template <std::size_t N>
    constexpr Name(const char (&literal)[N]) : text(literal), size(N - 1) {}  // NOLINT: implicit by design
    const char* text;
    std::size_t size;
};

// What a byte is in a JSON string as dump() writes it: 1, itself (printable ASCII but " and \); 2, itself unless
// the text is escaped to ASCII (DEL and every byte of UTF-8 past U+007F); 0, escaped. One look-up a byte instead of
// five comparisons: most of a response is its strings.
inline constexpr std::array<unsigned char, 256> kStringByte = [] {
    std::array<unsigned char, 256> kinds{};
    for (int c = 0x20; c < 0x7F; ++c) kinds[c] = c == '"' || c == '\\' ? 0 : 1;
    for (int c = 0x7F; c < 0x100; ++c) kinds[c] = 2;
    return kinds;
}();

// How the text carries characters beyond ASCII (the names in Chinese): as UTF-8, as the command line prints
// them; or escaped, \u4eba (the same JSON value, ASCII only), the wasm module's way: a JavaScript engine makes a
// string of ASCII text several times faster than of UTF-8 with Chinese in it (docs/design.md).
enum class NonAscii { utf8, escaped };

// Compact, as dump() (the wasm module's answers); or indented, as dump(2): each member and element on a line of its
// own, two spaces deeper than its object or array, ": " after a name, an empty object or array as {} or [] (what
// the command line prints, for people to read).
enum class Layout { compact, indented };

// The pieces every member goes through (separate, room, take, copy, key, put_plain, open, close) are always inlined:
// the wasm build links with LTO, and where a document's writing is taken into a caller compiled for size (the
// bindings), the size inliner left them as calls, one or more per member written (docs/benchmarks.md).
// Writes through a raw cursor into `out`'s buffer, resized to its final length when the writer goes: std::string's
// append and push_back are library calls that look the size and capacity up again on every piece (in the wasm
// build none of them is inlined, and they took much of the time it took to write a response: docs/benchmarks.md).
class Writer {
public:
    explicit Writer(std::string& out, NonAscii non_ascii = NonAscii::utf8, Layout layout = Layout::compact)
        : out_(out), escape_non_ascii_(non_ascii == NonAscii::escaped), indented_(layout == Layout::indented) {
#if defined(_LIBCPP_VERSION)
        // libc++ (the wasm build) can lengthen a string without filling it: filling the whole buffer, about to be
        // written over, was a loop over each byte there, on every answer.
        out_.__resize_default_init(out_.capacity());
#else
        out_.resize(out_.capacity());
#endif
        begin_ = p_ = &out_[0];
        end_ = begin_ + out_.size();
    }
    ~Writer() { out_.resize(static_cast<std::size_t>(p_ - begin_)); }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    [[gnu::always_inline]] void open(char bracket) {
        separate();
        *take(1) = bracket;
        ++depth_;
    }
    [[gnu::always_inline]] void close(char bracket) {
        --depth_;
        if (indented_) before_close();
        *take(1) = bracket;
    }
    [[gnu::always_inline]] void key(Name name) {
        separate();
        char* at = take(name.size + 3);
        at[0] = '"';
        copy(at + 1, name.text, name.size);
        at[name.size + 1] = '"';
        at[name.size + 2] = ':';
        if (indented_) space();
    }
    void string(std::string_view s) {
        separate();
        // Room for the worst case made once (6 bytes out for a byte in: \u00XX for a control character, \uXXXX
        // for 3 bytes of UTF-8, two of them for 4), then every byte written with no check of the room left.
        if (s.size() > (SIZE_MAX - 2) / 6) throw std::bad_alloc();
        char* out = room(6 * s.size() + 2);
        *out++ = '"';
        const unsigned char kept = escape_non_ascii_ ? 1 : 3;  // the kinds of kStringByte written as they are
        for (std::size_t i = 0; i < s.size(); ++i) {
            auto c = static_cast<unsigned char>(s[i]);
            if (kStringByte[c] & kept) {
                *out++ = static_cast<char>(c);
                continue;
            }
            if (c >= 0x80) {
                // Text here is valid UTF-8 (every document is checked as it is parsed); U+FFFD should it not be.
                std::size_t length = utf8_sequence(s, i);
                out = escaped_code_point(out, length ? utf8_code_point(s.substr(i, length)) : 0xFFFD);
                i += length ? length - 1 : 0;
                continue;
            }
            char short_form = c == '"' ? '"' : c == '\\' ? '\\' : c == '\b' ? 'b' : c == '\f' ? 'f' : c == '\n' ? 'n'
                            : c == '\r' ? 'r' : c == '\t' ? 't' : 0;
            if (short_form == 0) {
                out = escaped_unit(out, c);
                continue;
            }
            *out++ = '\\';
            *out++ = short_form;
        }
        *out++ = '"';
        p_ = out;
    }
    void number(std::uint64_t n) {
        separate();
        digits(n);
    }
    void null() { raw("null"); }
    void raw(std::string_view text) {
        separate();
        append(text.data(), text.size());
    }
    // Any JSON value, as dump() prints it.
    void value(const Json& j) {
        switch (j.type()) {
            case Json::value_t::object:
                open('{');
                for (const auto& member : j.items()) {
                    string(member.key());
                    *take(1) = ':';
                    if (indented_) space();
                    value(member.value());
                }
                close('}');
                break;
            case Json::value_t::array:
                open('[');
                for (const auto& element : j) value(element);
                close(']');
                break;
            case Json::value_t::string: string(j.get_ref<const std::string&>()); break;
            case Json::value_t::boolean: raw(j.get<bool>() ? "true" : "false"); break;
            case Json::value_t::number_unsigned: number(j.get<std::uint64_t>()); break;
            case Json::value_t::number_integer: {
                std::int64_t n = j.get<std::int64_t>();
                separate();
                if (n < 0) *take(1) = '-';
                digits(n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n));
                break;
            }
            case Json::value_t::number_float: {
                // Only a listing passes through here, echoing a tariff document; no amount is ever a JSON number
                // (prices are decimal strings, R5), so this double never holds money.
                double x = j.get<double>();
                if (!std::isfinite(x)) {
                    null();
                } else {
                    char text[64];
                    raw(std::string_view(text, static_cast<std::size_t>(
                                                   nlohmann::detail::to_chars(text, text + sizeof text, x) - text)));
                }
                break;
            }
            default: null();
        }
    }

    // Members.
    void put(Name name, std::string_view s) {
        key(name);
        string(s);
    }
    void put(Name name, std::uint64_t n) {
        key(name);
        number(n);
    }
    template <typename T>
    void put(Name name, const std::optional<T>& value) {
        if (value) put(name, *value);
    }
    // Money straight into the text: trimmed (to_trimmed_string) or to `decimals` places.
    void money(Name name, Money value, int decimals, bool trimmed = false) {
        char buffer[Money::kMaxChars];
        put_plain(name, value.format(buffer, decimals, trimmed));
    }
    // A string the engine formatted itself from digits, '-' and '.' (an amount, a date), which JSON keeps as it is:
    // copied without looking at each byte (a 3-year face timeline writes 4,384 dates).
    [[gnu::always_inline]] void put_plain(Name name, std::string_view text) {
        key(name);
        char* at = take(text.size() + 2);
        at[0] = '"';
        copy(at + 1, text.data(), text.size());
        at[text.size() + 1] = '"';
    }
    void put_money(Name name, const std::optional<Money>& value, bool fen) {
        if (value) money(name, fen ? value->rounded_to_fen() : *value, fen ? 2 : Money::kDecimals, !fen);
    }

private:
    // \u and four lowercase hex digits at `at`, as nlohmann's dump() writes them; returns the end.
    static char* escaped_unit(char* at, char32_t unit) {
        at[0] = '\\';
        at[1] = 'u';
        for (int k = 0; k < 4; ++k) at[2 + k] = "0123456789abcdef"[(unit >> (12 - 4 * k)) & 15];
        return at + 6;
    }
    // Beyond the Basic Multilingual Plane, a UTF-16 surrogate pair, as JSON has it (RFC 8259 section 7).
    static char* escaped_code_point(char* at, char32_t cp) {
        if (cp < 0x10000) return escaped_unit(at, cp);
        cp -= 0x10000;
        return escaped_unit(escaped_unit(at, 0xD800 + (cp >> 10)), 0xDC00 + (cp & 0x3FF));
    }
    // Room for `n` more bytes at the cursor, which stays where it is.
    [[gnu::always_inline]] char* room(std::size_t n) {
        if (static_cast<std::size_t>(end_ - p_) < n) grow(n);
        return p_;
    }
    // Room for `n` more bytes at the cursor, which moves past them.
    [[gnu::always_inline]] char* take(std::size_t n) {
        char* at = room(n);
        p_ += n;
        return at;
    }
    void append(const char* text, std::size_t n) { copy(take(n), text, n); }
    // The pieces are short (a name, a number, a word): copied 8 bytes at a time rather than by memcpy, which in
    // wasm with bulk memory is memory.copy, a call out of the module that costs more than such a copy.
    [[gnu::always_inline]] static void copy(char* to, const char* from, std::size_t n) {
        for (; n >= 8; n -= 8, to += 8, from += 8) std::memcpy(to, from, 8);
        if (n & 4) {
            std::memcpy(to, from, 4);
            to += 4;
            from += 4;
        }
        if (n & 2) {
            std::memcpy(to, from, 2);
            to += 2;
            from += 2;
        }
        if (n & 1) *to = *from;
    }
    void grow(std::size_t n) {
        auto used = static_cast<std::size_t>(p_ - begin_);
        out_.resize(std::max(2 * out_.size(), used + n + 256));
        begin_ = &out_[0];
        p_ = begin_ + used;
        end_ = begin_ + out_.size();
    }
    void digits(std::uint64_t n) {
        char buffer[20];
        char* p = buffer + sizeof buffer;
#if defined(__wasm__)
        // 32 bits wide once it fits: wasm divides 64 bits by a constant with a division instruction, 32 bits by a
        // multiply (it has no wide multiply). Natively both are a multiply.
        for (; n > UINT32_MAX; n /= 10) *--p = static_cast<char>('0' + n % 10);
        auto last = static_cast<std::uint32_t>(n);
#else
        auto last = n;
#endif
        do {
            *--p = static_cast<char>('0' + last % 10);
            last /= 10;
        } while (last > 0);
        append(p, static_cast<std::size_t>(buffer + sizeof buffer - p));
    }
    // The indented layout's parts are kept out of line: the compact one is what the wasm module runs, and each
    // writing call inlined there pays only a test of indented_ for them.
    // ": " between a name and its value (so a value's first byte follows ':' or ' ', and nothing else written ends
    // in either).
    [[gnu::noinline]] void space() { *take(1) = ' '; }
    // A closing bracket goes on a line of its own unless nothing was written since its opening one.
    [[gnu::noinline]] void before_close() {
        if (p_[-1] != '{' && p_[-1] != '[') new_line();
    }
    [[gnu::noinline]] void separate_indented(char last) {
        if (last == ' ') return;
        if (last != '{' && last != '[') *take(1) = ',';
        new_line();
    }
    void new_line() {
        char* at = take(1 + 2 * depth_);
        at[0] = '\n';
        std::memset(at + 1, ' ', 2 * depth_);
    }
    // Before a value or a member: a comma unless it follows an opening bracket or a name; and, indented, a new line
    // at the depth reached, unless it follows a name (": ").
    [[gnu::always_inline]] void separate() {
        if (p_ == begin_) return;
        char last = p_[-1];
        if (indented_) return separate_indented(last);
        if (last != '{' && last != '[' && last != ':') *take(1) = ',';
    }

    std::string& out_;
    bool escape_non_ascii_;
    bool indented_;
    std::size_t depth_ = 0;
    char* begin_;
    char* p_;
    char* end_;
};

// Any JSON value as text, byte for byte value.dump() (indented: dump(2)) for every document parse_json returns,
// without nlohmann's serializer (so the wasm module leaves it out). Strings are copied as they are (parse_json only
// yields valid UTF-8; dump() would also check it).
inline std::string json_text(const Json& value, Layout layout = Layout::compact) {
    std::string out;
    Writer(out, NonAscii::utf8, layout).value(value);
    return out;
}

}  // namespace tally
