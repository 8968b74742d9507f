#include "tally/tiers.hpp"

namespace tally {

std::size_t TierTable::tier_for(std::uint64_t count) const {
    for (std::size_t i = tiers.size(); i-- > 1;) {
        bool reached = upper_bound == UpperBound::inclusive ? count > tiers[i].from : count >= tiers[i].from;
        if (reached) return i;
    }
    return 0;
}

std::uint64_t TierTable::first_count_in(std::size_t index) const {
    std::uint64_t from = tiers.at(index).from;
    return upper_bound == UpperBound::inclusive && index > 0 ? from + 1 : from;
}

namespace {

constexpr std::uint64_t kMaxBound = UINT64_MAX / 2;

Tier read_tier(const JsonNode& node, std::uint64_t per) {
    node.allow_only({"from", "to", "price"});
    Tier tier;
    tier.from = node["from"].whole_number(kMaxBound);
    if (auto to = node.find("to")) tier.to = to->whole_number(kMaxBound);
    JsonNode price = node["price"];
    tier.price = price.price();
    if (tier.price.units() % static_cast<Money::Units>(per) != 0)
        price.fail("has more decimals than a price per " + std::to_string(per) +
                   " calls may have (the price of one call must be exact to 1e-8 yuan)");
    tier.unit_price = tier.price.divided_exactly(per);
    return tier;
}

}  // namespace

TierTable read_tier_table(const JsonNode& node) {
    node.allow_only({"per", "upper_bound", "tiers"});
    TierTable table;
    table.per = node["per"].whole_number(1, 1000000);
    table.upper_bound = node["upper_bound"].one_of({"inclusive", "exclusive"}) == 0 ? UpperBound::inclusive
                                                                                      : UpperBound::exclusive;
    JsonNode list = node["tiers"];
    std::vector<JsonNode> items = list.elements();
    if (items.empty()) list.fail("must list at least one tier");
    for (const auto& item : items) table.tiers.push_back(read_tier(item, table.per));
    for (std::size_t i = 1; i < items.size(); ++i)
        if (table.tiers[i].from <= table.tiers[i - 1].from)
            items[i]["from"].fail("tiers are unsorted: each tier must start above the one before");
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Tier& tier = table.tiers[i];
        const JsonNode& item = items[i];
        bool last = i + 1 == items.size();
        if (i == 0 && tier.from != 0) item["from"].fail("the first tier must start at 0");
        if (tier.to && *tier.to <= tier.from) item["to"].fail("must be greater than from");
        if (last && tier.to) item["to"].fail("the last tier must be open (no `to`)");
        if (!last && !tier.to) throw Error(item.path() + ".to", "is missing (only the last tier is open)");
        if (last) break;
        const Tier& next = table.tiers[i + 1];
        if (next.from < *tier.to) item.fail("tiers overlap: the next tier starts before this one ends");
        if (next.from > *tier.to) item.fail("tiers leave a gap: the next tier starts after this one ends");
    }
    return table;
}

void from_json(const Json& j, TierTable& table) { table = read_tier_table(JsonNode(j, "")); }

}  // namespace tally
