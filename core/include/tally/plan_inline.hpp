#pragma once
// The planner's searches call a few small functions millions of times. In wasm a call passes a 128-bit amount, or
// a struct by reference, through memory (the stack lives in linear memory) where natively it stays in registers;
// there these are forced inline. Natively the compiler's own choice is kept: forcing them made the callers too
// large to be inlined themselves, for more instructions (docs/benchmarks.md, "The planner in wasm").
#if defined(__wasm__)
#define TALLY_PLAN_INLINE [[gnu::always_inline]]
#else
#define TALLY_PLAN_INLINE
#endif
