#pragma once
// Prepaid packs (预付费资源包): bought for one service, drawn after free calls and before postpaid (R1).
#include <cstdint>
#include <vector>

#include "tally/tariff.hpp"

namespace tally {

struct PackPurchase {
    std::size_t service = 0;
    const Pack* pack = nullptr;
    std::uint64_t count = 1;
    std::uint64_t capacity = 0;  // pack->calls * count
    std::uint64_t drawn = 0;     // calls this period took from these packs

    std::uint64_t remaining() const { return capacity - drawn; }
    Money price() const { return pack->price.times(count); }
};

// Takes up to `calls` from `packs` (one service's purchases), in order: R2 draws the pack that expires first,
// and packs bought together expire together, so the order given is kept. Returns the calls taken.
std::uint64_t draw_from_packs(const std::vector<PackPurchase*>& packs, std::uint64_t calls);

}  // namespace tally
