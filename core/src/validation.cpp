#include "tally/validation.hpp"

#include <cstdint>

namespace tally {

void write_validation(Writer& w, const Edition& edition, std::string_view file) {
    w.open('{');
    if (!file.empty()) w.put("file", file);
    w.key("ok");
    w.raw("true");
    w.put("product", edition.product);
    w.put("edition", edition.edition);
    w.put("services", std::uint64_t{edition.services.size()});
    w.close('}');
}

std::string validation_text(const Edition& edition) {
    std::string out;
    {
        Writer w(out);  // sets out's length as it goes
        write_validation(w, edition);
    }
    return out;
}

}  // namespace tally
