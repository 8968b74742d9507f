#include "tally/name_index.hpp"

#include <algorithm>
#include <tuple>

#include "tally/names.hpp"

namespace tally {

namespace {

std::uint64_t hash_of(std::string_view name) {  // FNV-1a
    std::uint64_t hash = 14695981039346656037ULL;
    for (char c : name) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return hash;
}

}  // namespace

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
    std::uint64_t hash = hash_of(key);
    auto it = std::lower_bound(entries_.begin(), entries_.end(), hash,
                               [](const Entry& entry, std::uint64_t h) { return entry.hash < h; });
    for (; it != entries_.end() && it->hash == hash; ++it)
        if (it->name == key) return it->item;
    return std::nullopt;
}

}  // namespace tally
