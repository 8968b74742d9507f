#include "tally/packs.hpp"

#include <algorithm>

namespace tally {

std::uint64_t draw_from_packs(const std::vector<PackPurchase*>& packs, std::uint64_t calls) {
    std::uint64_t taken = 0;
    for (PackPurchase* purchase : packs) {
        std::uint64_t take = std::min(calls - taken, purchase->remaining());
        purchase->drawn += take;
        taken += take;
        if (taken == calls) break;
    }
    return taken;
}

}  // namespace tally
