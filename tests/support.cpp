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
    return nlohmann::ordered_json::parse(
        response_text(quote(tariffs(), nlohmann::ordered_json(request).get<QuoteRequest>())));
}

std::string dump_mismatch(const QuoteResponse& response) {
    std::string compact = response_text(response);
    Json value = Json::parse(compact);
    if (compact != value.dump()) return "compact:\n" + compact + "\ndump():\n" + value.dump();
    std::string escaped;
    write_response(response, escaped, NonAscii::escaped);
    if (escaped != value.dump(-1, ' ', true)) return "escaped:\n" + escaped + "\ndump():\n" + value.dump(-1, ' ', true);
    std::string indented = response_text(response, Layout::indented);
    if (indented != value.dump(2)) return "indented:\n" + indented + "\ndump(2):\n" + value.dump(2);
    return "";
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

std::vector<std::string> files_in(const std::string& dir) {
    std::vector<std::string> out;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* entry = readdir(d))
            if (entry->d_name[0] != '.') out.push_back(dir + "/" + entry->d_name);
        closedir(d);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> fuzz_regressions(const std::string& harness) {
    return files_in(std::string(TALLY_TESTS_DIR) + "/../fuzz/regressions/" + harness);
}

namespace {

struct Generator {
    std::mt19937_64 rng{20261125};

    std::uint64_t below(std::uint64_t n) { return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(rng); }

    std::uint64_t calls() {
        // Near a tier bound, near the free quota, small, or anywhere up to 2 x 10^7.
        static const std::uint64_t bounds[] = {0, 100, 1000, 10000, 1000000, 3000000, 15000000};
        switch (below(4)) {
            case 0: return bounds[below(7)] + below(5) - (bounds[below(7)] > 2 ? 2 : 0);
            case 1: return below(2000);
            case 2: return below(200000);
            default: return below(20000000);
        }
    }

    QuoteRequest request() {
        const auto& products = tariffs().products();
        const auto& product = products[below(products.size())];
        const auto& ref = product.editions[below(product.editions.size())];
        const Edition& e = edition(product.id, ref.id);
        QuoteRequest r;
        r.product = product.id;
        r.edition = ref.id;
        r.free_quota = below(2) == 0;
        if (e.settlement.cycle == Cycle::daily && below(2) == 0) {
            r.period = Period::month;
            r.days = 1 + below(31);
        }
        std::vector<bool> used(e.services.size(), false);
        for (std::uint64_t n = 1 + below(5); n > 0; --n) {
            std::size_t s = below(e.services.size());
            if (used[s]) continue;
            used[s] = true;
            r.usage.push_back({e.services[s].id, calls()});
            if (!e.services[s].packs.empty() && below(3) == 0) {
                const auto& pack = e.services[s].packs[below(e.services[s].packs.size())];
                r.packs.push_back({e.services[s].name.zh, pack.calls, 1 + below(3)});
            }
        }
        if (!e.qps_groups.empty() && below(3) == 0)
            r.qps.push_back({e.qps_groups[0].id, 1 + below(200), below(2) ? QpsPer::month : QpsPer::day, std::nullopt});
        return r;
    }
};

}  // namespace

std::vector<QuoteRequest> generated_requests(std::size_t count) {
    Generator gen;
    std::vector<QuoteRequest> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) out.push_back(gen.request());
    return out;
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
