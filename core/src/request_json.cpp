#include "tally/request.hpp"

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

QuoteRequest parse_request(const std::string& text) {
    Json j = parse_json(text, "request");
    if (!j.is_object()) throw Error("request", "must be a JSON object");
    return read_request(JsonNode(j, ""));
}

}  // namespace tally
