#include "support.hpp"

#include <catch2/catch.hpp>

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "tally/error.hpp"
#include "tally/quote.hpp"

namespace tally::test {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const TariffSet& tariffs() {
    static const TariffSet set = TariffSet::load(read_file(std::string(TALLY_TARIFFS_DIR) + "/catalog.json"),
                                                 [](const std::string& file) {
                                                     return read_file(std::string(TALLY_TARIFFS_DIR) + "/" + file);
                                                 });
    return set;
}

nlohmann::ordered_json quote_json(const nlohmann::json& request) {
    return nlohmann::ordered_json(quote(tariffs(), nlohmann::ordered_json(request).get<QuoteRequest>()));
}

std::string error_of(const nlohmann::json& request) {
    try {
        quote(tariffs(), parse_request(request.dump()));
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

const Edition& edition(const std::string& product, const std::string& id) {
    const Edition* e = tariffs().find_edition(product, id);
    if (!e) throw std::runtime_error("no edition " + product + "/" + id);
    return *e;
}

Money money(const char* decimal) {
    auto m = Money::parse(decimal);
    if (!m) throw std::runtime_error(std::string("bad decimal in test: ") + decimal);
    return *m;
}

std::string mutated(const std::string& seed, std::mt19937& random, const std::string& bytes) {
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % (n ? n : 1)); };
    std::string text = seed;
    for (int edits = 1 + static_cast<int>(pick(3)); edits > 0; --edits) {
        switch (pick(5)) {
            case 0: if (!text.empty()) text[pick(text.size())] = bytes[pick(bytes.size())]; break;
            case 1: text.insert(pick(text.size() + 1), 1, bytes[pick(bytes.size())]); break;
            case 2: if (!text.empty()) text.erase(pick(text.size()), 1 + pick(3)); break;
            case 3: { std::size_t at = pick(text.size()); text.insert(at, text.substr(at, pick(12))); break; }
            default: text.resize(pick(text.size() + 1));
        }
    }
    return text;
}

std::vector<std::string> vector_files(const std::string& folder) {
    std::vector<std::string> files;
    std::string dir = std::string(TALLY_TESTS_DIR) + "/" + folder;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* entry = readdir(d)) {
            std::string name = entry->d_name;
            if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) files.push_back(dir + "/" + name);
        }
        closedir(d);
    }
    std::sort(files.begin(), files.end());  // readdir's order is the file system's
    return files;
}

std::vector<std::string> vector_requests() {
    std::vector<std::string> out;
    for (const auto& file : vector_files()) out.push_back(nlohmann::json::parse(read_file(file)).at("request").dump());
    std::sort(out.begin(), out.end());
    return out;
}

void check_subset(const nlohmann::json& expected, const nlohmann::json& actual, const std::string& where) {
    INFO(where << ": expected " << expected.dump() << "\n actual " << actual.dump());
    if (expected.is_object()) {
        REQUIRE(actual.is_object());
        for (const auto& item : expected.items()) {
            REQUIRE(actual.contains(item.key()));
            check_subset(item.value(), actual[item.key()], where + "." + item.key());
        }
    } else if (expected.is_array()) {
        REQUIRE(actual.is_array());
        REQUIRE(actual.size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            check_subset(expected[i], actual[i], where + "[" + std::to_string(i) + "]");
    } else {
        CHECK(actual == expected);
    }
}

}  // namespace tally::test
