#include <catch2/catch.hpp>

#include "tally/names.hpp"

using tally::normalize_name;

TEST_CASE("Names match across width, spacing and ASCII case", "[names]") {
    SECTION("full-width and ASCII parentheses are the same label") {
        CHECK(normalize_name("手机号信息核验（二要素）") == normalize_name("手机号信息核验(二要素)"));
    }
    SECTION("spaces of every kind are ignored") {
        CHECK(normalize_name("增强版人脸核身（权威库）-浮层 H5") == normalize_name("增强版人脸核身（权威库）-浮层H5"));
        CHECK(normalize_name("手机号信息核验(三要素)- 电信") == normalize_name("手机号信息核验(三要素)-电信"));
        CHECK(normalize_name("AI\u3000人脸防护盾") == normalize_name("AI人脸防护盾"));
    }
    SECTION("ASCII case folds, CJK stays") {
        CHECK(normalize_name("-App") == normalize_name("-APP"));
        CHECK(normalize_name("Body-Detection") == "body-detection");
    }
    SECTION("different labels stay different") {
        CHECK(normalize_name("人体检测") != normalize_name("人体搜索"));
    }
    SECTION("each malformed UTF-8 byte becomes U+FFFD, so it never matches a real character") {
        // E4 BA starts 人 (E4 BA BA) but is cut short: E4 promises 3 bytes and has 2, BA cannot start one.
        CHECK(normalize_name(std::string("\xE4\xBA", 2)) == "\xEF\xBF\xBD\xEF\xBF\xBD");
        CHECK(normalize_name(std::string("\xE4\xBA", 2)) != normalize_name("人"));
    }
}
