#pragma once
// The cheapest set of one service's packs that holds at least a number of calls: an unbounded covering knapsack
// over the pack sizes, exact for any count up to 10^15. Packs need not get cheaper per call as they grow (a
// 1万 pack can cost what a 100万 pack costs per call), so the cheapest cover is searched, never assumed.
#include <array>
#include <cstdint>
#include <vector>

#include "tally/tariff.hpp"

namespace tally {

inline constexpr std::size_t kMaxPackSizes = 8;

// Amounts of a plan in 1e-8 yuan, wide enough that no sum of covers can overflow while a plan is searched.
using PlanCost = __int128;

struct PackCombo {
    std::uint64_t calls = 0;  // capacity
    PlanCost price = 0;
    std::uint64_t packs = 0;
    std::array<std::uint64_t, kMaxPackSizes> counts{};  // per index in the service's pack list
};

class PackCover {
public:
    // `most_calls`: the largest need that will be asked.
    PackCover(const std::vector<Pack>& packs, std::uint64_t most_calls);

    bool empty() const { return sizes_.empty(); }
    // The cheapest set holding >= calls; equal prices: fewer packs, then more calls.
    PackCombo cheapest_covering(std::uint64_t calls) const;
    // As a person buys: as many of the largest size as fit in `calls`, then the next size down, and so on; one
    // smallest pack for what is left, and the whole then bought as the largest sizes that make it up.
    PackCombo largest_first(std::uint64_t calls) const;
    // The lowest price per call of any pack, as price / calls of that pack.
    const Pack& cheapest_per_call() const { return *cheapest_; }

private:
    PackCombo combo_of(std::uint32_t units) const;
    // Adds to `combo.counts` as many of each size, largest first, as fit in `calls`; returns the calls left.
    std::uint64_t greedy(std::uint64_t calls, PackCombo& combo) const;
    std::uint64_t capacity_of(const PackCombo& combo) const;

    std::vector<Pack> packs_;
    std::uint64_t unit_ = 1;              // gcd of the sizes: every capacity is a multiple
    std::vector<std::uint64_t> sizes_;    // in units
    std::size_t best_ = 0;                // index of the cheapest pack per call
    const Pack* cheapest_ = nullptr;
    std::vector<std::size_t> largest_to_smallest_;  // indices by size: largest_first is asked once a step
    bool smallest_divides_all_ = true;    // every size a multiple of the smallest (every tariff's today)
    std::uint64_t limit_ = 0;             // needs up to this many units are read from the table
    std::vector<PlanCost> fill_cost_;     // [units]: cheapest set of exactly that capacity; < 0 none
    std::vector<std::uint32_t> fill_packs_;
    std::vector<std::uint8_t> fill_last_;
    std::vector<std::uint32_t> cover_;    // [units <= limit_]: the capacity (units) of the cheapest cover
};

}  // namespace tally
