#pragma once
// How the process takes memory from the system, for runs that end when their work is done.

namespace tcpviz {

// From here on, what is freed stays with the allocator for the next allocation instead of
// going back to the system, however big: every block comes from the heap, none is mapped
// on its own. A capture's import frees hundreds of MB at each stage and takes as much
// again at the next: every page handed back and taken again is a page fault, and faults
// were a third of the time of a 2-million-segment import.
// One arena serves every thread, so that what a helper thread made is reused here.
// For the command line, which exits when it is done; the window, which lives on after a
// big capture, keeps glibc's defaults.
void reuse_freed_memory();

} // namespace tcpviz
