// Timeline speed: the cases in bench/timelines.json (shared with bench/bench_timeline_wasm.mjs), each timed in
// batches, the median batch reported. A benchmark, not a test: ratios within one run (docs/benchmarks.md).
//   tally_timeline_bench [SOURCE_DIR [BATCHES]]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "tally/timeline.hpp"

#include "bench_support.hpp"

using tally::bench::read_file;

namespace {

volatile std::size_t sink = 0;  // keeps the optimiser from dropping the work

struct Timing {
    double wall_us;
    double cpu_us;  // the process's CPU time: what a spell of load on a shared machine changes least
};

template <typename Work>
Timing median_us(Work&& work, int batch, int batches) {
    std::vector<double> wall, cpu;
    for (int b = 0; b < batches; ++b) {
        auto start = std::chrono::steady_clock::now();
        std::clock_t cpu_start = std::clock();
        for (int i = 0; i < batch; ++i) sink = sink + work();
        std::clock_t cpu_end = std::clock();
        auto end = std::chrono::steady_clock::now();
        wall.push_back(std::chrono::duration<double, std::micro>(end - start).count() / batch);
        cpu.push_back(1e6 * static_cast<double>(cpu_end - cpu_start) / CLOCKS_PER_SEC / batch);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

}  // namespace

int main(int argc, char** argv) {
    std::string source = argc > 1 ? argv[1] : TALLY_SOURCE_DIR;
    int batches = argc > 2 ? std::max(1, std::atoi(argv[2])) : 21;
    tally::TariffSet tariffs = tally::bench::load_tariffs(source);
    tally::Json cases = tally::parse_json(read_file(source + "/bench/timelines.json"), "bench/timelines.json");
    std::printf("%-55s %12s %16s %12s %12s\n", "case", "us/timeline", "us (JSON in/out)", "answer bytes", "cpu us JSON");
    for (const auto& c : cases) {
        std::string text = c["request"].dump();
        tally::TimelineRequest request = tally::parse_timeline_request(text);
        std::string out;
        Timing engine = median_us([&] { return tally::timeline(tariffs, request).bills.size(); }, 20, batches);
        Timing json = median_us([&] {
            tally::write_timeline(tally::timeline(tariffs, tally::parse_timeline_request(text)), out);
            return out.size();
        }, 20, batches);
        std::printf("%-55s %12.1f %16.1f %12zu %12.1f\n", c["name"].get<std::string>().c_str(), engine.wall_us,
                    json.wall_us, out.size(), json.cpu_us);
    }
    std::printf("\nus/timeline: tally::timeline() on a parsed request; (JSON): request text in, answer text out;\n"
                "cpu us JSON: the same in the process's CPU time. Each the median of the batches of 20.\n");
    return 0;
}
