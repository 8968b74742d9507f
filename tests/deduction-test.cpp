#include <catch2/catch.hpp>

#include "support.hpp"
#include "tally/deduction.hpp"

using V = std::vector<std::uint64_t>;

TEST_CASE("A month's calls spread over days, the first days taking one more", "[deduction]") {
    CHECK(tally::spread_over_days(90, 30) == V(30, 3));
    CHECK(tally::spread_over_days(32, 30) == [] { V v(30, 1); v[0] = v[1] = 2; return v; }());
    CHECK(tally::spread_over_days(2, 3) == V{1, 1, 0});
    CHECK(tally::spread_over_days(0, 2) == V{0, 0});
}

TEST_CASE("Deduction order: free, then packs, then postpaid (R1)", "[deduction]") {
    const auto& body = tally::test::edition("body-analysis");
    const auto& detection = body.services[*body.find_service("人体检测")];
    tally::PackPurchase pack{0, detection.find_pack(10000), 1, 10000, 0};
    std::vector<tally::PackPurchase*> packs{&pack};
    auto settled = tally::settle_service(detection, tally::TierBasis::all_calls, V{25000}, 1000, packs);
    CHECK(settled.free_calls == 1000);
    CHECK(settled.pack_calls == 10000);
    REQUIRE(settled.periods.size() == 1);
    CHECK(settled.periods[0].postpaid_calls == 14000);
    CHECK(settled.periods[0].amount.to_string(8) == "28.00000000");  // 14,000 x 0.002

    SECTION("R7: the tier is chosen by all calls, pack and free calls included") {
        tally::PackPurchase big{0, detection.find_pack(1000000), 3, 3000000, 0};
        std::vector<tally::PackPurchase*> three{&big};
        auto s = tally::settle_service(detection, tally::TierBasis::all_calls, V{3001001}, 1000, three);
        CHECK(s.periods[0].postpaid_calls == 1);
        CHECK(s.periods[0].unit_price.to_trimmed_string() == "0.0018");
        auto p = tally::settle_service(detection, tally::TierBasis::postpaid_calls, V{3000001}, 1000,
                                       std::vector<tally::PackPurchase*>{});
        CHECK(p.periods[0].unit_price.to_trimmed_string() == "0.002");  // 3,000,001 - 1,000 postpaid: tier 1
    }
    SECTION("free and pack balances carry across daily periods") {
        tally::PackPurchase day_pack{0, detection.find_pack(10000), 1, 10000, 0};
        std::vector<tally::PackPurchase*> p{&day_pack};
        auto daily = tally::settle_service(detection, tally::TierBasis::all_calls, V{6000, 6000, 6000}, 1000, p);
        CHECK(daily.periods[0].postpaid_calls == 0);      // 1000 free + 5000 pack
        CHECK(daily.periods[1].postpaid_calls == 1000);   // pack's last 5000
        CHECK(daily.periods[2].postpaid_calls == 6000);
    }
}
