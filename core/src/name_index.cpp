// Looking a name up, which every quote does; building the index (once, as a tariff loads) is in
// name_index_build.cpp, which the wasm build compiles for size rather than speed.
#include "tally/name_index.hpp"

#include <algorithm>

#include "tally/names.hpp"
#include "tally/same_bytes.hpp"

namespace tally {

// FNV-1a
std::uint64_t NameIndex::hash_of(std::string_view name) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (char c : name) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return hash;
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
        if (same_bytes(it->name, key)) return it->item;
    return std::nullopt;
}

}  // namespace tally
