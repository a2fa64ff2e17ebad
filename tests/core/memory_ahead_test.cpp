// Memory made ready on a helper thread ahead of its filler: the chunks come whole and
// constructed, and the pages of the bytes are in ahead of the filler's mark, not beyond.
#include "system/memory_ahead.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <thread>
#include <vector>

#include <sys/mman.h>
#include <unistd.h>

using namespace tcpviz;

namespace {

struct Filled {
    std::uint32_t mark = 0x5eed;
};

// An anonymous mapping of `pages` pages, none of them touched yet.
struct Untouched {
    explicit Untouched(std::size_t pages) : page(std::size_t(sysconf(_SC_PAGESIZE))), size(pages * page)
    {
        void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        REQUIRE(p != MAP_FAILED);
        bytes = static_cast<std::uint8_t*>(p);
    }
    ~Untouched() { munmap(bytes, size); }
    // How many of the first `pages` pages are in memory.
    std::size_t resident(std::size_t first, std::size_t pages) const
    {
        std::vector<unsigned char> in(size / page);
        REQUIRE(mincore(bytes, size, in.data()) == 0);
        std::size_t n = 0;
        for (std::size_t i = first; i < first + pages; ++i)
            n += in[i] & 1;
        return n;
    }
    std::size_t page, size;
    std::uint8_t* bytes = nullptr;
};

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
    Untouched region(64);
    REQUIRE(region.resident(0, 64) == 0);
    if (!populate_pages(region.bytes, region.bytes + 40 * region.page + 100)) {
        WARN("this system cannot populate pages ahead (MADV_POPULATE_WRITE): nothing to check");
        return;
    }
    CHECK(region.resident(0, 40) == 40);
    CHECK(region.resident(40, 24) == 0); // the partial page after them is left to the writer
    for (std::size_t i = 0; i < 40 * region.page; ++i)
        REQUIRE(region.bytes[i] == 0);
}

TEST_CASE("chunks made ahead come whole and constructed and the bytes' pages go ahead of the mark",
          "[core][memory]")
{
    Untouched region(256);
    const bool can_populate = populate_pages(region.bytes, region.bytes); // an empty range: only asks
    std::vector<std::unique_ptr<Filled[]>> taken;
    {
        ChunksAhead<Filled> ahead(1000, 2, region.bytes, region.size, 64 * region.page);
        for (std::size_t mark : {std::size_t(0), 100 * region.page}) {
            std::unique_ptr<Filled[]> chunk;
            REQUIRE(soon([&] { return bool(chunk = ahead.take(mark)); }));
            for (std::size_t i = 0; i < 1000; ++i)
                REQUIRE(chunk[i].mark == 0x5eed);
            taken.push_back(std::move(chunk));
            if (can_populate) {
                const std::size_t first = mark / region.page;
                CHECK(soon([&] { return region.resident(first, 64) == 64; }));
                CHECK(region.resident(first + 64, 256 - first - 64) == 0);
            }
        }
    } // the helper stops and frees the chunks no one took (the sanitizers check)
    CHECK(taken.size() == 2);
}
