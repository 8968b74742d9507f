#include <catch2/catch.hpp>

#include "support.hpp"
#include "tally/free_quota.hpp"

using tally::split_proportionally;
using V = std::vector<std::uint64_t>;

TEST_CASE("A shared pool splits in proportion, largest remainder, whole calls (R16)", "[free_quota]") {
    SECTION("exact shares") { CHECK(split_proportionally(10000, V{30000, 10000}) == V{7500, 2500}); }
    SECTION("remainders go to the largest fractions") {
        // 10000 x 1/3 each: 3333.33 x 3 -> one extra call to the first (ties keep request order)
        CHECK(split_proportionally(10000, V{5000, 5000, 5000}) == V{3334, 3333, 3333});
        // 10000 x {1,2,4}/7: 1428.57, 2857.14, 5714.28 -> the .57 gets the one call left
        CHECK(split_proportionally(10000, V{7000, 14000, 28000}) == V{1429, 2857, 5714});
    }
    SECTION("a pool larger than the calls covers all of them") {
        CHECK(split_proportionally(10000, V{300, 0, 4000}) == V{300, 0, 4000});
    }
    SECTION("nobody gets more than their calls, and the sum is the pool") {
        V calls{1, 1, 99998};
        V shares = split_proportionally(10000, calls);
        CHECK(shares[0] + shares[1] + shares[2] == 10000);
        for (std::size_t i = 0; i < calls.size(); ++i) CHECK(shares[i] <= calls[i]);
    }
    SECTION("no calls") { CHECK(split_proportionally(10000, V{0, 0}) == V{0, 0}); }
}

TEST_CASE("Free packs with an opening-date condition (R20)", "[free_quota]") {
    const auto& face = tally::test::edition("face-verification");
    const tally::FreeQuota* photo_pool = nullptr;
    for (const auto& pool : face.free_quota)
        if (pool.opened_on_or_after) photo_pool = &pool;
    REQUIRE(photo_pool != nullptr);
    CHECK(*photo_pool->opened_on_or_after == "2024-05-15");
    CHECK(tally::is_eligible(*photo_pool, {true, std::string("2024-05-15")}));
    CHECK_FALSE(tally::is_eligible(*photo_pool, {true, std::string("2024-05-14")}));
    CHECK(tally::is_eligible(*photo_pool, {true, std::nullopt}));
    CHECK_FALSE(tally::is_eligible(*photo_pool, {false, std::nullopt}));
}
