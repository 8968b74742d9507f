#include "tally/listing.hpp"

#include "tally/warning_text.hpp"

namespace tally {

Json describe(const TariffSet& tariffs) {
    Json products = Json::array();
    for (const auto& p : tariffs.products()) {
        Json product = Json::object();
        product["id"] = p.id;
        product["name"] = p.name;
        product["default_edition"] = p.default_edition;
        Json& editions = product["editions"] = Json::array();
        for (const auto& ref : p.editions) editions.push_back(*tariffs.edition_document(p.id, ref.id));
        products.push_back(std::move(product));
    }
    Json out = Json::object();
    out["products"] = std::move(products);
    out["warning_texts"] = warning_texts_json();  // the page words each warning from these
    return out;
}

}  // namespace tally
