// core/include/tally/error_text.hpp: the one table the engine's English problems, the page and the embed element
// word errors from. Each row has its text in both languages naming exactly its fields; every code is reached
// here by a request that makes it, with the fields the text needs (names, counts and dates worked from the
// price pages and the request, not read back from the engine).
#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <set>

#include "support.hpp"
#include "tally/listing.hpp"
#include "tally/plan.hpp"
#include "tally/quote.hpp"
#include "tally/timeline.hpp"
#include "tally/warning_text.hpp"

using nlohmann::json;

namespace {

std::set<std::string> placeholder_set(std::string_view text) {
    std::set<std::string> out;
    for (auto name : tally::placeholders(text)) out.emplace(name);
    return out;
}

// The Error `run` throws (REQUIREd to throw one).
tally::Error error_from(const std::function<void()>& run) {
    try {
        run();
    } catch (const tally::Error& e) {
        return e;
    }
    FAIL("no error was thrown");
    throw std::logic_error("unreachable");
}

tally::Error quote_error(const json& request) { return error_from([&] { tally::test::quote_json(request); }); }
tally::Error timeline_error(const json& request) {
    return error_from([&] { tally::timeline(tally::test::tariffs(), tally::parse_timeline_request(request.dump())); });
}
tally::Error plan_error(const json& request) {
    return error_from([&] { tally::plan(tally::test::tariffs(), tally::parse_plan_request(request.dump())); });
}

// name -> value, a name's 简体中文 after a '|'.
std::map<std::string, std::string> fields_of(const tally::Error& e) {
    std::map<std::string, std::string> out;
    for (const auto& f : e.fields()) out[f.name] = f.zh.empty() ? f.value : f.value + "|" + f.zh;
    return out;
}

void check(const tally::Error& e, std::string_view code, const std::string& path,
           const std::map<std::string, std::string>& fields) {
    INFO(e.what());
    CHECK(e.code() == code);
    CHECK(e.path() == path);
    CHECK(fields_of(e) == fields);
}

// A one-edition set made from a fuzz regression's tariff: one service "s" (a, b) sold only in packs, no postpaid
// price, `pack_calls` calls a pack.
tally::TariffSet packs_only(const std::string& pack_calls, const std::string& cycle = "monthly") {
    std::string text =
        tally::test::read_file(std::string(TALLY_TESTS_DIR) + "/../fuzz/regressions/tariff/packs-only-huge-price.json");
    text.replace(text.find("\"calls\":1,"), 10, "\"calls\":" + pack_calls + ",");
    text.replace(text.find("99999999999999999999999999999"), 29, "1");
    text.replace(text.find("\"cycle\":\"monthly\""), 17, "\"cycle\":\"" + cycle + "\"");
    return tally::TariffSet::load(
        R"({"format":1,"products":[{"id":"x","name":{"zh":"x","en":"x"},"default_edition":"y","editions":[{"id":"y","file":"f"}]}]})",
        [&](const std::string&) { return text; });
}

const json kFace = {{"product", "face-verification"}, {"start", "2026-10-01"}, {"end", "2026-12-31"}};
const json kOnePack = {{{"service", "id-verification"}, {"size", 1000}, {"date", "2026-10-01"}}};
const std::string kGroup = "Body detection and attributes|人体检测与属性分析";

json face_with(json patch) {
    json request = kFace;
    request.merge_patch(patch);
    return request;
}

}  // namespace

TEST_CASE("Each error row has its text in 简体中文 and English, naming exactly its fields", "[error_text]") {
    std::set<std::string_view> codes;
    const json texts = json::parse(tally::listing_text(tally::test::tariffs()))["error_texts"];
    for (std::size_t index = 0; index < tally::kErrorCodes; ++index) {
        const tally::ErrorText text = tally::error_text(static_cast<tally::ErrorCode>(index));
        const tally::ErrorText* row = &text;
        INFO(row->code);
        CHECK(codes.insert(row->code).second);
        CHECK(tally::error_code_name(static_cast<tally::ErrorCode>(index)) == row->code);
        CHECK_FALSE(row->zh.empty());
        CHECK_FALSE(row->en.empty());
        // The row's fields as the listing gives them, each of a kind the page knows how to write.
        std::set<std::string> fields;
        for (const auto& [name, kind] : texts.at(std::string(row->code)).at("fields").items()) {
            fields.insert(name);
            CHECK(std::set<std::string>{"name", "count", "date", "text"}.count(kind.get<std::string>()) == 1);
        }
        CHECK(placeholder_set(row->zh) == fields);
        CHECK(placeholder_set(row->en) == fields);
        CHECK(texts.at(std::string(row->code)).at("zh") == std::string(row->zh));
    }
    CHECK(texts.size() == codes.size());
}

TEST_CASE("Refunds: each refusal has its code and fields", "[error_text]") {
    // A 1000-call pack bought 2026-10-01; the face verification page: refundable within 7 days (to 2026-10-08).
    check(timeline_error(face_with({{"purchases", kOnePack}, {"refunds", {{{"purchase", 0}, {"date", "2026-10-09"}}}}})),
          "refund_after_window", "refunds[0].date", {{"window_end", "2026-10-08"}});
    json early = face_with({{"purchases", {{{"service", "id-verification"}, {"size", 1000}, {"date", "2026-10-05"}}}},
                            {"refunds", {{{"purchase", 0}, {"date", "2026-10-02"}}}}});
    check(timeline_error(early), "refund_before_purchase", "refunds[0].date", {{"purchase_date", "2026-10-05"}});
    check(timeline_error(face_with({{"purchases", kOnePack},
                                    {"refunds", {{{"purchase", 0}, {"date", "2026-10-02"}}, {{"purchase", 0}, {"date", "2026-10-03"}}}}})),
          "refunded_twice", "refunds[1].purchase", {});
    // 100 calls a day from 10-01 drawn from the pack: 10-01 to 10-04 are 400 calls before the refund on 10-05.
    tally::Error used = timeline_error(face_with({{"purchases", kOnePack},
                                                  {"usage", {{{"service", "id-verification"}, {"calls", 100}, {"per", "day"}}}},
                                                  {"refunds", {{{"purchase", 0}, {"date", "2026-10-05"}}}}}));
    check(used, "refund_after_use", "refunds[0].purchase", {{"drawn", "400"}, {"date", "2026-10-05"}});
    CHECK(std::string(used.what()) ==
          "refunds[0].purchase: 400 calls were drawn from this pack before 2026-10-05; only an unused pack can be refunded");
    json body = {{"product", "body-analysis"}, {"start", "2026-10-01"}, {"end", "2026-10-31"},
                 {"purchases", {{{"service", "body-detection"}, {"size", 10000}, {"date", "2026-10-01"}}}},
                 {"refunds", {{{"purchase", 0}, {"date", "2026-10-02"}}}}};
    check(timeline_error(body), "refund_not_refundable", "refunds[0].purchase", {{"edition", "Body Analysis|人体分析"}});
}

TEST_CASE("Quotes: each coded refusal has its code and fields", "[error_text]") {
    check(quote_error({{"product", "ocr"}}), "unknown_product", "product",
          {{"product", "\"ocr\""}, {"products", "body-analysis, image-analysis, face-verification"}});
    check(quote_error({{"product", "body-analysis"}, {"edition", "2001"}}), "unknown_edition", "edition",
          {{"edition", "\"2001\""}, {"product", "body-analysis"}, {"editions", "current"}});
    check(quote_error({{"product", "body-analysis"}, {"settlement", "daily"}}), "settles_monthly", "settlement",
          {{"product", "body-analysis"}});
    check(quote_error({{"product", "body-analysis"}, {"period", "day"}}), "quote_covers_month", "period",
          {{"product", "body-analysis"}});
    check(quote_error({{"product", "body-analysis"}, {"days", 3}}), "days_not_daily", "days", {});
    // Face verification: accounts opened before 2023-01-04 are settled monthly, at prices the page does not give.
    check(quote_error({{"product", "face-verification"}, {"account_opened", "2023-01-03"}}), "monthly_prices_unpublished",
          "account_opened", {{"date", "2023-01-04"}});
    check(quote_error({{"product", "image-analysis"}, {"usage", {{{"service", "图像清晰度增强"}, {"calls", 1}}}}}),
          "service_unpriced", "usage[0].service", {{"service", "Image clarity enhancement|图像清晰度增强"}});
    check(quote_error({{"product", "body-analysis"}, {"usage", {{{"service", "ocr"}, {"calls", 1}}}}}), "unknown_service",
          "usage[0].service", {{"service", "\"ocr\""}, {"product", "body-analysis"}, {"edition", "current"}});
    check(quote_error({{"product", "body-analysis"},
                       {"usage", {{{"service", "人体检测"}, {"calls", 1}}, {{"service", "body-detection"}, {"calls", 2}}}}}),
          "service_twice", "usage[1].service", {{"service", "Body detection|人体检测"}});
    check(quote_error({{"product", "image-analysis"}, {"packs", {{{"service", "图像标签"}, {"size", 1000}}}}}),
          "no_packs_sold", "packs[0].service", {{"service", "Image tagging|图像标签"}});
    // Body detection packs: 1万, 10万, 100万, 1000万 calls.
    check(quote_error({{"product", "body-analysis"}, {"packs", {{{"service", "人体检测"}, {"size", 999}}}}}), "no_such_pack",
          "packs[0].size",
          {{"service", "Body detection|人体检测"}, {"size", "999"}, {"sizes", "10000, 100000, 1000000, 10000000"}});
    check(quote_error({{"product", "body-analysis"}, {"qps", {{{"group", "ocr"}, {"qps", 1}}}}}), "unknown_qps_group",
          "qps[0].group", {{"group", "\"ocr\""}, {"product", "body-analysis"}});
    // The body analysis page sells at most 200 QPS.
    check(quote_error({{"product", "body-analysis"}, {"qps", {{{"group", "人体检测与属性分析"}, {"qps", 201}}}}}),
          "qps_above_max", "qps[0].qps", {{"max", "200"}, {"group", kGroup}});
    check(quote_error({{"product", "body-analysis"},
                       {"qps", {{{"group", "人体检测与属性分析"}, {"qps", 1}}, {{"group", "body-detection-attributes"}, {"qps", 2}}}}}),
          "qps_group_twice", "qps[1].group", {});
}

TEST_CASE("Timelines and plans: each coded refusal has its code and fields", "[error_text]") {
    json twice = {{{"service", "id-verification"}, {"calls", 600000000000000ULL}, {"per", "day"}},
                  {{"service", "身份信息核验"}, {"calls", 400000000000001ULL}, {"per", "day"}}};
    check(timeline_error(face_with({{"usage", twice}})), "calls_over_day_limit", "usage[1].calls", {{"date", "2026-10-01"}});
    json body = {{"product", "body-analysis"}, {"start", "2026-01-01"}, {"end", "2026-03-31"}};
    json overlap = body;
    // A month bought 2026-01-01 covers to 01-31; a 3-day plan from 01-31 overlaps it on 01-31.
    overlap["qps"] = {{{"group", "人体检测与属性分析"}, {"qps", 10}, {"date", "2026-01-01"}},
                      {{"group", "body-detection-attributes"}, {"qps", 20}, {"per", "day"}, {"days", 3}, {"date", "2026-01-31"}}};
    check(timeline_error(overlap), "qps_plans_overlap", "qps[1].date", {{"date", "2026-01-31"}, {"other", "2026-01-01"}});
    json zero = body;
    zero["qps"] = {{{"group", "人体检测与属性分析"}, {"qps", 0}, {"date", "2026-01-01"}}};
    check(timeline_error(zero), "whole_number_range", "qps[0].qps", {{"min", "1"}, {"max", "200"}});
    json peaks = body;
    peaks["peak_qps"] = {{{"group", "人体检测与属性分析"}, {"qps", 5}}, {{"group", "body-detection-attributes"}, {"qps", 9}}};
    check(plan_error(peaks), "peak_twice", "peak_qps[1].group", {{"group", kGroup}});
    json above = body;
    above["peak_qps"] = {{{"group", "人体检测与属性分析"}, {"qps", 201}}};
    check(plan_error(above), "qps_above_max", "peak_qps[0].qps", {{"max", "200"}, {"group", kGroup}});
}

TEST_CASE("A tariff's own limits: no postpaid price, the pack-call limit, amounts too large", "[error_text]") {
    // Packs of 10^15 calls: two of them are past the 10^15 pack calls a service may hold.
    const tally::TariffSet huge = packs_only("1000000000000000");
    check(error_from([&] {
              tally::quote(huge, tally::parse_request(
                                     R"({"product":"x","packs":[{"service":"s","size":1000000000000000,"count":2}]})"));
          }),
          "pack_calls_over_limit", "packs[0].count", {});
    // Packs of 1000 calls at ¥1, no postpaid price: 2,500 calls with 2 packs leave 500 to buy packs for.
    const tally::TariffSet small = packs_only("1000");
    tally::Error short_of_packs = error_from([&] {
        tally::quote(small, tally::parse_request(
                                R"({"product":"x","usage":[{"service":"s","calls":2500}],"packs":[{"service":"s","size":1000,"count":2}]})"));
    });
    check(short_of_packs, "no_postpaid_price", "usage", {{"service", "b|a"}, {"calls", "500"}});
    CHECK(std::string(short_of_packs.what()) == "usage: b has no postpaid price: buy packs for 500 more calls");
    // A daily-settled edition that publishes no monthly settlement: a monthly account is refused.
    const tally::TariffSet daily = packs_only("1000", "daily");
    check(error_from([&] { tally::quote(daily, tally::parse_request(R"({"product":"x","settlement":"monthly"})")); }),
          "settles_daily", "settlement", {{"product", "x"}});
    // ¥99,999,999,999,999,999,999,999,999,999 a pack (10^29 - 1): 100 of them are past what Money holds.
    std::string text =
        tally::test::read_file(std::string(TALLY_TESTS_DIR) + "/../fuzz/regressions/tariff/packs-only-huge-price.json");
    const tally::TariffSet dear = tally::TariffSet::load(
        R"({"format":1,"products":[{"id":"x","name":{"zh":"x","en":"x"},"default_edition":"y","editions":[{"id":"y","file":"f"}]}]})",
        [&](const std::string&) { return text; });
    check(error_from([&] {
              tally::quote(dear, tally::parse_request(
                                     R"({"product":"x","usage":[{"service":"s","calls":1}],"packs":[{"service":"s","size":1,"count":100}]})"));
          }),
          "amounts_too_large", "usage", {});
}
