#pragma once
// What `tally list` prints and the wasm `list()` returns: the catalog's products, each edition being the
// validated edition file itself (tariffs/FORMAT.md), so there is one format to learn, not two.
#include "tally/tariff_set.hpp"

namespace tally {

Json describe(const TariffSet& tariffs);

}  // namespace tally
