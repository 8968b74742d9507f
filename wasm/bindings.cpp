// Embind bindings: the same engine as the command line, with JSON text across the boundary (amounts are
// decimal strings inside it; no JS number ever holds money). Errors leave as real JS Errors whose message is
// the command line's error line (built in api.js from the failure text below).
//
// Each instance of the module is one engine: createTally() instantiates a fresh module, so the loaded tariffs
// below are per instance. Free functions rather than a bound class keep the Embind glue smaller (docs/benchmarks.md).
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "tally/error.hpp"
#include "tally/listing.hpp"
#include "tally/quote.hpp"
#include "tally/tariff_set.hpp"
#include "tally/timeline.hpp"
#include "tally/validation.hpp"
#include "crossing.hpp"

namespace tally::wasm {

using emscripten::val;

namespace {

// A failure comes back as "!code<US>path<US>problem", then <RS>name<GS>value[<GS>简体中文 name] for each field
// (US, RS, GS = \x1f, \x1e, \x1d, which no path, problem or field holds: caller text in them is escaped);
// api.js turns it into a JS Error. Throwing a JS exception from inside a C++ catch block would skip the C++
// clean-up (the exception object and the argument strings) and leak on every bad call.
std::string failure(std::string_view code, const std::string& path, const std::string& problem,
                    const std::string& fields = {}) {
    return "!" + std::string(code) + "\x1f" + path + "\x1f" + problem + fields;
}

// The page words errors from the first module's listing (`error_texts`); the plan module links no 简体中文 text.
#ifdef TALLY_PLAN_MODULE
constexpr ErrorTexts kErrorTexts = nullptr;
#else
constexpr ErrorTexts kErrorTexts = error_texts_json;
#endif

}  // namespace

// Called from a catch-all block: the exception in flight as a failure text. One out-of-line function keeps each
// bound function down to a single landing pad. Not static: plan_bindings.cpp answers failures alike.
__attribute__((noinline)) std::string failure_of_current_exception() {
    try {
        throw;
    } catch (const Error& e) {
        return failure(e.code(), e.path(), e.problem(), e.fields_text());
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
    return listing_text(*loaded_tariffs, Layout::compact, kErrorTexts);
} catch (...) {
    return failure_of_current_exception();
}

namespace {

// The last answer stays here until the next call: api.js decodes it straight from the module's memory (a view,
// not a copy, and none of Embind's byte-by-byte scans of a returned std::string, which took a fifth of a 3-year
// face timeline's time: docs/benchmarks.md), and the buffer is reused.
std::string reply;
// Where the last answer starts, kept where api.js reads it (tally_reply_address()): one call into the module a
// request, not a second one to ask where its answer is.
const char* reply_address = nullptr;

// The request's UTF-8 text, written by api.js straight into the module's memory (TextEncoder.encodeInto) rather
// than passed as a std::string (which Embind encodes by a JS loop over the text, twice, into a fresh allocation).
std::string input;

// Read into the same request every call: its names keep their memory (parse_request).
QuoteRequest quote_request;

void write_quote(std::string_view request_text, std::string& out) {
    parse_request(request_text, quote_request);
    write_response(tally::quote(loaded(), quote_request), out, NonAscii::escaped);
}

void write_timeline_answer(std::string_view request_text, std::string& out) {
    write_timeline(tally::timeline(loaded(), parse_timeline_request(request_text)), out, NonAscii::escaped);
}

}  // namespace

// Every answer in ASCII, its Chinese as \u escapes: TextDecoder makes a string of ASCII several times faster than
// of UTF-8 with Chinese in it, after its first non-ASCII byte (figures: docs/design.md, "In the browser").
std::size_t answer(Answerer write, std::string_view request_text) {
    try {
        write(request_text, reply);
    } catch (...) {
        reply = failure_of_current_exception();
    }
    reply_address = reply.data();
    return reply.size();
}

namespace {

// Whether the text holds U+FFFD (EF BF BD), its first byte looked for 8 bytes at a time: string_view::find went
// through libc++'s search to memchr, a call, on every request.
bool holds_replacement(std::string_view text) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        std::uint64_t x = word ^ (kOnes * 0xEF);  // a zero byte where the text has EF
        if (((x - kOnes) & ~x & kHighs) != 0) break;
    }
    for (; i + 2 < text.size(); ++i)
        if (text[i] == '\xEF' && text[i + 1] == '\xBF' && text[i + 2] == '\xBD') return true;
    return false;
}

}  // namespace

std::size_t answer_input(Answerer write, std::size_t length, bool replacement_checked) {
    std::string_view text(input.data(), std::min(length, input.size()));
    if (!replacement_checked && holds_replacement(text)) return kMayBeIllFormed;
    return answer(write, text);
}

// For request text with a lone surrogate, which must reach the engine as Embind encodes it (api.js).
val answer_view(Answerer write, const std::string& request_text) {
    answer(write, request_text);
    return val(emscripten::typed_memory_view(reply.size(), reinterpret_cast<const unsigned char*>(reply.data())));
}

namespace {

val quote(const std::string& request_text) { return answer_view(write_quote, request_text); }
val timeline(const std::string& request_text) { return answer_view(write_timeline_answer, request_text); }

}  // namespace

std::string list() try {
    return listing_text(loaded(), Layout::compact, kErrorTexts);
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

// Quotes the `length` bytes of text at tally_input(); returns the length of the answer, which starts at the
// address held at tally_reply_address() (or kMayBeIllFormed: crossing.hpp).
EMSCRIPTEN_KEEPALIVE std::size_t tally_quote_input(std::size_t length, bool replacement_checked) {
    return tally::wasm::answer_input(tally::wasm::write_quote, length, replacement_checked);
}

// The same for a timeline request.
EMSCRIPTEN_KEEPALIVE std::size_t tally_timeline_input(std::size_t length, bool replacement_checked) {
    return tally::wasm::answer_input(tally::wasm::write_timeline_answer, length, replacement_checked);
}

// The address of the pointer to the last answer (which moves as the answer's buffer grows; this does not).
EMSCRIPTEN_KEEPALIVE const char* const* tally_reply_address() { return &tally::wasm::reply_address; }

}  // extern "C"

EMSCRIPTEN_BINDINGS(tally) {
    emscripten::function("loadTariffs", &tally::wasm::load_tariffs);
    emscripten::function("quote", &tally::wasm::quote);
    emscripten::function("timeline", &tally::wasm::timeline);
    emscripten::function("list", &tally::wasm::list);
    emscripten::function("validate", &tally::wasm::validate);
}
