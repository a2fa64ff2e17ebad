#include "tcp/seq_num.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;

TEST_CASE("SeqNum compares across the 2^32 wrap", "[core][seqnum]")
{
    const SeqNum near_top(0xffff'fff0u);
    const SeqNum wrapped = near_top + 0x20;
    CHECK(wrapped.raw() == 0x10u);
    CHECK(before(near_top, wrapped));
    CHECK(after(wrapped, near_top));
    CHECK(wrapped - near_top == 0x20);
    CHECK(near_top - wrapped == -0x20);
    CHECK(before_or_equal(near_top, near_top));
    CHECK(in_window(SeqNum(5), near_top, 0x20));
    CHECK_FALSE(in_window(SeqNum(0x10), near_top, 0x20));
    CHECK(in_window(SeqNum(0x0f), near_top, 0x20));
}
