// QuoteResponse -> JSON: amounts as decimal strings (8 places exact, 2 places charged), counts as integers.
// Written field by field (not as nested initializer lists): the same JSON, much less code in the wasm build.
#include "tally/json_node.hpp"
#include "tally/response.hpp"
#include "tally/utf8.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <new>

namespace tally {

namespace {

const char* source_name(LineSource source) {
    switch (source) {
        case LineSource::free: return "free";
        case LineSource::pack: return "pack";
        case LineSource::postpaid: return "postpaid";
        case LineSource::qps: return "qps";
    }
    return "";
}

template <typename T>
void put_optional(Json& j, const char* key, const std::optional<T>& value) {
    if (value) j[key] = *value;
}

void put_optional_money(Json& j, const char* key, const std::optional<Money>& value, bool fen) {
    if (value) j[key] = fen ? value->to_fen_string() : value->to_trimmed_string();
}

Json warning_json(const Warning& w) {
    Json j = Json::object();
    j["code"] = w.code;
    put_optional(j, "service", w.service);
    put_optional(j, "extra_calls", w.extra_calls);
    put_optional_money(j, "saving", w.saving, true);
    put_optional(j, "unused_calls", w.unused_calls);
    put_optional(j, "size", w.size);
    put_optional_money(j, "pack_unit_price", w.pack_unit_price, false);
    put_optional_money(j, "postpaid_unit_price", w.postpaid_unit_price, false);
    j["message"] = w.message;
    return j;
}

Json service_json(const ServiceSummary& s) {
    Json j = Json::object();
    j["service"] = s.service;
    j["name"] = *s.name;
    j["calls"] = s.calls;
    j["free_calls"] = s.free_calls;
    j["pack_calls"] = s.pack_calls;
    j["postpaid_calls"] = s.postpaid_calls;
    put_optional(j, "qps_group", s.qps_group);
    if (s.tier) {
        Json tier = Json::object();
        tier["index"] = s.tier->index;
        tier["from"] = s.tier->from;
        tier["upper_bound"] = s.tier->upper_bound == UpperBound::inclusive ? "inclusive" : "exclusive";
        tier["unit_price"] = s.tier->unit_price.to_trimmed_string();
        tier["to"] = s.tier->to ? Json(*s.tier->to) : Json(nullptr);
        j["tier"] = std::move(tier);
    }
    j["charged"] = s.charged.to_string(2);
    return j;
}

Json allocation_json(const Allocation& a) {
    Json shares = Json::array();
    for (const auto& [service, calls] : a.services) {
        Json share = Json::object();
        share["service"] = service;
        share["calls"] = calls;
        shares.push_back(std::move(share));
    }
    Json j = Json::object();
    j["pool"] = a.pool;
    j["calls"] = a.calls;
    j["services"] = std::move(shares);
    return j;
}

template <typename Item, typename ToJson>
Json array_of(const std::vector<Item>& items, ToJson&& to_json_item) {
    Json out = Json::array();
    for (const auto& item : items) out.push_back(to_json_item(item));
    return out;
}

Json line_json(const BillLine& line) {
    Json j;
    to_json(j, line);
    return j;
}

}  // namespace

void to_json(Json& j, const BillLine& line) {
    j = Json::object();
    j["service"] = line.service;
    j["source"] = source_name(line.source);
    put_optional(j, "day", line.day);
    put_optional(j, "size", line.size);
    put_optional(j, "count", line.count);
    put_optional(j, "qps", line.qps);
    if (line.per) j["per"] = *line.per == QpsPer::month ? "month" : "day";
    put_optional(j, "days", line.days);
    j["calls"] = line.calls;
    j["unit_price"] = line.unit_price.to_trimmed_string();
    j["amount"] = line.amount.to_string(8);
    j["charged"] = line.charged.to_string(2);
}

void to_json(Json& j, const QuoteResponse& r) {
    j = Json::object();
    j["product"] = r.product;
    j["edition"] = r.edition;
    j["period"] = r.period == Period::month ? "month" : "day";
    j["settlement"] = r.settlement == Cycle::monthly ? "monthly" : "daily";
    put_optional(j, "days", r.days);
    j["currency"] = "CNY";
    j["total"] = r.total.to_string(2);
    j["lines"] = array_of(r.lines, line_json);
    j["services"] = array_of(r.services, service_json);
    if (!r.allocations.empty()) j["allocations"] = array_of(r.allocations, allocation_json);
    if (r.range) {
        Json range = Json::object();
        range["low"] = r.range->first.to_string(2);
        range["high"] = r.range->second.to_string(2);
        j["range"] = std::move(range);
    }
    if (r.freeze) {
        Json freeze = Json::object();
        freeze["total"] = r.freeze->total.to_string(2);
        freeze["lines"] = array_of(r.freeze->lines, line_json);
        j["freeze"] = std::move(freeze);
    }
    j["warnings"] = array_of(r.warnings, warning_json);
}

}  // namespace tally

// ---- Direct writer: the same members in the same order as to_json above, compact, as nlohmann's dump()
// writes them (UTF-8 passed through, control characters escaped). A comma goes before a member or element
// unless it opens its object or array.

namespace tally {

namespace {

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
constexpr std::array<unsigned char, 256> kStringByte = [] {
    std::array<unsigned char, 256> kinds{};
    for (int c = 0x20; c < 0x7F; ++c) kinds[c] = c == '"' || c == '\\' ? 0 : 1;
    for (int c = 0x7F; c < 0x100; ++c) kinds[c] = 2;
    return kinds;
}();

// Writes through a raw cursor into `out`'s buffer, resized to its final length when the writer goes: std::string's
// append and push_back are library calls that look the size and capacity up again on every piece (in the wasm
// build none of them is inlined, and they were a third of the time it took to write a response).
class Writer {
public:
    explicit Writer(std::string& out, NonAscii non_ascii = NonAscii::utf8)
        : out_(out), escape_non_ascii_(non_ascii == NonAscii::escaped) {
        out_.resize(out_.capacity());
        begin_ = p_ = &out_[0];
        end_ = begin_ + out_.size();
    }
    ~Writer() { out_.resize(static_cast<std::size_t>(p_ - begin_)); }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    void open(char bracket) {
        separate();
        *take(1) = bracket;
    }
    void close(char bracket) { *take(1) = bracket; }
    void key(Name name) {
        separate();
        char* at = take(name.size + 3);
        at[0] = '"';
        copy(at + 1, name.text, name.size);
        at[name.size + 1] = '"';
        at[name.size + 2] = ':';
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
        key(name);
        char buffer[Money::kMaxChars];
        std::string_view digits = value.format(buffer, decimals, trimmed);
        char* at = take(digits.size() + 2);
        at[0] = '"';
        copy(at + 1, digits.data(), digits.size());
        at[digits.size() + 1] = '"';
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
    char* room(std::size_t n) {
        if (static_cast<std::size_t>(end_ - p_) < n) grow(n);
        return p_;
    }
    // Room for `n` more bytes at the cursor, which moves past them.
    char* take(std::size_t n) {
        char* at = room(n);
        p_ += n;
        return at;
    }
    void append(const char* text, std::size_t n) { copy(take(n), text, n); }
    // The pieces are short (a name, a number, a word): copied 8 bytes at a time rather than by memcpy, which in
    // wasm with bulk memory is memory.copy, a call out of the module that costs more than such a copy.
    static void copy(char* to, const char* from, std::size_t n) {
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
        do {
            *--p = static_cast<char>('0' + n % 10);
            n /= 10;
        } while (n > 0);
        append(p, static_cast<std::size_t>(buffer + sizeof buffer - p));
    }
    void separate() {
        if (p_ == begin_) return;
        char last = p_[-1];
        if (last != '{' && last != '[' && last != ':') *take(1) = ',';
    }

    std::string& out_;
    bool escape_non_ascii_;
    char* begin_;
    char* p_;
    char* end_;
};

void write_line(Writer& w, const BillLine& line) {
    w.open('{');
    w.put("service", line.service);
    w.put("source", source_name(line.source));
    w.put("day", line.day);
    w.put("size", line.size);
    w.put("count", line.count);
    w.put("qps", line.qps);
    if (line.per) w.put("per", *line.per == QpsPer::month ? "month" : "day");
    w.put("days", line.days);
    w.put("calls", line.calls);
    w.money("unit_price", line.unit_price, Money::kDecimals, true);
    w.money("amount", line.amount, 8);
    w.money("charged", line.charged, 2);
    w.close('}');
}

void write_lines(Writer& w, const std::vector<BillLine>& lines) {
    w.key("lines");
    w.open('[');
    for (const auto& line : lines) write_line(w, line);
    w.close(']');
}

void write_service(Writer& w, const ServiceSummary& s) {
    w.open('{');
    w.put("service", s.service);
    w.key("name");
    w.open('{');
    w.put("zh", s.name->zh);
    w.put("en", s.name->en);
    w.close('}');
    w.put("calls", s.calls);
    w.put("free_calls", s.free_calls);
    w.put("pack_calls", s.pack_calls);
    w.put("postpaid_calls", s.postpaid_calls);
    w.put("qps_group", s.qps_group);
    if (s.tier) {
        w.key("tier");
        w.open('{');
        w.put("index", std::uint64_t{s.tier->index});
        w.put("from", s.tier->from);
        w.put("upper_bound", s.tier->upper_bound == UpperBound::inclusive ? "inclusive" : "exclusive");
        w.money("unit_price", s.tier->unit_price, Money::kDecimals, true);
        w.key("to");
        if (s.tier->to) w.number(*s.tier->to);
        else w.null();
        w.close('}');
    }
    w.money("charged", s.charged, 2);
    w.close('}');
}

void write_allocation(Writer& w, const Allocation& a) {
    w.open('{');
    w.put("pool", a.pool);
    w.put("calls", a.calls);
    w.key("services");
    w.open('[');
    for (const auto& [service, calls] : a.services) {
        w.open('{');
        w.put("service", service);
        w.put("calls", calls);
        w.close('}');
    }
    w.close(']');
    w.close('}');
}

void write_warning(Writer& w, const Warning& x) {
    w.open('{');
    w.put("code", x.code);
    w.put("service", x.service);
    w.put("extra_calls", x.extra_calls);
    w.put_money("saving", x.saving, true);
    w.put("unused_calls", x.unused_calls);
    w.put("size", x.size);
    w.put_money("pack_unit_price", x.pack_unit_price, false);
    w.put_money("postpaid_unit_price", x.postpaid_unit_price, false);
    w.put("message", x.message);
    w.close('}');
}

}  // namespace

void write_response(const QuoteResponse& r, std::string& out, NonAscii non_ascii) {
    out.clear();
    Writer w(out, non_ascii);
    w.open('{');
    w.put("product", r.product);
    w.put("edition", r.edition);
    w.put("period", r.period == Period::month ? "month" : "day");
    w.put("settlement", r.settlement == Cycle::monthly ? "monthly" : "daily");
    w.put("days", r.days);
    w.put("currency", "CNY");
    w.money("total", r.total, 2);
    write_lines(w, r.lines);
    w.key("services");
    w.open('[');
    for (const auto& s : r.services) write_service(w, s);
    w.close(']');
    if (!r.allocations.empty()) {
        w.key("allocations");
        w.open('[');
        for (const auto& a : r.allocations) write_allocation(w, a);
        w.close(']');
    }
    if (r.range) {
        w.key("range");
        w.open('{');
        w.money("low", r.range->first, 2);
        w.money("high", r.range->second, 2);
        w.close('}');
    }
    if (r.freeze) {
        w.key("freeze");
        w.open('{');
        w.money("total", r.freeze->total, 2);
        write_lines(w, r.freeze->lines);
        w.close('}');
    }
    w.key("warnings");
    w.open('[');
    for (const auto& x : r.warnings) write_warning(w, x);
    w.close(']');
    w.close('}');
}

std::string json_text(const Json& value) {
    std::string out;
    Writer(out).value(value);
    return out;
}

std::string response_text(const QuoteResponse& response) {
    std::string out;
    out.reserve(1024);
    write_response(response, out);
    return out;
}

}  // namespace tally
