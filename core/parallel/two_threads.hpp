#pragma once
// Work for both cores of the machines tcpviz runs on (a laptop, the course's two-core
// machines): a capture or a flood of millions of segments makes work that divides by
// connection or by line. What is made is the same as on one thread; only the time differs.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace tcpviz {

// Runs `there` on a helper thread and `here` on this one, and returns when both are done.
// An exception from either is rethrown here once both are done (this thread's first). If
// no thread can be started, runs both here, one after the other.
void run_both(const std::function<void()>& there, const std::function<void()>& here);
// The same when `items` (packets, segments) are enough to pay for starting a thread; for
// fewer, both here, one after the other (a fuzzer reads thousands of tiny captures a second).
inline constexpr std::size_t kWorthAThread = 4096;
void run_both(std::size_t items, const std::function<void()>& there, const std::function<void()>& here);

// Runs `first` here while a helper thread takes pieces 0 … count-1 of other work in turn;
// once `first` is done this thread takes them too, so that both finish together however
// the costs fall. piece(i) is called once for each i, on either thread. Exceptions as
// run_both's; if no thread can be started, all of it here.
void share_pieces(std::size_t count, const std::function<void(std::size_t)>& piece, const std::function<void()>& first);

// Makes pieces 0 … count-1 of a text on two helper threads (the even ones and the odd
// ones) and hands each to `sink` on this thread, in order, as soon as it and those before
// it are made: at most four pieces are held at once, however many there are. make(i, out)
// appends piece i to `out`, which it is given empty, and may be called on either helper at
// once. One piece is made here, without helpers.
void write_pieces_in_order(std::size_t count, const std::function<void(std::size_t, std::string&)>& make,
                           const std::function<void(std::string_view)>& sink);

} // namespace tcpviz
