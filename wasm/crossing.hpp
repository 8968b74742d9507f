#pragma once
// How a document crosses between JS and the engine, shared by both modules' bindings (bindings.cpp,
// plan_bindings.cpp): request text in, answer text out in one reused buffer that api.js reads as a view of the
// module's memory, failures as the text api.js turns into an Error.
#include <cstddef>
#include <string>
#include <string_view>

#include <emscripten/val.h>

namespace tally {
class TariffSet;
}

namespace tally::wasm {

// Writes the answer to one request's text into `out`; throws on bad input.
using Answerer = void (*)(std::string_view request_text, std::string& out);

const TariffSet& loaded();
std::string failure_of_current_exception();

// The answer (or failure text) kept for api.js: returns its length (its address: tally_reply()).
std::size_t answer(Answerer write, std::string_view request_text);
// The same for the `length` bytes api.js wrote at tally_input(); or kMayBeIllFormed, answering nothing, when the
// text holds U+FFFD and `replacement_checked` is false: TextEncoder writes U+FFFD for a lone surrogate, so api.js
// asks the text itself whether it is well formed only then, not before every request (on a small quote that
// question cost about 3% of the whole call, measured in instructions).
inline constexpr std::size_t kMayBeIllFormed = static_cast<std::size_t>(-1);
std::size_t answer_input(Answerer write, std::size_t length, bool replacement_checked);
// The same for text passed through Embind (a lone surrogate's), as a view of the answer.
emscripten::val answer_view(Answerer write, const std::string& request_text);

}  // namespace tally::wasm
