#include "tcp/seeded_random.hpp"
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

TEST_CASE("SeqNum order properties hold across the whole circle", "[core][seqnum]")
{
    // Seeded, so a failure reproduces: pairs anywhere on the circle, near the wrap and
    // near the 2^31 horizon.
    std::uint64_t state = 20261201;
    const auto next = [&] { return static_cast<std::uint32_t>(splitmix64(state)); };
    for (int i = 0; i < 20'000; ++i) {
        const SeqNum a(next());
        const std::uint32_t distance = i % 3 == 0 ? next() % 0x80000000u          // anywhere short of 2^31
                                     : i % 3 == 1 ? 0x7fffffffu - next() % 16     // just short of it
                                                  : next() % 16;                  // close by
        const SeqNum b = a + distance;
        INFO(a.raw() << " + " << distance);
        // Within 2^31 exactly one of before, equal, after holds, and each mirrors the other.
        CHECK(int(before(a, b)) + int(a == b) + int(after(a, b)) == 1);
        CHECK(before(a, b) == after(b, a));
        CHECK(before_or_equal(a, b) == !after(a, b));
        CHECK(after_or_equal(a, b) == !before(a, b));
        CHECK(b - a == std::int32_t(distance));
        CHECK((b - distance) == a);
        // in_window is start =< x < start + length, modulo 2^32.
        CHECK(in_window(b, a, distance + 1));
        CHECK_FALSE(in_window(b, a, distance));
        CHECK(in_window(a, a, 1));
    }
}

TEST_CASE("SeqNum numbers 2^31 apart are each before the other", "[core][seqnum]")
{
    // RFC 1982 §3.2 leaves the comparison undefined at exactly half the circle; with the
    // signed difference both directions read as "before". The engine never compares
    // numbers that far apart (a window is at most 2^30 with scaling, RFC 7323 §2.3).
    for (std::uint32_t raw : {0u, 1u, 0x7fffffffu, 0x80000000u, 0xffffffffu, 123456789u}) {
        const SeqNum a(raw), b = a + 0x80000000u;
        CHECK(before(a, b));
        CHECK(before(b, a));
        CHECK_FALSE(after(a, b));
        CHECK_FALSE(after(b, a));
    }
}
