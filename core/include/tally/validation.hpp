#pragma once
// The validate result: what `tally validate` prints for each edition file it checked (with the file's path), and
// what the wasm validate() returns for one. A file that is not valid gives an Error instead, never a result.
#include <string>
#include <string_view>

#include "tally/json_writer.hpp"
#include "tally/tariff.hpp"

namespace tally {

// {"file"?, "ok": true, "product", "edition", "services": how many it prices}; "file" only when one is given.
void write_validation(Writer& writer, const Edition& edition, std::string_view file = {});
std::string validation_text(const Edition& edition);

}  // namespace tally
