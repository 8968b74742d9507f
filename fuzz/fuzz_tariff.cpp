// Fuzzes tariff files: any edition text must load or fail with a tally::Error. One that loads is then quoted
// for every service it has (a few call counts, free quota on and off), keeping the invariants.
#include <string>

#include "invariants.hpp"
#include "tally/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    try {
        tally::Edition edition = tally::parse_edition(text, "fuzz.json");
        std::string catalog = R"({"format":1,"products":[{"id":")" + edition.product +
                              R"(","name":{"zh":"x","en":"x"},"default_edition":")" + edition.edition +
                              R"(","editions":[{"id":")" + edition.edition + R"(","file":"f"}]}]})";
        tally::TariffSet set = tally::TariffSet::load(catalog, [&](const std::string&) { return text; });
        for (const auto& service : edition.services) {
            for (std::uint64_t calls : {0ULL, 1ULL, 999999ULL, 3000001ULL, 1000000000000000ULL}) {
                tally::QuoteRequest request;
                request.product = edition.product;
                request.edition = edition.edition;
                request.free_quota = (calls % 2) == 0;
                request.usage.push_back({service.id, calls});
                try {
                    tally::fuzz::check_invariants(set, request, tally::quote(set, request));
                } catch (const tally::Error&) {
                    // e.g. a service with only packs and no postpaid price, or amounts too large
                }
            }
        }
    } catch (const tally::Error&) {
    }
    return 0;
}
