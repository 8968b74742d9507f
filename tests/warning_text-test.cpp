// core/src/warning_text.cpp: the one table the engine's `message`, the page and the embed element word warnings
// from. Every code the engine emits has a row with text in both languages; a template names only fields the row
// declares, and the warnings of that code carry them. Messages below are worked out from the price pages.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "support.hpp"
#include "tally/listing.hpp"
#include "tally/quote.hpp"
#include "tally/warning_text.hpp"

using nlohmann::json;

namespace {

std::set<std::string_view> placeholder_set(std::string_view text) {
    auto names = tally::placeholders(text);
    return {names.begin(), names.end()};
}

// One request per kind of warning the quote gives, each triggering it (the figures are in the messages test).
std::vector<json> one_of_each() {
    return {
        // 人体检测 2,999,999: 2 more calls reach the 0.0018 tier.
        {{"product", "body-analysis"}, {"usage", {{{"service", "人体检测"}, {"calls", 2999999}}}}},
        // a 1000万 pack at 17,000 (0.0017 a call) against 20,000,000 calls' top tier of 0.0015
        {{"product", "body-analysis"}, {"usage", {{{"service", "人体检测"}, {"calls", 20000000}}}},
         {"packs", {{{"service", "人体检测"}, {"size", 10000000}}}}},
        // a 1万 pack for 5,000 calls, 1,000 of them free
        {{"product", "body-analysis"}, {"usage", {{{"service", "人体检测"}, {"calls", 5000}}}},
         {"packs", {{{"service", "人体检测"}, {"size", 10000}}}}},
        // a pack for a service on a QPS plan, the plan bought for 7 days
        {{"product", "body-analysis"}, {"usage", {{{"service", "人体检测"}, {"calls", 100}}}},
         {"packs", {{{"service", "人体检测"}, {"size", 10000}}}},
         {"qps", {{{"group", "人体检测与属性分析"}, {"qps", 10}, {"per", "day"}, {"days", 7}}}}},
        // E证通's free calls are for a first merchant ID
        {{"product", "face-verification"}, {"usage", {{{"service", "E证通（权威库）"}, {"calls", 200}}}}},
    };
}

std::vector<tally::QuoteRequest> every_known_request() {
    std::vector<tally::QuoteRequest> out = tally::test::generated_requests(3000);
    for (const auto& text : tally::test::vector_requests()) out.push_back(tally::parse_request(text));
    for (const auto& request : one_of_each()) out.push_back(tally::parse_request(request.dump()));
    return out;
}

}  // namespace

TEST_CASE("Each row has its text in 简体中文 and English, naming only fields it declares", "[warning_text]") {
    std::set<std::string_view> codes;
    for (const auto* row = tally::warning_texts_begin(); row != tally::warning_texts_end(); ++row) {
        INFO(row->code);
        CHECK(codes.insert(row->code).second);  // one row per code
        CHECK_FALSE(row->zh.empty());
        CHECK_FALSE(row->en.empty());
        std::set<std::string_view> fields;
        for (const auto& f : row->fields)
            if (!f.name.empty()) fields.insert(f.name);
        auto zh = placeholder_set(row->zh), en = placeholder_set(row->en);
        CHECK(zh == en);  // both languages say the same things
        for (const auto* names : {&zh, &en}) {
            for (auto name : *names) {
                INFO("{" << name << "}");
                CHECK(fields.count(name) == 1);
            }
        }
        // Filled for a warning that carries every field a warning can carry (the free pool condition of E证通),
        // no placeholder is left: each field the row declares names a real member or edition datum.
        tally::Warning full;
        full.code = std::string(row->code);
        full.service = "eid-authority";
        full.extra_calls = full.unused_calls = full.size = 1;
        full.saving = full.pack_unit_price = full.postpaid_unit_price = tally::test::money("1");
        std::string filled = tally::english_message(full, tally::test::edition("face-verification"));
        CHECK(filled.find('{') == std::string::npos);
    }
}

TEST_CASE("Every code the engine emits has a row, and its warnings carry the row's fields", "[warning_text]") {
    std::set<std::string> emitted;
    for (const auto& request : every_known_request()) {
        tally::QuoteResponse r = tally::quote(tally::test::tariffs(), request);  // a missing row or field throws
        if (r.warnings.empty()) continue;
        json warnings = json::parse(tally::response_text(r))["warnings"];  // what the page receives
        for (const auto& w : warnings) {
            std::string code = w["code"];
            INFO(code);
            emitted.insert(code);
            const tally::WarningText* row = tally::find_warning_text(code);
            REQUIRE(row != nullptr);
            for (const auto& f : row->fields) {
                if (f.name.empty()) continue;
                INFO(f.name);
                bool own = f.kind == tally::FieldKind::calls || f.kind == tally::FieldKind::money ||
                           f.kind == tally::FieldKind::unit_price;
                CHECK(w.contains(own ? std::string(f.name) : std::string("service")));
            }
            CHECK(w["message"].get<std::string>().find('{') == std::string::npos);
        }
    }
    // The requests above reach every warning a quote can give.
    CHECK(emitted == std::set<std::string>{"tier_cliff", "pack_dearer_than_postpaid", "pack_larger_than_usage",
                                           "pack_unused_on_qps", "qps_partial_month", "free_quota_condition"});
}

TEST_CASE("The engine's English messages are filled from the table", "[warning_text]") {
    auto requests = one_of_each();
    auto messages = [&](std::size_t i) {
        std::vector<std::string> out;
        auto response = tally::test::quote_json(requests[i]);
        for (const auto& w : response["warnings"]) out.push_back(w["message"]);
        return out;
    };
    // 2,999,999 calls: 5,998.00; 3,000,001: 2,999,001 x 0.0018 = 5,398.20; 599.80 less.
    CHECK(messages(0) == std::vector<std::string>{
        "2 more calls of Body detection would lower this bill by ¥599.80: volume tiers price every call at the tier "
        "reached."});
    // 17,000 for the pack against 10,000,000 x 0.0015 = 15,000: 2,000.00 more.
    CHECK(messages(1) == std::vector<std::string>{
        "The 10000000-call packs of Body detection cost ¥2000.00 more than the same calls postpaid at the tier this "
        "usage reaches (¥0.0015 a call)."});
    // 10,000 - (5,000 - 1,000 free) = 6,000 unused; a pack is valid for one year from purchase, to the same date.
    CHECK(messages(2) == std::vector<std::string>{
        "6000 pack calls of Body detection are not used this period; packs stay valid for 1 year(s) from purchase, to the same date."});
    CHECK(messages(3) == std::vector<std::string>{
        "Body detection is on a QPS plan, so its calls are not metered and its 10000 pack calls are not drawn on.",
        "The QPS plan for Body detection and attributes is bought by the day for less than a month: calls on the "
        "other days are billed per call, which this quote does not split out."});
    CHECK(messages(4) == std::vector<std::string>{
        "The free calls of E-ID, authority database assume: first E证通 (E-ID) merchant ID successfully applied for."});
}

TEST_CASE("The listing carries the table for the page", "[warning_text][listing]") {
    tally::Json texts = tally::Json::parse(tally::listing_text(tally::test::tariffs()))["warning_texts"];
    CHECK(texts.size() == static_cast<std::size_t>(tally::warning_texts_end() - tally::warning_texts_begin()));
    CHECK(texts["tier_cliff"]["fields"] ==
          tally::Json::parse(R"({"service":"service","extra_calls":"calls","saving":"money"})"));
    CHECK(texts["free_quota_condition"]["zh"] == "{service}：免费额度的前提是{condition}。");
}
