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
    // 48 bytes, not 64: steps are moved whenever one is added before them.
    struct Step {
        std::uint64_t position = 0;  // the first call not covered
        std::uint32_t label = 0;     // the search's name for the partial plan (a search holds far fewer)
        PlanRank rank;
    };

    // Keeps `label` unless one at least as far along is no worse; then drops those it is as far along as and no
    // worse than. Offers are never behind the step last taken.
    bool offer(std::uint64_t position, const PlanRank& rank, std::size_t label) {
        const auto first = steps_.begin() + static_cast<std::ptrdiff_t>(head_);
        auto next = std::lower_bound(first, steps_.end(), position,
                                     [](const Step& s, std::uint64_t p) { return s.position < p; });
        if (next != steps_.end() && !beats(rank, next->rank)) return false;
        auto to = next != steps_.end() && next->position == position ? next + 1 : next;
        auto from = next;
        while (from != first && !beats((from - 1)->rank, rank)) --from;
        const Step step{position, static_cast<std::uint32_t>(label), rank};
        if (from == to) {
            steps_.insert(to, step);
        } else {
            *from = step;
            steps_.erase(from + 1, to);
        }
        return true;
    }

    bool empty() const { return head_ == steps_.size(); }
    // The nearest step: the least position (never empty() when asked).
    const Step& nearest() const { return steps_[head_]; }

    Step take_nearest() {
        Step step = steps_[head_++];
        if (head_ == steps_.size()) {
            steps_.clear();
            head_ = 0;
        } else if (head_ >= kCompactAfter && 2 * head_ >= steps_.size()) {  // the taken ones, once they are many
            steps_.erase(steps_.begin(), steps_.begin() + static_cast<std::ptrdiff_t>(head_));
            head_ = 0;
        }
        return step;
    }

private:
    static constexpr std::size_t kCompactAfter = 64;

    std::vector<Step> steps_;  // by position; from head_ on, those not yet taken
    std::size_t head_ = 0;
};

}  // namespace tally
