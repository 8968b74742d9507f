// The cheapest cover of a need by one service's packs. A table of the cheapest set of each exact capacity (in
// units of the sizes' gcd) answers needs up to its limit; beyond it, the cheapest pack per call fills the bulk:
// an optimal set holds fewer than (cheapest pack's size / gcd) other packs (among that many, some subset's
// capacity is a multiple of the cheapest pack's size, and swapping it for cheapest packs costs no more), so a
// table as large as that many of the largest pack decides the rest exactly.
#include "tally/pack_cover.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace tally {
namespace {

constexpr std::uint64_t kMaxTableUnits = 2000000;  // 2 million entries, 25 bytes each: every tariff's bound fits
// A pack price under 2^47 units (1.4 million yuan) times a count under 2^16 fits 63 bits.
constexpr Money::Units kSmallPrice = static_cast<Money::Units>(1) << 47;

bool cheaper_per_call(const Pack& a, const Pack& b) {
    // a.price / a.calls < b.price / b.calls, exactly; equal: the larger pack
    PlanCost left = static_cast<PlanCost>(a.price.units()) * b.calls;
    PlanCost right = static_cast<PlanCost>(b.price.units()) * a.calls;
    return left != right ? left < right : a.calls > b.calls;
}

}  // namespace

PackCover::PackCover(const std::vector<Pack>& packs, std::uint64_t most_calls) : packs_(packs) {
    if (packs_.empty()) return;
    if (packs_.size() > kMaxPackSizes) throw std::logic_error("more pack sizes than a plan can hold");
    unit_ = 0;
    for (const Pack& p : packs_) unit_ = std::gcd(unit_, p.calls);
    std::uint64_t largest = 0;
    for (std::size_t i = 0; i < packs_.size(); ++i) {
        sizes_.push_back(packs_[i].calls / unit_);
        largest = std::max(largest, sizes_.back());
        if (cheaper_per_call(packs_[i], packs_[best_])) best_ = i;
    }
    cheapest_ = &packs_[best_];
    largest_to_smallest_.resize(packs_.size());
    std::iota(largest_to_smallest_.begin(), largest_to_smallest_.end(), std::size_t{0});
    std::sort(largest_to_smallest_.begin(), largest_to_smallest_.end(),
              [&](std::size_t a, std::size_t b) { return packs_[a].calls > packs_[b].calls; });
    for (const Pack& p : packs_) smallest_divides_all_ = smallest_divides_all_ && p.calls % packs_[largest_to_smallest_.back()].calls == 0;
    // No need past `most_calls` is ever asked: the table stops there, or where the bulk argument takes over.
    std::uint64_t exchange_bound = (sizes_[best_] - 1) * largest;
    limit_ = std::min({most_calls / unit_ + 1, std::max<std::uint64_t>(exchange_bound, 1), kMaxTableUnits});
    const std::uint64_t top = limit_ + largest;
    fill_cost_.assign(top + 1, -1);
    fill_packs_.assign(top + 1, 0);
    fill_last_.assign(top + 1, 0);
    fill_cost_[0] = 0;
    for (std::uint64_t m = 1; m <= top; ++m) {
        for (std::size_t i = 0; i < sizes_.size(); ++i) {
            if (sizes_[i] > m || fill_cost_[m - sizes_[i]] < 0) continue;
            PlanCost cost = fill_cost_[m - sizes_[i]] + packs_[i].price.units();
            std::uint32_t count = fill_packs_[m - sizes_[i]] + 1;
            if (fill_cost_[m] < 0 || cost < fill_cost_[m] || (cost == fill_cost_[m] && count < fill_packs_[m])) {
                fill_cost_[m] = cost;
                fill_packs_[m] = count;
                fill_last_[m] = static_cast<std::uint8_t>(i);
            }
        }
    }
    cover_.assign(limit_ + 1, 0);
    std::uint32_t best = static_cast<std::uint32_t>(top);
    while (fill_cost_[best] < 0) --best;  // the top is reachable in practice; stay safe
    for (std::uint64_t m = top + 1; m-- > 0;) {
        if (fill_cost_[m] >= 0 &&
            (fill_cost_[m] < fill_cost_[best] || (fill_cost_[m] == fill_cost_[best] && fill_packs_[m] < fill_packs_[best])))
            best = static_cast<std::uint32_t>(m);
        if (m <= limit_) cover_[m] = best;
    }
}

PackCombo PackCover::combo_of(std::uint32_t units) const {
    PackCombo combo;
    combo.calls = units * unit_;
    combo.price = fill_cost_[units];
    combo.packs = fill_packs_[units];
    for (std::uint32_t m = units; m > 0; m -= static_cast<std::uint32_t>(sizes_[fill_last_[m]])) ++combo.counts[fill_last_[m]];
    return combo;
}

PackCombo PackCover::cheapest_covering(std::uint64_t calls) const {
    if (calls == 0 || empty()) return PackCombo{};
    std::uint64_t need = calls / unit_ + (calls % unit_ != 0);
    if (need <= limit_) return combo_of(cover_[need]);
    std::uint64_t bulk = (need - limit_ + sizes_[best_] - 1) / sizes_[best_];
    PackCombo combo = combo_of(cover_[need - bulk * sizes_[best_]]);
    combo.calls += bulk * packs_[best_].calls;
    combo.price += static_cast<PlanCost>(packs_[best_].price.units()) * bulk;
    combo.packs += bulk;
    combo.counts[best_] += bulk;
    return combo;
}

PackCombo PackCover::largest_first(std::uint64_t calls) const {
    PackCombo combo;
    if (calls == 0 || empty()) return combo;
    const std::uint64_t smallest = packs_[largest_to_smallest_.back()].calls;
    if (smallest_divides_all_) {
        // The greedy sizes leave calls % smallest, which one smallest pack takes: the capacity is the next
        // multiple of the smallest size, and bought as the largest sizes that make it up (98,000 calls of 1万 and
        // 10万 packs: 9 x 1万 and one more, 100,000 calls, which a person buys as one 10万). One pass.
        const std::uint64_t rest = calls % smallest;
        greedy(rest == 0 ? calls : calls + (smallest - rest), combo);
    } else if (greedy(calls, combo) > 0) {
        ++combo.counts[largest_to_smallest_.back()];
        // Sizes that do not divide each other can leave the capacity without a largest-first form; the set then
        // stays as it is.
        PackCombo regrouped;
        if (greedy(capacity_of(combo), regrouped) == 0) combo = regrouped;
    }
    for (std::size_t i = 0; i < packs_.size(); ++i) {
        const std::uint64_t count = combo.counts[i];
        combo.calls += count * packs_[i].calls;
        // Within 63 bits, one 64-bit multiply (a 128-bit one is a library call in wasm).
        combo.price += count < (std::uint64_t{1} << 16) && packs_[i].price.units() < kSmallPrice
                           ? static_cast<PlanCost>(static_cast<std::int64_t>(packs_[i].price.units()) *
                                                   static_cast<std::int64_t>(count))
                           : static_cast<PlanCost>(packs_[i].price.units()) * count;
        combo.packs += count;
    }
    return combo;
}

std::uint64_t PackCover::greedy(std::uint64_t calls, PackCombo& combo) const {
    std::uint64_t left = calls;
    for (std::size_t i : largest_to_smallest_) {
        if (left < packs_[i].calls) continue;  // no division for a size that does not fit
        std::uint64_t count = left / packs_[i].calls;
        left -= count * packs_[i].calls;
        combo.counts[i] += count;
    }
    return left;
}

std::uint64_t PackCover::capacity_of(const PackCombo& combo) const {
    std::uint64_t calls = 0;
    for (std::size_t i = 0; i < packs_.size(); ++i) calls += combo.counts[i] * packs_[i].calls;
    return calls;
}

}  // namespace tally
