// Bad input: every case ends in one Error naming the field, never a crash or a half-computed quote.
#include <catch2/catch.hpp>

#include <random>

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
    // Past a double's range: the largest double, so the field is named (nlohmann's parser refused the whole text).
    CHECK(parse_error("{\"product\":\"body-analysis\",\"usage\":[{\"service\":\"人体检测\",\"calls\":1e400}]}") ==
          "usage[0].calls: must be a whole number >= 0 and <= 1000000000000000");
    CHECK(parse_error("{\"product\":\"body-analysis\",\"usage\":[{\"service\":\"人体检测\",\"calls\":-1e400}]}") ==
          "usage[0].calls: must be a whole number >= 0, not a number with a fraction or exponent");
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
          "usage[0].service: Image clarity enhancement has no published price, so it cannot be quoted");
}

TEST_CASE("Packs must be a size the tariff sells", "[request][errors]") {
    CHECK(error_of({{"product", "body-analysis"}, {"packs", {{{"service", "人体检测"}, {"size", 20000}}}}}) ==
          "packs[0].size: Body detection has no pack of 20000 calls; sizes sold: 10000, 100000, 1000000, 10000000");
    CHECK(error_of({{"product", "image-analysis"}, {"packs", {{{"service", "图像标签"}, {"size", 1000000}}}}}) ==
          "packs[0].service: no packs are sold for Image tagging");
    CHECK(error_of({{"product", "body-analysis"}, {"packs", {{{"service", "人体检测"}, {"size", 10000}, {"count", 0}}}}}) ==
          "packs[0].count: must be a whole number from 1 to 1000000");
}

TEST_CASE("QPS counts: tiers up to 200, more is an error (R13)", "[request][errors]") {
    auto plan = [](int qps) {
        return json{{"product", "body-analysis"}, {"qps", {{{"group", "人体检测与属性分析"}, {"qps", qps}}}}};
    };
    CHECK(error_of(plan(200)) == "");
    CHECK(error_of(plan(201)) ==
          "qps[0].qps: at most 200 QPS can be bought for Body detection and attributes; for more, contact sales");
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
        "the source page, so no quote can be made";
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
          "usage[1].service: names Body detection a second time");
}

namespace {

// The full reading, without the quick one parse_request tries first.
std::optional<tally::QuoteRequest> read_fully(const std::string& text) {
    try {
        tally::Json j = tally::parse_json(text, "request");
        if (!j.is_object()) return std::nullopt;
        return tally::read_request(tally::JsonNode(j, ""));
    } catch (const tally::Error&) {
        return std::nullopt;
    }
}

// Every field, list and item kind, the plain form and not (spaces, an escape, account_opened, a null, numbers past
// the limits); seeds[0] and seeds[1] are plain, seeds[2] to seeds[4] are not.
std::vector<std::string> hand_made_requests() {
    return {
        R"({"product":"body-analysis","edition":"current","period":"month","days":3,"free_quota":false,)"
        R"("settlement":"daily","usage":[{"service":"人体检测","calls":2999999},{"calls":0,"service":"b"}],)"
        R"("packs":[{"service":"人体检测","size":10000,"count":2},{"service":"x","size":0}],)"
        R"("qps":[{"group":"g","qps":10,"per":"day","days":7},{"group":"h","qps":0,"per":"month"}]})",
        " \n{ \"product\" : \"face-verification\" ,\t\"usage\" : [ ] , \"packs\":[],\"qps\":[] }\r\n",
        R"({"product":"x","usage":[{"service":"\u4eba","calls":1}]})",
        R"({"product":"x","account_opened":"2023-01-01"})",
        R"({"product":"x","edition":null,"usage":[{"service":"s","calls":18446744073709551615}]})",
        R"({"product":"x","qps":[{"group":"g","qps":18446744073709551615,"days":2}]})",
    };
}

bool same(const tally::QuoteRequest& a, const tally::QuoteRequest& b) {
    bool same = a.product == b.product && a.edition == b.edition && a.period == b.period && a.days == b.days &&
                a.free_quota == b.free_quota && a.settlement == b.settlement && a.account_opened == b.account_opened &&
                a.usage.size() == b.usage.size() && a.packs.size() == b.packs.size() && a.qps.size() == b.qps.size();
    for (std::size_t i = 0; same && i < a.usage.size(); ++i)
        same = a.usage[i].service == b.usage[i].service && a.usage[i].calls == b.usage[i].calls;
    for (std::size_t i = 0; same && i < a.packs.size(); ++i)
        same = a.packs[i].service == b.packs[i].service && a.packs[i].size == b.packs[i].size &&
               a.packs[i].count == b.packs[i].count;
    for (std::size_t i = 0; same && i < a.qps.size(); ++i)
        same = a.qps[i].group == b.qps[i].group && a.qps[i].qps == b.qps[i].qps && a.qps[i].per == b.qps[i].per &&
               a.qps[i].days == b.qps[i].days;
    return same;
}

}  // namespace

TEST_CASE("The quick plain reading agrees with the full one, and leaves every error to it", "[request]") {
    std::vector<std::string> seeds = hand_made_requests();
    for (const std::string& request : tally::test::vector_requests()) {
        seeds.push_back(request);
        seeds.push_back(json::parse(request).dump(2));
    }
    REQUIRE(seeds.size() > 40);
    const std::string bytes = std::string("019-.eE\"\\,:{}[] \tntfu") + '\0' + "\xe4\xba\xba\xed\xa0\x80\xf4\x90\xc0\xff";
    std::mt19937 random(20261125);
    int quick = 0, tried = 0;
    for (const auto& seed : seeds) {
        for (int round = 0; round < 400; ++round) {
            std::string text = round == 0 ? seed : tally::test::mutated(seed, random, bytes);
            ++tried;
            std::optional<tally::QuoteRequest> plain = tally::read_plain_request(text);
            if (!plain) continue;
            ++quick;
            INFO(text);
            std::optional<tally::QuoteRequest> full = read_fully(text);
            REQUIRE(full);  // the quick reading never accepts what the full one refuses
            REQUIRE(same(*plain, *full));
        }
    }
    INFO(quick << " of " << tried << " read quickly");
    CHECK(quick > 500);
    // The seeds in their plain form all take the quick way.
    CHECK(tally::read_plain_request(seeds[0]));
    CHECK(tally::read_plain_request(seeds[1]));
    CHECK_FALSE(tally::read_plain_request(seeds[2]));  // an escape
    CHECK_FALSE(tally::read_plain_request(seeds[3]));  // account_opened
    CHECK_FALSE(tally::read_plain_request(seeds[4]));  // a null
}

TEST_CASE("Reading into a request read before gives what a fresh reading gives", "[request]") {
    // The wasm module reads every quote into one request (its names keep their memory): nothing of the request
    // before may stay, whichever fields, items, errors or readings (quick or full) came before.
    std::vector<std::string> texts = hand_made_requests();
    for (const char* more : {R"({"product":"x","packs":[{"service":"s","size":1}],"qps":[{"group":"g","qps":3}]})",
                             R"({"product":"x","usage":[{"service":"s","calls":-1}]})", R"({"product":"body-analysis"})"})
        texts.push_back(more);
    for (const std::string& request : tally::test::vector_requests()) texts.push_back(request);
    tally::QuoteRequest reused;
    int compared = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t k = 0; k < texts.size(); ++k) {
            const std::string& text = texts[pass == 0 ? k : texts.size() - 1 - k];
            INFO(text);
            std::optional<tally::QuoteRequest> fresh;
            std::string fresh_error, reused_error;
            try {
                fresh = tally::parse_request(text);
            } catch (const tally::Error& e) {
                fresh_error = e.what();
            }
            try {
                tally::parse_request(text, reused);
            } catch (const tally::Error& e) {
                reused_error = e.what();
            }
            REQUIRE(reused_error == fresh_error);
            if (!fresh) continue;
            REQUIRE(same(reused, *fresh));
            ++compared;
        }
    }
    CHECK(compared > 40);
}
