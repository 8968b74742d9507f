#include "tally/ordering.hpp"

#include <algorithm>
#include <numeric>

namespace tally {

std::vector<std::size_t> largest_first(const std::vector<unsigned __int128>& keys) {
    std::vector<std::size_t> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return keys[a] != keys[b] ? keys[a] > keys[b] : a < b;
    });
    return order;
}

}  // namespace tally
