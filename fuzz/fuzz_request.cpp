// Fuzzes quote and timeline requests against the real tariffs: any input must give a quote (a timeline) that keeps
// the invariants, or a tally::Error; never a crash, a sanitizer report or another exception.
#include <fstream>
#include <iterator>
#include <string>

#include "invariants.hpp"
#include "tally/error.hpp"

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const tally::TariffSet& tariffs() {
    static const tally::TariffSet set = tally::TariffSet::load(
        read_file(std::string(TALLY_TARIFFS_DIR) + "/catalog.json"),
        [](const std::string& file) { return read_file(std::string(TALLY_TARIFFS_DIR) + "/" + file); });
    return set;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    try {
        tally::QuoteRequest request = tally::parse_request(text);
        tally::QuoteResponse response = tally::quote(tariffs(), request);
        tally::fuzz::check_invariants(tariffs(), request, response);
        (void)tally::response_text(response);
    } catch (const tally::Error&) {
        // bad input, reported with its path: the expected outcome for most inputs
    }
    try {
        tally::TimelineResponse response = tally::timeline(tariffs(), tally::parse_timeline_request(text));
        tally::fuzz::check_invariants(response);
        std::string out;
        tally::write_timeline(response, out);
    } catch (const tally::Error&) {
    }
    return 0;
}
