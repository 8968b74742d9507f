// parse_json: JSON text to the DOM (Json), by a strict recursive-descent parser of our own rather than
// nlohmann's. Theirs pulled printf, strtod and 128-bit soft-float into the wasm module, a large part of its size
// budget (docs/benchmarks.md). This one accepts and refuses exactly what nlohmann 3.11's sax_parse (strict) did with
// our duplicate-key check, and reports the same first problem, but for one thing: a number past a double's range
// is the largest double, where nlohmann refused the text; tests/json_parse-test.cpp compares the two.
#include "tally/json_node.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

#include "tally/names.hpp"
#include "tally/utf8.hpp"

namespace tally {

namespace {

std::size_t nesting_depth(std::string_view text) {
    std::size_t depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

// A number with a fraction or an exponent, as 0.d1d2d3… × 10^exponent (d1 not 0; no digits: zero). Such a number
// is never a valid count, so its value only decides which error a reader gives; the one decision that depends on
// it (a count too large rather than a fraction) is made exactly on the digits, never on a rounded double. Past a
// double's range the value is only clamped (to the largest double), which changes no error.
struct Decimal {
    static constexpr std::size_t kKept = 320;  // far more digits than the bound below has

    std::string digits;         // the first kKept significant digits
    bool more_nonzero = false;  // a non-zero digit beyond them
    std::int64_t exponent = 0;

    void add_digit(char d, bool before_point) {
        if (digits.empty() && d == '0') {
            if (!before_point) --exponent;  // 0.000ddd
            return;
        }
        if (before_point) ++exponent;
        if (digits.size() < kKept) digits += d;
        else if (d != '0') more_nonzero = true;
    }

    // -1, 0 or 1: this (non-zero) number against the bound 0.`bound` × 10^`bound_exponent`.
    int compare(std::string_view bound, std::int64_t bound_exponent) const {
        if (exponent != bound_exponent) return exponent < bound_exponent ? -1 : 1;
        for (std::size_t i = 0; i < bound.size(); ++i) {
            char d = i < digits.size() ? digits[i] : '0';
            if (d != bound[i]) return d < bound[i] ? -1 : 1;
        }
        bool beyond = more_nonzero || digits.find_first_not_of('0', bound.size()) != std::string::npos;
        return beyond ? 1 : 0;
    }

    // Near the value: the first 19 digits scaled by powers of ten (exact, so correctly rounded, for up to 15
    // digits and a scale within 10^±22; a few units in the last place off at worst otherwise). A count reader
    // only ever compares it with 1e19, and that comparison is made to come out as for the exact value.
    double approximate() const {
        if (digits.empty()) return 0;
        std::uint64_t leading = 0;
        std::size_t used = std::min<std::size_t>(digits.size(), 19);
        for (std::size_t i = 0; i < used; ++i) leading = leading * 10 + static_cast<std::uint64_t>(digits[i] - '0');
        double value = static_cast<double>(leading);
        std::int64_t scale = exponent - static_cast<std::int64_t>(used);
        if (scale < -400) return 0;  // below the smallest double
        if (scale > 400) return std::numeric_limits<double>::infinity();  // past the largest; the caller clamps
        static const double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                         1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        for (; scale > 22; scale -= 22) value *= 1e22;
        for (; scale < -22; scale += 22) value /= 1e22;
        return scale >= 0 ? value * powers[scale] : value / powers[-scale];
    }
};

// Half-way between 1e19 and the double below it: from here up a number rounds to 1e19 or more.
constexpr std::string_view kCountTooLarge = "9999999999999998976";

class Parser {
public:
    Parser(std::string_view text, const std::string& path) : t_(text), path_(path) {}

    Json document() {
        if (t_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;  // a byte order mark is skipped, as nlohmann did
        Json result;
        value(result);
        skip_space();
        // nlohmann's lexer took a NUL byte for the end of the input (for C strings), so text after one is ignored.
        if (i_ < t_.size() && t_[i_] != '\0') invalid();
        return result;
    }

private:
    [[noreturn]] void invalid() const { throw Error(path_, "not valid JSON"); }

    void skip_space() {
        while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\n' || t_[i_] == '\r' || t_[i_] == '\t')) ++i_;
    }
    // The next character after white space, or NUL at the end (NUL never starts a token).
    char next() {
        skip_space();
        return i_ < t_.size() ? t_[i_] : '\0';
    }
    bool is_digit() const { return i_ < t_.size() && t_[i_] >= '0' && t_[i_] <= '9'; }

    void value(Json& out) {
        switch (next()) {
            case '{': object(out); break;
            case '[': array(out); break;
            case '"': out = string(); break;
            case 't': literal("true"); out = true; break;
            case 'f': literal("false"); out = false; break;
            case 'n': literal("null"); out = nullptr; break;
            default: number(out);
        }
    }

    void literal(std::string_view word) {
        if (t_.substr(i_, word.size()) != word) invalid();
        i_ += word.size();
    }

    // An object's members or an array's elements, separated by commas: `each` reads one.
    template <typename Each>
    void sequence(char close, Each&& each) {
        ++i_;
        if (next() == close) {
            ++i_;
            return;
        }
        for (;;) {
            each();
            char c = next();
            ++i_;
            if (c == close) return;
            if (c != ',') invalid();
        }
    }

    // Keys are checked as they are read, before their value, which is where nlohmann's parser stopped too.
    void object(Json& out) {
        out = Json::object();
        auto& members = out.get_ref<Json::object_t&>();
        sequence('}', [&] {
            if (next() != '"') invalid();
            std::string key = string();
            if (members.size() >= kMaxObjectKeys)  // ours have at most 16: a linear look-up stays cheap
                throw Error(path_, "an object has more than " + std::to_string(kMaxObjectKeys) + " keys");
            for (const auto& member : members)
                if (member.first == key) throw Error(path_, "an object names the key \"" + printable_excerpt(key) + "\" twice");
            if (next() != ':') invalid();
            ++i_;
            members.emplace_back(std::move(key), Json());
            value(members.back().second);
        });
    }

    void array(Json& out) {
        out = Json::array();
        auto& items = out.get_ref<Json::array_t&>();
        sequence(']', [&] {
            items.emplace_back();
            value(items.back());
        });
    }

    unsigned hex4() {
        unsigned code = 0;
        for (int k = 0; k < 4; ++k, ++i_) {
            char c = i_ < t_.size() ? t_[i_] : '\0';
            unsigned digit = c >= '0' && c <= '9'   ? c - '0'
                             : c >= 'a' && c <= 'f' ? c - 'a' + 10
                             : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                    : 16;
            if (digit == 16) invalid();
            code = code * 16 + digit;
        }
        return code;
    }

    // After a backslash: the escaped character appended to `out` as UTF-8.
    void escape(std::string& out) {
        char c = i_ < t_.size() ? t_[i_++] : '\0';
        switch (c) {
            case '"': case '\\': case '/': out += c; return;
            case 'b': out += '\b'; return;
            case 'f': out += '\f'; return;
            case 'n': out += '\n'; return;
            case 'r': out += '\r'; return;
            case 't': out += '\t'; return;
            case 'u': break;
            default: invalid();
        }
        unsigned code = hex4();
        if (code >= 0xDC00 && code <= 0xDFFF) invalid();  // a low surrogate with no high one before it
        if (code >= 0xD800 && code <= 0xDBFF) {
            if (t_.substr(i_, 2) != "\\u") invalid();
            i_ += 2;
            unsigned low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) invalid();
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(out, code);
    }

    std::string string() {
        ++i_;
        std::string out;
        std::size_t run = i_;  // start of the bytes not yet copied
        for (;;) {
            if (i_ >= t_.size()) invalid();
            auto c = static_cast<unsigned char>(t_[i_]);
            if (c == '"') {
                out.append(t_, run, i_ - run);
                ++i_;
                return out;
            }
            if (c < 0x20) invalid();
            if (c == '\\') {
                out.append(t_, run, i_ - run);
                ++i_;
                escape(out);
                run = i_;
            } else if (c < 0x80) {
                ++i_;
            } else {
                std::size_t length = utf8_sequence(t_, i_);
                if (length == 0) invalid();
                i_ += length;
            }
        }
    }

    // JSON's grammar; the kind as nlohmann had it: digits alone are an unsigned integer, with a minus a signed
    // one (-0 included), and anything else, or an integer out of 64-bit range, a double.
    void number(Json& out) {
        bool negative = i_ < t_.size() && t_[i_] == '-';
        if (negative) ++i_;
        if (!is_digit()) invalid();
        std::size_t start = i_;
        if (t_[i_] == '0') ++i_;
        else
            while (is_digit()) ++i_;
        std::size_t whole_end = i_;
        bool integer = true;
        std::size_t fraction = i_;
        if (i_ < t_.size() && t_[i_] == '.') {
            fraction = ++i_;
            if (!is_digit()) invalid();
            while (is_digit()) ++i_;
            integer = false;
        }
        std::size_t fraction_end = i_;
        std::int64_t exponent = 0;
        if (i_ < t_.size() && (t_[i_] == 'e' || t_[i_] == 'E')) {
            ++i_;
            bool down = i_ < t_.size() && t_[i_] == '-';
            if (i_ < t_.size() && (t_[i_] == '-' || t_[i_] == '+')) ++i_;
            if (!is_digit()) invalid();
            for (; is_digit(); ++i_)
                if (exponent < 1000000000) exponent = exponent * 10 + (t_[i_] - '0');  // far past any double
            if (down) exponent = -exponent;
            integer = false;
        }
        if (integer && whole_end - start <= 20) {
            std::uint64_t magnitude = 0;
            bool fits = true;
            for (std::size_t k = start; k < whole_end; ++k) {
                auto digit = static_cast<std::uint64_t>(t_[k] - '0');
                fits = fits && magnitude <= (UINT64_MAX - digit) / 10;
                magnitude = magnitude * 10 + digit;
            }
            if (fits && !negative) {
                out = magnitude;
                return;
            }
            if (fits && magnitude <= static_cast<std::uint64_t>(INT64_MAX) + 1) {
                out = static_cast<std::int64_t>(0 - magnitude);
                return;
            }
        }
        Decimal d;
        d.exponent = exponent;
        for (std::size_t k = start; k < whole_end; ++k) d.add_digit(t_[k], true);
        for (std::size_t k = fraction; k < fraction_end; ++k) d.add_digit(t_[k], false);
        double value = d.approximate();
        if (!d.digits.empty()) {
            bool too_large = d.compare(kCountTooLarge, 19) >= 0;
            if (too_large && value < 1e19) value = 1e19;
            if (!too_large && value >= 1e19) value = 9999999999999997952.0;  // the double just below 1e19
            // Past a double's range (1e400): the largest double, so that a reader names the field (a count too
            // large, a price not a string) rather than the whole text failing. nlohmann's parser refused it
            // ("number overflow"); the one place this parser does otherwise (tests/json_parse-test.cpp).
            if (value > 1.7976931348623157e308) value = 1.7976931348623157e308;
        }
        out = negative ? -value : value;
    }

    std::string_view t_;
    const std::string& path_;
    std::size_t i_ = 0;
};

}  // namespace

Json parse_json(std::string_view text, const std::string& path) {
    if (nesting_depth(text) > kMaxJsonDepth)
        throw Error(path, "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    return Parser(text, path).document();
}

}  // namespace tally
