#pragma once
// What `tally list` prints and the wasm `list()` returns: the catalog's products, each edition being the
// validated edition file itself (tariffs/FORMAT.md), so there is one format to learn, not two.
#include <string>

#include "tally/error_text.hpp"
#include "tally/json_writer.hpp"
#include "tally/tariff_set.hpp"

namespace tally {

// {"products": [{"id", "name": {"zh", "en"}, "default_edition", "editions": [edition file, ...]}, ...],
//  "warning_texts": {...}, "error_texts": {...}}. `error_texts` is the table's writer, passed in so that a build
// with no use for the 简体中文 error texts (the plan module: the page words errors from the first module's
// listing) passes nullptr and links none of them; the listing then has no `error_texts`.
using ErrorTexts = nlohmann::ordered_json (*)();
void write_listing(Writer& writer, const TariffSet& tariffs, ErrorTexts error_texts = error_texts_json);
std::string listing_text(const TariffSet& tariffs, Layout layout = Layout::compact,
                         ErrorTexts error_texts = error_texts_json);

}  // namespace tally
