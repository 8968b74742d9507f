#pragma once
// One product edition's price list as data (tariffs/FORMAT.md). Every pricing rule (docs/pricing-rules.md) that
// is a choice between readings is a field here, not a branch in code.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tally/money.hpp"
#include "tally/name_index.hpp"
#include "tally/tiers.hpp"

namespace tally {

struct Text {
    std::string zh;
    std::string en;
};

enum class Cycle { monthly, daily };
enum class TierBasis { all_calls, postpaid_calls };  // R7
enum class FreeScope { per_service, shared };        // R15
enum class Renewal { monthly, never };               // R20: never = one-time

struct Pack {
    std::uint64_t calls = 0;
    Money price;
};

struct Service {
    std::string id;
    Text name;  // zh exactly as printed in the price table
    std::optional<Text> category;
    std::vector<std::string> aliases;  // R18
    std::optional<TierTable> postpaid;
    std::vector<Pack> packs;

    const Pack* find_pack(std::uint64_t calls) const;
};

struct FreeQuota {
    std::string id;
    FreeScope scope = FreeScope::per_service;
    Renewal renews = Renewal::monthly;
    std::uint64_t calls = 0;
    std::optional<std::uint64_t> valid_years;        // one-time packs: from the day granted (R21)
    std::vector<std::size_t> services;               // indices into Edition::services
    std::optional<std::string> opened_on_or_after;   // R20 eligibility by account opening date
    std::optional<Text> condition;                   // a condition the engine cannot check
};

struct QpsGroup {
    std::string id;
    Text name;
    std::vector<std::size_t> services;
    std::uint64_t max_qps = 0;  // R13
    TierTable per_month;        // R12
    TierTable per_day;
};

struct Unpriced {  // R9
    std::string id;
    Text name;
    Text note;
};

struct Channel {
    std::string family;   // as printed (zh); the English names below are ours, the price page has none
    std::string channel;
    std::optional<std::string> family_en;
    std::optional<std::string> channel_en;
    std::optional<std::string> compare;  // "authority" | "upload"
    std::size_t service = 0;
};

struct Api {
    std::string api;
    std::vector<std::size_t> services;
};

// The notices the vendor sends about a paid pack (R25); absent where the price page states none.
struct PackAlerts {
    std::optional<std::uint64_t> below_percent;      // remaining calls fall under this share of the pack
    bool used_up = false;
    std::optional<std::uint64_t> days_before_expiry;
    bool at_expiry = false;
};

struct PackRules {
    std::uint64_t valid_years = 1;  // R3, R21: through the same calendar date that many years later
    std::uint64_t refund_days = 0;  // R19, R26: refundable, unused, through the purchase date + this many days
    std::optional<PackAlerts> alerts;
};

struct Settlement {
    Cycle cycle = Cycle::monthly;
    Text bill_issued;
    std::uint64_t issue_within_days = 1;  // R23: a period's bill is issued 1 to this many days after it ends
    std::optional<std::string> monthly_settled_before;  // R10
};

struct Source {
    std::string file;
    std::optional<std::string> title;  // the page's own title, where the archived copy shows it
    std::optional<std::string> page_updated;
    std::optional<std::string> billing_from;
};

struct Edition {
    std::string product;
    std::string edition;
    Text name;
    Source source;
    std::string currency;
    Settlement settlement;
    TierBasis tier_basis = TierBasis::all_calls;
    bool freeze_next_month = false;  // R14
    PackRules pack_rules;
    std::vector<Service> services;
    std::vector<FreeQuota> free_quota;
    std::vector<QpsGroup> qps_groups;
    std::vector<Unpriced> unpriced;
    std::vector<Channel> channels;
    std::vector<Api> apis;

    // By id, printed name or alias, compared after normalize_name.
    std::optional<std::size_t> find_service(std::string_view name) const;
    std::optional<std::size_t> find_qps_group(std::string_view name) const;

    NameIndex service_index;
    NameIndex qps_index;
};

Edition read_edition(const JsonNode& node);
void from_json(const Json& j, Edition& edition);
template <typename BasicJson>
void to_json(BasicJson& j, const Text& text) {
    j = BasicJson{{"zh", text.zh}, {"en", text.en}};
}

}  // namespace tally
