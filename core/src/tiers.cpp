#include "tally/tiers.hpp"

#include <nlohmann/json.hpp>

#include "tally/json_read.hpp"

namespace tally {

namespace jr = json_read;

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

Tier read_tier(const nlohmann::ordered_json& j, std::uint64_t per) {
    jr::expect_only_keys(j, {"from", "to", "price"});
    Tier tier;
    tier.from = jr::field(j, "from", [](const auto& v) { return jr::whole_number(v, UINT64_MAX / 2); });
    tier.to = jr::optional_field(j, "to", [](const auto& v) { return jr::whole_number(v, UINT64_MAX / 2); });
    tier.price = jr::field(j, "price", jr::price);
    try {
        tier.unit_price = tier.price.divided_exactly(per);
    } catch (const std::domain_error&) {
        throw Error("price", "has more decimals than a price per " + std::to_string(per) +
                                 " calls may have (the price of one call must be exact to 1e-8 yuan)");
    }
    return tier;
}

}  // namespace

void from_json(const nlohmann::ordered_json& j, TierTable& table) {
    jr::expect_only_keys(j, {"per", "upper_bound", "tiers"});
    table.per = jr::field(j, "per", [](const auto& v) {
        auto per = jr::whole_number(v, 1000000);
        if (per == 0) throw Error("", "must be at least 1");
        return per;
    });
    table.upper_bound = jr::field(j, "upper_bound", [](const auto& v) {
        auto s = jr::text(v);
        if (s == "inclusive") return UpperBound::inclusive;
        if (s == "exclusive") return UpperBound::exclusive;
        throw Error("", "must be \"inclusive\" or \"exclusive\"");
    });
    const auto& tiers = jr::required(j, "tiers");
    at_key("tiers", [&] {
        jr::expect_array(tiers);
        if (tiers.empty()) throw Error("", "must list at least one tier");
        table.tiers.clear();
        for (std::size_t i = 0; i < tiers.size(); ++i) {
            table.tiers.push_back(at_index(i, [&] { return read_tier(tiers[i], table.per); }));
        }
        for (std::size_t i = 1; i < table.tiers.size(); ++i) {
            if (table.tiers[i].from <= table.tiers[i - 1].from)
                throw Error("[" + std::to_string(i) + "].from", "tiers are unsorted: each tier must start above the one before");
        }
        for (std::size_t i = 0; i < table.tiers.size(); ++i) {
            at_index(i, [&] {
                const Tier& tier = table.tiers[i];
                bool last = i + 1 == table.tiers.size();
                if (i == 0 && tier.from != 0) throw Error("from", "the first tier must start at 0");
                if (tier.to && *tier.to <= tier.from) throw Error("to", "must be greater than from");
                if (last && tier.to) throw Error("to", "the last tier must be open (no `to`)");
                if (!last && !tier.to) throw Error("to", "is missing (only the last tier is open)");
                if (last) return 0;
                const Tier& next = table.tiers[i + 1];
                if (next.from < *tier.to) throw Error("", "tiers overlap: the next tier starts before this one ends");
                if (next.from > *tier.to) throw Error("", "tiers leave a gap: the next tier starts after this one ends");
                return 0;
            });
        }
        return 0;
    });
}

}  // namespace tally
