// Hand-worked request/expectation pairs under tests/vectors/, shared with the wasm tests: each expected figure
// was worked out from the price pages (see each file's "working"), never read back from the engine.
#include <catch2/catch.hpp>


#include <algorithm>

#include "support.hpp"
#include "tally/quote.hpp"

using nlohmann::json;

namespace {

// Every key the expectation names must hold the same value in the actual object.
void check_subset(const json& expected, const json& actual, const std::string& where) {
    for (const auto& item : expected.items()) {
        INFO(where << "." << item.key());
        REQUIRE(actual.contains(item.key()));
        CHECK(actual[item.key()] == item.value());
    }
}

void check_list(const json& expected, const json& actual, const std::string& what) {
    INFO(what << ": expected " << expected.dump() << "\nactual " << actual.dump());
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        check_subset(expected[i], actual[i], what + "[" + std::to_string(i) + "]");
}

}  // namespace

TEST_CASE("Hand-worked test vectors", "[vectors]") {
    auto files = tally::test::vector_files();
    REQUIRE(files.size() >= 20);
    for (const auto& file : files) {
        DYNAMIC_SECTION(file.substr(file.find_last_of('/') + 1)) {
            json vector = json::parse(tally::test::read_file(file));
            const json& expect = vector.at("expect");
            std::string printed = tally::test::quote_json(vector.at("request")).dump();
            json actual = json::parse(printed);
            // Read from text (the plain reading, as the wasm module does) the request quotes the same; and the
            // writer's text is dump()'s in each form.
            tally::QuoteResponse response =
                tally::quote(tally::test::tariffs(), tally::parse_request(vector.at("request").dump()));
            CHECK(tally::response_text(response) == printed);
            CHECK(tally::test::dump_mismatch(response) == "");
            INFO(vector.value("name", file) << "\nworking: " << vector.value("working", ""));
            CHECK(actual["total"] == expect.at("total"));
            check_list(expect.at("lines"), actual["lines"], "lines");
            if (expect.contains("warnings")) check_list(expect["warnings"], actual["warnings"], "warnings");
            if (expect.contains("range")) CHECK(actual["range"] == expect["range"]);
            if (expect.contains("allocations")) CHECK(actual["allocations"] == expect["allocations"]);
        }
    }
}
