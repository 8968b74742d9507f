// Bad input: every case ends in one Error naming the field, never a crash or a half-computed quote.
#include <catch2/catch.hpp>

#include "support.hpp"
#include "tally/request.hpp"

using nlohmann::json;
using tally::test::error_of;

namespace {

json body(json usage) { return json{{"product", "body-analysis"}, {"usage", usage}}; }

std::string parse_error(const std::string& text) {
    try {
        tally::parse_request(text);
    } catch (const tally::Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("Malformed request JSON", "[request][errors]") {
    CHECK(parse_error("{\"product\": ") == "request: not valid JSON");
    CHECK(parse_error("") == "request: not valid JSON");
    CHECK(parse_error("[1,2]") == "request: must be a JSON object");
    CHECK(parse_error(R"({"product":"body-analysis","product":"image-analysis"})") ==
          "request: an object names the key \"product\" twice");
    CHECK(parse_error(R"({"product":"body-analysis","usage":[{"service":"人体检测","calls":1,"calls":2}]})") ==
          "request: an object names the key \"calls\" twice");
    CHECK(parse_error("{\"product\":\"body-analysis\",\"usage\":[{\"service\":\"人体检测\",\"calls\":1e400}]}") ==
          "request: not valid JSON");
}

TEST_CASE("Calls must be a whole number from 0 to 10^15", "[request][errors]") {
    const std::string rule = "usage[0].calls: must be a whole number >= 0";
    CHECK(error_of(body({{{"service", "人体检测"}, {"calls", -1}}})) == rule);
    CHECK(error_of(body({{{"service", "人体检测"}, {"calls", 1.5}}})) == rule + ", not a number with a fraction or exponent");
    CHECK(error_of(body({{{"service", "人体检测"}, {"calls", 1000.0}}})) == rule + ", not a number with a fraction or exponent");
    CHECK(error_of(body({{{"service", "人体检测"}, {"calls", "1000"}}})) == rule + ", not a string");
    CHECK(error_of(body({{{"service", "人体检测"}, {"calls", nullptr}}})) == rule + ", not null");
    CHECK(error_of(body({{{"service", "人体检测"}}})) == "usage[0].calls: is missing");
    // B-1, B, B+1 around the limit
    CHECK(error_of(body({{{"service", "人体检测"}, {"calls", 999999999999999ULL}}})) == "");
    CHECK(error_of(body({{{"service", "人体检测"}, {"calls", 1000000000000000ULL}}})) == "");
    CHECK(error_of(body({{{"service", "人体检测"}, {"calls", 1000000000000001ULL}}})) ==
          rule + " and <= 1000000000000000");
    CHECK(error_of(body({{{"service", "人体检测"}, {"calls", 1ULL << 60}}})) == rule + " and <= 1000000000000000");
    CHECK(parse_error(R"({"product":"body-analysis","usage":[{"service":"人体检测","calls":99999999999999999999999}]})") ==
          "usage[0].calls: must be a whole number >= 0 and <= 1000000000000000");
    CHECK(tally::test::error_of(json::parse(R"({"product":"body-analysis","usage":[{"service":"人体检测","calls":99999999999999999999999}]})")) ==
          rule + " and <= 1000000000000000");
    CHECK(error_of(body({{{"service", "人体检测"}, {"calls", 1}}, {{"service", "人体搜索"}, {"calls", -5}}})) ==
          "usage[1].calls: must be a whole number >= 0");
}

TEST_CASE("Unknown names", "[request][errors]") {
    CHECK(error_of({{"product", "ocr"}}) ==
          "product: unknown product \"ocr\"; one of body-analysis, image-analysis, face-verification");
    CHECK(error_of({{"usage", json::array()}}) == "product: is missing");
    CHECK(error_of({{"product", "image-analysis"}, {"edition", "2018-01-01"}}) ==
          "edition: unknown edition \"2018-01-01\" of image-analysis; one of 2019-12-01, 2020-01-01, current");
    CHECK(error_of(body({{{"service", "人体识别"}, {"calls", 1}}})) ==
          "usage[0].service: unknown service \"人体识别\" in body-analysis current (tally list shows the names)");
    CHECK(error_of({{"product", "body-analysis"}, {"qps", {{{"group", "人体搜索组"}, {"qps", 5}}}}}) ==
          "qps[0].group: unknown QPS group \"人体搜索组\" in body-analysis");
    CHECK(error_of({{"product", "body-analysis"}, {"colour", "red"}}) == "colour: unknown field");
    // Names sent back in errors are cut to 60 bytes and their control characters escaped: one short line.
    CHECK(error_of({{"product", "body-analysis"}, {std::string(5000, 'k'), 1}}) == std::string(60, 'k') + "…: unknown field");
    CHECK(error_of({{"product", "body-analysis"}, {"usage", {{{"service", "a\n\u001b[31mred"}, {"calls", 1}}}}}) ==
          "usage[0].service: unknown service \"a\\u000a\\u001b[31mred\" in body-analysis current (tally list shows the names)");
    CHECK(error_of(body({{{"service", "人体检测"}, {"call", 1}}})) == "usage[0].call: unknown field");
}

TEST_CASE("Items with no published price are refused, not priced (R9)", "[request][errors]") {
    CHECK(error_of({{"product", "image-analysis"}, {"usage", {{{"service", "图像清晰度增强"}, {"calls", 10}}}}}) ==
          "usage[0].service: 图像清晰度增强 has no published price (R9)");
}

TEST_CASE("Packs must be a size the tariff sells", "[request][errors]") {
    CHECK(error_of({{"product", "body-analysis"}, {"packs", {{{"service", "人体检测"}, {"size", 20000}}}}}) ==
          "packs[0].size: 人体检测 has no pack of 20000 calls; sizes sold: 10000, 100000, 1000000, 10000000");
    CHECK(error_of({{"product", "image-analysis"}, {"packs", {{{"service", "图像标签"}, {"size", 1000000}}}}}) ==
          "packs[0].service: no packs are sold for 图像标签");
    CHECK(error_of({{"product", "body-analysis"}, {"packs", {{{"service", "人体检测"}, {"size", 10000}, {"count", 0}}}}}) ==
          "packs[0].count: must be a whole number from 1 to 1000000");
}

TEST_CASE("QPS counts: tiers up to 200, more is an error (R13)", "[request][errors]") {
    auto plan = [](int qps) {
        return json{{"product", "body-analysis"}, {"qps", {{{"group", "人体检测与属性分析"}, {"qps", qps}}}}};
    };
    CHECK(error_of(plan(200)) == "");
    CHECK(error_of(plan(201)) ==
          "qps[0].qps: at most 200 QPS can be bought for 人体检测与属性分析; for more, contact sales (R13)");
    CHECK(error_of(plan(0)) == "qps[0].qps: must be a whole number from 1 to 200");
    CHECK(error_of(plan(-1)) == "qps[0].qps: must be a whole number from 1 to 200");
    CHECK(error_of({{"product", "body-analysis"}, {"qps", {{{"group", "人体检测与属性分析"}, {"qps", 2.5}}}}}) ==
          "qps[0].qps: must be a whole number from 1 to 200");
}

TEST_CASE("Periods, days and settlement", "[request][errors]") {
    CHECK(error_of({{"product", "body-analysis"}, {"period", "day"}}) ==
          "period: body-analysis settles monthly, so a quote covers a month");
    CHECK(error_of({{"product", "body-analysis"}, {"days", 30}}) ==
          "days: only applies to a month of a daily-settled product");
    CHECK(error_of({{"product", "face-verification"}, {"period", "month"}, {"days", 32}}) ==
          "days: must be a whole number from 1 to 31");
    CHECK(error_of({{"product", "face-verification"}, {"period", "month"}, {"days", 0}}) ==
          "days: must be a whole number from 1 to 31");
    CHECK(error_of({{"product", "face-verification"}, {"period", "week"}}) == "period: must be \"month\" or \"day\"");
}

TEST_CASE("A face verification quote for a monthly-settled account fails (R10)", "[request][errors]") {
    std::string unpublished =
        "accounts opened before 2023-01-04 are settled monthly, and their price table (价格说明（月结）) is not in "
        "the source page, so no quote can be made (R10)";
    CHECK(error_of({{"product", "face-verification"}, {"settlement", "monthly"}}) == "settlement: " + unpublished);
    CHECK(error_of({{"product", "face-verification"}, {"account_opened", "2023-01-03"}}) ==
          "account_opened: " + unpublished);
    CHECK(error_of({{"product", "face-verification"}, {"account_opened", "2023-01-04"}}) == "");
    CHECK(error_of({{"product", "face-verification"}, {"account_opened", "2023-1-4"}}) ==
          "account_opened: must be a real date written YYYY-MM-DD");
    CHECK(error_of({{"product", "face-verification"}, {"account_opened", "2023-02-29"}}) ==
          "account_opened: must be a real date written YYYY-MM-DD");
    CHECK(error_of({{"product", "face-verification"}, {"account_opened", "2024-02-29"}}) == "");
}

TEST_CASE("The same service twice is an error, not a silent sum", "[request][errors]") {
    CHECK(error_of(body({{{"service", "人体检测"}, {"calls", 1}}, {{"service", "body-detection"}, {"calls", 2}}})) ==
          "usage[1].service: names 人体检测 a second time");
}
