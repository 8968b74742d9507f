// Quote speed: a one-service monthly quote and ten-service quotes, timed in batches; the median batch is
// reported per quote and per service. A benchmark, not a test: run `./dev bench` and compare ratios in one run.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

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

struct Case {
    const char* name;
    std::size_t services;
    nlohmann::json request;
};

}  // namespace

int main(int argc, char** argv) {
    std::string dir = argc > 1 ? argv[1] : TALLY_DEFAULT_TARIFFS;
    tally::TariffSet tariffs = tally::TariffSet::load(read_file(dir + "/catalog.json"),
                                                      [&](const std::string& f) { return read_file(dir + "/" + f); });

    std::vector<Case> cases;
    cases.push_back({"body, 1 service, month", 1,
                     {{"product", "body-analysis"}, {"usage", {{{"service", "人体检测"}, {"calls", 2500000}}}}}});
    nlohmann::json image_usage = nlohmann::json::array();
    const char* image_services[] = {"图像标签", "通用图像标签", "商品识别", "商品识别-微信识物版", "车辆识别",
                                    "车辆识别（增强版）", "相同图像搜索-创建图片", "相似图像搜索-检索图片", "智能裁剪",
                                    "图像质量评估"};
    for (int i = 0; i < 10; ++i) image_usage.push_back({{"service", image_services[i]}, {"calls", 150000 * (i + 1)}});
    cases.push_back({"image, 10 services, month, shared pool + range", 10,
                     {{"product", "image-analysis"}, {"usage", image_usage}}});
    nlohmann::json face_usage = nlohmann::json::array();
    const char* face_services[] = {"增强版人脸核身（权威库）-微信", "增强版人脸核身（自传照片）-微信", "基础版人脸核身（权威库）",
                                   "基础版人脸核身（自传照片）", "身份信息核验", "银行卡信息核验", "手机号信息核验(二要素)",
                                   "E证通（权威库）", "AI人脸防护盾", "人脸安全风险识别服务"};
    for (int i = 0; i < 10; ++i) face_usage.push_back({{"service", face_services[i]}, {"calls", 1000 * (i + 1)}});
    cases.push_back({"face, 10 labels, day", 10, {{"product", "face-verification"}, {"usage", face_usage}}});

    std::printf("%-50s %14s %14s %16s\n", "case", "ns/quote", "ns/service", "ns/quote (JSON)");
    for (const auto& c : cases) {
        tally::QuoteRequest request = nlohmann::ordered_json(c.request).get<tally::QuoteRequest>();
        std::string text = c.request.dump();
        double engine = median_ns_per_call([&] { return tally::quote(tariffs, request).lines.size(); }, 2000);
        double with_json = median_ns_per_call(
            [&] { return nlohmann::ordered_json(tally::quote(tariffs, tally::parse_request(text))).dump().size(); },
            500);
        std::printf("%-50s %14.0f %14.0f %16.0f\n", c.name, engine, engine / c.services, with_json);
    }
    std::printf("\nns/quote: tally::quote() on a parsed request; (JSON): request text in, response text out.\n");
    return 0;
}
