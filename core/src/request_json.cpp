#include <nlohmann/json.hpp>

#include "tally/json_read.hpp"
#include "tally/request.hpp"

namespace tally {

namespace jr = json_read;
using json = nlohmann::ordered_json;

namespace {

template <typename Read>
auto read_items(const json& object, const char* key, Read&& read) {
    using Item = decltype(read(object));
    std::vector<Item> out;
    const json* array = jr::optional(object, key);
    if (!array) return out;
    at_key(key, [&] {
        jr::expect_array(*array);
        if (array->size() > kMaxItems) throw Error("", "must have at most " + std::to_string(kMaxItems) + " entries");
        for (std::size_t i = 0; i < array->size(); ++i) out.push_back(at_index(i, [&] { return read((*array)[i]); }));
        return 0;
    });
    return out;
}

std::uint64_t read_days(const json& v) {
    auto days = jr::whole_number(v, kMaxDays);
    if (days == 0) throw Error("", "must be a whole number from 1 to " + std::to_string(kMaxDays));
    return days;
}

}  // namespace

void from_json(const json& j, QuoteRequest& r) {
    jr::expect_only_keys(j, {"product", "edition", "period", "days", "free_quota", "settlement", "account_opened",
                             "usage", "packs", "qps"});
    r.product = jr::field(j, "product", jr::text);
    r.edition = jr::optional_field(j, "edition", jr::text);
    r.period = jr::optional_field(j, "period", [](const json& v) {
        auto s = jr::text(v);
        if (s == "month") return Period::month;
        if (s == "day") return Period::day;
        throw Error("", "must be \"month\" or \"day\"");
    });
    r.days = jr::optional_field(j, "days", read_days);
    r.free_quota = jr::optional_field(j, "free_quota", jr::boolean).value_or(true);
    r.settlement = jr::optional_field(j, "settlement", [](const json& v) {
        auto s = jr::text(v);
        if (s != "daily" && s != "monthly") throw Error("", "must be \"daily\" or \"monthly\"");
        return s;
    });
    r.account_opened = jr::optional_field(j, "account_opened", jr::date);
    r.usage = read_items(j, "usage", [](const json& v) {
        jr::expect_only_keys(v, {"service", "calls"});
        return UsageRequest{jr::field(v, "service", jr::text),
                            jr::field(v, "calls", [](const json& c) { return jr::whole_number(c, kMaxCalls); })};
    });
    r.packs = read_items(j, "packs", [](const json& v) {
        jr::expect_only_keys(v, {"service", "size", "count"});
        PackRequest p;
        p.service = jr::field(v, "service", jr::text);
        p.size = jr::field(v, "size", [](const json& c) { return jr::whole_number(c, kMaxCalls); });
        p.count = jr::optional_field(v, "count", [](const json& c) {
                      auto n = jr::whole_number(c, kMaxPackCount);
                      if (n == 0) throw Error("", "must be a whole number from 1 to " + std::to_string(kMaxPackCount));
                      return n;
                  }).value_or(1);
        return p;
    });
    r.qps = read_items(j, "qps", [](const json& v) {
        jr::expect_only_keys(v, {"group", "qps", "per", "days"});
        QpsRequest q;
        q.group = jr::field(v, "group", jr::text);
        q.qps = jr::field(v, "qps", [](const json& c) {
            auto n = jr::whole_number(c, kMaxCalls);
            if (n == 0) throw Error("", "must be a whole number >= 1");
            return n;
        });
        q.per = jr::optional_field(v, "per", [](const json& c) {
                    auto s = jr::text(c);
                    if (s == "month") return QpsPer::month;
                    if (s == "day") return QpsPer::day;
                    throw Error("", "must be \"month\" or \"day\"");
                }).value_or(QpsPer::month);
        q.days = jr::optional_field(v, "days", read_days);
        if (q.days && q.per == QpsPer::month) throw Error("days", "only applies to a plan bought per day");
        return q;
    });
}

QuoteRequest parse_request(const std::string& text) {
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) throw Error("request", "not valid JSON");
    if (!j.is_object()) throw Error("request", "must be a JSON object");
    return j.get<QuoteRequest>();
}

}  // namespace tally
