// Every unit price, tier bound, pack size and price, free quota and QPS price in tariffs/ is compared with a
// second transcription made separately from the price pages (tests/data/figures.tsv, one row per figure with
// the page line it comes from). A slip in either one fails here.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "support.hpp"

namespace {

using tally::Money;

std::string price_key(const std::string& decimal) {
    auto m = Money::parse(decimal);
    return m ? m->to_trimmed_string() : "unparsable:" + decimal;
}

std::string key(const std::vector<std::string>& fields) {
    std::string out;
    for (const auto& f : fields) out += f + " | ";
    return out;
}

std::string bound(tally::UpperBound b) { return b == tally::UpperBound::inclusive ? "inclusive" : "exclusive"; }

void add_tiers(std::set<std::string>& out, const std::string& product, const std::string& edition,
               const std::string& name, const std::string& kind, const tally::TierTable& table) {
    for (const auto& t : table.tiers)
        out.insert(key({product, edition, name, kind, std::to_string(t.from), t.to ? std::to_string(*t.to) : "",
                        bound(table.upper_bound), std::to_string(table.per), t.price.to_trimmed_string()}));
}

std::set<std::string> figures_in_tariffs() {
    std::set<std::string> out;
    for (const auto& product : tally::test::tariffs().products()) {
        for (const auto& ref : product.editions) {
            const auto& e = tally::test::edition(product.id, ref.id);
            for (const auto& s : e.services) {
                if (s.postpaid) add_tiers(out, e.product, e.edition, s.name.zh, "tier", *s.postpaid);
                for (const auto& p : s.packs)
                    out.insert(key({e.product, e.edition, s.name.zh, "pack", std::to_string(p.calls), "", "", "",
                                    p.price.to_trimmed_string()}));
            }
            for (const auto& pool : e.free_quota) {
                std::string kind = pool.renews == tally::Renewal::never ? "once"
                                   : pool.scope == tally::FreeScope::shared ? "monthly-shared"
                                                                             : "monthly-per-service";
                for (auto s : pool.services)
                    out.insert(key({e.product, e.edition, e.services[s].name.zh, "free", std::to_string(pool.calls), "",
                                    "", "", kind}));
            }
            for (const auto& g : e.qps_groups) {
                add_tiers(out, e.product, e.edition, g.name.zh, "qps_month", g.per_month);
                add_tiers(out, e.product, e.edition, g.name.zh, "qps_day", g.per_day);
            }
        }
    }
    return out;
}

std::set<std::string> figures_in_transcription(std::size_t& rows) {
    std::set<std::string> out;
    std::istringstream in(tally::test::read_file(std::string(TALLY_TESTS_DIR) + "/data/figures.tsv"));
    std::string line;
    std::getline(in, line);  // header
    REQUIRE(line == "product\tedition\tservice\tkind\tfrom\tto\tupper_bound\tper\tvalue\tsource");
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        std::vector<std::string> f;
        std::istringstream cells(line);
        for (std::string cell; std::getline(cells, cell, '\t');) f.push_back(cell);
        while (f.size() < 10) f.push_back("");
        INFO(line);
        REQUIRE(f.size() == 10);
        CHECK_FALSE(f[9].empty());  // every figure names the page line it comes from
        bool priced = f[3] != "free";
        out.insert(key({f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], priced ? price_key(f[8]) : f[8]}));
        ++rows;
    }
    return out;
}

}  // namespace

TEST_CASE("Tariff figures match the independent transcription, figure for figure", "[tariff][figures]") {
    std::size_t rows = 0;
    std::set<std::string> transcribed = figures_in_transcription(rows);
    std::set<std::string> tariffs = figures_in_tariffs();
    CHECK(rows == transcribed.size());  // no figure listed twice
    CHECK(rows > 380);                  // all five pages, not a sample

    std::string missing_from_tariffs, missing_from_transcription;
    for (const auto& k : transcribed)
        if (!tariffs.count(k)) missing_from_tariffs += "\n  " + k;
    for (const auto& k : tariffs)
        if (!transcribed.count(k)) missing_from_transcription += "\n  " + k;
    INFO("in figures.tsv but not in tariffs/:" << missing_from_tariffs);
    INFO("in tariffs/ but not in figures.tsv:" << missing_from_transcription);
    CHECK(missing_from_tariffs.empty());
    CHECK(missing_from_transcription.empty());
}
