// Timeline speed: the cases in bench/timelines.json (shared with bench/bench_timeline_wasm.mjs), each timed in
// batches, the median batch reported. A benchmark, not a test: ratios within one run (docs/benchmarks.md).
//   tally_timeline_bench [SOURCE_DIR [BATCHES]]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "tally/timeline.hpp"

#include "bench_support.hpp"

using tally::bench::read_file;

namespace {

volatile std::size_t sink = 0;  // keeps the optimiser from dropping the work

template <typename Work>
double median_us(Work&& work, int batch, int batches) {
    std::vector<double> per_call;
    for (int b = 0; b < batches; ++b) {
        auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < batch; ++i) sink = sink + work();
        auto end = std::chrono::steady_clock::now();
        per_call.push_back(std::chrono::duration<double, std::micro>(end - start).count() / batch);
    }
    std::sort(per_call.begin(), per_call.end());
    return per_call[per_call.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    std::string source = argc > 1 ? argv[1] : TALLY_SOURCE_DIR;
    int batches = argc > 2 ? std::max(1, std::atoi(argv[2])) : 21;
    tally::TariffSet tariffs = tally::bench::load_tariffs(source);
    tally::Json cases = tally::parse_json(read_file(source + "/bench/timelines.json"), "bench/timelines.json");
    std::printf("%-55s %12s %16s %12s\n", "case", "us/timeline", "us (JSON in/out)", "answer bytes");
    for (const auto& c : cases) {
        std::string text = c["request"].dump();
        tally::TimelineRequest request = tally::parse_timeline_request(text);
        std::string out;
        double engine = median_us([&] { return tally::timeline(tariffs, request).bills.size(); }, 20, batches);
        double json = median_us([&] {
            tally::write_timeline(tally::timeline(tariffs, tally::parse_timeline_request(text)), out);
            return out.size();
        }, 20, batches);
        std::printf("%-55s %12.1f %16.1f %12zu\n", c["name"].get<std::string>().c_str(), engine, json, out.size());
    }
    std::printf("\nus/timeline: tally::timeline() on a parsed request; (JSON): request text in, answer text out.\n");
    return 0;
}
