#pragma once
// How a typed name is matched against the price table's spelling: full-width ASCII forms (（ ） － ，…) fold to
// ASCII, every kind of space is ignored and ASCII letters fold to lower case, so that
// `手机号信息核验（二要素）` and `手机号信息核验(二要素)` name the same billing label.
#include <string>
#include <string_view>

namespace tally {

std::string normalize_name(std::string_view name);
// The same written into `out`, which must hold 3 * name.size() bytes; returns its length.
std::size_t normalize_name_into(std::string_view name, char* out);

// Caller-supplied text quoted back in an error: control characters escaped (\u000a) and cut to `max_bytes` at a
// character boundary, so an error is always one short line whatever was sent.
std::string printable_excerpt(std::string_view text, std::size_t max_bytes = 60);

}  // namespace tally
