#include "tally/listing.hpp"

#include "tally/warning_text.hpp"

namespace tally {

void write_listing(Writer& w, const TariffSet& tariffs, ErrorTexts error_texts) {
    w.open('{');
    w.key("products");
    w.open('[');
    for (const auto& p : tariffs.products()) {
        w.open('{');
        w.put("id", p.id);
        w.key("name");
        w.open('{');
        w.put("zh", p.name.zh);
        w.put("en", p.name.en);
        w.close('}');
        w.put("default_edition", p.default_edition);
        w.key("editions");
        w.open('[');
        for (const auto& ref : p.editions) w.value(*tariffs.edition_document(p.id, ref.id));
        w.close(']');
        w.close('}');
    }
    w.close(']');
    w.key("warning_texts");  // the page words each warning from these
    w.value(warning_texts_json());
    if (error_texts) {
        w.key("error_texts");  // and each error's text in the reader's language
        w.value(error_texts());
    }
    w.close('}');
}

std::string listing_text(const TariffSet& tariffs, Layout layout, ErrorTexts error_texts) {
    std::string out;
    {
        Writer w(out, NonAscii::utf8, layout);  // sets out's length as it goes
        write_listing(w, tariffs, error_texts);
    }
    return out;
}

}  // namespace tally
