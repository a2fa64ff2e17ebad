#include "system/memory_reuse.hpp"

#include <cstdlib> // defines __GLIBC__ on glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace tcpviz {

void reuse_freed_memory()
{
#if defined(__GLIBC__)
    // mallopt(3): no block mapped on its own (M_MMAP_THRESHOLD stops at 32 MB, and a flood's
    // vectors of millions are bigger: a quarter of its pages were taken twice), and the
    // trim threshold as high as it goes keeps the heap's free top.
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, 0x7fffffff);
    // One arena for every thread: what one frees the others take again. A capture's
    // packets are stored in chunks made on a helper thread (system/memory_ahead) and
    // freed on this one, which with an arena per thread could not reuse them.
    mallopt(M_ARENA_MAX, 1);
#endif
}

} // namespace tcpviz
