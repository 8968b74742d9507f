#pragma once
// What `tally list` prints and the wasm `list()` returns: the catalog's products, each edition being the
// validated edition file itself (tariffs/FORMAT.md), so there is one format to learn, not two.
#include <string>

#include "tally/json_writer.hpp"
#include "tally/tariff_set.hpp"

namespace tally {

// {"products": [{"id", "name": {"zh", "en"}, "default_edition", "editions": [edition file, ...]}, ...]}
void write_listing(Writer& writer, const TariffSet& tariffs);
std::string listing_text(const TariffSet& tariffs, Layout layout = Layout::compact);

}  // namespace tally
