#pragma once
// The partial plans a plan search keeps (plan_search.cpp): of two partial plans with the same purchases still
// open, the one at least as far along the stream of calls and no worse wins, so those kept get strictly worse
// the further along they are: a staircase. The searches extend them in order of position, always forward, so a
// partial plan once taken can beat none added later and leaves the staircase. What is left is short and read far
// more often than changed (most partial plans offered lose at once): a sorted vector, not a tree.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <tuple>
#include <vector>

#include "tally/pack_cover.hpp"
#include "tally/plan_inline.hpp"

namespace tally {

// How a partial plan ranks: cheaper, then fewer packs, then fewer purchase dates (the ties).
struct PlanRank {
    PlanCost cost = 0;
    std::uint64_t packs = 0;
    std::uint32_t dates = 0;
};

inline bool beats(const PlanRank& a, const PlanRank& b) {
    if (a.cost != b.cost) return a.cost < b.cost;
    return std::tie(a.packs, a.dates) < std::tie(b.packs, b.dates);
}

class Staircase {
public:
    // Keeps `label` at `position` unless one at least as far along is no worse; then drops those it is as far
    // along as and no worse than. Offers are never behind the step last taken. In wasm inlined (plan_inline.hpp):
    // most offers are a binary search and one comparison, and a call would pass the rank through memory.
    TALLY_PLAN_INLINE bool offer(std::uint64_t position, const PlanRank& rank, std::size_t label) {
        const std::size_t next = first_at_or_after(position);
        const std::size_t end = positions_.size();
        if (next != end && !beats(rank, rank_of(next))) return false;
        const std::size_t to = next != end && positions_[next] == position ? next + 1 : next;
        std::size_t from = next;
        while (from != head_ && !beats(rank_of(from - 1), rank)) --from;
        const Kept kept{rank.cost, rank.packs, rank.dates, static_cast<std::uint32_t>(label)};
        if (from == to) {
            positions_.insert(positions_.begin() + static_cast<std::ptrdiff_t>(to), position);
            kept_.insert(kept_.begin() + static_cast<std::ptrdiff_t>(to), kept);
        } else {  // it takes the place of those it drops
            positions_[from] = position;
            kept_[from] = kept;
            positions_.erase(positions_.begin() + static_cast<std::ptrdiff_t>(from + 1),
                             positions_.begin() + static_cast<std::ptrdiff_t>(to));
            kept_.erase(kept_.begin() + static_cast<std::ptrdiff_t>(from + 1),
                        kept_.begin() + static_cast<std::ptrdiff_t>(to));
        }
        return true;
    }

    bool empty() const { return head_ == positions_.size(); }
    // The nearest kept: the least position (never asked when empty()).
    std::uint64_t nearest_position() const { return positions_[head_]; }
    std::size_t nearest_label() const { return kept_[head_].label; }

    std::size_t take_nearest() {
        const std::size_t label = kept_[head_++].label;
        if (head_ == positions_.size()) {
            positions_.clear();
            kept_.clear();
            head_ = 0;
        } else if (head_ >= kCompactAfter && 2 * head_ >= positions_.size()) {  // the taken ones, once many
            positions_.erase(positions_.begin(), positions_.begin() + static_cast<std::ptrdiff_t>(head_));
            kept_.erase(kept_.begin(), kept_.begin() + static_cast<std::ptrdiff_t>(head_));
            head_ = 0;
        }
        return label;
    }

private:
    // A rank and its label in 32 bytes (a PlanRank and a label would take 48): they move whenever one is added
    // before them.
    struct Kept {
        PlanCost cost;
        std::uint64_t packs;
        std::uint32_t dates;
        std::uint32_t label;  // the search's name for the partial plan (a search holds far fewer)
    };

    PlanRank rank_of(std::size_t i) const { return PlanRank{kept_[i].cost, kept_[i].packs, kept_[i].dates}; }

    // The first kept at `position` or further: a binary search over the positions alone (most offers are just
    // this search, and the positions fit the nearest cache), without branches (left or right is a coin toss the
    // processor cannot predict).
    std::size_t first_at_or_after(std::uint64_t position) const {
        std::size_t n = positions_.size() - head_;
        if (n == 0) return head_;
        const std::uint64_t* base = positions_.data() + head_;
        while (n > 1) {
            const std::size_t half = n / 2;
            base = base[half] < position ? base + half : base;
            n -= half;
        }
        return static_cast<std::size_t>(base - positions_.data()) + (*base < position);
    }

    static constexpr std::size_t kCompactAfter = 64;

    // By position; from head_ on, those not yet taken.
    std::vector<std::uint64_t> positions_;
    std::vector<Kept> kept_;
    std::size_t head_ = 0;
};

}  // namespace tally
