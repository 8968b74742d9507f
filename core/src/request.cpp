#include "tally/request.hpp"

#include "tally/utf8.hpp"

namespace tally {

namespace {

std::vector<JsonNode> items_of(const JsonNode& request, const char* key) {
    auto list = request.find(key);
    if (!list) return {};
    std::vector<JsonNode> items = list->elements();
    if (items.size() > kMaxItems) list->fail("must have at most " + std::to_string(kMaxItems) + " entries");
    return items;
}

std::optional<std::string> optional_text(const JsonNode& parent, const char* key) {
    if (auto node = parent.find(key)) return node->text();
    return std::nullopt;
}

}  // namespace

QuoteRequest read_request(const JsonNode& node) {
    node.allow_only({"product", "edition", "period", "days", "free_quota", "settlement", "account_opened", "usage",
                     "packs", "qps"});
    QuoteRequest r;
    r.product = node["product"].text();
    r.edition = optional_text(node, "edition");
    if (auto period = node.find("period")) r.period = period->one_of({"month", "day"}) == 0 ? Period::month : Period::day;
    if (auto days = node.find("days")) r.days = days->whole_number(1, kMaxDays);
    if (auto free = node.find("free_quota")) r.free_quota = free->boolean();
    if (auto settlement = node.find("settlement"))
        r.settlement = settlement->one_of({"daily", "monthly"}) == 0 ? "daily" : "monthly";
    if (auto opened = node.find("account_opened")) r.account_opened = opened->date();
    for (const auto& item : items_of(node, "usage")) {
        item.allow_only({"service", "calls"});
        r.usage.push_back(UsageRequest{item["service"].text(), item["calls"].whole_number(kMaxCalls)});
    }
    for (const auto& item : items_of(node, "packs")) {
        item.allow_only({"service", "size", "count"});
        PackRequest p;
        p.service = item["service"].text();
        p.size = item["size"].whole_number(kMaxCalls);
        if (auto count = item.find("count")) p.count = count->whole_number(1, kMaxPackCount);
        r.packs.push_back(p);
    }
    for (const auto& item : items_of(node, "qps")) {
        item.allow_only({"group", "qps", "per", "days"});
        QpsRequest q;
        q.group = item["group"].text();
        // 1..max_qps is the group's own rule, so anything else (0, -1, 2.5, "10") is reported on resolving,
        // with the group's range; 0 stands for "not a count".
        const Json& qps = item["qps"].value();
        if (qps.is_number_unsigned() || (qps.is_number_integer() && qps.get<std::int64_t>() > 0))
            q.qps = qps.get<std::uint64_t>();
        if (auto per = item.find("per")) q.per = per->one_of({"month", "day"}) == 0 ? QpsPer::month : QpsPer::day;
        if (auto days = item.find("days")) {
            if (q.per == QpsPer::month) days->fail("only applies to a plan bought per day");
            q.days = days->whole_number(1, kMaxDays);
        }
        r.qps.push_back(q);
    }
    return r;
}

void from_json(const Json& j, QuoteRequest& request) { request = read_request(JsonNode(j, "")); }

namespace {

// A cursor over request text that accepts only the plain form; every method returns false (and the caller
// gives up) on anything else.
class Plain {
public:
    explicit Plain(std::string_view text) : t_(text) {}

    void skip_space() {
        while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\n' || t_[i_] == '\r' || t_[i_] == '\t')) ++i_;
    }
    bool eat(char c) {
        skip_space();
        if (i_ == t_.size() || t_[i_] != c) return false;
        ++i_;
        return true;
    }
    bool at_end() {
        skip_space();
        return i_ == t_.size();
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
    bool string_is(std::string_view a, std::string_view b, bool& first) {
        std::string_view s;
        if (!string(s) || (s != a && s != b)) return false;
        first = s == a;
        return true;
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
    // An object whose keys are all among `keys`, each at most once; member(index of the key) reads its value.
    template <typename Member>
    bool object(std::initializer_list<const char*> keys, Member&& member) {
        if (!eat('{')) return false;
        if (eat('}')) return true;
        unsigned seen = 0;
        do {
            std::string_view key;
            if (!string(key) || !eat(':')) return false;
            unsigned index = 0;
            for (const char* k : keys) {
                if (key == k) break;
                ++index;
            }
            if (index == keys.size() || (seen & (1u << index))) return false;
            seen |= 1u << index;
            if (!member(index)) return false;
        } while (eat(','));
        return eat('}');
    }
    template <typename Element>
    bool array(Element&& element) {
        if (!eat('[')) return false;
        if (eat(']')) return true;
        std::size_t count = 0;
        do {
            if (++count > kMaxItems || !element()) return false;
        } while (eat(','));
        return eat(']');
    }

private:
    std::string_view t_;
    std::size_t i_ = 0;
};

}  // namespace

std::optional<QuoteRequest> read_plain_request(std::string_view text) {
    Plain in(text);
    QuoteRequest r;
    bool product = false, first = false;
    std::string_view s;
    std::uint64_t n = 0;
    bool ok = in.object({"product", "edition", "period", "days", "free_quota", "settlement", "usage", "packs", "qps"},
                        [&](unsigned key) {
        switch (key) {
            case 0: product = in.string(s); r.product = std::string(s); return product;
            case 1: if (!in.string(s)) return false; r.edition = std::string(s); return true;
            case 2: if (!in.string_is("month", "day", first)) return false; r.period = first ? Period::month : Period::day; return true;
            case 3: if (!in.number(1, kMaxDays, n)) return false; r.days = n; return true;
            case 4: return in.boolean(r.free_quota);
            case 5: if (!in.string_is("daily", "monthly", first)) return false; r.settlement = first ? "daily" : "monthly"; return true;
            case 6: return in.array([&] {
                UsageRequest u;
                unsigned got = 0;
                bool item = in.object({"service", "calls"}, [&](unsigned k) {
                    got |= 1u << k;
                    if (k == 0) return in.string(s) && (u.service = std::string(s), true);
                    return in.number(0, kMaxCalls, u.calls);
                });
                if (!item || got != 3) return false;
                r.usage.push_back(std::move(u));
                return true;
            });
            case 7: return in.array([&] {
                PackRequest p;
                unsigned got = 0;
                bool item = in.object({"service", "size", "count"}, [&](unsigned k) {
                    got |= 1u << k;
                    if (k == 0) return in.string(s) && (p.service = std::string(s), true);
                    if (k == 1) return in.number(0, kMaxCalls, p.size);
                    return in.number(1, kMaxPackCount, p.count);
                });
                if (!item || (got & 3) != 3) return false;
                r.packs.push_back(std::move(p));
                return true;
            });
            default: return in.array([&] {
                QpsRequest q;
                unsigned got = 0;
                bool item = in.object({"group", "qps", "per", "days"}, [&](unsigned k) {
                    got |= 1u << k;
                    if (k == 0) return in.string(s) && (q.group = std::string(s), true);
                    if (k == 1) return in.number(0, UINT64_MAX, q.qps);
                    if (k == 2) return in.string_is("month", "day", first) && (q.per = first ? QpsPer::month : QpsPer::day, true);
                    return in.number(1, kMaxDays, n) && (q.days = n, true);
                });
                if (!item || (got & 3) != 3 || (q.days && q.per != QpsPer::day)) return false;
                r.qps.push_back(std::move(q));
                return true;
            });
        }
    });
    if (!ok || !product || !in.at_end()) return std::nullopt;
    return r;
}

QuoteRequest parse_request(std::string_view text) {
    if (auto plain = read_plain_request(text)) return std::move(*plain);
    Json j = parse_json(text, "request");
    if (!j.is_object()) throw Error("request", "must be a JSON object");
    return read_request(JsonNode(j, ""));
}

}  // namespace tally
