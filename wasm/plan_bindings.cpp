// The planner's binding, linked only into the second module (tally-plan.mjs): the planner and what it brings
// would push the first module past its size budget, and only a visitor who asks for a plan needs it
// (docs/design.md, "In the browser"). Everything else comes from bindings.cpp, so both modules answer alike.
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>

#include "crossing.hpp"
#include "tally/plan.hpp"

namespace tally::wasm {
namespace {

void write_plan_answer(std::string_view request_text, std::string& out) {
    write_plan(tally::plan(loaded(), parse_plan_request(request_text)), out, NonAscii::escaped);
}

emscripten::val plan(const std::string& request_text) { return answer_view(write_plan_answer, request_text); }

}  // namespace
}  // namespace tally::wasm

extern "C" {

// Plans the `length` bytes of text at tally_input() (bindings.cpp); the answer is where tally_reply_address() says.
EMSCRIPTEN_KEEPALIVE std::size_t tally_plan_input(std::size_t length, bool replacement_checked) {
    return tally::wasm::answer_input(tally::wasm::write_plan_answer, length, replacement_checked);
}

}  // extern "C"

EMSCRIPTEN_BINDINGS(tally_plan) {
    emscripten::function("plan", &tally::wasm::plan);
}
