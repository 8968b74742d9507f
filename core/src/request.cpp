// A quote request's JSON (README "Request") read by one description of its fields, read_request_fields, over
// two sources: the parsed JSON (FromNode: every fault an Error naming the field) and, first, the request's text
// in its plain form (Plain: anything else, or any fault, makes it give up, and the text is read the full way). A
// new request field is one line of the description; both readings follow it, so they cannot drift apart.
#include "tally/request.hpp"

#include "tally/same_bytes.hpp"
#include "tally/utf8.hpp"

namespace tally {

namespace {

constexpr bool kRequired = true;
constexpr bool kOptional = false;

// The request's fields. `fields(field)` names each member of an object once, in the order the full reading checks
// them: field(name, required, read), where read(value) reads the member's value into the request through the
// source's methods (text, one_of, whole_number, boolean, date, count, array, object, fail), each returning false
// when a plain reading gives up (a full reading throws instead).
// The next item of a list being read: a new one, or (reading into a request read before: parse_request's second
// form) the earlier request's item at that place, cleared but for its name's memory.
template <typename Item, std::string Item::*kName>
Item& next_item(std::vector<Item>& list, std::size_t& used) {
    if (used == list.size()) {
        list.emplace_back();
    } else {
        std::string name = std::move(list[used].*kName);
        name.clear();
        list[used] = Item{};
        list[used].*kName = std::move(name);
    }
    return list[used++];
}

template <typename In>
bool read_request_fields(In& in, QuoteRequest& r) {
    std::size_t usage = 0, packs = 0, qps = 0;  // the items read into each list
    bool read = in.object([&](auto& field) {
        field("product", kRequired, [&](In& v) { return v.text(r.product); });
        field("edition", kOptional, [&](In& v) { return v.text(r.edition.emplace()); });
        field("period", kOptional, [&](In& v) {
            bool month = false;
            return v.one_of("month", "day", month) && (r.period = month ? Period::month : Period::day, true);
        });
        field("days", kOptional, [&](In& v) { return v.whole_number(1, kMaxDaysInPeriod, r.days.emplace()); });
        field("free_quota", kOptional, [&](In& v) { return v.boolean(r.free_quota); });
        field("settlement", kOptional, [&](In& v) {
            bool daily = false;
            return v.one_of("daily", "monthly", daily) && (r.settlement = daily ? "daily" : "monthly", true);
        });
        field("account_opened", kOptional, [&](In& v) { return v.date(r.account_opened.emplace()); });
        field("usage", kOptional, [&](In& list) {
            return list.array([&](In& item) {
                UsageRequest& u = next_item<UsageRequest, &UsageRequest::service>(r.usage, usage);
                return item.object([&](auto& member) {
                    member("service", kRequired, [&](In& v) { return v.text(u.service); });
                    member("calls", kRequired, [&](In& v) { return v.whole_number(0, kMaxCalls, u.calls); });
                });
            });
        });
        field("packs", kOptional, [&](In& list) {
            return list.array([&](In& item) {
                PackRequest& p = next_item<PackRequest, &PackRequest::service>(r.packs, packs);
                return item.object([&](auto& member) {
                    member("service", kRequired, [&](In& v) { return v.text(p.service); });
                    member("size", kRequired, [&](In& v) { return v.whole_number(0, kMaxCalls, p.size); });
                    member("count", kOptional, [&](In& v) { return v.whole_number(1, kMaxPackCount, p.count); });
                });
            });
        });
        field("qps", kOptional, [&](In& list) {
            return list.array([&](In& item) {
                QpsRequest& q = next_item<QpsRequest, &QpsRequest::group>(r.qps, qps);
                return item.object([&](auto& member) {
                    member("group", kRequired, [&](In& v) { return v.text(q.group); });
                    // 1..max_qps is the group's own rule, so anything else (0, -1, 2.5, "10") is reported on
                    // resolving, with the group's range: count() gives 0 for "not a count".
                    member("qps", kRequired, [&](In& v) { return v.count(q.qps); });
                    member("per", kOptional, [&](In& v) {
                        bool month = false;
                        return v.one_of("month", "day", month) && (q.per = month ? QpsPer::month : QpsPer::day, true);
                    });
                    // After "per" (a plain reading, in the text's order, gives up should "days" come first).
                    member("days", kOptional, [&](In& v) {
                        return (q.per == QpsPer::day || v.fail("only applies to a plan bought per day")) &&
                               v.whole_number(1, kMaxDaysInPeriod, q.days.emplace());
                    });
                });
            });
        });
    });
    // Items of an earlier request past those read go (never resize(): it would bring in code to add items).
    while (r.usage.size() > usage) r.usage.pop_back();
    while (r.packs.size() > packs) r.packs.pop_back();
    while (r.qps.size() > qps) r.qps.pop_back();
    return read;
}

// The parsed JSON: every fault is an Error naming the field (JsonNode's wording), so every method returns true.
class FromNode {
public:
    explicit FromNode(JsonNode node) : node_(std::move(node)) {}

    template <typename Fields>
    bool object(Fields&& fields) {
        // A member the description does not name is an error (a misspelt field), before any value is read.
        const char* names[32];
        std::size_t count = 0;
        auto name = [&](const char* key, bool, auto&&) { names[count++] = key; };
        fields(name);
        node_.allow_only(names, count);
        auto read = [&](const char* key, bool required, auto&& read_value) {
            if (required) {
                FromNode value(node_[key]);  // missing: an error; null: the value's own error
                read_value(value);
            } else if (auto found = node_.find(key)) {  // absent or null: the default
                FromNode value(std::move(*found));
                read_value(value);
            }
        };
        fields(read);
        return true;
    }
    template <typename Element>
    bool array(Element&& element) {
        std::vector<JsonNode> items = node_.elements();
        if (items.size() > kMaxItems) node_.fail("must have at most " + std::to_string(kMaxItems) + " entries");
        for (auto& item : items) {
            FromNode value(std::move(item));
            element(value);
        }
        return true;
    }
    bool text(std::string& out) {
        out = node_.text();
        return true;
    }
    bool one_of(const char* a, const char* b, bool& is_a) {
        is_a = node_.one_of({a, b}) == 0;
        return true;
    }
    bool whole_number(std::uint64_t min, std::uint64_t max, std::uint64_t& out) {
        out = node_.whole_number(min, max);
        return true;
    }
    bool boolean(bool& out) {
        out = node_.boolean();
        return true;
    }
    bool date(std::string& out) {
        out = node_.date();
        return true;
    }
    // A whole number >= 1 of any size; 0 for anything else.
    bool count(std::uint64_t& out) {
        const Json& value = node_.value();
        if (value.is_number_unsigned() || (value.is_number_integer() && value.get<std::int64_t>() > 0))
            out = value.get<std::uint64_t>();
        return true;
    }
    [[noreturn]] bool fail(const char* problem) { node_.fail(problem); }

private:
    JsonNode node_;
};

// A cursor over request text that accepts only the plain form (no escapes, nulls, fractions, signs, duplicate or
// unknown keys, account_opened; every value in range); every method returns false (and the caller gives up) on
// anything else, so it never decides an error.
class Plain {
public:
    explicit Plain(std::string_view text) : t_(text) {}

    template <typename Fields>
    bool object(Fields&& fields) {
        if (!eat('{')) return false;
        unsigned seen = 0;  // the fields read, by their place in the description
        if (!eat('}')) {
            do {
                std::string_view key;
                if (!string(key) || !eat(':')) return false;
                unsigned index = 0;
                bool matched = false, read = false;
                auto match = [&](const char* name, bool, auto&& read_value) {
                    if (!matched && same_bytes(key, name)) {
                        matched = true;
                        read = !(seen & (1u << index)) && read_value(*this);
                        seen |= 1u << index;
                    }
                    ++index;
                };
                fields(match);
                if (!read) return false;  // an unknown or repeated key, or a value not plain
            } while (eat(','));
            if (!eat('}')) return false;
        }
        unsigned index = 0;
        bool complete = true;
        auto required = [&](const char*, bool must, auto&&) {
            if (must && !(seen & (1u << index))) complete = false;
            ++index;
        };
        fields(required);
        return complete;
    }
    template <typename Element>
    bool array(Element&& element) {
        if (!eat('[')) return false;
        if (eat(']')) return true;
        std::size_t count = 0;
        do {
            if (++count > kMaxItems || !element(*this)) return false;
        } while (eat(','));
        return eat(']');
    }
    bool text(std::string& out) {
        std::string_view s;
        if (!string(s)) return false;
        out.assign(s.data(), s.size());
        return true;
    }
    bool one_of(const char* a, const char* b, bool& is_a) {
        std::string_view s;
        if (!string(s)) return false;
        is_a = same_bytes(s, a);
        if (!is_a && !same_bytes(s, b)) return false;
        return true;
    }
    bool whole_number(std::uint64_t min, std::uint64_t max, std::uint64_t& out) { return number(min, max, out); }
    bool boolean(bool& out) {
        skip_space();
        for (bool value : {true, false}) {
            std::string_view word = value ? "true" : "false";
            if (t_.substr(i_, word.size()) == word) {
                i_ += word.size();
                out = value;
                return true;
            }
        }
        return false;
    }
    bool date(std::string&) { return false; }  // account_opened: always read the full way
    bool count(std::uint64_t& out) { return number(0, UINT64_MAX, out); }
    bool fail(const char*) { return false; }
    bool at_end() {
        skip_space();
        return i_ == t_.size();
    }

private:
    void skip_space() {
        while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\n' || t_[i_] == '\r' || t_[i_] == '\t')) ++i_;
    }
    bool eat(char c) {
        skip_space();
        if (i_ == t_.size() || t_[i_] != c) return false;
        ++i_;
        return true;
    }
    // A non-empty string of valid UTF-8 with no escapes or control characters.
    bool string(std::string_view& out) {
        if (!eat('"')) return false;
        std::size_t start = i_;
        while (i_ < t_.size()) {
            auto c = static_cast<unsigned char>(t_[i_]);
            if (c == '"') {
                out = t_.substr(start, i_ - start);
                ++i_;
                return !out.empty();
            }
            if (c < 0x20 || c == '\\') return false;
            if (c < 0x80) {
                ++i_;
                continue;
            }
            std::size_t length = utf8_sequence(t_, i_);
            if (length == 0) return false;
            i_ += length;
        }
        return false;
    }
    // A JSON integer from min to max: digits only (a sign, fraction or exponent is not plain).
    bool number(std::uint64_t min, std::uint64_t max, std::uint64_t& out) {
        skip_space();
        std::size_t start = i_;
        std::uint64_t value = 0;
        while (i_ < t_.size() && t_[i_] >= '0' && t_[i_] <= '9') {
            auto digit = static_cast<std::uint64_t>(t_[i_] - '0');
            if (value > (UINT64_MAX - digit) / 10) return false;  // parse_json would read a float
            value = value * 10 + digit;
            ++i_;
        }
        if (i_ == start || (i_ - start > 1 && t_[start] == '0')) return false;
        if (i_ < t_.size() && (t_[i_] == '.' || t_[i_] == 'e' || t_[i_] == 'E')) return false;
        out = value;
        return value >= min && value <= max;
    }

    std::string_view t_;
    std::size_t i_ = 0;
};

}  // namespace

QuoteRequest read_request(const JsonNode& node) {
    QuoteRequest r;
    FromNode in(node);
    read_request_fields(in, r);
    return r;
}

void from_json(const Json& j, QuoteRequest& request) { request = read_request(JsonNode(j, "")); }

namespace {

bool read_plain_into(std::string_view text, QuoteRequest& r) {
    Plain in(text);
    return read_request_fields(in, r) && in.at_end();
}

QuoteRequest read_in_full(std::string_view text) {
    Json j = parse_json(text, "request");
    if (!j.is_object()) throw Error("request", "must be a JSON object");
    return read_request(JsonNode(j, ""));
}

}  // namespace

std::optional<QuoteRequest> read_plain_request(std::string_view text) {
    QuoteRequest r;
    if (!read_plain_into(text, r)) return std::nullopt;
    return r;
}

QuoteRequest parse_request(std::string_view text) {
    if (auto plain = read_plain_request(text)) return std::move(*plain);
    return read_in_full(text);
}

void parse_request(std::string_view text, QuoteRequest& r) {
    // Every field back to its default but the names' memory: the product, and the lists with their items' names.
    QuoteRequest cleared;
    cleared.product = std::move(r.product);
    cleared.product.clear();
    cleared.usage = std::move(r.usage);
    cleared.packs = std::move(r.packs);
    cleared.qps = std::move(r.qps);
    r = std::move(cleared);
    if (!read_plain_into(text, r)) r = read_in_full(text);
}

}  // namespace tally
