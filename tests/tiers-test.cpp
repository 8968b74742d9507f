#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tally/error.hpp"
#include "tally/tiers.hpp"

using nlohmann::json;
using tally::TierTable;

namespace {

TierTable table_from(const char* text) { return nlohmann::ordered_json::parse(text).get<TierTable>(); }

std::string error_of(const char* text) {
    try {
        table_from(text);
    } catch (const tally::Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("Upper-inclusive tiers (body analysis, R8): 0<n<=300万, 300万<n<=1500万, n>1500万", "[tiers]") {
    TierTable t = table_from(R"({"per":1,"upper_bound":"inclusive","tiers":[
        {"from":0,"to":3000000,"price":"0.002"},{"from":3000000,"to":15000000,"price":"0.0018"},
        {"from":15000000,"price":"0.0015"}]})");
    struct Row { std::uint64_t calls; std::size_t tier; };
    for (Row row : {Row{0, 0}, Row{1, 0}, Row{2999999, 0}, Row{3000000, 0}, Row{3000001, 1}, Row{14999999, 1},
                    Row{15000000, 1}, Row{15000001, 2}}) {
        INFO(row.calls);
        CHECK(t.tier_for(row.calls) == row.tier);
    }
    CHECK(t.first_count_in(1) == 3000001);
    CHECK(t.first_count_in(2) == 15000001);
}

TEST_CASE("Upper-exclusive tiers (image analysis, 不含, R8) priced per thousand (R6)", "[tiers]") {
    TierTable t = table_from(R"({"per":1000,"upper_bound":"exclusive","tiers":[
        {"from":0,"to":1000000,"price":"2.5"},{"from":1000000,"to":3000000,"price":"2.2"},
        {"from":3000000,"to":15000000,"price":"2"},{"from":15000000,"price":"1.5"}]})");
    struct Row { std::uint64_t calls; std::size_t tier; };
    for (Row row : {Row{999999, 0}, Row{1000000, 1}, Row{1000001, 1}, Row{2999999, 1}, Row{3000000, 2},
                    Row{3000001, 2}, Row{14999999, 2}, Row{15000000, 3}, Row{15000001, 3}}) {
        INFO(row.calls);
        CHECK(t.tier_for(row.calls) == row.tier);
    }
    CHECK(t.first_count_in(1) == 1000000);
    CHECK(t.tiers[0].unit_price.to_trimmed_string() == "0.0025");  // 2.5元/千次 is exactly 0.0025 a call
}

TEST_CASE("Tier tables that overlap, leave a gap or are unsorted are refused", "[tiers]") {
    SECTION("overlap") {
        CHECK(error_of(R"({"per":1,"upper_bound":"inclusive","tiers":[{"from":0,"to":10,"price":"1"},
            {"from":5,"to":20,"price":"1"},{"from":20,"price":"1"}]})") ==
              "tiers[0]: tiers overlap: the next tier starts before this one ends");
    }
    SECTION("gap") {
        CHECK(error_of(R"({"per":1,"upper_bound":"inclusive","tiers":[{"from":0,"to":10,"price":"1"},
            {"from":11,"price":"1"}]})") == "tiers[0]: tiers leave a gap: the next tier starts after this one ends");
    }
    SECTION("unsorted") {
        CHECK(error_of(R"({"per":1,"upper_bound":"inclusive","tiers":[{"from":0,"to":10,"price":"1"},
            {"from":20,"price":"1"},{"from":10,"to":20,"price":"1"}]})") ==
              "tiers[2].from: tiers are unsorted: each tier must start above the one before");
        CHECK(error_of(R"({"per":1,"upper_bound":"inclusive","tiers":[{"from":0,"to":30,"price":"1"},
            {"from":20,"to":10,"price":"1"},{"from":30,"price":"1"}]})") ==
              "tiers[0]: tiers overlap: the next tier starts before this one ends");
    }
    SECTION("first tier not at zero, last tier not open, no tiers") {
        CHECK(error_of(R"({"per":1,"upper_bound":"inclusive","tiers":[{"from":1,"price":"1"}]})") ==
              "tiers[0].from: the first tier must start at 0");
        CHECK(error_of(R"({"per":1,"upper_bound":"inclusive","tiers":[{"from":0,"to":5,"price":"1"}]})") ==
              "tiers[0].to: the last tier must be open (no `to`)");
        CHECK(error_of(R"({"per":1,"upper_bound":"inclusive","tiers":[]})") == "tiers: must list at least one tier");
    }
    SECTION("prices: negative, numeric, or finer than 1e-8 a call") {
        CHECK(error_of(R"({"per":1,"upper_bound":"inclusive","tiers":[{"from":0,"price":"-0.002"}]})") ==
              "tiers[0].price: must be a decimal string >= 0 with at most 8 decimals, such as \"0.0025\"");
        CHECK(error_of(R"({"per":1,"upper_bound":"inclusive","tiers":[{"from":0,"price":0.002}]})") ==
              "tiers[0].price: must be a decimal string such as \"0.0025\", not a number with a fraction or exponent");
        CHECK(error_of(R"({"per":1000,"upper_bound":"exclusive","tiers":[{"from":0,"price":"0.00000001"}]})")
                  .find("more decimals than a price per 1000 calls") != std::string::npos);
    }
    SECTION("bound kind") {
        CHECK(error_of(R"({"per":1,"upper_bound":"both","tiers":[{"from":0,"price":"1"}]})") ==
              "upper_bound: must be \"inclusive\" or \"exclusive\"");
    }
}
