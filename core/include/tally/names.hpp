#pragma once
// How a typed name is matched against the price table's spelling: full-width ASCII forms (（ ） － ，…) fold to
// ASCII, every kind of space is ignored and ASCII letters fold to lower case, so that
// `手机号信息核验（二要素）` and `手机号信息核验(二要素)` name the same billing label.
#include <string>
#include <string_view>

namespace tally {

std::string normalize_name(std::string_view name);

}  // namespace tally
