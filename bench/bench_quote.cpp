// Quote speed: the cases in bench/cases.json (shared with bench/bench_wasm.mjs), timed in batches; the median
// batch is reported per quote and per service. A benchmark, not a test: `./dev bench`, ratios within one run.
//   tally_bench [SOURCE_DIR [BATCHES]]   BATCHES a case (default 31); bench_wasm.mjs runs it often with few.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "tally/quote.hpp"

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

volatile std::size_t sink = 0;  // keeps the optimiser from dropping the work

template <typename Work>
double median_ns_per_call(Work&& work, int batch, int batches = 31) {
    std::vector<double> per_call;
    for (int b = 0; b < batches; ++b) {
        auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < batch; ++i) sink = sink + work();
        auto end = std::chrono::steady_clock::now();
        per_call.push_back(std::chrono::duration<double, std::nano>(end - start).count() / batch);
    }
    std::sort(per_call.begin(), per_call.end());
    return per_call[per_call.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    std::string source = argc > 1 ? argv[1] : TALLY_SOURCE_DIR;
    int batches = argc > 2 ? std::max(1, std::atoi(argv[2])) : 31;
    std::string dir = source + "/tariffs";
    tally::TariffSet tariffs = tally::TariffSet::load(read_file(dir + "/catalog.json"),
                                                      [&](const std::string& f) { return read_file(dir + "/" + f); });
    tally::Json cases = tally::parse_json(read_file(source + "/bench/cases.json"), "bench/cases.json");

    std::printf("%-50s %14s %14s %16s\n", "case", "ns/quote", "ns/service", "ns/quote (JSON)");
    for (const auto& c : cases) {
        tally::QuoteRequest request = c["request"].get<tally::QuoteRequest>();
        std::string text = c["request"].dump();
        double services = c["services"].get<double>();
        double engine = median_ns_per_call([&] { return tally::quote(tariffs, request).lines.size(); }, 2000, batches);
        double with_json = median_ns_per_call(
            [&] { return tally::response_text(tally::quote(tariffs, tally::parse_request(text))).size(); }, 500,
            batches);
        std::printf("%-50s %14.0f %14.0f %16.0f\n", c["name"].get<std::string>().c_str(), engine, engine / services,
                    with_json);
    }
    std::printf("\nns/quote: tally::quote() on a parsed request; (JSON): request text in, response text out.\n");
    return 0;
}
