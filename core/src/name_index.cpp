#include "tally/name_index.hpp"

#include <algorithm>

#include "tally/names.hpp"

namespace tally {

void NameIndex::add(const std::string& name, std::size_t item) {
    entries_.emplace_back(normalize_name(name), item);
    originals_.push_back(name);
}

std::optional<std::pair<std::string, std::size_t>> NameIndex::finish() {
    std::vector<std::size_t> order(entries_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return entries_[a].first != entries_[b].first ? entries_[a].first < entries_[b].first : a < b;
    });
    std::vector<std::pair<std::string, std::size_t>> sorted;
    sorted.reserve(entries_.size());
    std::optional<std::pair<std::string, std::size_t>> clash;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const auto& entry = entries_[order[k]];
        if (!sorted.empty() && sorted.back().first == entry.first) {
            if (sorted.back().second != entry.second && !clash) clash.emplace(originals_[order[k]], entry.second);
            continue;
        }
        sorted.push_back(entry);
    }
    entries_ = std::move(sorted);
    originals_.clear();
    return clash;
}

std::optional<std::size_t> NameIndex::find(std::string_view name) const {
    // Every quote looks each of its names up: a usual one is normalized on the stack, with no allocation.
    char small[3 * 64];
    std::string large;
    char* buffer = small;
    if (name.size() > 64) {
        large.resize(3 * name.size());
        buffer = &large[0];
    }
    std::string_view key(buffer, normalize_name_into(name, buffer));
    auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                               [](const auto& entry, std::string_view k) { return std::string_view(entry.first) < k; });
    if (it == entries_.end() || it->first != key) return std::nullopt;
    return it->second;
}

}  // namespace tally
