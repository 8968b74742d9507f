// Tariff and request input nobody planned for: each either loads safely (names are data, never markup) or
// fails with one clear Error; never a crash, a hang or a sanitizer report (the asan preset runs this too).
#include <algorithm>
#include <catch2/catch.hpp>

#include <map>

#include "support.hpp"
#include "tally/quote.hpp"

using nlohmann::json;

namespace {

json body_tariff() {
    return json::parse(tally::test::read_file(std::string(TALLY_TARIFFS_DIR) + "/body-analysis/current.json"));
}

std::string load_error(const std::string& text) {
    try {
        tally::parse_edition(text, "hostile.json");
    } catch (const tally::Error& e) {
        return e.what();
    }
    return "";
}

// Straight from text: building a 100,000-level document with nlohmann in the test would itself recurse.
std::string request_error(const std::string& text) {
    try {
        tally::quote(tally::test::tariffs(), tally::parse_request(text));
    } catch (const tally::Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("Markup and control characters in names are kept as data", "[hostile]") {
    json t = body_tariff();
    const std::string script = "<script>alert(1)</script>";
    const std::string img = "\"><img src=x onerror=alert(1)>";
    const std::string rtl = "\u202E人体检测\u202C";
    t["services"][0]["name"]["zh"] = script;
    t["services"][1]["name"]["en"] = img;
    t["services"][2]["aliases"] = {rtl};
    std::string text = t.dump();
    REQUIRE(load_error(text).empty());
    tally::Edition e = tally::parse_edition(text, "hostile.json");
    CHECK(e.services[0].name.zh == script);
    CHECK(e.find_service(img) == std::optional<std::size_t>(1));
    CHECK(e.find_service(rtl) == std::optional<std::size_t>(2));
    // JSON output escapes the quote, so the name cannot break out of its string.
    CHECK(tally::Json(e.services[1].name.en).dump() == "\"\\\"><img src=x onerror=alert(1)>\"");
}

TEST_CASE("The direct response writer escapes names as the JSON tree does", "[hostile]") {
    json t = body_tariff();
    const std::string controls = std::string("tab\tnl\ncr\rbs\bff\f\x01\x1f\x7f") + "\"\\/<>\u202E人体\U0001F600";
    t["services"][0]["name"]["zh"] = controls;
    t["services"][0]["name"]["en"] = "\"><img src=x onerror=alert(1)>";
    tally::Edition e = tally::parse_edition(t.dump(), "hostile.json");
    tally::QuoteResponse r;
    r.product = e.product;
    r.edition = e.edition;
    tally::ServiceSummary s;
    s.service = e.services[0].id;
    s.name = &e.services[0].name;
    s.calls = 18446744073709551615ULL;
    s.tier = tally::TierReached{};
    r.services.push_back(s);
    tally::Warning w;
    w.code = "tier_cliff";
    w.message = controls;
    w.saving = tally::Money::from_units(1);
    w.pack_unit_price = tally::Money::from_units(123456789);
    r.warnings.push_back(w);
    CHECK(tally::test::dump_mismatch(r) == "");
    CHECK(tally::response_text(r).find("\\t") != std::string::npos);

    SECTION("escaped to ASCII, as the wasm module writes it: as dump() with ensure_ascii") {
        std::string escaped;
        tally::write_response(r, escaped, tally::NonAscii::escaped);
        // By hand: DEL, RLO, 人, 体, and U+1F600 as its surrogate pair (RFC 8259 section 7).
        CHECK(escaped.find(R"(\u007f\"\\/<>\u202e\u4eba\u4f53\ud83d\ude00")") != std::string::npos);
        CHECK(std::none_of(escaped.begin(), escaped.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x7F; }));
    }
}

TEST_CASE("Oversized and deeply nested tariffs fail with a clear error", "[hostile]") {
    SECTION("a 10 MB string") {
        json t = body_tariff();
        t["services"][0]["name"]["zh"] = std::string(10 * 1024 * 1024, 'x');
        CHECK(load_error(t.dump()) == "hostile.json: larger than the 4 MiB a tariff file may be");
    }
    SECTION("100,000 services") {
        json t = body_tariff();
        json service = t["services"][0];
        for (int i = 0; i < 100000; ++i) {
            service["id"] = "s" + std::to_string(i);
            service["name"]["zh"] = service["name"]["en"] = "s" + std::to_string(i);
            t["services"].push_back(service);
        }
        CHECK(load_error(t.dump()) == "hostile.json: larger than the 4 MiB a tariff file may be");
    }
    SECTION("5,000 services, under the size limit, load and index") {
        json t = body_tariff();
        json service = t["services"][0];
        service["packs"] = json::array();
        for (int i = 0; i < 5000; ++i) {
            service["id"] = "s" + std::to_string(i);
            service["name"]["zh"] = service["name"]["en"] = "服务" + std::to_string(i);
            t["services"].push_back(service);
        }
        tally::Edition e = tally::parse_edition(t.dump(), "hostile.json");
        CHECK(e.find_service("服务4999") == std::optional<std::size_t>(5002));
    }
    SECTION("nesting 10,000 and 100,000 levels deep (found by this test: ordered_map deep-copies, recursively)") {
        for (int depth : {65, 10000, 100000}) {
            std::string nested = std::string(depth, '[') + std::string(depth, ']');
            CHECK(load_error(nested) == "hostile.json: nested deeper than 64 levels");
            std::string text = body_tariff().dump();
            std::string name = "\"zh\":\"人体分析\"";
            text.replace(text.find(name), name.size(), "\"zh\":" + nested);
            CHECK(load_error(text) == "hostile.json: nested deeper than 64 levels");
            CHECK(request_error("{\"product\":\"body-analysis\",\"x\":" + nested + "}") ==
                  "request: nested deeper than 64 levels");
        }
        std::string sixty_four = std::string(63, '[') + std::string(63, ']');
        CHECK(load_error("{\"a\":" + sixty_four + "}") == "hostile.json:a: unknown field");
        CHECK(load_error("{\"a\":\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"}") ==
              "hostile.json:a: unknown field");  // brackets inside a string do not count
    }
}

TEST_CASE("An object with a key twice, or with more keys than any of ours could need", "[hostile]") {
    std::string keys;
    for (int i = 0; i < 257; ++i) keys += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":1";
    CHECK(request_error("{" + keys + "}") == "request: an object has more than 256 keys");
    CHECK(load_error("{\"format\":1,\"format\":1}") == "hostile.json: an object names the key \"format\" twice");
}

TEST_CASE("Numbers a tariff or request must not hold", "[hostile]") {
    json t = body_tariff();
    std::string text = t.dump();
    std::string price = "\"price\":\"0.002\"";
    std::string huge = text, tiny = text;
    huge.replace(huge.find(price), price.size(), "\"price\":1e400");
    tiny.replace(tiny.find(price), price.size(), "\"price\":0.1e-30");
    CHECK(load_error(huge) == "hostile.json:services[0].postpaid.tiers[0].price: must be a decimal string such as "
                              "\"0.0025\", not a number with a fraction or exponent");
    CHECK(load_error(tiny) == "hostile.json:services[0].postpaid.tiers[0].price: must be a decimal string such as "
                              "\"0.0025\", not a number with a fraction or exponent");
    CHECK(tally::test::error_of(json::parse(R"({"product":"body-analysis","usage":[{"service":"人体检测","calls":0.1e-30}]})")) ==
          "usage[0].calls: must be a whole number >= 0, not a number with a fraction or exponent");
}

TEST_CASE("Inputs kept from fuzzing fail as they should, or quote what they should", "[hostile][fuzz]") {
    // Every kept input has its outcome stated here: a new one without it fails the test.
    const std::map<std::string, std::string> request_errors = {
        {"nested-20000.json", "request: nested deeper than 64 levels"},
        // 1e400 is past a double's range: read as the largest double, so the field is named.
        {"number-overflow.json", "usage[0].calls: must be a whole number >= 0 and <= 1000000000000000"},
    };
    const std::map<std::string, std::string> tariff_errors = {
        {"nested-20000.json", "nested-20000.json: nested deeper than 64 levels"},
        {"packs-only-huge-price.json", ""},  // loads: quoted below
    };
    auto requests = tally::test::fuzz_regressions("request");
    auto tariffs = tally::test::fuzz_regressions("tariff");
    REQUIRE(requests.size() == request_errors.size());
    REQUIRE(tariffs.size() == tariff_errors.size());
    for (const auto& file : requests) {
        std::string name = file.substr(file.find_last_of('/') + 1);
        INFO(name);
        REQUIRE(request_errors.count(name) == 1);
        CHECK(request_error(tally::test::read_file(file)) == request_errors.at(name));
    }
    for (const auto& file : tariffs) {
        std::string name = file.substr(file.find_last_of('/') + 1);
        INFO(name);
        REQUIRE(tariff_errors.count(name) == 1);
        std::string error;
        try {
            tally::parse_edition(tally::test::read_file(file), name);
        } catch (const tally::Error& e) {
            error = e.what();
        }
        CHECK(error == tariff_errors.at(name));
    }

    // One pack of 1 call at ¥99,999,999,999,999,999,999,999,999,999 (10^29 - 1, 8 decimals: about 10^37 units
    // of the 1.7 x 10^38 that Money holds) is that price; 100 of them are past Money's range, refused by name.
    std::string text = tally::test::read_file(std::string(TALLY_TESTS_DIR) + "/../fuzz/regressions/tariff/packs-only-huge-price.json");
    tally::TariffSet set = tally::TariffSet::load(
        R"({"format":1,"products":[{"id":"x","name":{"zh":"x","en":"x"},"default_edition":"y","editions":[{"id":"y","file":"f"}]}]})",
        [&](const std::string&) { return text; });
    auto quote_packs = [&](std::uint64_t count) {
        return tally::quote(set, tally::parse_request(R"({"product":"x","usage":[{"service":"s","calls":1}],"packs":[{"service":"s","size":1,"count":)" +
                                                      std::to_string(count) + "}]}"));
    };
    CHECK(quote_packs(1).total.to_fen_string() == "99999999999999999999999999999.00");
    CHECK_THROWS_WITH(quote_packs(100), "usage: the amounts are too large to compute exactly");
}
