// Quotes for one settlement period. Figures are worked out by hand from the price pages in each comment.
#include <catch2/catch.hpp>

#include "support.hpp"

using nlohmann::json;
using tally::test::quote_json;

namespace {

json quote_of(const std::string& product, json usage, json extra = json::object()) {
    json request = {{"product", product}, {"usage", usage}};
    request.update(extra);
    return json::parse(quote_json(request).dump());
}

std::size_t count_code(const json& response, const std::string& code) {
    std::size_t n = 0;
    for (const auto& w : response["warnings"]) n += w["code"] == code ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("The four worked examples of the price page, free quota off (004, R1)", "[quote][examples]") {
    json off = {{"free_quota", false}};
    SECTION("prepaid 1: 3 packs of 10万 of 增强版人脸核身（权威库） cover 300,000 calls: 3 x 100,000") {
        json q = quote_of("face-verification", {{{"service", "增强版人脸核身（权威库）-微信"}, {"calls", 300000}}},
                          {{"free_quota", false},
                           {"packs", {{{"service", "增强版人脸核身（权威库）-微信"}, {"size", 100000}, {"count", 3}}}}});
        CHECK(q["total"] == "300000.00");
    }
    SECTION("prepaid 2: 15,000 calls with one 1万 pack: (15,000 - 10,000) x 1.2 + 11,000") {
        json q = quote_of("face-verification", {{{"service", "增强版人脸核身（权威库）-微信"}, {"calls", 15000}}},
                          {{"free_quota", false},
                           {"packs", {{{"service", "增强版人脸核身（权威库）-微信"}, {"size", 10000}}}}});
        CHECK(q["total"] == "17000.00");
        REQUIRE(q["lines"].size() == 2);
        CHECK(q["lines"][0]["source"] == "pack");
        CHECK(q["lines"][0]["charged"] == "11000.00");
        CHECK(q["lines"][1]["calls"] == 5000);
        CHECK(q["lines"][1]["charged"] == "6000.00");
    }
    SECTION("postpaid 1: 1,000 calls of 身份信息核验 in a day: 1000 x 0.3") {
        CHECK(quote_of("face-verification", {{{"service", "身份信息核验"}, {"calls", 1000}}}, off)["total"] == "300.00");
    }
    SECTION("postpaid 2: 30,000 calls of 手机号信息核验(二要素) in a day: 30,000 x 0.4") {
        CHECK(quote_of("face-verification", {{{"service", "手机号信息核验（二要素）"}, {"calls", 30000}}}, off)["total"] ==
              "12000.00");
    }
}

TEST_CASE("Half a fen rounds up, once per line (R5)", "[quote][rounding]") {
    SECTION("1,290 calls of 人脸安全风险识别服务 in a day: 1290 x 0.0035 = 4.515 -> 4.52") {
        json q = quote_of("face-verification", {{{"service", "人脸安全风险识别服务"}, {"calls", 1290}}});
        CHECK(q["lines"][0]["amount"] == "4.51500000");
        CHECK(q["total"] == "4.52");
    }
    SECTION("90 calls over 30 days: 30 daily lines of 0.0105 charge 0.01 each = 0.30 (one line would be 0.32)") {
        json q = quote_of("face-verification", {{{"service", "人脸安全风险识别服务"}, {"calls", 90}}},
                          {{"period", "month"}, {"days", 30}});
        CHECK(q["lines"].size() == 30);
        for (const auto& line : q["lines"]) CHECK(line["charged"] == "0.01");
        CHECK(q["total"] == "0.30");
    }
    SECTION("91 calls over 30 days: day 1 takes 4 calls (0.014 -> 0.01), 29 days of 3") {
        json q = quote_of("face-verification", {{{"service", "人脸安全风险识别服务"}, {"calls", 91}}},
                          {{"period", "month"}});
        CHECK(q["days"] == 30);
        CHECK(q["lines"][0]["calls"] == 4);
        CHECK(q["lines"][1]["calls"] == 3);
        CHECK(q["total"] == "0.30");
    }
}

TEST_CASE("Body analysis tier bounds, upper inclusive (R7, R8), 1,000 free calls", "[quote][tiers]") {
    struct Row { std::uint64_t calls; const char* total; };
    // (n - 1000) x price of the tier n reaches: 0.002 up to 300万, 0.0018 up to 1500万, 0.0015 above.
    Row rows[] = {
        {2999999, "5998.00"},   // 2,998,999 x 0.002 = 5997.998
        {3000000, "5998.00"},   // 2,999,000 x 0.002
        {3000001, "5398.20"},   // 2,999,001 x 0.0018 = 5398.2018
        {14999999, "26998.20"}, // 14,998,999 x 0.0018 = 26998.1982
        {15000000, "26998.20"}, // 14,999,000 x 0.0018
        {15000001, "22498.50"}, // 14,999,001 x 0.0015 = 22498.5015
        {1000, "0.00"},
        {1001, "0.00"},         // 1 x 0.002 = 0.002 -> 0.00
    };
    for (const auto& row : rows) {
        INFO(row.calls);
        CHECK(quote_of("body-analysis", {{{"service", "人体检测"}, {"calls", row.calls}}})["total"] == row.total);
    }
}

TEST_CASE("Image analysis tier bounds, upper exclusive (R8), per thousand (R6)", "[quote][tiers]") {
    struct Row { const char* edition; const char* service; std::uint64_t calls; const char* total; };
    // 2020-01-01 商品识别-微信识物版 3.5 / 3.2 / 2.8 / 2.2 元/千次, 10,000 free a month.
    Row rows[] = {
        {"2020-01-01", "商品识别-微信识物版", 999999, "3465.00"},     // 989,999 x 0.0035 = 3464.9965
        {"2020-01-01", "商品识别-微信识物版", 1000000, "3168.00"},    // 990,000 x 0.0032
        {"2020-01-01", "商品识别-微信识物版", 1000001, "3168.00"},    // 990,001 x 0.0032 = 3168.0032
        {"2020-01-01", "商品识别-微信识物版", 3000000, "8372.00"},    // 2,990,000 x 0.0028
        {"2020-01-01", "商品识别-微信识物版", 15000000, "32978.00"},  // 14,990,000 x 0.0022
        // 2019-12-01 车型识别 3 / 2.5 / 2 / 1.5: bounds read as exclusive (R8)
        {"2019-12-01", "车型识别", 999999, "2970.00"},  // 989,999 x 0.003 = 2969.997
        {"2019-12-01", "车型识别", 1000000, "2475.00"},   // 990,000 x 0.0025
        // current 车辆识别（增强版） 75 / 45 / 35 / 30: the shared pool covers 10,000 of a lone service's calls
        {"current", "车辆识别（增强版）", 2999999, "134549.96"},  // 2,989,999 x 0.045 = 134549.955
        {"current", "车辆识别（增强版）", 3000000, "104650.00"},  // 2,990,000 x 0.035
    };
    for (const auto& row : rows) {
        INFO(row.edition << " " << row.service << " " << row.calls);
        CHECK(quote_of("image-analysis", {{{"service", row.service}, {"calls", row.calls}}},
                       {{"edition", row.edition}})["total"] == row.total);
    }
}

TEST_CASE("A tier cliff is reported with the calls and the saving", "[quote][warnings]") {
    // 2,999,999 calls: 5998.00. 3,000,001 calls: 2,999,001 x 0.0018 = 5398.2018 -> 5398.20. 2 more calls save 599.80.
    json q = quote_of("body-analysis", {{{"service", "人体检测"}, {"calls", 2999999}}});
    REQUIRE(count_code(q, "tier_cliff") == 1);
    CHECK(q["warnings"][0]["extra_calls"] == 2);
    CHECK(q["warnings"][0]["saving"] == "599.80");
    SECTION("no cliff once the drop is out of reach") {
        // 2,000,000 calls: 1,999,000 x 0.002 = 3998 < 3,000,001 calls' 5398.20
        CHECK(count_code(quote_of("body-analysis", {{{"service", "人体检测"}, {"calls", 2000000}}}), "tier_cliff") == 0);
    }
}

TEST_CASE("QPS plans: the count picks the tier, the tier prices every QPS (R12, R13)", "[quote][qps]") {
    struct Row { int qps; const char* monthly; };
    Row rows[] = {{9, "4320.00"},   {10, "4150.00"}, {49, "20335.00"}, {50, "17500.00"},
                  {99, "34650.00"}, {100, "30000.00"}, {200, "60000.00"}};
    for (const auto& row : rows) {
        INFO(row.qps);
        json q = quote_of("body-analysis", {{{"service", "人体检测"}, {"calls", 5000000}}, {{"service", "人体搜索"}, {"calls", 7}}},
                          {{"qps", {{{"group", "人体检测与属性分析"}, {"qps", row.qps}, {"per", "month"}}}}});
        CHECK(q["total"] == row.monthly);
        REQUIRE(q["lines"].size() == 1);  // calls on a QPS plan are not metered: no free, pack or postpaid line
        CHECK(q["lines"][0]["source"] == "qps");
        CHECK(q["lines"][0]["calls"] == 5000007);
    }
    SECTION("per day: 10 QPS x 40 x 7 days") {
        json q = quote_of("body-analysis", json::array(),
                          {{"qps", {{{"group", "人体检测与属性分析"}, {"qps", 10}, {"per", "day"}, {"days", 7}}}}});
        CHECK(q["total"] == "2800.00");
        CHECK(count_code(q, "qps_partial_month") == 1);  // the other days' calls are metered
    }
}

TEST_CASE("The shared free pool is split in proportion and the range is given (R15, R16)", "[quote][free]") {
    // 图像标签 30,000 calls at 0.0025, 车辆识别 10,000 at 0.003, 通用图像标签 5,000 at 0.003 (not in the pool).
    json q = quote_of("image-analysis", {{{"service", "图像标签"}, {"calls", 30000}},
                                         {{"service", "车辆识别"}, {"calls", 10000}},
                                         {{"service", "通用图像标签"}, {"calls", 5000}}});
    // pool 10,000 split 7,500 / 2,500: 22,500 x 0.0025 = 56.25; 7,500 x 0.003 = 22.50; 5,000 x 0.003 = 15.00
    CHECK(q["total"] == "93.75");
    REQUIRE(q["allocations"].size() == 1);
    CHECK(q["allocations"][0]["services"] ==
          json::parse(R"([{"service":"image-tagging","calls":7500},{"service":"vehicle-recognition","calls":2500}])"));
    // dearest first: 车辆识别 (0.003) takes 10,000, all its calls: 30,000 x 0.0025 = 75 + 0 + 15 = 90.00
    // cheapest first: 图像标签 takes 10,000: 20,000 x 0.0025 = 50 + 10,000 x 0.003 = 30 + 15 = 95.00
    CHECK(q["range"] == json::parse(R"({"low":"90.00","high":"95.00"})"));
    SECTION("freeze for next month: all calls x the tier's price (R14)") {
        // 30,000 x 0.0025 = 75.00; 10,000 x 0.003 = 30.00; 5,000 x 0.003 = 15.00
        CHECK(q["freeze"]["total"] == "120.00");
    }
}

TEST_CASE("The range knows that free calls save nothing where a pack covers them (R16)", "[quote][free]") {
    // 相似图像搜索-检索图片 1,000,000 calls (tier 2: 0.05) all covered by a 100万 pack (20,000);
    // 车辆识别（增强版） 5,000 calls at 0.075; 图像标签 400,000 at 0.0025.
    json q = quote_of("image-analysis", {{{"service", "相似图像搜索-检索图片"}, {"calls", 1000000}},
                                         {{"service", "车辆识别（增强版）"}, {"calls", 5000}},
                                         {{"service", "图像标签"}, {"calls", 400000}}},
                      {{"packs", {{{"service", "相似图像搜索-检索图片"}, {"size", 1000000}}}}});
    // low: 5,000 to 车辆识别（增强版）, 5,000 to 图像标签: 20,000 + 0 + 395,000 x 0.0025 = 20,987.50
    // high: all 10,000 on the pack-covered calls: 20,000 + 375 + 1,000 = 21,375.00
    CHECK(q["range"] == json::parse(R"({"low":"20987.50","high":"21375.00"})"));
}

TEST_CASE("Packs: drawn after free, charged in full, warned about when dearer or oversized", "[quote][packs]") {
    SECTION("body 25,000 calls with a 1万 pack: free 1,000, pack 10,000, postpaid 14,000 x 0.002 = 28 + 18") {
        json q = quote_of("body-analysis", {{{"service", "人体检测"}, {"calls", 25000}}},
                          {{"packs", {{{"service", "人体检测"}, {"size", 10000}}}}});
        CHECK(q["total"] == "46.00");
        CHECK(q["lines"][0]["source"] == "free");
        CHECK(q["lines"][1]["source"] == "pack");
        CHECK(q["lines"][2]["calls"] == 14000);
    }
    SECTION("a 1000万 pack at 0.0017 a call is dearer than the top tier's 0.0015") {
        json q = quote_of("body-analysis", {{{"service", "人体检测"}, {"calls", 20000000}}},
                          {{"packs", {{{"service", "人体检测"}, {"size", 10000000}}}}});
        // 17,000 + (20,000,000 - 1,000 - 10,000,000) x 0.0015 = 17,000 + 14,998.50
        CHECK(q["total"] == "31998.50");
        REQUIRE(count_code(q, "pack_dearer_than_postpaid") == 1);
        CHECK(q["warnings"][0]["saving"] == "2000.00");  // 17,000 - 10,000,000 x 0.0015
    }
    SECTION("the extra cost counts every pack of the purchase") {
        // 2 packs of 1000万: 34,000 against 20,000,000 x 0.0015 = 30,000 postpaid: 4,000 more
        json q = quote_of("body-analysis", {{{"service", "人体检测"}, {"calls", 40000000}}},
                          {{"packs", {{{"service", "人体检测"}, {"size", 10000000}, {"count", 2}}}}});
        REQUIRE(count_code(q, "pack_dearer_than_postpaid") == 1);
        CHECK(q["warnings"][0]["saving"] == "4000.00");
    }
    SECTION("a pack larger than the usage") {
        json q = quote_of("body-analysis", {{{"service", "人体检测"}, {"calls", 5000}}},
                          {{"packs", {{{"service", "人体检测"}, {"size", 10000}}}}});
        CHECK(q["total"] == "18.00");
        REQUIRE(count_code(q, "pack_larger_than_usage") == 1);
        for (const auto& w : q["warnings"])
            if (w["code"] == "pack_larger_than_usage") CHECK(w["unused_calls"] == 6000);  // 10,000 - (5,000 - 1,000)
    }
}

TEST_CASE("Face verification free packs for a new account (R20)", "[quote][free]") {
    SECTION("100 free calls, then 0.15 a call: 900 x 0.15") {
        CHECK(quote_of("face-verification", {{{"service", "基础版人脸核身（自传照片）"}, {"calls", 1000}}})["total"] ==
              "135.00");
    }
    SECTION("照片人脸核身V2.0's free pack only for accounts opened on or after 2024-05-15") {
        json usage = {{{"service", "照片人脸核身V2.0"}, {"calls", 150}}};
        CHECK(quote_of("face-verification", usage, {{"account_opened", "2024-05-15"}})["total"] == "50.00");
        CHECK(quote_of("face-verification", usage, {{"account_opened", "2024-05-14"}})["total"] == "150.00");
    }
    SECTION("labels outside the free table get none") {
        CHECK(quote_of("face-verification", {{{"service", "身份信息核验"}, {"calls", 100}}})["total"] == "30.00");
    }
}

TEST_CASE("The order of the usage list orders the lines, never the figures", "[quote]") {
    // The services of the shared-pool case above, named in reverse: the pool still splits 30,000 : 10,000 as
    // 7,500 / 2,500 (listed in the pool's order), the figures are the same (15.00 + 22.50 + 56.25 = 93.75), and
    // the lines come in the order the request names the services.
    json q = quote_of("image-analysis", {{{"service", "通用图像标签"}, {"calls", 5000}},
                                         {{"service", "车辆识别"}, {"calls", 10000}},
                                         {{"service", "图像标签"}, {"calls", 30000}}});
    CHECK(q["total"] == "93.75");
    CHECK(q["allocations"][0]["services"] ==
          json::parse(R"([{"service":"image-tagging","calls":7500},{"service":"vehicle-recognition","calls":2500}])"));
    std::vector<std::string> lines;
    for (const auto& line : q["lines"])
        lines.push_back(line["service"].get<std::string>() + " " + line["source"].get<std::string>() + " " +
                        std::to_string(line["calls"].get<std::uint64_t>()) + " " + line["charged"].get<std::string>());
    CHECK(lines == std::vector<std::string>{"general-image-tagging postpaid 5000 15.00", "vehicle-recognition free 2500 0.00",
                                            "vehicle-recognition postpaid 7500 22.50", "image-tagging free 7500 0.00",
                                            "image-tagging postpaid 22500 56.25"});
}
