#include "tally/tariff_set.hpp"

#include "tally/json_node.hpp"
#include "tally/same_bytes.hpp"

namespace tally {

namespace {

// Tariff files are small; a larger document is refused before parsing (README "Limits").
constexpr std::size_t kMaxDocumentBytes = 4 * 1024 * 1024;

CatalogProduct read_catalog_product(const JsonNode& node) {
    node.allow_only({"id", "name", "default_edition", "editions"});
    CatalogProduct product;
    product.id = node["id"].id();
    JsonNode name = node["name"];
    name.allow_only({"zh", "en"});
    product.name = Text{name["zh"].text(), name["en"].text()};
    product.default_edition = node["default_edition"].text();
    for (const auto& item : node["editions"].elements()) {
        item.allow_only({"id", "file"});
        product.editions.push_back({item["id"].id(), item["file"].text()});
    }
    return product;
}

}  // namespace

Json parse_document(const std::string& text, const std::string& document) {
    if (text.size() > kMaxDocumentBytes) throw Error(document, "larger than the 4 MiB a tariff file may be");
    return parse_json(text, document);
}

Edition read_edition_document(const Json& json, const std::string& document) {
    try {
        return read_edition(JsonNode(json, ""));
    } catch (Error& e) {
        e.prepend_document(document);
        throw;
    }
}

Edition parse_edition(const std::string& text, const std::string& document) {
    return read_edition_document(parse_document(text, document), document);
}

TariffSet TariffSet::load(const std::string& catalog_text, const ReadFile& read_file) {
    const std::string catalog_name = "catalog.json";
    Json catalog = parse_document(catalog_text, catalog_name);
    TariffSet set;
    try {
        JsonNode root(catalog, "");
        root.allow_only({"format", "products"});
        if (root["format"].whole_number(1000) != 1) root["format"].fail("must be 1");
        for (const auto& item : root["products"].elements()) {
            CatalogProduct product = read_catalog_product(item);
            if (set.find_product(product.id)) item["id"].fail("names a product twice");
            set.products_.push_back(std::move(product));
        }
    } catch (Error& e) {
        e.prepend_document(catalog_name);
        throw;
    }
    for (const auto& product : set.products_) {
        bool has_default = false;
        for (const auto& ref : product.editions) {
            Json document = parse_document(read_file(ref.file), ref.file);
            Edition edition = read_edition_document(document, ref.file);
            if (edition.product != product.id || edition.edition != ref.id)
                throw Error(ref.file + ":product", "says " + edition.product + "/" + edition.edition +
                                                       " but the catalog lists it as " + product.id + "/" + ref.id);
            if (!set.editions_.emplace(product.id + "/" + ref.id, std::move(edition)).second)
                throw Error(catalog_name + ":products", "lists " + product.id + "/" + ref.id + " twice");
            set.documents_.emplace(product.id + "/" + ref.id, std::move(document));
            has_default = has_default || ref.id == product.default_edition;
        }
        if (!has_default)
            throw Error(catalog_name + ":products", product.id + ": default_edition is not one of its editions");
    }
    return set;
}

const CatalogProduct* TariffSet::find_product(std::string_view id) const {
    for (const auto& p : products_)
        if (same_bytes(p.id, id)) return &p;
    return nullptr;
}

const Json* TariffSet::edition_document(const std::string& product, const std::string& edition) const {
    auto it = documents_.find(product + "/" + edition);
    return it == documents_.end() ? nullptr : &it->second;
}

// Found without building the key: every quote looks its edition up, among a handful, and in wasm the joined key
// was two allocations (libc++ keeps only 10 characters of a string in place there) and the map's compares calls.
const Edition* TariffSet::find_edition(std::string_view product, std::string_view edition) const {
    for (const auto& [key, found] : editions_) {
        std::string_view k = key;
        if (k.size() == product.size() + 1 + edition.size() && k[product.size()] == '/' &&
            same_bytes(std::string_view(k.data(), product.size()), product) &&
            same_bytes(std::string_view(k.data() + product.size() + 1, edition.size()), edition))
            return &found;
    }
    return nullptr;
}

}  // namespace tally
