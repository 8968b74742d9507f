// Loading and validating tariff files: the real ones load; broken ones fail with the JSON path at fault.
#include <catch2/catch.hpp>

#include <optional>
#include <tuple>

#include <algorithm>

#include "support.hpp"
#include "tally/listing.hpp"
#include "tally/validation.hpp"
#include "tally/error.hpp"

using nlohmann::json;

namespace {

json body_tariff() {
    return json::parse(tally::test::read_file(std::string(TALLY_TARIFFS_DIR) + "/body-analysis/current.json"));
}

std::string load_error(const json& tariff) {
    try {
        tally::parse_edition(tariff.dump(), "body.json");
    } catch (const tally::Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("The bundled tariffs load: three products, five editions", "[tariff]") {
    const auto& set = tally::test::tariffs();
    REQUIRE(set.products().size() == 3);
    CHECK(set.find_edition("image-analysis", "2019-12-01")->services.size() == 9);
    CHECK(set.find_edition("image-analysis", "2020-01-01")->services.size() == 7);
    CHECK(set.find_edition("body-analysis", "current")->settlement.cycle == tally::Cycle::monthly);
    CHECK(set.find_edition("face-verification", "current")->settlement.cycle == tally::Cycle::daily);
}

TEST_CASE("Each edition names its price page as the page's archived copy is titled (or not at all)", "[tariff]") {
    // The first line of each archived page: 000 "人体分析 购买指南", 001 "图像分析 购买指南 产品文档" (the site's
    // section name after the title), 004 "人脸核身 购买指南"; 002 and 003 are excerpts that start with no title.
    const std::vector<std::tuple<const char*, const char*, std::optional<std::string>>> titles = {
        {"body-analysis", "current", "人体分析 购买指南"},
        {"image-analysis", "2020-01-01", "图像分析 购买指南"},
        {"face-verification", "current", "人脸核身 购买指南"},
        {"image-analysis", "current", std::nullopt},
        {"image-analysis", "2019-12-01", std::nullopt},
    };
    for (const auto& [product, edition, title] : titles) CHECK(tally::test::edition(product, edition).source.title == title);
    json t = body_tariff();
    t["source"]["title"] = 7;
    CHECK(load_error(t) == "body.json:source.title: must be a string, not a number");
}

TEST_CASE("Rules that are data: bounds (R8), tier basis (R7), shared pool (R15), freeze (R14)", "[tariff]") {
    const auto& body = tally::test::edition("body-analysis");
    const auto& image = tally::test::edition("image-analysis");
    CHECK(body.services[0].postpaid->upper_bound == tally::UpperBound::inclusive);
    for (const char* id : {"2019-12-01", "2020-01-01", "current"}) {
        const auto& e = tally::test::edition("image-analysis", id);
        INFO(id);
        CHECK(e.tier_basis == tally::TierBasis::all_calls);
        CHECK(e.freeze_next_month);
        for (const auto& s : e.services) CHECK(s.postpaid->upper_bound == tally::UpperBound::exclusive);
    }
    REQUIRE(image.free_quota.size() == 1);
    CHECK(image.free_quota[0].scope == tally::FreeScope::shared);
    auto general = *image.find_service("通用图像标签");
    const auto& members = image.free_quota[0].services;
    CHECK(std::find(members.begin(), members.end(), general) == members.end());
    CHECK(members.size() == image.services.size() - 1);
}

TEST_CASE("Every spelling of a billing label resolves to it (R18)", "[tariff]") {
    const auto& face = tally::test::edition("face-verification");
    auto same = [&](const char* a, const char* b) {
        INFO(a << " vs " << b);
        REQUIRE(face.find_service(a).has_value());
        CHECK(face.find_service(a) == face.find_service(b));
    };
    same("增强版人脸核身（权威库）-App", "增强版人脸核身（权威库）-APP");
    same("增强版人脸核身（自传照片）-浮层 H5", "增强版人脸核身（自传照片）-浮层H5");
    same("照片人脸核身（V2.0）", "照片人脸核身V2.0");
    same("AI 人脸防护盾", "AI人脸防护盾");
    same("手机号信息核验（二要素）", "手机号信息核验(二要素)");
    same("手机号信息核验(三要素)-电信", "手机号信息核验(三要素)- 电信");
}

TEST_CASE("Channel and API maps name priced labels", "[tariff]") {
    const auto& face = tally::test::edition("face-verification");
    bool found = false;
    for (const auto& c : face.channels)
        if (c.channel == "增强版 SDK（APP）" && c.compare == std::string("authority")) {
            CHECK(face.services[c.service].name.zh == "增强版人脸核身（权威库）-APP");
            found = true;
        }
    CHECK(found);
    auto three_factor = std::find_if(face.apis.begin(), face.apis.end(),
                                     [](const tally::Api& a) { return a.api == "手机号三要素核验"; });
    REQUIRE(three_factor != face.apis.end());
    CHECK(three_factor->services.size() == 5);  // 简版, 详版, 移动, 电信, 联通: the user picks
}

TEST_CASE("Broken tariff files fail with the path of the fault", "[tariff][errors]") {
    SECTION("missing field") {
        json t = body_tariff();
        t["services"][1].erase("name");
        CHECK(load_error(t) == "body.json:services[1].name: is missing");
    }
    SECTION("negative price") {
        json t = body_tariff();
        t["services"][0]["postpaid"]["tiers"][1]["price"] = "-0.0018";
        CHECK(load_error(t) ==
              "body.json:services[0].postpaid.tiers[1].price: must be a decimal string >= 0 with at most 8 decimals, "
              "such as \"0.0025\"");
        t["services"][0]["packs"][0]["price"] = -18;
        t["services"][0]["postpaid"]["tiers"][1]["price"] = "0.0018";
        CHECK(load_error(t) == "body.json:services[0].packs[0].price: must be a decimal string such as \"0.0025\", not a number");
    }
    SECTION("overlapping, gapped and unsorted tiers") {
        json t = body_tariff();
        t["services"][2]["postpaid"]["tiers"][1]["from"] = 2000000;
        CHECK(load_error(t) ==
              "body.json:services[2].postpaid.tiers[0]: tiers overlap: the next tier starts before this one ends");
        t["services"][2]["postpaid"]["tiers"][1]["from"] = 3000001;
        CHECK(load_error(t) ==
              "body.json:services[2].postpaid.tiers[0]: tiers leave a gap: the next tier starts after this one ends");
        t = body_tariff();
        std::swap(t["services"][0]["postpaid"]["tiers"][0], t["services"][0]["postpaid"]["tiers"][1]);
        CHECK(load_error(t) ==
              "body.json:services[0].postpaid.tiers[1].from: tiers are unsorted: each tier must start above the one before");
    }
    SECTION("references and unknown keys") {
        json t = body_tariff();
        t["qps_groups"][0]["services"][0] = "no-such-service";
        CHECK(load_error(t) ==
              "body.json:qps_groups[0].services[0]: names no service of this edition: \"no-such-service\"");
        t = body_tariff();
        t["services"][0]["discount"] = "0.1";
        CHECK(load_error(t) == "body.json:services[0].discount: unknown field");
        t = body_tariff();
        t["services"][1]["name"]["zh"] = "人体检测";
        CHECK(load_error(t) == "body.json:services[1]: two services share the name \"人体检测\"");
        t = body_tariff();  // two clashes: the one first in name order is reported
        t["services"][0]["aliases"].push_back("aaa");
        t["services"][1]["aliases"].push_back("zzz");
        t["services"][2]["aliases"] = {"zzz", "aaa"};
        CHECK(load_error(t) == "body.json:services[2]: two services share the name \"aaa\"");
    }
    SECTION("not JSON, or numbers out of range") {
        CHECK_THROWS_WITH(tally::parse_edition("{", "x.json"), "x.json: not valid JSON");
        CHECK_THROWS_WITH(tally::parse_edition("{\"format\": 1e400}", "x.json"), "x.json:format: must be a whole number >= 0 and <= 1000");
    }
}

TEST_CASE("A catalog naming an edition that disagrees with its file fails", "[tariff][errors]") {
    auto read = [](const std::string& file) {
        return tally::test::read_file(std::string(TALLY_TARIFFS_DIR) + "/" + file);
    };
    std::string catalog = R"({"format":1,"products":[{"id":"body-analysis","name":{"zh":"人体分析","en":"Body"},
        "default_edition":"current","editions":[{"id":"2024","file":"body-analysis/current.json"}]}]})";
    CHECK_THROWS_WITH(tally::TariffSet::load(catalog, read),
                      "body-analysis/current.json:product: says body-analysis/current but the catalog lists it as "
                      "body-analysis/2024");
}

TEST_CASE("json_text prints what dump() prints, compact and indented", "[listing]") {
    std::string text = tally::listing_text(tally::test::tariffs());
    tally::Json listing = tally::Json::parse(text);
    CHECK(text == listing.dump());
    CHECK(tally::listing_text(tally::test::tariffs(), tally::Layout::indented) == listing.dump(2));
    // Each edition is its file as loaded: the listing echoes the documents, not a second format.
    REQUIRE(listing["products"].size() == tally::test::tariffs().products().size());
    CHECK(listing["products"][0]["editions"][0] ==
          *tally::test::tariffs().edition_document(listing["products"][0]["id"].get<std::string>(),
                                                   listing["products"][0]["editions"][0]["edition"].get<std::string>()));
    for (const char* text :
         {R"({"a":[1,-2,0,-9223372036854775808,18446744073709551615,1.5,0.1,1e300,-2.0e-7,100.0,-0.0],"b":{"":null,"t":true,"f":false,"x":{"y":[[],{}]}},"s":"\"\\/\b\f\n\r\t\u0001\u001f\u007f é 人 \ud83d\ude00","k\"\n":1})",
          "[]", "{}", "[[],{}]", "0", "\"x\"", "-1", "3.0", "null", "[true,false,null]"}) {
        INFO(text);
        tally::Json j = tally::Json::parse(text);
        CHECK(tally::json_text(j) == j.dump());
        CHECK(tally::json_text(j, tally::Layout::indented) == j.dump(2));
    }
}

TEST_CASE("A validate result names the edition and counts its services", "[validation]") {
    // tariffs/body-analysis/current.json prices three services: body-detection, body-library and body-search.
    const tally::Edition& body = tally::test::edition("body-analysis");
    CHECK(tally::validation_text(body) == R"({"ok":true,"product":"body-analysis","edition":"current","services":3})");
    std::string listed;
    {
        tally::Writer w(listed, tally::NonAscii::utf8, tally::Layout::indented);
        w.open('[');
        tally::write_validation(w, body, "tariffs/body-analysis/current.json");
        w.close(']');
    }
    CHECK(listed == "[\n  {\n    \"file\": \"tariffs/body-analysis/current.json\",\n    \"ok\": true,\n"
                    "    \"product\": \"body-analysis\",\n    \"edition\": \"current\",\n    \"services\": 3\n  }\n]");
}
