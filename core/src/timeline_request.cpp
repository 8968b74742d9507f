// The timeline request's JSON, read with every error naming its field. README "tally timeline" documents it.
#include "tally/names.hpp"
#include "tally/timeline.hpp"

namespace tally {

namespace {

std::vector<JsonNode> items_of(const JsonNode& request, const char* key) {
    auto list = request.find(key);
    if (!list) return {};
    std::vector<JsonNode> items = list->elements();
    if (items.size() > kMaxItems) list->fail("must have at most " + std::to_string(kMaxItems) + " entries");
    return items;
}

Date read_date(const JsonNode& node) {
    std::string text = node.text();
    if (auto date = Date::parse(text)) return *date;
    node.fail(printable_excerpt(text) + " is not a date (YYYY-MM-DD)");
}

Date read_month(const JsonNode& node) {
    std::string text = node.text();
    if (auto month = parse_year_month(text)) return first_day(*month);
    node.fail(printable_excerpt(text) + " is not a month (YYYY-MM)");
}

std::string horizon_text(Date start, Date end) { return start.to_string() + " to " + end.to_string(); }

void check_in_horizon(const JsonNode& node, Date date, Date start, Date end) {
    if (date < start || date > end)
        node.fail(date.to_string() + " is outside the horizon " + horizon_text(start, end));
}

}  // namespace

TimelineRequest read_timeline_request(const JsonNode& node) {
    node.allow_only({"product", "edition", "settlement", "start", "end", "account_opened", "free_quota",
                     "daily_bill_lines", "usage", "purchases", "refunds", "qps"});
    TimelineRequest r;
    r.product = node["product"].text();
    if (auto edition = node.find("edition")) r.edition = edition->text();
    if (auto settlement = node.find("settlement"))
        r.settlement = settlement->one_of({"daily", "monthly"}) == 0 ? "daily" : "monthly";
    r.start = read_date(node["start"]);
    JsonNode end = node["end"];
    r.end = read_date(end);
    if (r.end < r.start) end.fail("must not be before start (" + r.start.to_string() + ")");
    if (r.end.days() - r.start.days() + 1 > kMaxHorizonDays)
        end.fail("the horizon may span at most " + std::to_string(kMaxHorizonDays) + " days, from start to end inclusive");
    if (auto opened = node.find("account_opened")) {
        r.account_opened = read_date(*opened);
        if (*r.account_opened > r.start)
            opened->fail("must be on or before start: calls before the account opens cannot be simulated");
    }
    if (auto free = node.find("free_quota")) r.free_quota = free->boolean();
    if (auto lines = node.find("daily_bill_lines")) r.daily_bill_lines = lines->boolean();

    for (const auto& item : items_of(node, "usage")) {
        item.allow_only({"service", "calls", "per", "from", "to"});
        TimelineUsage u;
        u.service = item["service"].text();
        u.calls = item["calls"].whole_number(kMaxCalls);
        u.per = item["per"].one_of({"day", "month"}) == 0 ? UsagePer::day : UsagePer::month;
        auto read_bound = [&](const JsonNode& bound) { return u.per == UsagePer::day ? read_date(bound) : read_month(bound); };
        if (auto from = item.find("from")) u.from = read_bound(*from);
        if (auto to = item.find("to")) {
            u.to = read_bound(*to);
            if (u.from && *u.to < *u.from) to->fail("must not be before from");
        }
        r.usage.push_back(u);
    }
    for (const auto& item : items_of(node, "purchases")) {
        item.allow_only({"service", "size", "count", "date"});
        TimelinePurchase p;
        p.service = item["service"].text();
        p.size = item["size"].whole_number(kMaxCalls);
        if (auto count = item.find("count")) p.count = count->whole_number(1, kMaxPackCount);
        JsonNode date = item["date"];
        p.date = read_date(date);
        check_in_horizon(date, p.date, r.start, r.end);
        r.purchases.push_back(p);
    }
    for (const auto& item : items_of(node, "refunds")) {
        item.allow_only({"purchase", "date"});
        TimelineRefund refund;
        JsonNode purchase = item["purchase"];
        const Json& index = purchase.value();
        if (!index.is_number_integer() || index.get<std::int64_t>() < 0 || index.get<std::uint64_t>() >= r.purchases.size())
            purchase.fail((r.purchases.empty() ? std::string("names no purchase: there are none")
                                               : "must be the index of an entry of purchases, 0 to " +
                                                     std::to_string(r.purchases.size() - 1)) +
                          " (free packs are never refundable)");
        refund.purchase = purchase.value().get<std::size_t>();
        JsonNode date = item["date"];
        refund.date = read_date(date);
        check_in_horizon(date, refund.date, r.start, r.end);
        r.refunds.push_back(refund);
    }
    for (const auto& item : items_of(node, "qps")) {
        item.allow_only({"group", "qps", "per", "date", "months", "days"});
        TimelineQps q;
        q.group = item["group"].text();
        // 1..max_qps is the group's own rule, checked on resolving with the group's range; 0 stands for "not a count".
        const Json& qps = item["qps"].value();
        if (qps.is_number_unsigned() || (qps.is_number_integer() && qps.get<std::int64_t>() > 0))
            q.qps = qps.get<std::uint64_t>();
        if (auto per = item.find("per")) q.per = per->one_of({"month", "day"}) == 0 ? QpsPer::month : QpsPer::day;
        JsonNode date = item["date"];
        q.date = read_date(date);
        check_in_horizon(date, q.date, r.start, r.end);
        auto months = item.find("months");
        auto days = item.find("days");
        if (q.per == QpsPer::month) {
            if (days) days->fail("only applies to a plan bought per day (per: \"day\")");
            if (months) q.periods = months->whole_number(1, 36);
        } else {
            if (months) months->fail("only applies to a plan bought per month (per: \"month\")");
            if (days) q.periods = days->whole_number(1, kMaxHorizonDays);
        }
        r.qps.push_back(q);
    }
    return r;
}

TimelineRequest parse_timeline_request(std::string_view text) {
    Json j = parse_json(text, "request");
    if (!j.is_object()) throw Error("request", "must be a JSON object");
    return read_timeline_request(JsonNode(j, ""));
}

}  // namespace tally
