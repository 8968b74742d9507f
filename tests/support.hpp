#pragma once
// Shared by the test files: the real tariffs, loaded once, and quoting from JSON text.
#include <string>

#include <nlohmann/json.hpp>

#include "tally/error.hpp"
#include "tally/tariff_set.hpp"

namespace tally::test {

std::string read_file(const std::string& path);
const TariffSet& tariffs();                                   // tariffs/ of this checkout
nlohmann::ordered_json quote_json(const nlohmann::json& request);  // throws tally::Error on bad input
std::string error_of(const nlohmann::json& request);          // the Error message, or "" if none was thrown
const Edition& edition(const std::string& product, const std::string& id = "current");
Money money(const char* decimal);

}  // namespace tally::test
