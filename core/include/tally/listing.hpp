#pragma once
// What `tally list` prints and the wasm `list()` returns: products, editions and everything a caller can name.
#include <nlohmann/json_fwd.hpp>

#include "tally/tariff_set.hpp"

namespace tally {

nlohmann::ordered_json describe(const TariffSet& tariffs);

}  // namespace tally
