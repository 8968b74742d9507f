// parse_json (our own parser) against nlohmann's parser with the rules parse_json had on top of it (the
// reference below): the same documents accepted, the same DOM, and the same first problem reported, on edge
// cases and on tens of thousands of mutated requests and tariffs.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <random>
#include <regex>
#include <variant>

#include "support.hpp"
#include "tally/json_node.hpp"
#include "tally/names.hpp"

using tally::Json;

namespace {

// What parse_json was: nlohmann's DOM builder refusing an object that names a key twice or has too many keys.
class StrictDomBuilder : public nlohmann::detail::json_sax_dom_parser<Json> {
public:
    using Base = nlohmann::detail::json_sax_dom_parser<Json>;
    using Base::Base;

    bool start_object(std::size_t size) {
        keys_.emplace_back();
        return Base::start_object(size);
    }
    bool key(Json::string_t& name) {
        auto& seen = keys_.back();
        if (seen.size() >= tally::kMaxObjectKeys) {
            problem_ = "an object has more than 256 keys";
            return false;
        }
        if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
            problem_ = "an object names the key \"" + tally::printable_excerpt(name) + "\" twice";
            return false;
        }
        seen.push_back(name);
        return Base::key(name);
    }
    bool end_object() {
        keys_.pop_back();
        return Base::end_object();
    }
    std::optional<std::string> problem_;

private:
    std::vector<std::vector<std::string>> keys_;
};

using Outcome = std::variant<Json, std::string>;  // the document, or the error message

// The one rule parse_json has that nlohmann's parser had not: a number past a double's range is the largest
// double (with its sign), where nlohmann refused the text ("number overflow"). The reference gets it by having each
// such number token rewritten before nlohmann reads the text (strings skipped; strtod says what overflows, as
// nlohmann's lexer asked it).
std::string with_overflow_clamped(const std::string& text) {
    static const std::regex number(R"(-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?)");
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (c == '"') {  // a string, to its closing quote (an escaped quote does not close it)
            std::size_t j = i + 1;
            while (j < text.size() && text[j] != '"') j += text[j] == '\\' ? 2 : 1;
            j = std::min(j + 1, text.size());
            out.append(text, i, j - i);
            i = j;
        } else if (c == '-' || (c >= '0' && c <= '9')) {  // the longest run a number lexer could take
            std::size_t j = i;
            while (j < text.size() && std::strchr("0123456789+-.eE", text[j]) && text[j] != '\0') ++j;
            std::string token = text.substr(i, j - i);
            bool overflows = std::regex_match(token, number) && std::isinf(std::strtod(token.c_str(), nullptr));
            out += overflows ? (token[0] == '-' ? "-1.7976931348623157e308" : "1.7976931348623157e308") : token;
            i = j;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

Outcome reference(const std::string& original) {
    const std::string text = with_overflow_clamped(original);
    Json result;
    StrictDomBuilder builder(result, false);
    bool parsed = Json::sax_parse(text, &builder);
    if (builder.problem_) return "x: " + *builder.problem_;
    if (!parsed || result.is_discarded()) return std::string("x: not valid JSON");
    return result;
}

Outcome ours(const std::string& text) {
    try {
        return tally::parse_json(text, "x");
    } catch (const tally::Error& e) {
        return std::string(e.what());
    }
}

// The same DOM, kinds included (nlohmann's == takes 1 and 1u for equal). A number with a fraction or an
// exponent need only be near (parse_json's double is not always correctly rounded), but on the same side of
// 1e19, with the same sign.
bool same(const Json& a, const Json& b) {
    if (a.type() != b.type()) return false;
    switch (a.type()) {
        case Json::value_t::object: {
            if (a.size() != b.size()) return false;
            auto x = a.items().begin();
            auto y = b.items().begin();
            for (; x != a.items().end(); ++x, ++y)
                if (x.key() != y.key() || !same(x.value(), y.value())) return false;
            return true;
        }
        case Json::value_t::array:
            if (a.size() != b.size()) return false;
            for (std::size_t i = 0; i < a.size(); ++i)
                if (!same(a[i], b[i])) return false;
            return true;
        case Json::value_t::number_float: {
            double x = a.get<double>(), y = b.get<double>();
            return (x < 1e19) == (y < 1e19) && std::signbit(x) == std::signbit(y) && std::isfinite(x) &&
                   std::fabs(x - y) <= 1e-14 * std::fabs(y);
        }
        default:
            return a == b;
    }
}

void check_agrees(const std::string& text) {
    INFO("text: " << text);
    Outcome expected = reference(text);
    Outcome actual = ours(text);
    if (auto* message = std::get_if<std::string>(&actual); message && *message == "x: nested deeper than 64 levels")
        return;  // refused before parsing, by a check the reference does not have
    REQUIRE(expected.index() == actual.index());
    if (auto* message = std::get_if<std::string>(&expected)) {
        CHECK(*message == std::get<std::string>(actual));
    } else {
        INFO("expected " << std::get<Json>(expected).dump() << ", got " << std::get<Json>(actual).dump());
        CHECK(same(std::get<Json>(expected), std::get<Json>(actual)));
    }
}

// 2^1024 - 2^970: from here up, a number rounds to infinity.
const std::string kOverflow =
    "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286"
    "416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571"
    "366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792";

}  // namespace

TEST_CASE("parse_json: edge cases as nlohmann's parser had them", "[json]") {
    const std::string nul(1, '\0');
    for (const std::string& text : std::vector<std::string>{
             "", " ", "{}", "[]", "0", "-0", "\"\"", "true", "false", "null", "tru", "nul", "[1,]", "{\"a\":1,}", "[,1]",
             "{,}", "01", "-", "-01", "1.", ".5", "+1", "1e", "1e+", "1E2", "1e-2", "1.5e3", "[1 2]", "{\"a\" 1}",
             "{\"a\":}", "{1:2}", "\"\\u0000\"", "\"\\u00e9\\u4EBA\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\ud83dx\"",
             "\"\\ud83d\\u0041\"", "\"\\ude00\"", "\"\\u12\"", "\"\\x\"", "\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"", "\"a\tb\"",
             "\"\x7f\"", "\"\xC2\x80\"", "\"\xC1\xBF\"", "\"\xE0\x9F\xBF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"",
             "\"\xF0\x90\x80\x80\"", "\"\xE4\xBA\"", "\"\xFF\"", "\xEF\xBB\xBF{}", "\xEF\xBB{}", " \xEF\xBB\xBF{}",
             "{}" + nul + "junk", nul, "[1," + nul + "]", "\"a" + nul + "\"", "{} x", "{}\n\t\r ", "[[[[]]]]",
             "{\"a\":1,\"a\":2}", "{\"a\":1,\"\\u0061\":2}", "{\"a\":1,\"a\"", "{\"a\":1,\"a", "{\"a\":{\"b\":1},\"b\":1}",
             "{\"a\":1,\"b\":[{\"a\":1,\"a\":1}],\"b\":2}", "[{\"k\":1,\"k\":2}, x]", "[x, {\"k\":1,\"k\":2}]",
             "{\"\\u0001\\n\":1,\"\\u0001\\n\":1}",
             // Integers: 64-bit unsigned, then signed, then a double.
             "18446744073709551615", "18446744073709551616", "-9223372036854775808", "-9223372036854775809",
             "99999999999999999999", "123456789012345678901234567890", "-123456789012345678901234567890",
             // Around 1e19 (a count too large rather than a fraction) and the overflow to infinity.
             "1e19", "1.0e19", "9999999999999998976.0", "9999999999999998975.999999", "9999999999999998976e0",
             "0.9999999999999998976e19", "99999999999999989759999e-4", "99999999999999989760000e-4", "-1e19",
             "1e308", "1e309", "10e308", "0.1e310", "1.7976931348623157e308", "1.7976931348623158e308",
             "1.7976931348623159e308", "-1.7976931348623159e308", kOverflow, kOverflow + ".0", kOverflow + "e-1",
             kOverflow.substr(0, 308) + "1", kOverflow.substr(0, 308) + "1.9999999999",
             "0." + kOverflow + "e309", "0." + kOverflow.substr(0, 300) + "e309",
             "1e99999999999999999999", "-1e400", "1e-400", "-1e-400", "4.9e-324", "2.4703282292062327e-324",
             "0e0", "0.0e-99999999999", "-0.0", "0.000000000000000000000000001", "1" + std::string(400, '0') + "e-390",
             "0." + std::string(400, '0') + "1e400", "1.5", "0.1", "2.5", "3.0", "1e+2", "1E-2",
             "123456789012345678.5", "12345678901234567890123e-4"}) {
        check_agrees(text);
        check_agrees("{\"a\":[" + text + "]}");
    }
    std::string keys;
    for (int i = 0; i < 257; ++i) {
        keys += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":1";
        if (i == 255) check_agrees("{" + keys + "}");
    }
    check_agrees("{" + keys + "}");
    check_agrees("{" + keys + ",\"k0\":1}");
}

TEST_CASE("parse_json: numbers near the bounds that decide an error", "[json]") {
    std::mt19937 random(20261126);
    auto digits = [&](int n) {
        std::string s;
        for (int i = 0; i < n; ++i) s += static_cast<char>('0' + random() % 10);
        return s;
    };
    const std::string near_count = "99999999999999989";  // the first digits of 9999999999999998976
    for (int i = 0; i < 3000; ++i) {
        // Written with the point in different places and a compensating exponent.
        std::string mantissa = (i % 2 ? near_count : kOverflow.substr(0, 15 + random() % 294)) + digits(random() % 30);
        int magnitude = i % 2 ? 19 : 309;
        int point = 1 + static_cast<int>(random() % mantissa.size());
        std::string text = mantissa.substr(0, point) + "." + mantissa.substr(point);
        if (text.back() == '.') text += '0';
        int exponent = magnitude - point;
        if (i % 2 && random() % 2) {
            text = std::string(1, '0') + "." + mantissa;
            exponent = magnitude;
        }
        check_agrees(text + "e" + std::to_string(exponent));
    }
}

TEST_CASE("parse_json: mutated requests and tariffs", "[json]") {
    std::vector<std::string> seeds = tally::test::vector_requests();
    for (const char* file : {"catalog.json", "body-analysis/current.json", "image-analysis/current.json",
                             "face-verification/current.json"})
        seeds.push_back(tally::test::read_file(std::string(TALLY_TARIFFS_DIR) + "/" + file));
    seeds.push_back(R"({"a":"\u4eba\ud83d\ude00\n","b":[-0,1.5e3,-2,18446744073709551615,true,false,null,{}],"c":{"d":[]}})");
    REQUIRE(seeds.size() > 25);
    const std::string bytes = std::string("019-.eE+\"\\/,:{}[] \tntfulbr") + '\0' + "\xef\xbb\xbf\xe4\xba\xba\xed\xa0\x80\xf4\x90\xc0\xff";
    std::mt19937 random(20261127);
    int tried = 0;
    for (const auto& seed : seeds) {
        int rounds = seed.size() > 4000 ? 300 : 1500;
        for (int round = 0; round < rounds; ++round, ++tried) check_agrees(tally::test::mutated(seed, random, bytes));
    }
    CHECK(tried > 20000);
}
