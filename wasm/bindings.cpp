// Embind bindings: the same engine as the command line, with JSON text across the boundary (amounts are
// decimal strings inside it; no JS number ever holds money). Errors leave as real JS Errors whose message is
// the command line's error line (built in api.js from the failure text below).
//
// Each instance of the module is one engine: createTally() instantiates a fresh module, so the loaded tariffs
// below are per instance. Free functions rather than a bound class keep the Embind glue smaller (docs/benchmarks.md).
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>
#include <emscripten/val.h>

#include "tally/error.hpp"
#include "tally/listing.hpp"
#include "tally/quote.hpp"
#include "tally/tariff_set.hpp"
#include "tally/timeline.hpp"
#include "tally/validation.hpp"

namespace tally::wasm {

using emscripten::val;

namespace {

// A failure comes back as "!code<US>path<US>problem" (US = \x1f, which no path or problem holds: caller text
// in them is escaped); api.js turns it into a JS Error. Throwing a JS exception from inside a C++ catch block
// would skip the C++ clean-up (the exception object and the argument strings) and leak on every bad call.
std::string failure(const std::string& code, const std::string& path, const std::string& problem) {
    return "!" + code + "\x1f" + path + "\x1f" + problem;
}

}  // namespace

// Called from a catch-all block: the exception in flight as a failure text. One out-of-line function keeps each
// bound function down to a single landing pad. Not static: plan_bindings.cpp answers failures alike.
__attribute__((noinline)) std::string failure_of_current_exception() {
    try {
        throw;
    } catch (const Error& e) {
        return failure("invalid_input", e.path(), e.problem());
    } catch (const std::bad_alloc&) {
        return failure("out_of_memory", "internal", "out of memory");
    } catch (const std::exception& e) {
        return failure("internal", "internal", e.what());
    } catch (...) {
        return failure("internal", "internal", "unknown failure");
    }
}

namespace {

std::unique_ptr<TariffSet> loaded_tariffs;

}  // namespace

// Not static: bench_bindings.cpp (the benchmark's build) and plan_bindings.cpp use the same tariffs.
const TariffSet& loaded() {
    if (!loaded_tariffs) throw Error("tariffs", "none loaded yet: call loadTariffs first");
    return *loaded_tariffs;
}

// `files` is a JS object mapping each catalog path to that file's text.
std::string load_tariffs(const std::string& catalog_text, const val& files) try {
    TariffSet loaded = TariffSet::load(catalog_text, [&](const std::string& path) {
        val text = files[path];
        if (!text.isString()) throw Error(path, "the catalog names this file but it was not provided");
        return text.as<std::string>();
    });
    loaded_tariffs = std::make_unique<TariffSet>(std::move(loaded));  // replaced only once the new set is valid
    return listing_text(*loaded_tariffs);
} catch (...) {
    return failure_of_current_exception();
}

namespace {

// quote's answer stays here until the next call: api.js decodes it straight from the module's memory (a view,
// not a copy, and none of Embind's byte-by-byte scans of a returned std::string), and the buffer is reused.
std::string reply;

// The request's UTF-8 text, written by api.js straight into the module's memory (TextEncoder.encodeInto) rather
// than passed as a std::string (which Embind encodes by a JS loop over the text, twice, into a fresh allocation).
std::string input;

// The answer in ASCII, its Chinese as \u escapes: TextDecoder makes a string of ASCII several times faster than of
// UTF-8 with Chinese in it, after its first non-ASCII byte (figures: docs/design.md, "In the browser").
void answer_quote(std::string_view request_text) {
    try {
        write_response(tally::quote(loaded(), parse_request(request_text)), reply, tally::NonAscii::escaped);
    } catch (...) {
        reply = failure_of_current_exception();
    }
}

}  // namespace

// For request text with a lone surrogate, which must reach the engine as Embind encodes it (api.js).
val quote(const std::string& request_text) {
    answer_quote(request_text);
    return val(emscripten::typed_memory_view(reply.size(), reinterpret_cast<const unsigned char*>(reply.data())));
}

// A timeline's answer is larger and rarer than a quote's: it goes through Embind's string, in ASCII as quotes do.
std::string timeline(const std::string& request_text) try {
    std::string out;
    write_timeline(tally::timeline(loaded(), parse_timeline_request(request_text)), out, NonAscii::escaped);
    return out;
} catch (...) {
    return failure_of_current_exception();
}

std::string list() try {
    return listing_text(loaded());
} catch (...) {
    return failure_of_current_exception();
}

std::string validate(const std::string& tariff_text, const std::string& document) try {
    return validation_text(parse_edition(tariff_text, document));
} catch (...) {
    return failure_of_current_exception();
}

}  // namespace tally::wasm

// The usual way a quote goes, as plain wasm exports: a call through Embind's generic invoker (the one it has
// without eval) and the view object it returns cost as much as a small quote's own JSON.
extern "C" {

// The address of at least `size` bytes for the next request's UTF-8 text; good until the memory grows.
EMSCRIPTEN_KEEPALIVE char* tally_input(std::size_t size) {
    using tally::wasm::input;
    if (input.size() < size) input.resize(size);
    return &input[0];
}

// Quotes the `length` bytes of text at tally_input(); returns the length of the answer at tally_reply().
EMSCRIPTEN_KEEPALIVE std::size_t tally_quote_input(std::size_t length) {
    tally::wasm::answer_quote(std::string_view(tally::wasm::input).substr(0, length));
    return tally::wasm::reply.size();
}

EMSCRIPTEN_KEEPALIVE const char* tally_reply() { return tally::wasm::reply.data(); }

}  // extern "C"

EMSCRIPTEN_BINDINGS(tally) {
    emscripten::function("loadTariffs", &tally::wasm::load_tariffs);
    emscripten::function("quote", &tally::wasm::quote);
    emscripten::function("timeline", &tally::wasm::timeline);
    emscripten::function("list", &tally::wasm::list);
    emscripten::function("validate", &tally::wasm::validate);
}
