// core/src/plan*.cpp, pack_cover.cpp: the cheapest plan. Hand-worked plans (tests/plans, the working shown and
// cited to the price pages); an exhaustive search over every plan of small instances, each priced by the
// timeline, agreeing with the planner; the properties every answer keeps; the errors.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <random>

#include "support.hpp"
#include "tally/plan.hpp"
#include "tally/resolve.hpp"
#include "tally/timeline.hpp"

using nlohmann::json;
using tally::test::check_subset;

namespace {

json plan_json(const json& request) {
    std::string out;
    tally::write_plan(tally::plan(tally::test::tariffs(), tally::parse_plan_request(request.dump())), out);
    return json::parse(out);
}

std::string plan_error(const json& request) {
    try {
        plan_json(request);
    } catch (const tally::Error& e) {
        return e.what();
    }
    return "";
}

tally::Money timeline_total(json request, const json& purchases, const json& qps = json::array()) {
    request.erase("peak_qps");
    request["purchases"] = purchases;
    if (!qps.empty()) request["qps"] = qps;
    tally::TimelineResponse t = tally::timeline(tally::test::tariffs(), tally::parse_timeline_request(request.dump()));
    return t.total;
}

tally::Money money_of(const json& value) { return *tally::Money::parse(value.get<std::string>()); }

// The largest_sizes alternative buys as a person would: on each date, a service's packs are the largest sizes that
// make up their calls (as many of the largest size as fit, then the next...), never, say, 10 x 1万 for a 10万.
void check_largest_sizes(const json& request, const json& purchases) {
    const tally::Edition& edition =
        tally::resolve_edition(tally::test::tariffs(), request["product"],
                               request.contains("edition") ? std::optional<std::string>(request["edition"]) : std::nullopt);
    std::map<std::pair<std::string, std::string>, std::map<std::uint64_t, std::uint64_t>> sets;  // (service, date)
    for (const json& p : purchases)
        sets[{p["service"], p["date"]}][p["size"].get<std::uint64_t>()] += p["count"].get<std::uint64_t>();
    for (const auto& [key, counts] : sets) {
        INFO("largest_sizes: " << key.first << " on " << key.second);
        const tally::Service* service = nullptr;
        for (const tally::Service& s : edition.services)
            if (s.id == key.first) service = &s;
        REQUIRE(service != nullptr);
        std::vector<std::uint64_t> sizes;
        for (const tally::Pack& pack : service->packs) sizes.push_back(pack.calls);
        std::sort(sizes.rbegin(), sizes.rend());
        std::uint64_t calls = 0;
        for (const auto& [size, count] : counts) calls += size * count;
        std::map<std::uint64_t, std::uint64_t> largest_first;
        for (std::uint64_t size : sizes)
            if (calls / size > 0) largest_first[size] = calls / size, calls %= size;
        if (calls == 0) CHECK(counts == largest_first);
    }
}

// What every plan answer keeps: no dearer than postpaid only or any alternative, no cheaper than its lower bound,
// the same total when its purchases are sent back as a timeline request.
void check_properties(const json& request, const json& p) {
    tally::Money total = money_of(p["plan"]["total"]);
    CHECK(money_of(p["timeline"]["total"]) == total);
    CHECK(timeline_total(request, p["plan"]["purchases"], p["plan"]["qps"]) == total);
    CHECK(total <= money_of(p["postpaid_only"]["total"]));
    CHECK(money_of(p["saving"]) == money_of(p["postpaid_only"]["total"]) - total);
    CHECK_FALSE(total < money_of(p["lower_bound"]));
    if (p["optimal"] == true) CHECK(money_of(p["lower_bound"]) == total);
    REQUIRE(p["alternatives"].size() == 3);
    for (const json& a : p["alternatives"]) {
        CHECK_FALSE(money_of(a["total"]) < total);
        CHECK(money_of(a["extra"]) == money_of(a["total"]) - total);
        if (a["name"] != "postpaid_only") CHECK(timeline_total(request, a["purchases"], a["qps"]) == money_of(a["total"]));
        if (a["name"] == "largest_sizes") check_largest_sizes(request, a["purchases"]);
    }
}

}  // namespace

TEST_CASE("Hand-worked plans", "[plan]") {
    auto files = tally::test::vector_files("plans");
    REQUIRE(files.size() >= 3);
    for (const auto& file : files) {
        DYNAMIC_SECTION(file.substr(file.find_last_of('/') + 1)) {
            json vector = json::parse(tally::test::read_file(file));
            INFO(vector.value("name", file) << "\nworking: " << vector.value("working", ""));
            json actual = plan_json(vector.at("request"));
            check_subset(vector.at("expect"), actual, "plan");
            check_properties(vector.at("request"), actual);
            if (vector.contains("day_one"))  // the plan the working compares with, priced by the timeline
                CHECK(timeline_total(vector.at("request"), vector["day_one"]["purchases"]) ==
                      money_of(vector["day_one"]["total"]));
        }
    }
}

TEST_CASE("The page's prepaid example as bought there: 3 x 10万 = 300,000.00 (004 L466)", "[plan]") {
    json request = {{"product", "face-verification"}, {"start", "2026-01-01"}, {"end", "2026-12-31"}, {"free_quota", false},
                    {"usage", {{{"service", "enhanced-authority-wechat"}, {"calls", 25000}, {"per", "month"}}}}};
    json three = {{{"service", "enhanced-authority-wechat"}, {"size", 100000}, {"count", 3}, {"date", "2026-01-01"}}};
    CHECK(timeline_total(request, three) == tally::test::money("300000.00"));
    CHECK(plan_json(request)["plan"]["total"] == "280000.00");
}

TEST_CASE("The largest sizes of a year of 50,000 body detections a month are never 59 x 1万 on one day", "[plan]") {
    // 49,000 paid calls a month (1,000 free, 000 L55), 588,000 in 2026. Bought on one day as a person would, that is
    // 5 x 10万 + 9 x 1万 (590,000 calls, 1,112.00, 000 L64-65); the alternative is the cheapest plan whose every
    // purchase has that form, and 59 x 1万 on one day has not (check_largest_sizes).
    json request = json::parse(R"({"product": "body-analysis", "start": "2026-01-01", "end": "2026-12-31",
        "usage": [{"service": "人体检测", "calls": 50000, "per": "month"}]})");
    json p = plan_json(request);
    check_properties(request, p);
    REQUIRE(p["alternatives"][1]["name"] == "largest_sizes");
    CHECK(money_of(p["alternatives"][1]["total"]) <= tally::test::money("1112.00"));
}

TEST_CASE("A year on a QPS plan is one plan of 12 months, as a person buys it", "[plan]") {
    // 人体检测 20,000,000 calls a month: 1,000 free, 19,999,000 x 0.0015 (the month past 1500万, 000 L90) =
    // 29,998.50 a month metered; a monthly QPS plan of 8 (000 L74: 8 x 480) = 3,840.00 covers it: 12 months 46,080.00.
    json request = json::parse(R"({"product": "body-analysis", "start": "2026-01-01", "end": "2026-12-31",
        "usage": [{"service": "人体检测", "calls": 20000000, "per": "month"}],
        "peak_qps": [{"group": "人体检测与属性分析", "qps": 8}]})");
    json p = plan_json(request);
    CHECK(p["plan"]["total"] == "46080.00");
    REQUIRE(p["plan"]["qps"].size() == 1);
    CHECK(p["plan"]["qps"][0]["months"] == 12);
    CHECK(p["plan"]["qps"][0]["date"] == "2026-01-01");
    check_properties(request, p);
}

TEST_CASE("Plan requests with a fault name the field", "[plan]") {
    const json face = {{"product", "face-verification"}, {"start", "2026-10-01"}, {"end", "2026-12-31"},
                       {"usage", {{{"service", "id-verification"}, {"calls", 100}, {"per", "day"}}}}};
    auto with = [&](json patch) {
        json request = face;
        request.merge_patch(patch);
        return request;
    };
    CHECK(plan_error(face).empty());
    CHECK(plan_error(with({{"purchases", {{{"service", "id-verification"}, {"size", 1000}, {"date", "2026-10-01"}}}}})) ==
          "purchases: a plan request has none: the plan is what to buy");
    CHECK(plan_error(with({{"qps", json::array()}})) == "qps: a plan request has none: the plan is what to buy");
    CHECK(plan_error(with({{"end", "2026-09-30"}})) == "end: must not be before start (2026-10-01)");
    CHECK(plan_error(with({{"usage", {{{"service", "id-verification"}, {"calls", -1}, {"per", "day"}}}}}))
              .rfind("usage[0].calls: ", 0) == 0);
    CHECK(plan_error(with({{"usage", {{{"service", "no-such-label"}, {"calls", 1}, {"per", "day"}}}}}))
              .rfind("usage[0].service: ", 0) == 0);
    CHECK(plan_error(json::array()) == "request: must be a JSON object");
    json body = {{"product", "body-analysis"}, {"start", "2026-10-01"}, {"end", "2026-10-31"},
                 {"usage", {{{"service", "body-detection"}, {"calls", 100}, {"per", "day"}}}}};
    body["peak_qps"] = {{{"group", "人体检测与属性分析"}, {"qps", 201}}};
    CHECK(plan_error(body).rfind("peak_qps[0].qps: at most 200 QPS", 0) == 0);
    body["peak_qps"] = {{{"group", "人体检测与属性分析"}, {"qps", 0}}};
    CHECK(plan_error(body).rfind("peak_qps[0].qps: ", 0) == 0);
    body["peak_qps"] = {{{"group", "人体检测与属性分析"}, {"qps", 5}, {"when", 1}}};
    CHECK(plan_error(body).rfind("peak_qps[0].when: ", 0) == 0);
    body["peak_qps"] = {{{"group", "人体检测与属性分析"}, {"qps", 5}}, {{"group", "body-detection-attributes"}, {"qps", 9}}};
    CHECK(plan_error(body) == "peak_qps[1].group: Body detection and attributes has a peak already: one entry a group");
    json no_group = {{"product", "face-verification"}, {"start", "2026-10-01"}, {"end", "2026-10-31"},
                     {"peak_qps", {{{"group", "人体检测与属性分析"}, {"qps", 5}}}}};
    CHECK(plan_error(no_group).rfind("peak_qps[0].group: ", 0) == 0);
}

namespace {

// Every plan of the search space that could be the cheapest, priced by the timeline: on each purchase date, for
// each service, every set of packs from which no pack can be dropped without the set running short of the calls
// it could ever draw (a pack that can be dropped so costs money and changes no draw, so no cheapest plan has one).
// `reach[d]`: an upper bound of the calls packs bought on date d could draw (all postpaid calls from its month on).
tally::Money cheapest_by_brute_force(const json& request, const std::vector<std::string>& services,
                                     const std::vector<std::string>& dates, const std::vector<std::uint64_t>& reach,
                                     std::size_t& plans) {
    const tally::Edition& edition = tally::test::edition(request["product"]);
    // per (date, service): the sets allowed
    std::vector<std::vector<json>> choices;
    for (std::size_t d = 0; d < dates.size(); ++d) {
        for (const std::string& id : services) {
            const tally::Service& service = edition.services[*edition.find_service(id)];
            std::vector<json> sets{json::array()};
            std::vector<std::uint64_t> counts(service.packs.size(), 0);
            std::function<void(std::size_t, std::uint64_t, std::uint64_t)> grow = [&](std::size_t i, std::uint64_t capacity,
                                                                                    std::uint64_t smallest) {
                if (i == service.packs.size()) {
                    if (capacity == 0 || capacity - smallest >= reach[d]) return;
                    json set = json::array();
                    for (std::size_t k = 0; k < counts.size(); ++k)
                        if (counts[k] > 0)
                            set.push_back({{"service", id}, {"size", service.packs[k].calls}, {"count", counts[k]}, {"date", dates[d]}});
                    sets.push_back(set);
                    return;
                }
                for (std::uint64_t c = 0;; ++c) {
                    counts[i] = c;
                    std::uint64_t size = service.packs[i].calls;
                    std::uint64_t with = capacity + c * size;
                    std::uint64_t least = c > 0 ? std::min(smallest, size) : smallest;
                    if (c > 0 && with - least >= reach[d]) break;
                    grow(i + 1, with, least);
                }
                counts[i] = 0;
            };
            if (reach[d] > 0) grow(0, 0, UINT64_MAX);
            choices.push_back(sets);
        }
    }
    std::optional<tally::Money> best;
    std::vector<std::size_t> pick(choices.size(), 0);
    while (true) {
        json purchases = json::array();
        for (std::size_t c = 0; c < choices.size(); ++c)
            for (const json& p : choices[c][pick[c]]) purchases.push_back(p);
        tally::Money total = timeline_total(request, purchases);
        ++plans;
        if (!best || total < *best) best = total;
        std::size_t c = 0;
        while (c < pick.size() && ++pick[c] == choices[c].size()) pick[c++] = 0;
        if (c == pick.size()) break;
    }
    return *best;
}

}  // namespace

TEST_CASE("The planner agrees with a search of every plan on small instances", "[plan][property]") {
    struct Product {
        const char* id;
        std::vector<const char*> services;  // with packs
        std::uint64_t scale;                // a few of the smallest pack
    };
    const std::vector<Product> products = {
        {"body-analysis", {"body-detection", "body-library", "body-search"}, 10000},
        {"face-verification", {"enhanced-authority-wechat", "basic-upload", "eid-authority", "bank-card-info", "phone-2-factor", "plus-upload-app"}, 1000},
        {"image-analysis", {"similar-image-search-create", "similar-image-search-retrieve"}, 1000000},
    };
    std::mt19937 random(15);
    std::size_t plans = 0, instances = 0;
    const int rounds = 2000;
    for (int round = 0; round < rounds; ++round) {
        const Product& product = products[random() % products.size()];
        // 1 to 3 purchase dates: a start mid-month adds one; two services only with one or two dates.
        int start_day = random() % 3 == 0 ? 1 + static_cast<int>(random() % 28) : 1;
        int months = 1 + static_cast<int>(random() % 2);
        int first_month = 1 + static_cast<int>(random() % 11);
        int year = random() % 4 == 0 ? 2028 : 2026;
        tally::Date start = *tally::Date::from_civil(year, first_month, start_day);
        tally::Date end = tally::last_day(tally::YearMonth{year, first_month + months - 1});
        std::size_t service_count = (months == 1 && start_day == 1 && random() % 2 == 0) ? 2 : 1;
        std::vector<std::string> services;
        while (services.size() < service_count) {
            std::string s = product.services[random() % product.services.size()];
            if (std::find(services.begin(), services.end(), s) == services.end()) services.push_back(s);
        }
        json request = {{"product", product.id}, {"start", start.to_string()}, {"end", end.to_string()}, {"usage", json::array()}};
        if (random() % 2 == 0) request["free_quota"] = false;
        for (const std::string& s : services) {
            std::uint64_t scale = product.scale * (1 + random() % 3);
            bool daily = random() % 2 == 0;
            std::uint64_t calls = daily ? random() % (scale / 12 + 1) : random() % (2 * scale + 1);
            request["usage"].push_back({{"service", s}, {"calls", calls}, {"per", daily ? "day" : "month"}});
        }
        std::vector<std::string> dates{start.to_string()};
        for (tally::YearMonth m = tally::next_month(start.year_month()); m <= end.year_month(); m = tally::next_month(m))
            dates.push_back(tally::to_string(m) + "-01");
        tally::TimelineResponse nothing = tally::timeline(tally::test::tariffs(), tally::parse_timeline_request(request.dump()));
        std::vector<std::uint64_t> reach(dates.size(), 0);
        for (std::size_t d = 0; d < dates.size(); ++d)
            for (std::size_t m = d; m < nothing.months.size(); ++m) reach[d] += nothing.months[m].calls.postpaid;
        INFO("request " << request.dump());
        json p = plan_json(request);
        tally::Money brute = cheapest_by_brute_force(request, services, dates, reach, plans);
        CHECK(money_of(p["plan"]["total"]) == brute);
        CHECK(p["optimal"] == true);
        check_properties(request, p);
        ++instances;
    }
    CHECK(instances == static_cast<std::size_t>(rounds));
    CHECK(plans > static_cast<std::size_t>(rounds) * 3);
}

TEST_CASE("Plans for long horizons and large usage keep their properties", "[plan][property]") {
    std::mt19937 random(1515);
    const std::vector<std::pair<const char*, std::vector<const char*>>> products = {
        {"body-analysis", {"body-detection", "body-library", "body-search"}},
        {"face-verification", {"enhanced-authority-wechat", "basic-upload", "id-verification", "face-risk-detection"}},
        {"image-analysis", {"similar-image-search-create", "similar-image-search-retrieve", "image-tagging"}},
    };
    const std::vector<std::uint64_t> sizes = {0, 999, 25000, 400000, 3000000, 12345678, 250000000};
    for (int round = 0; round < 30; ++round) {
        const auto& [product, services] = products[round % products.size()];
        int year = 2026 + static_cast<int>(random() % 2);
        int first_month = 1 + static_cast<int>(random() % 12);
        tally::Date start = *tally::Date::from_civil(year, first_month, 1 + static_cast<int>(random() % 28));
        tally::Date end = start.plus_days(static_cast<std::int32_t>(200 + random() % 800));
        json request = {{"product", product}, {"start", start.to_string()}, {"end", end.to_string()}, {"usage", json::array()}};
        for (const char* s : services) {
            if (random() % 3 == 0) continue;
            std::uint64_t calls = sizes[random() % sizes.size()] + random() % 1000;
            if (std::string(product) == "face-verification") calls /= 30;  // per day
            request["usage"].push_back({{"service", s}, {"calls", calls},
                                        {"per", std::string(product) == "face-verification" ? "day" : "month"}});
        }
        if (std::string(product) == "body-analysis" && round % 2 == 0)
            request["peak_qps"] = {{{"group", "body-detection-attributes"}, {"qps", 1 + random() % 60}}};
        INFO("request " << request.dump());
        check_properties(request, plan_json(request));
    }
}
