// The planner's binding, linked only into the second module (tally-plan.mjs): the planner and what it brings
// would push the first module past its size budget, and only a visitor who asks for a plan needs it
// (docs/design.md, "In the browser"). Everything else comes from bindings.cpp, so both modules answer alike.
#include <emscripten/bind.h>

#include "tally/error.hpp"
#include "tally/plan.hpp"

namespace tally::wasm {

const TariffSet& loaded();
std::string failure_of_current_exception();

namespace {

std::string plan(const std::string& request_text) try {
    std::string out;
    write_plan(tally::plan(loaded(), parse_plan_request(request_text)), out, NonAscii::escaped);
    return out;
} catch (...) {
    return failure_of_current_exception();
}

}  // namespace

}  // namespace tally::wasm

EMSCRIPTEN_BINDINGS(tally_plan) {
    emscripten::function("plan", &tally::wasm::plan);
}
