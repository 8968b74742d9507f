// For bench/bench_wasm.mjs only: linked into build/wasm/wasm/tally_bench.mjs beside bindings.cpp, never into
// the shipped tally.mjs. The two loops bench/bench_quote.cpp times natively, run inside the module, so that the
// engine's own speed in wasm can be told apart from what crossing into JavaScript costs.
#include <emscripten/bind.h>

#include "crossing.hpp"
#include "tally/quote.hpp"

namespace tally::wasm {

namespace {

std::size_t sink = 0;  // returned, so the optimiser cannot drop the work

// `calls` quotes of `request_text`: the engine alone on a request parsed once (bench_quote's "ns/quote"), or
// request text in and response text out (its "ns/quote (JSON)").
std::size_t run_quotes(const std::string& request_text, unsigned calls, bool with_json) {
    const TariffSet& tariffs = loaded();
    if (with_json) {
        for (unsigned i = 0; i < calls; ++i) sink += response_text(quote(tariffs, parse_request(request_text))).size();
    } else {
        QuoteRequest request = parse_request(request_text);
        for (unsigned i = 0; i < calls; ++i) sink += quote(tariffs, request).lines.size();
    }
    return sink;
}

}  // namespace

}  // namespace tally::wasm

EMSCRIPTEN_BINDINGS(tally_bench) { emscripten::function("runQuotes", &tally::wasm::run_quotes); }
