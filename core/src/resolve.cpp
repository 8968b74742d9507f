#include "tally/resolve.hpp"

#include "tally/error.hpp"
#include "tally/names.hpp"

namespace tally {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

std::string shown_name(const std::string& name) { return "\"" + printable_excerpt(name) + "\""; }

}  // namespace

std::string item_path(const char* list, std::size_t index, const char* field) {
    return std::string(list) + "[" + std::to_string(index) + "]." + field;
}

const Edition& resolve_edition(const TariffSet& tariffs, const std::string& product_name,
                               const std::optional<std::string>& edition_name) {
    const CatalogProduct* product = tariffs.find_product(product_name);
    if (!product) {
        std::vector<std::string> ids;
        for (const auto& p : tariffs.products()) ids.push_back(p.id);
        throw Error("product", "unknown product " + shown_name(product_name) + "; one of " + joined(ids));
    }
    const std::string& edition_id = edition_name ? *edition_name : product->default_edition;
    const Edition* edition = tariffs.find_edition(product->id, edition_id);
    if (!edition) {
        std::vector<std::string> ids;
        for (const auto& e : product->editions) ids.push_back(e.id);
        throw Error("edition", "unknown edition " + shown_name(edition_id) + " of " + product->id + "; one of " + joined(ids));
    }
    return *edition;
}

void check_settlement(const Edition& edition, const std::optional<std::string>& settlement,
                      const std::optional<std::string>& account_opened) {
    const auto& before = edition.settlement.monthly_settled_before;
    bool monthly_account = settlement && *settlement == "monthly";
    if (monthly_account && edition.settlement.cycle == Cycle::monthly) return;
    if (settlement && *settlement == "daily" && edition.settlement.cycle == Cycle::monthly)
        throw Error("settlement", edition.product + " settles monthly");
    // Worded only when it is thrown: this runs on every quote.
    auto unpublished = [&] {
        return "accounts opened before " + before.value_or("") +
               " are settled monthly, and their price table (价格说明（月结）) is not in the source page, so no quote "
               "can be made";
    };
    if (monthly_account) {
        if (!before) throw Error("settlement", edition.product + " settles daily");
        throw Error("settlement", unpublished());
    }
    if (before && account_opened && *account_opened < *before) throw Error("account_opened", unpublished());
}

// The path is worded only for an error (this runs for every item of every quote).
std::size_t resolve_service(const Edition& edition, const std::string& name, const char* list, std::size_t index) {
    if (auto found = edition.find_service(name)) return *found;
    std::string path = item_path(list, index, "service");
    std::string key = normalize_name(name);
    for (const auto& item : edition.unpriced)
        if (normalize_name(item.id) == key || normalize_name(item.name.zh) == key || normalize_name(item.name.en) == key)
            throw Error(path, item.name.zh + " has no published price, so it cannot be quoted");
    throw Error(path, "unknown service " + shown_name(name) + " in " + edition.product + " " + edition.edition +
                          " (tally list shows the names)");
}

const Pack& resolve_pack(const Edition& edition, std::size_t s, std::uint64_t size, const char* list, std::size_t index) {
    const Service& service = edition.services[s];
    if (const Pack* pack = service.find_pack(size)) return *pack;
    if (service.packs.empty()) throw Error(item_path(list, index, "service"), "no packs are sold for " + service.name.zh);
    std::vector<std::string> sizes;
    for (const auto& sold : service.packs) sizes.push_back(std::to_string(sold.calls));
    throw Error(item_path(list, index, "size"),
                service.name.zh + " has no pack of " + std::to_string(size) + " calls; sizes sold: " + joined(sizes));
}

std::size_t resolve_qps_group(const Edition& edition, const std::string& name, std::uint64_t qps, const char* list,
                              std::size_t index) {
    auto group = edition.find_qps_group(name);
    if (!group) throw Error(item_path(list, index, "group"), "unknown QPS group " + shown_name(name) + " in " + edition.product);
    const QpsGroup& g = edition.qps_groups[*group];
    if (qps == 0) throw Error(item_path(list, index, "qps"), "must be a whole number from 1 to " + std::to_string(g.max_qps));
    if (qps > g.max_qps)
        throw Error(item_path(list, index, "qps"), "at most " + std::to_string(g.max_qps) + " QPS can be bought for " +
                                                       g.name.zh + "; for more, contact sales");
    return *group;
}

}  // namespace tally
