// core/src/timeline*.cpp: the account over time. Hand-worked timelines (tests/timelines, the working shown and
// cited to the price pages), the errors a caller can make, and the property that one month of a timeline is the
// one-period quote of that month.
#include <catch2/catch.hpp>

#include <random>

#include "support.hpp"
#include "tally/quote.hpp"
#include "tally/timeline.hpp"

using nlohmann::json;

namespace {

json timeline_json(const json& request) {
    std::string out;
    tally::write_timeline(tally::timeline(tally::test::tariffs(), tally::parse_timeline_request(request.dump())), out);
    return json::parse(out);
}

std::string timeline_error(const json& request) {
    try {
        timeline_json(request);
    } catch (const tally::Error& e) {
        return e.what();
    }
    return "";
}

using tally::test::check_subset;

tally::Money money_of(const json& value) { return *tally::Money::parse(value.get<std::string>()); }

// What every timeline answer keeps: the total is its parts, the months add up to the parts, calls add up.
void check_sums(const json& t) {
    using tally::Money;
    const json& paid = t["paid"];
    CHECK(money_of(t["total"]).units() == money_of(paid["bills"]).units() + money_of(paid["purchases"]).units() +
                                              money_of(paid["qps"]).units() - money_of(paid["refunds"]).units());
    Money postpaid, purchases, bills;
    std::uint64_t calls = 0;
    for (const auto& m : t["months"]) {
        postpaid = postpaid + money_of(m["postpaid"]);
        purchases = purchases + money_of(m["purchases"]);
        calls += m["calls"]["total"].get<std::uint64_t>();
    }
    for (const auto& b : t["bills"]) bills = bills + money_of(b["total"]);
    CHECK(postpaid == money_of(paid["bills"]));
    CHECK(bills == money_of(paid["bills"]));
    CHECK(purchases.units() == money_of(paid["purchases"]).units() + money_of(paid["qps"]).units() -
                                   money_of(paid["refunds"]).units());
    CHECK(calls == t["calls"]["total"].get<std::uint64_t>());
}

}  // namespace

TEST_CASE("Hand-worked timelines", "[timeline]") {
    auto files = tally::test::vector_files("timelines");
    REQUIRE(files.size() >= 8);
    for (const auto& file : files) {
        DYNAMIC_SECTION(file.substr(file.find_last_of('/') + 1)) {
            json vector = json::parse(tally::test::read_file(file));
            INFO(vector.value("name", file) << "\nworking: " << vector.value("working", ""));
            json actual = timeline_json(vector.at("request"));
            check_subset(vector.at("expect"), actual, "timeline");
            check_sums(actual);
        }
    }
}

TEST_CASE("Timeline requests with a fault name the field", "[timeline]") {
    const json face = {{"product", "face-verification"}, {"start", "2026-10-01"}, {"end", "2026-12-31"}};
    auto with = [&](json patch) {
        json request = face;
        request.merge_patch(patch);
        return request;
    };
    const json one_pack = {{{"service", "id-verification"}, {"size", 1000}, {"date", "2026-10-01"}}};

    SECTION("the horizon") {
        CHECK(timeline_error(with({{"end", "2026-09-30"}})) == "end: must not be before start (2026-10-01)");
        CHECK(timeline_error(with({{"start", "2026-02-30"}})) == "start: 2026-02-30 is not a date (YYYY-MM-DD)");
        CHECK(timeline_error(with({{"start", "soon"}})) == "start: soon is not a date (YYYY-MM-DD)");
        CHECK(timeline_error(with({{"end", nullptr}})) == "end: is missing");
        // 2026, 2027 and 2028 (a leap year) are 365 + 365 + 366 = 1,096 days.
        CHECK(timeline_error(with({{"start", "2026-01-01"}, {"end", "2028-12-31"}})).empty());
        CHECK(timeline_error(with({{"start", "2026-01-01"}, {"end", "2029-01-01"}})) ==
              "end: the horizon may span at most 1096 days, from start to end inclusive");
        CHECK(timeline_error(with({{"account_opened", "2026-10-02"}})) ==
              "account_opened: must be on or before start: calls before the account opens cannot be simulated");
    }
    SECTION("purchases and usage") {
        CHECK(timeline_error(with({{"purchases", {{{"service", "id-verification"}, {"size", 1000}, {"date", "2027-01-05"}}}}})) ==
              "purchases[0].date: 2027-01-05 is outside the horizon 2026-10-01 to 2026-12-31");
        CHECK(timeline_error(with({{"purchases", {{{"service", "id-verification"}, {"size", 999}, {"date", "2026-10-05"}}}}}))
                  .rfind("purchases[0].size: ID information verification has no pack of 999 calls; sizes sold: 1000, ", 0) == 0);
        CHECK(timeline_error(with({{"usage", {{{"service", "id-verification"}, {"calls", 5}}}}})) == "usage[0].per: is missing");
        CHECK(timeline_error(with({{"usage", {{{"service", "id-verification"}, {"calls", 5}, {"per", "week"}}}}})) ==
              "usage[0].per: must be \"day\" or \"month\"");
        CHECK(timeline_error(with({{"usage", {{{"service", "id-verification"}, {"calls", 5}, {"per", "month"}, {"from", "2026-10-01"}}}}})) ==
              "usage[0].from: 2026-10-01 is not a month (YYYY-MM)");
        CHECK(timeline_error(with({{"usage", {{{"service", "id-verification"}, {"calls", 5}, {"per", "day"}, {"from", "2026-11-01"}, {"to", "2026-10-31"}}}}})) ==
              "usage[0].to: must not be before from");
        // Two entries for one service add up, to 10^15 calls a day at most.
        json twice = {{{"service", "id-verification"}, {"calls", 600000000000000ULL}, {"per", "day"}},
                      {{"service", "身份信息核验"}, {"calls", 400000000000001ULL}, {"per", "day"}}};
        CHECK(timeline_error(with({{"usage", twice}})) ==
              "usage[1].calls: with the other entries for this service, more than 10^15 calls on 2026-10-01");
    }
    SECTION("refunds (R19, R26)") {
        CHECK(timeline_error(with({{"purchases", one_pack}, {"refunds", {{{"purchase", 0}, {"date", "2026-10-08"}}}}})).empty());
        CHECK(timeline_error(with({{"purchases", one_pack}, {"refunds", {{{"purchase", 0}, {"date", "2026-10-09"}}}}})) ==
              "refunds[0].date: after the refund window, which ended 2026-10-08");
        CHECK(timeline_error(with({{"purchases", one_pack}, {"refunds", {{{"purchase", 1}, {"date", "2026-10-02"}}}}})) ==
              "refunds[0].purchase: must be the index of an entry of purchases, 0 to 0 (free packs are never refundable)");
        CHECK(timeline_error(with({{"refunds", {{{"purchase", "free"}, {"date", "2026-10-02"}}}}})) ==
              "refunds[0].purchase: names no purchase: there are none (free packs are never refundable)");
        json used = with({{"purchases", one_pack},
                          {"usage", {{{"service", "id-verification"}, {"calls", 100}, {"per", "day"}}}},
                          {"refunds", {{{"purchase", 0}, {"date", "2026-10-05"}}}}});
        CHECK(timeline_error(used) ==
              "refunds[0].purchase: 400 calls were drawn from this pack before 2026-10-05; only an unused pack can be refunded");
        json twice = with({{"purchases", one_pack},
                           {"refunds", {{{"purchase", 0}, {"date", "2026-10-02"}}, {{"purchase", 0}, {"date", "2026-10-03"}}}}});
        CHECK(timeline_error(twice) == "refunds[1].purchase: this purchase is refunded a second time");
        json body = {{"product", "body-analysis"}, {"start", "2026-10-01"}, {"end", "2026-10-31"},
                     {"purchases", {{{"service", "body-detection"}, {"size", 10000}, {"date", "2026-10-01"}}}},
                     {"refunds", {{{"purchase", 0}, {"date", "2026-10-02"}}}}};
        CHECK(timeline_error(body) == "refunds[0].purchase: packs of Body Analysis cannot be refunded");
    }
    SECTION("QPS plans (R13, R27)") {
        json body = {{"product", "body-analysis"}, {"start", "2026-01-01"}, {"end", "2026-03-31"}};
        auto plans = [&](json qps) {
            json request = body;
            request["qps"] = qps;
            return timeline_error(request);
        };
        CHECK(plans({{{"group", "人体检测与属性分析"}, {"qps", 201}, {"date", "2026-01-01"}}}).rfind("qps[0].qps: at most 200 QPS", 0) == 0);
        CHECK(plans({{{"group", "人体检测与属性分析"}, {"qps", 10}, {"date", "2026-01-01"}},
                     {{"group", "body-detection-attributes"}, {"qps", 20}, {"per", "day"}, {"days", 3}, {"date", "2026-01-31"}}}) ==
              "qps[1].date: the plan from 2026-01-01 for the same group covers 2026-01-31 too");
        // A month bought on 01-01 covers 01-31 (the day before 02-01); on 02-01 the next plan may start.
        CHECK(plans({{{"group", "人体检测与属性分析"}, {"qps", 10}, {"date", "2026-01-01"}},
                     {{"group", "人体检测与属性分析"}, {"qps", 10}, {"date", "2026-02-01"}}}).empty());
        CHECK(plans({{{"group", "人体检测与属性分析"}, {"qps", 10}, {"date", "2026-01-01"}, {"days", 3}}}) ==
              "qps[0].days: only applies to a plan bought per day (per: \"day\")");
        CHECK(plans({{{"group", "人体检测与属性分析"}, {"qps", 10}, {"date", "2026-04-01"}}}) ==
              "qps[0].date: 2026-04-01 is outside the horizon 2026-01-01 to 2026-03-31");
    }
}

TEST_CASE("A QPS month bought on the 31st covers to the end of a shorter month (R27)", "[timeline]") {
    json request = {{"product", "body-analysis"}, {"start", "2026-01-01"}, {"end", "2026-03-31"},
                    {"qps", {{{"group", "人体检测与属性分析"}, {"qps", 9}, {"date", "2026-01-31"}, {"months", 2}}}}};
    json t = timeline_json(request);
    // 9 QPS: 0 < q < 10, 480 a month each (000 L74): 4,320.00 on 01-31 and again on 03-01, when the second
    // month starts (February has no 31st, so the first month runs to 02-28).
    CHECK(t["qps"][0]["through"] == "2026-03-30");
    CHECK(t["qps"][0]["paid"] == "8640.00");
    CHECK(t["months"][0]["purchases"] == "4320.00");
    CHECK(t["months"][1]["purchases"] == "0.00");
    CHECK(t["months"][2]["purchases"] == "4320.00");
}

TEST_CASE("One month of a timeline is the quote of that month", "[timeline][property]") {
    // Where the period rules coincide (packs bought on the month's first day, the account opened then), the
    // day-by-day simulation must charge what the one-period engine charges for the same usage and packs.
    struct Product {
        const char* id;
        std::vector<const char*> services;
        std::vector<std::pair<const char*, std::uint64_t>> packs;
    };
    const std::vector<Product> products = {
        {"body-analysis", {"body-detection", "body-library", "body-search"},
         {{"body-detection", 10000}, {"body-detection", 100000}, {"body-search", 1000000}}},
        {"image-analysis", {"image-tagging", "vehicle-recognition", "similar-image-search-create", "general-image-tagging"},
         {{"similar-image-search-create", 1000000}, {"similar-image-search-retrieve", 5000000}}},
        {"face-verification", {"enhanced-authority-wechat", "id-verification", "basic-upload", "face-risk-detection"},
         {{"enhanced-authority-wechat", 1000}, {"id-verification", 10000}, {"basic-upload", 100000}}},
    };
    const std::vector<std::pair<const char*, const char*>> months = {
        {"2026-02-01", "2026-02-28"}, {"2028-02-01", "2028-02-29"}, {"2026-04-01", "2026-04-30"}, {"2026-07-01", "2026-07-31"}};
    std::mt19937 random(20261201);
    const std::vector<std::uint64_t> sizes = {0, 1, 99, 1000, 2999, 10001, 123457, 999999, 1000000, 3000000, 15000001};
    int compared = 0;
    for (int round = 0; round < 300; ++round) {
        const Product& product = products[random() % products.size()];
        auto [start, end] = months[random() % months.size()];
        std::string month_days = std::to_string(std::stoi(std::string(end).substr(8)));
        json quote = {{"product", product.id}, {"usage", json::array()}, {"packs", json::array()}};
        json line = {{"product", product.id}, {"start", start}, {"end", end}, {"usage", json::array()}, {"purchases", json::array()}};
        if (std::string(product.id) == "face-verification") {
            quote["period"] = "month";
            quote["days"] = std::stoi(month_days);
            quote["account_opened"] = start;
        }
        for (const char* service : product.services) {
            if (random() % 3 == 0) continue;
            std::uint64_t calls = sizes[random() % sizes.size()] + random() % 1000;
            quote["usage"].push_back({{"service", service}, {"calls", calls}});
            line["usage"].push_back({{"service", service}, {"calls", calls}, {"per", "month"}});
        }
        for (const auto& [service, size] : product.packs) {
            if (random() % 2 == 0) continue;
            std::uint64_t count = 1 + random() % 3;
            quote["packs"].push_back({{"service", service}, {"size", size}, {"count", count}});
            line["purchases"].push_back({{"service", service}, {"size", size}, {"count", count}, {"date", start}});
        }
        INFO("quote " << quote.dump() << "\ntimeline " << line.dump());
        std::string quote_error = tally::test::error_of(quote);
        if (!quote_error.empty()) {  // e.g. a pack for a service with no usage named twice: both must refuse
            CHECK_FALSE(timeline_error(line).empty());
            continue;
        }
        json priced = tally::test::quote_json(quote);
        json t = timeline_json(line);
        CHECK(t["total"] == priced["total"]);
        check_sums(t);
        ++compared;
    }
    CHECK(compared > 200);
}
