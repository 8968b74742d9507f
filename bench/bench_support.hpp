#pragma once
// What every native benchmark starts with: a file's text and the checkout's tariffs.
#include <fstream>
#include <iterator>
#include <string>

#include "tally/tariff_set.hpp"

namespace tally::bench {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// SOURCE/tariffs, catalog and every edition it names.
inline TariffSet load_tariffs(const std::string& source) {
    std::string dir = source + "/tariffs";
    return TariffSet::load(read_file(dir + "/catalog.json"), [&](const std::string& f) { return read_file(dir + "/" + f); });
}

}  // namespace tally::bench
