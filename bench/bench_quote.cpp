// Quote speed: the cases in bench/cases.json (shared with bench/bench_wasm.mjs), timed in batches; the median
// batch is reported per quote and per service. A benchmark, not a test: `./dev bench`, ratios within one run.
//   tally_bench [SOURCE_DIR [BATCHES]]   BATCHES a case (default 31).
//   tally_bench SOURCE_DIR serve         one batch per line read, "CASE engine|json N" -> ns a quote; for
//                                        bench_wasm.mjs, which pairs each wasm batch with a native one run
//                                        straight after it, so that both meet the same moment of a shared machine.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "tally/quote.hpp"

#include "bench_support.hpp"

using tally::bench::read_file;

namespace {

volatile std::size_t sink = 0;  // keeps the optimiser from dropping the work

template <typename Work>
double ns_per_call(Work&& work, int batch) {
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < batch; ++i) sink = sink + work();
    auto end = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::nano>(end - start).count() / batch;
}

template <typename Work>
double median_ns_per_call(Work&& work, int batch, int batches = 31) {
    std::vector<double> per_call;
    for (int b = 0; b < batches; ++b) per_call.push_back(ns_per_call(work, batch));
    std::sort(per_call.begin(), per_call.end());
    return per_call[per_call.size() / 2];
}

struct Case {
    std::string name;
    tally::QuoteRequest request;
    std::string text;
    double services;
};

std::size_t engine_only(const tally::TariffSet& tariffs, const Case& c) {
    return tally::quote(tariffs, c.request).lines.size();
}

std::size_t with_json(const tally::TariffSet& tariffs, const Case& c) {
    return tally::response_text(tally::quote(tariffs, tally::parse_request(c.text))).size();
}

int serve(const tally::TariffSet& tariffs, const std::vector<Case>& cases) {
    std::size_t index = 0;
    std::string kind;
    int batch = 0;
    while (std::cin >> index >> kind >> batch) {
        if (index >= cases.size() || batch < 1 || (kind != "engine" && kind != "json")) {
            std::fprintf(stderr, "tally_bench serve: expected \"CASE engine|json N\"\n");
            return 2;
        }
        const Case& c = cases[index];
        double ns = kind == "engine" ? ns_per_call([&] { return engine_only(tariffs, c); }, batch)
                                     : ns_per_call([&] { return with_json(tariffs, c); }, batch);
        std::printf("%.1f\n", ns);
        std::fflush(stdout);
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::string source = argc > 1 ? argv[1] : TALLY_SOURCE_DIR;
    bool serving = argc > 2 && std::string(argv[2]) == "serve";
    int batches = argc > 2 && !serving ? std::max(1, std::atoi(argv[2])) : 31;
    tally::TariffSet tariffs = tally::bench::load_tariffs(source);
    std::vector<Case> cases;
    for (const auto& c : tally::parse_json(read_file(source + "/bench/cases.json"), "bench/cases.json")) {
        cases.push_back({c["name"].get<std::string>(), c["request"].get<tally::QuoteRequest>(), c["request"].dump(),
                         c["services"].get<double>()});
    }
    if (serving) return serve(tariffs, cases);

    std::printf("%-50s %14s %14s %16s\n", "case", "ns/quote", "ns/service", "ns/quote (JSON)");
    for (const auto& c : cases) {
        double engine = median_ns_per_call([&] { return engine_only(tariffs, c); }, 2000, batches);
        double json = median_ns_per_call([&] { return with_json(tariffs, c); }, 500, batches);
        std::printf("%-50s %14.0f %14.0f %16.0f\n", c.name.c_str(), engine, engine / c.services, json);
    }
    std::printf("\nns/quote: tally::quote() on a parsed request; (JSON): request text in, response text out.\n");
    return 0;
}
