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
        throw Error("product", ErrorCode::unknown_product, {shown_name(product_name), joined(ids)});
    }
    const std::string& edition_id = edition_name ? *edition_name : product->default_edition;
    const Edition* edition = tariffs.find_edition(product->id, edition_id);
    if (!edition) {
        std::vector<std::string> ids;
        for (const auto& e : product->editions) ids.push_back(e.id);
        throw Error("edition", ErrorCode::unknown_edition, {shown_name(edition_id), product->id, joined(ids)});
    }
    return *edition;
}

void check_settlement(const Edition& edition, const std::optional<std::string>& settlement,
                      const std::optional<std::string>& account_opened) {
    const auto& before = edition.settlement.monthly_settled_before;
    bool monthly_account = settlement && *settlement == "monthly";
    if (monthly_account && edition.settlement.cycle == Cycle::monthly) return;
    if (settlement && *settlement == "daily" && edition.settlement.cycle == Cycle::monthly)
        throw Error("settlement", ErrorCode::settles_monthly, {edition.product});
    auto unpublished = [&](const char* path) {
        return Error(path, ErrorCode::monthly_prices_unpublished, {before.value_or("")});
    };
    if (monthly_account) {
        if (!before) throw Error("settlement", ErrorCode::settles_daily, {edition.product});
        throw unpublished("settlement");
    }
    if (before && account_opened && *account_opened < *before) throw unpublished("account_opened");
}

// The path is worded only for an error (this runs for every item of every quote).
std::size_t resolve_service(const Edition& edition, const std::string& name, const char* list, std::size_t index) {
    if (auto found = edition.find_service(name)) return *found;
    std::string path = item_path(list, index, "service");
    std::string key = normalize_name(name);
    for (const auto& item : edition.unpriced)
        if (normalize_name(item.id) == key || normalize_name(item.name.zh) == key || normalize_name(item.name.en) == key)
            throw Error(path, ErrorCode::service_unpriced, {item.name});
    throw Error(path, ErrorCode::unknown_service, {shown_name(name), edition.product, edition.edition});
}

const Pack& resolve_pack(const Edition& edition, std::size_t s, std::uint64_t size, const char* list, std::size_t index) {
    const Service& service = edition.services[s];
    if (const Pack* pack = service.find_pack(size)) return *pack;
    if (service.packs.empty()) throw Error(item_path(list, index, "service"), ErrorCode::no_packs_sold, {service.name});
    std::vector<std::string> sizes;
    for (const auto& sold : service.packs) sizes.push_back(std::to_string(sold.calls));
    throw Error(item_path(list, index, "size"), ErrorCode::no_such_pack, {service.name, size, joined(sizes)});
}

std::size_t resolve_qps_group(const Edition& edition, const std::string& name, std::uint64_t qps, const char* list,
                              std::size_t index) {
    auto group = edition.find_qps_group(name);
    if (!group) throw Error(item_path(list, index, "group"), ErrorCode::unknown_qps_group, {shown_name(name), edition.product});
    const QpsGroup& g = edition.qps_groups[*group];
    if (qps == 0) throw Error(item_path(list, index, "qps"), ErrorCode::whole_number_range, {std::uint64_t{1}, g.max_qps});
    if (qps > g.max_qps)
        throw Error(item_path(list, index, "qps"), ErrorCode::qps_above_max, {g.max_qps, g.name});
    return *group;
}

}  // namespace tally
