// Embind bindings: the same engine as the command line, with JSON text across the boundary (amounts are
// decimal strings inside it; no JS number ever holds money). One class, Engine, holds the loaded tariffs.
// Errors leave as real JS Errors whose message is the command line's error line.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <nlohmann/json.hpp>

#include "tally/error.hpp"
#include "tally/listing.hpp"
#include "tally/quote.hpp"
#include "tally/tariff_set.hpp"

namespace tally::wasm {

using emscripten::val;

namespace {

[[noreturn]] void throw_js_error(const std::string& code, const std::string& path, const std::string& problem,
                                 const std::string& message) {
    val error = val::global("Error").new_(val("error: " + message));
    error.set("code", val(code));
    error.set("path", val(path));
    error.set("problem", val(problem));
    error.throw_();
    __builtin_unreachable();
}

// Runs `work`, turning any C++ exception into a JS Error: the module stays usable afterwards.
template <typename Work>
std::string guarded(Work&& work) {
    try {
        return work();
    } catch (const Error& e) {
        throw_js_error("invalid_input", e.path(), e.problem(), e.what());
    } catch (const std::bad_alloc&) {
        throw_js_error("out_of_memory", "", "out of memory", "internal: out of memory");
    } catch (const std::exception& e) {
        throw_js_error("internal", "", e.what(), std::string("internal: ") + e.what());
    }
}

}  // namespace

class Engine {
public:
    // `files` is a JS object mapping each catalog path to that file's text.
    std::string load_tariffs(const std::string& catalog_text, const val& files) {
        return guarded([&] {
            TariffSet loaded = TariffSet::load(catalog_text, [&](const std::string& path) {
                val text = files[path];
                if (!text.isString()) throw Error(path, "the catalog names this file but it was not provided");
                return text.as<std::string>();
            });
            tariffs_ = std::make_unique<TariffSet>(std::move(loaded));  // replaced only once the new set is valid
            return describe(*tariffs_).dump();
        });
    }

    std::string quote(const std::string& request_text) {
        return guarded([&] { return nlohmann::ordered_json(tally::quote(loaded(), parse_request(request_text))).dump(); });
    }

    std::string list() {
        return guarded([&] { return describe(loaded()).dump(); });
    }

    std::string validate(const std::string& tariff_text, const std::string& document) {
        return guarded([&] {
            Edition e = parse_edition(tariff_text, document);
            return nlohmann::ordered_json{{"ok", true}, {"product", e.product}, {"edition", e.edition},
                                          {"services", e.services.size()}}
                .dump();
        });
    }

private:
    const TariffSet& loaded() const {
        if (!tariffs_) throw Error("tariffs", "none loaded yet: call loadTariffs first");
        return *tariffs_;
    }

    std::unique_ptr<TariffSet> tariffs_;
};

}  // namespace tally::wasm

EMSCRIPTEN_BINDINGS(tally) {
    emscripten::class_<tally::wasm::Engine>("Engine")
        .constructor<>()
        .function("loadTariffs", &tally::wasm::Engine::load_tariffs)
        .function("quote", &tally::wasm::Engine::quote)
        .function("list", &tally::wasm::Engine::list)
        .function("validate", &tally::wasm::Engine::validate);
}
