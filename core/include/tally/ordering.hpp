#pragma once
// Indices of `keys` from the largest key to the smallest; equal keys keep their index order (a stable order,
// so results never depend on the sort's internals).
#include <cstddef>
#include <vector>

namespace tally {

std::vector<std::size_t> largest_first(const std::vector<unsigned __int128>& keys);

}  // namespace tally
