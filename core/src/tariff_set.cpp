#include "tally/tariff_set.hpp"

#include <nlohmann/json.hpp>

#include "tally/json_read.hpp"

namespace tally {

namespace jr = json_read;
using json = nlohmann::ordered_json;

namespace {

// Tariff files are small; a larger document is refused before parsing (hostile-input limit, README).
constexpr std::size_t kMaxDocumentBytes = 4 * 1024 * 1024;

json parse_document(const std::string& text, const std::string& document) {
    if (text.size() > kMaxDocumentBytes) throw Error(document, "larger than the 4 MiB a tariff file may be");
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) throw Error(document, "not valid JSON");
    return j;
}

}  // namespace

Edition parse_edition(const std::string& text, const std::string& document) {
    json j = parse_document(text, document);
    try {
        return j.get<Edition>();
    } catch (Error& e) {
        e.prepend_document(document);
        throw;
    }
}

TariffSet TariffSet::load(const std::string& catalog_text, const ReadFile& read_file) {
    const std::string catalog_name = "catalog.json";
    json catalog = parse_document(catalog_text, catalog_name);
    TariffSet set;
    try {
        jr::expect_only_keys(catalog, {"format", "products"});
        jr::field(catalog, "format", [](const json& v) {
            if (jr::whole_number(v, 1000) != 1) throw Error("", "must be 1");
            return 0;
        });
        const json& products = jr::required(catalog, "products");
        at_key("products", [&] {
            jr::expect_array(products);
            for (std::size_t i = 0; i < products.size(); ++i) {
                at_index(i, [&] {
                    const json& p = products[i];
                    jr::expect_only_keys(p, {"id", "name", "default_edition", "editions"});
                    CatalogProduct product;
                    product.id = jr::field(p, "id", jr::text);
                    if (set.find_product(product.id)) throw Error("id", "names a product twice");
                    product.name = jr::field(p, "name", [](const json& v) {
                        jr::expect_only_keys(v, {"zh", "en"});
                        return Text{jr::field(v, "zh", jr::text), jr::field(v, "en", jr::text)};
                    });
                    product.default_edition = jr::field(p, "default_edition", jr::text);
                    const json& editions = jr::required(p, "editions");
                    at_key("editions", [&] {
                        jr::expect_array(editions);
                        for (std::size_t k = 0; k < editions.size(); ++k) {
                            at_index(k, [&] {
                                jr::expect_only_keys(editions[k], {"id", "file"});
                                product.editions.push_back(
                                    {jr::field(editions[k], "id", jr::text), jr::field(editions[k], "file", jr::text)});
                                return 0;
                            });
                        }
                        return 0;
                    });
                    set.products_.push_back(product);
                    return 0;
                });
            }
            return 0;
        });
    } catch (Error& e) {
        e.prepend_document(catalog_name);
        throw;
    }
    for (const auto& product : set.products_) {
        bool has_default = false;
        for (const auto& ref : product.editions) {
            Edition edition = parse_edition(read_file(ref.file), ref.file);
            if (edition.product != product.id || edition.edition != ref.id)
                throw Error(ref.file + ":product", "says " + edition.product + "/" + edition.edition +
                                                       " but the catalog lists it as " + product.id + "/" + ref.id);
            if (!set.editions_.emplace(product.id + "/" + ref.id, std::move(edition)).second)
                throw Error(catalog_name + ":products", "lists " + product.id + "/" + ref.id + " twice");
            has_default = has_default || ref.id == product.default_edition;
        }
        if (!has_default)
            throw Error(catalog_name + ":products", product.id + ": default_edition is not one of its editions");
    }
    return set;
}

const CatalogProduct* TariffSet::find_product(const std::string& id) const {
    for (const auto& p : products_)
        if (p.id == id) return &p;
    return nullptr;
}

const Edition* TariffSet::find_edition(const std::string& product, const std::string& edition) const {
    auto it = editions_.find(product + "/" + edition);
    return it == editions_.end() ? nullptr : &it->second;
}

}  // namespace tally
