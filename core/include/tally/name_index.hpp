#pragma once
// Names (ids, printed names, aliases) to item indices, compared after normalize_name. A sorted vector: built
// once when a tariff loads, then searched by every quote. Sorted by a hash of the name first, so that a look-up
// compares numbers and then one name (string comparison is a byte loop in the wasm build).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tally {

class NameIndex {
public:
    void add(const std::string& name, std::size_t item);
    // Sorts; if one name leads to two items, returns that name and the later item.
    std::optional<std::pair<std::string, std::size_t>> finish();
    std::optional<std::size_t> find(std::string_view name) const;

private:
    static std::uint64_t hash_of(std::string_view normalized);
    struct Entry {
        std::uint64_t hash;  // of the normalized name
        std::string name;    // normalized
        std::size_t item;
    };
    std::vector<Entry> entries_;
    std::vector<std::string> originals_;  // as written, for the error message
};

}  // namespace tally
