// Planner speed (issue 15 goals: one service over 12 months <= 10 ms, a whole product over 36 months <= 200 ms,
// native): tally::plan() on fixed requests, the median of a few runs reported, with whether the answer is proven
// cheapest. A benchmark, not a test: `build/native/bench/tally_bench_plan [SOURCE_DIR [RUNS]]`.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <string>
#include <vector>

#include "tally/plan.hpp"

#include "bench_support.hpp"


namespace {

struct Case {
    const char* name;
    const char* request;
};

// Face verification's ten pack-selling labels most used, at rates from a few hundred to tens of thousands a day.
const char* kFaceProduct = R"({"product": "face-verification", "start": "2026-01-01", "end": "2028-12-31", "usage": [
  {"service": "plus-authority-wechat", "calls": 300, "per": "day"},
  {"service": "plus-upload-wechat", "calls": 1200, "per": "day"},
  {"service": "enhanced-authority-wechat", "calls": 800, "per": "day"},
  {"service": "enhanced-upload-wechat", "calls": 5000, "per": "day"},
  {"service": "enhanced-authority-app", "calls": 150, "per": "day"},
  {"service": "basic-authority", "calls": 2500, "per": "day"},
  {"service": "basic-upload", "calls": 20000, "per": "day"},
  {"service": "id-verification", "calls": 9000, "per": "day"},
  {"service": "bank-card-info", "calls": 400, "per": "day"},
  {"service": "willingness-authority", "calls": 60, "per": "day"}]})";

const char* kBodyProduct = R"({"product": "body-analysis", "start": "2026-01-01", "end": "2028-12-31", "usage": [
  {"service": "body-detection", "calls": 1001000, "per": "month"},
  {"service": "body-library", "calls": 4500000, "per": "month"},
  {"service": "body-search", "calls": 37000, "per": "month"}]})";

const char* kBodyProductQps = R"({"product": "body-analysis", "start": "2026-01-01", "end": "2028-12-31", "usage": [
  {"service": "body-detection", "calls": 1001000, "per": "month"},
  {"service": "body-library", "calls": 4500000, "per": "month"},
  {"service": "body-search", "calls": 37000, "per": "month"}],
  "peak_qps": [{"group": "body-detection-attributes", "qps": 20}]})";

const std::vector<Case> kCases = {
    {"face, 1 label, 12 months (the page's example)",
     R"({"product": "face-verification", "start": "2026-01-01", "end": "2026-12-31", "free_quota": false,
         "usage": [{"service": "enhanced-authority-wechat", "calls": 25000, "per": "month"}]})"},
    {"body, 1 service, 12 months",
     R"({"product": "body-analysis", "start": "2026-01-01", "end": "2026-12-31",
         "usage": [{"service": "body-detection", "calls": 1001000, "per": "month"}]})"},
    {"image, 1 service, 12 months",
     R"({"product": "image-analysis", "start": "2026-01-01", "end": "2026-12-31",
         "usage": [{"service": "similar-image-search-retrieve", "calls": 2600000, "per": "month"}]})"},
    {"body, 3 services, 36 months", kBodyProduct},
    {"body, 3 services + QPS (peak 20), 36 months", kBodyProductQps},
    {"face, 10 labels, 36 months", kFaceProduct},
};

}  // namespace

int main(int argc, char** argv) {
    std::string source = argc > 1 ? argv[1] : TALLY_SOURCE_DIR;
    int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;
    tally::TariffSet tariffs = tally::bench::load_tariffs(source);
    std::printf("%-48s %10s %10s %8s %14s %14s\n", "case", "ms/plan", "cpu ms", "optimal", "total", "lower bound");
    for (const Case& c : kCases) {
        tally::PlanRequest request = tally::parse_plan_request(c.request);
        std::vector<double> ms, cpu_ms;
        tally::PlanResponse answer;
        for (int r = 0; r < runs; ++r) {
            auto start = std::chrono::steady_clock::now();
            std::clock_t cpu_start = std::clock();
            answer = tally::plan(tariffs, request);
            cpu_ms.push_back(1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
            auto end = std::chrono::steady_clock::now();
            ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        }
        std::sort(ms.begin(), ms.end());
        std::sort(cpu_ms.begin(), cpu_ms.end());
        std::printf("%-48s %10.2f %10.2f %8s %14s %14s\n", c.name, ms[ms.size() / 2], cpu_ms[cpu_ms.size() / 2],
                    answer.optimal ? "yes" : "no", answer.total.to_string(2).c_str(),
                    answer.lower_bound.to_string(2).c_str());
    }
    std::printf("\nms/plan: tally::plan() on a parsed request (the search, its alternatives and the timelines that\n"
                "price them), median of %d runs, wall clock; cpu ms: the process's CPU time (a shared machine's\n"
                "waits left out).\n", runs);
    return 0;
}
