#pragma once
// Shared by the test files: the real tariffs, loaded once, and quoting from JSON text.
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tally/error.hpp"
#include "tally/request.hpp"
#include "tally/response.hpp"
#include "tally/tariff_set.hpp"

namespace tally::test {

std::string read_file(const std::string& path);
const TariffSet& tariffs();                                   // tariffs/ of this checkout
nlohmann::ordered_json quote_json(const nlohmann::json& request);  // throws tally::Error on bad input
// "" when the response's text is, in each of the writer's forms, exactly what nlohmann's dump() prints for the JSON
// value it holds (compact; escaped to ASCII, as the wasm module writes it; indented as dump(2), as the command line
// prints it); else the first form that is not, with both texts.
std::string dump_mismatch(const QuoteResponse& response);
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
// The files of a directory (no dot files), sorted by name: e.g. fuzz/regressions/request.
std::vector<std::string> files_in(const std::string& dir);
// The fuzz regression inputs of one harness ("request" or "tariff"), sorted.
std::vector<std::string> fuzz_regressions(const std::string& harness);

// `count` requests over every product and edition, from a fixed seed (a failure reproduces): calls near a tier
// bound or the free quota, small or anywhere up to 2 x 10^7, packs and QPS plans. The property tests and the bill
// tests run the same cases.
std::vector<QuoteRequest> generated_requests(std::size_t count);
// Every member the expectation names holds the same value in the actual document; lists have the same length and
// their elements match in order.
void check_subset(const nlohmann::json& expected, const nlohmann::json& actual, const std::string& where);

}  // namespace tally::test
