#pragma once
// The catalog and every edition it names, loaded and validated at run time (prices change without a rebuild).
// The engine does no I/O: the caller hands in a function that returns a file's text by its catalog path.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tally/json_node.hpp"
#include "tally/tariff.hpp"

namespace tally {

struct CatalogEdition {
    std::string id;
    std::string file;
};

struct CatalogProduct {
    std::string id;
    Text name;
    std::string default_edition;
    std::vector<CatalogEdition> editions;
};

using ReadFile = std::function<std::string(const std::string& path)>;

// Parses one edition file's text; errors are prefixed with `document` (its file name).
Edition parse_edition(const std::string& text, const std::string& document);
Edition read_edition_document(const Json& json, const std::string& document);
Json parse_document(const std::string& text, const std::string& document);

class TariffSet {
public:
    static TariffSet load(const std::string& catalog_text, const ReadFile& read_file);

    const std::vector<CatalogProduct>& products() const { return products_; }
    const CatalogProduct* find_product(std::string_view id) const;
    const Edition* find_edition(std::string_view product, std::string_view edition) const;
    // The edition file as loaded (validated); `tally list` shows these rather than a second format.
    const Json* edition_document(const std::string& product, const std::string& edition) const;

private:
    std::vector<CatalogProduct> products_;
    std::map<std::string, Edition> editions_;  // key: product + "/" + edition
    std::map<std::string, Json> documents_;    // same key
};

}  // namespace tally
