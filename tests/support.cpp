#include "support.hpp"

#include <fstream>
#include <iterator>
#include <stdexcept>

#include "tally/error.hpp"
#include "tally/quote.hpp"

namespace tally::test {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const TariffSet& tariffs() {
    static const TariffSet set = TariffSet::load(read_file(std::string(TALLY_TARIFFS_DIR) + "/catalog.json"),
                                                 [](const std::string& file) {
                                                     return read_file(std::string(TALLY_TARIFFS_DIR) + "/" + file);
                                                 });
    return set;
}

nlohmann::ordered_json quote_json(const nlohmann::json& request) {
    return nlohmann::ordered_json(quote(tariffs(), nlohmann::ordered_json(request).get<QuoteRequest>()));
}

std::string error_of(const nlohmann::json& request) {
    try {
        quote(tariffs(), parse_request(request.dump()));
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

const Edition& edition(const std::string& product, const std::string& id) {
    const Edition* e = tariffs().find_edition(product, id);
    if (!e) throw std::runtime_error("no edition " + product + "/" + id);
    return *e;
}

Money money(const char* decimal) {
    auto m = Money::parse(decimal);
    if (!m) throw std::runtime_error(std::string("bad decimal in test: ") + decimal);
    return *m;
}

}  // namespace tally::test
