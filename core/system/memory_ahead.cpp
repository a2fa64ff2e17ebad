#include "system/memory_ahead.hpp"

#include <cstdint>
#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace tcpviz {

bool populate_pages(std::uint8_t* from, std::uint8_t* to)
{
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    // Whole pages: the first may hold what is already written (populating a page changes
    // no byte of it), the last partial one is left to the writer, for what follows it may
    // not be mapped.
    const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const std::uintptr_t start = reinterpret_cast<std::uintptr_t>(from) & ~(page - 1);
    const std::uintptr_t end = reinterpret_cast<std::uintptr_t>(to) & ~(page - 1);
    if (start >= end)
        return true;
    return madvise(reinterpret_cast<void*>(start), end - start, MADV_POPULATE_WRITE) == 0;
#else
    (void)from;
    (void)to;
    return false;
#endif
}

} // namespace tcpviz
