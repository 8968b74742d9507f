// Building a NameIndex, once, as a tariff loads: apart from the look-ups (name_index.cpp) so that the wasm
// build compiles this for size; its sort, inlined for speed, cost more than 3 KB of the module's budget.
#include <algorithm>
#include <tuple>

#include "tally/name_index.hpp"
#include "tally/names.hpp"

namespace tally {

void NameIndex::add(const std::string& name, std::size_t item) {
    std::string normalized = normalize_name(name);
    std::uint64_t hash = hash_of(normalized);
    entries_.push_back(Entry{hash, std::move(normalized), item});
    originals_.push_back(name);
}

std::optional<std::pair<std::string, std::size_t>> NameIndex::finish() {
    std::vector<std::size_t> order(entries_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(entries_[a].hash, entries_[a].name, a) < std::tie(entries_[b].hash, entries_[b].name, b);
    });
    std::vector<Entry> sorted;
    sorted.reserve(entries_.size());
    std::optional<std::pair<std::string, std::size_t>> clash;
    std::string_view clash_name;  // of several clashes, the one first in name order is reported
    for (std::size_t k = 0; k < order.size(); ++k) {
        const Entry& entry = entries_[order[k]];
        if (!sorted.empty() && sorted.back().name == entry.name) {
            if (sorted.back().item != entry.item && (!clash || entry.name < clash_name)) {
                clash.emplace(originals_[order[k]], entry.item);
                clash_name = entry.name;
            }
            continue;
        }
        sorted.push_back(entry);
    }
    entries_ = std::move(sorted);
    originals_.clear();
    return clash;
}

}  // namespace tally
