// The module's operator new and delete: blocks of up to 1,016 bytes (a span of at most 1,024 bytes with the 8-byte
// header) come from free lists, one list per 16-byte size class; larger ones from malloc. A quote allocates and
// frees the same few dozen small blocks each time (strings longer than the 10 characters libc++ keeps inside a
// wasm32 std::string, the bill's lists, Money's 16-byte aligned __int128 among them), and emmalloc's malloc + free
// were a large share of the engine's time in the module (profile and A/B figures in docs/benchmarks.md); a free
// list hands a block back in a handful of instructions.
//
// Small blocks are never returned to malloc: the lists hold at most what the largest quote or tariff load had in
// use at once, reused by every later call (the 10,000-bad-calls test in tests/wasm checks that memory stays put).
// Only the module links this file; native builds keep the C++ library's own operator new.
//
// The bytes in live blocks are counted for tally.heapBytesInUse() (api.js): the leak test checks that thousands of
// bad calls leave it exactly where it was, which the memory's size, growing in 64 KB pages, would show only for a
// large leak.
#include <emscripten/emscripten.h>

#include <cstdint>
#include <cstdlib>
#include <new>

namespace tally::wasm {
namespace {

constexpr std::size_t kAlign = 16;     // every block: alignof(__int128), the widest the engine asks for
constexpr std::size_t kHeader = 8;     // before each block: its size, then where it came from
constexpr std::size_t kClasses = 64;   // small blocks: spans (header included) of 16, 32, ..., 1024 bytes
constexpr std::size_t kChunk = 16384;  // small blocks are carved from chunks of this size
constexpr std::uint32_t kFromMalloc = 0x80000000u;  // in the header: a large block, its distance from malloc's

struct FreeBlock {
    FreeBlock* next;
};

FreeBlock* free_lists[kClasses + 1];
char* carve_next = nullptr;
char* carve_end = nullptr;
std::size_t bytes_in_use = 0;

std::uint32_t& size_of(void* block) { return *(static_cast<std::uint32_t*>(block) - 2); }
std::uint32_t& origin_of(void* block) { return *(static_cast<std::uint32_t*>(block) - 1); }

void* with_header(void* block, std::size_t size, std::uint32_t origin) {
    size_of(block) = static_cast<std::uint32_t>(size);
    origin_of(block) = origin;
    bytes_in_use += size;
    return block;
}

void* allocate_large(std::size_t size, std::size_t align) {
    // malloc's blocks are 8-aligned: `align` bytes more leave room for the header and the alignment.
    if (size > SIZE_MAX - align) throw std::bad_alloc();
    char* start = static_cast<char*>(std::malloc(size + align));
    if (!start) throw std::bad_alloc();
    std::uintptr_t block = (reinterpret_cast<std::uintptr_t>(start) + kHeader + align - 1) & ~(align - 1);
    return with_header(reinterpret_cast<void*>(block), size,
                       kFromMalloc | static_cast<std::uint32_t>(block - reinterpret_cast<std::uintptr_t>(start)));
}

void* allocate(std::size_t size, std::size_t align = kAlign) {
    std::size_t size_class = (size + kHeader + kAlign - 1) / kAlign;  // the least span that holds header and block
    if (size_class > kClasses || align > kAlign) return allocate_large(size, align < kAlign ? kAlign : align);
    if (FreeBlock* block = free_lists[size_class]) {
        free_lists[size_class] = block->next;
        return with_header(block, size, static_cast<std::uint32_t>(size_class));
    }
    std::size_t span = size_class * kAlign;
    if (static_cast<std::size_t>(carve_end - carve_next) < span) {
        // The rest of the old chunk (less than this span, so under 1,024 bytes) is left unused.
        char* chunk = static_cast<char*>(std::malloc(kChunk));
        if (!chunk) throw std::bad_alloc();
        carve_next = chunk + (reinterpret_cast<std::uintptr_t>(chunk + kHeader) % kAlign);  // blocks 16-aligned
        carve_end = chunk + kChunk;
    }
    void* block = carve_next + kHeader;
    carve_next += span;
    return with_header(block, size, static_cast<std::uint32_t>(size_class));
}

void deallocate(void* block) noexcept {
    if (!block) return;
    bytes_in_use -= size_of(block);
    std::uint32_t origin = origin_of(block);
    if (origin & kFromMalloc) {
        std::free(static_cast<char*>(block) - (origin & ~kFromMalloc));
        return;
    }
    auto* freed = static_cast<FreeBlock*>(block);
    freed->next = free_lists[origin];
    free_lists[origin] = freed;
}

template <typename Allocate>
void* or_null(Allocate allocate_block) noexcept {
    try {
        return allocate_block();
    } catch (...) {
        return nullptr;
    }
}

}  // namespace
}  // namespace tally::wasm

extern "C" EMSCRIPTEN_KEEPALIVE std::size_t tally_heap_in_use() { return tally::wasm::bytes_in_use; }

using std::align_val_t;
using std::nothrow_t;
using std::size_t;
using tally::wasm::allocate;
using tally::wasm::or_null;

__attribute__((noinline)) void* operator new(size_t size) { return allocate(size); }
__attribute__((noinline)) void* operator new(size_t size, align_val_t align) {
    return allocate(size, static_cast<size_t>(align));
}
void* operator new[](size_t size) { return operator new(size); }
void* operator new[](size_t size, align_val_t align) { return operator new(size, align); }
void* operator new(size_t size, const nothrow_t&) noexcept { return or_null([&] { return operator new(size); }); }
void* operator new[](size_t size, const nothrow_t&) noexcept { return or_null([&] { return operator new(size); }); }
void* operator new(size_t size, align_val_t align, const nothrow_t&) noexcept {
    return or_null([&] { return operator new(size, align); });
}
void* operator new[](size_t size, align_val_t align, const nothrow_t&) noexcept {
    return or_null([&] { return operator new(size, align); });
}

// Every block carries its origin, so every form of delete is the same.
__attribute__((noinline)) void operator delete(void* block) noexcept { tally::wasm::deallocate(block); }
void operator delete[](void* block) noexcept { operator delete(block); }
void operator delete(void* block, size_t) noexcept { operator delete(block); }
void operator delete[](void* block, size_t) noexcept { operator delete(block); }
void operator delete(void* block, const nothrow_t&) noexcept { operator delete(block); }
void operator delete[](void* block, const nothrow_t&) noexcept { operator delete(block); }
void operator delete(void* block, align_val_t) noexcept { operator delete(block); }
void operator delete[](void* block, align_val_t) noexcept { operator delete(block); }
void operator delete(void* block, size_t, align_val_t) noexcept { operator delete(block); }
void operator delete[](void* block, size_t, align_val_t) noexcept { operator delete(block); }
void operator delete(void* block, align_val_t, const nothrow_t&) noexcept { operator delete(block); }
void operator delete[](void* block, align_val_t, const nothrow_t&) noexcept { operator delete(block); }
