// Planner speed (issue 15 goals: one service over 12 months <= 10 ms, a whole product over 36 months <= 200 ms,
// native): the cases of bench/plans.json (shared with bench/bench_plan_wasm.mjs), request text in and answer text
// out as the wasm module's planText does it (the request read, tally::plan(), the answer written), the median of
// a few runs reported, with whether the answer is proven cheapest. A benchmark, not a test:
//   build/native/bench/tally_bench_plan [SOURCE_DIR [RUNS]]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <string>
#include <vector>

#include "tally/plan.hpp"

#include "bench_support.hpp"


using tally::bench::read_file;

int main(int argc, char** argv) {
    std::string source = argc > 1 ? argv[1] : TALLY_SOURCE_DIR;
    int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;
    tally::TariffSet tariffs = tally::bench::load_tariffs(source);
    tally::Json cases = tally::parse_json(read_file(source + "/bench/plans.json"), "bench/plans.json");
    std::printf("%-48s %10s %10s %8s %14s %14s\n", "case", "ms/plan", "cpu ms", "optimal", "total", "lower bound");
    for (const auto& c : cases) {
        const std::string text = c["request"].dump();
        std::vector<double> ms, cpu_ms;
        tally::PlanResponse answer;
        for (int r = 0; r < runs; ++r) {
            auto start = std::chrono::steady_clock::now();
            std::clock_t cpu_start = std::clock();
            answer = tally::plan(tariffs, tally::parse_plan_request(text));
            std::string written;
            tally::write_plan(answer, written, tally::NonAscii::escaped);
            cpu_ms.push_back(1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
            auto end = std::chrono::steady_clock::now();
            ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        }
        std::sort(ms.begin(), ms.end());
        std::sort(cpu_ms.begin(), cpu_ms.end());
        std::printf("%-48s %10.2f %10.2f %8s %14s %14s\n", c["name"].get<std::string>().c_str(), ms[ms.size() / 2], cpu_ms[cpu_ms.size() / 2],
                    answer.optimal ? "yes" : "no", answer.total.to_string(2).c_str(),
                    answer.lower_bound.to_string(2).c_str());
    }
    std::printf("\nms/plan: the request read, tally::plan() (the search, its alternatives and the timelines that\n"
                "price them) and the answer written, median of %d runs, wall clock; cpu ms: the process's CPU time\n"
                "(a shared machine's waits left out).\n", runs);
    return 0;
}
