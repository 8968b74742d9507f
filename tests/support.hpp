#pragma once
// Shared by the test files: the real tariffs, loaded once, and quoting from JSON text.
#include <random>
#include <string>
#include <vector>

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

// `seed` with 1 to 3 random edits (a byte replaced by or inserted from `bytes`, bytes deleted, a run repeated, the
// end cut off): inputs for differential tests between two readings of the same text.
std::string mutated(const std::string& seed, std::mt19937& random, const std::string& bytes);
// The files of tests/vectors (or another folder of tests/), sorted by path; and the request of each vector, as
// compact JSON text.
std::vector<std::string> vector_files(const std::string& folder = "vectors");
std::vector<std::string> vector_requests();
// Every member the expectation names holds the same value in the actual document; lists have the same length and
// their elements match in order.
void check_subset(const nlohmann::json& expected, const nlohmann::json& actual, const std::string& where);

}  // namespace tally::test
