// Memory made ready on a helper thread ahead of its filler: a vector grows into chunks
// made whole and constructed, in order, and the pages of the bytes beside it are in ahead
// of their size, not far beyond.
#include "system/memory_ahead.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <thread>
#include <vector>

#include <sys/mman.h>
#include <unistd.h>

using namespace tcpviz;

namespace {

struct Filled {
    std::uint32_t mark = 0x5eed;
};

const std::size_t kPage = std::size_t(sysconf(_SC_PAGESIZE));

// How many of the `count` pages from the one holding `at` (plus `first` pages) are in memory.
std::size_t resident(const void* at, std::size_t first, std::size_t count)
{
    const auto start = reinterpret_cast<std::uintptr_t>(at) / kPage * kPage + first * kPage;
    std::vector<unsigned char> in(count);
    REQUIRE(mincore(reinterpret_cast<void*>(start), count * kPage, in.data()) == 0);
    std::size_t n = 0;
    for (unsigned char page : in)
        n += page & 1;
    return n;
}

// Waits, up to a few seconds, for what the helper does in its own time.
template <typename Done>
bool soon(Done done)
{
    for (int i = 0; i < 5000 && !done(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return done();
}

} // namespace

TEST_CASE("populated pages are in memory before anything is written to them", "[core][memory]")
{
    const std::size_t size = 64 * kPage;
    void* mapped = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    REQUIRE(mapped != MAP_FAILED);
    auto* bytes = static_cast<std::uint8_t*>(mapped);
    REQUIRE(resident(bytes, 0, 64) == 0);
    if (populate_pages(bytes, bytes + 40 * kPage + 100)) {
        CHECK(resident(bytes, 0, 40) == 40);
        CHECK(resident(bytes, 40, 24) == 0); // the partial page after them is left to the writer
        for (std::size_t i = 0; i < 40 * kPage; ++i)
            REQUIRE(bytes[i] == 0);
    } else {
        WARN("this system cannot populate pages ahead (MADV_POPULATE_WRITE): nothing to check");
    }
    munmap(mapped, size);
}

TEST_CASE("a vector fed by chunks made ahead grows into them in order and its bytes' pages go ahead",
          "[core][memory]")
{
    constexpr std::size_t chunk = ChunkedVector<Filled>::kChunkSize;
    ChunkedVector<Filled> filled;
    std::vector<std::uint8_t> bytes;
    bytes.reserve(512 * kPage); // fresh pages from the system, none touched yet
    const bool can_populate = populate_pages(bytes.data(), bytes.data());
    {
        ChunksAhead<Filled> ahead(filled, 2, &bytes, 64 * kPage);
        for (std::uint32_t i = 0; i < 6 * chunk; ++i) {
            if (filled.size() == filled.capacity()) {
                REQUIRE(soon([&] { return ahead.ready() > 0; })); // so that it is the helper's
                bytes.resize(filled.size() / chunk * 20 * kPage);
            }
            filled.push_back({i});
            if (filled.size() % chunk == 1) // the first of its chunk: the rest as the helper made them
                for (std::size_t k = 1; k < chunk; ++k)
                    REQUIRE(filled[filled.size() - 1 + k].mark == 0x5eed);
        }
        if (can_populate) { // the bytes reached 100 pages at the last chunk: 64 more are in
            CHECK(soon([&] { return resident(bytes.data(), 1, 162) == 162; }));
            CHECK(resident(bytes.data(), 166, 512 - 167) == 0);
        }
    } // the helper stops and frees the chunks no one took (the sanitizers check)
    REQUIRE(filled.size() == 6 * chunk);
    for (std::uint32_t i = 0; i < filled.size(); ++i)
        REQUIRE(filled[i].mark == i);
    filled.push_back({1}); // without the helper, made here
    CHECK(filled.capacity() == 7 * chunk);
}
