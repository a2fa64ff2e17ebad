#pragma once
// Sequence numbers live in a 2^32 circle (RFC 9293 §3.4): there is no total order,
// only "before"/"after" relative to a nearby number, so SeqNum has no operator<.
#include <cstdint>

namespace tcpviz {

class SeqNum {
public:
    constexpr SeqNum() = default;
    constexpr explicit SeqNum(std::uint32_t raw) : raw_(raw) {}

    constexpr std::uint32_t raw() const { return raw_; }

    friend constexpr SeqNum operator+(SeqNum s, std::uint32_t n) { return SeqNum(s.raw_ + n); }
    friend constexpr SeqNum operator-(SeqNum s, std::uint32_t n) { return SeqNum(s.raw_ - n); }
    // Signed distance from b to a, valid while |a - b| < 2^31.
    friend constexpr std::int32_t operator-(SeqNum a, SeqNum b)
    {
        return static_cast<std::int32_t>(a.raw_ - b.raw_);
    }
    friend constexpr bool operator==(SeqNum a, SeqNum b) = default;

private:
    std::uint32_t raw_ = 0;
};

constexpr bool before(SeqNum a, SeqNum b) { return (a - b) < 0; }
constexpr bool after(SeqNum a, SeqNum b) { return (a - b) > 0; }
constexpr bool before_or_equal(SeqNum a, SeqNum b) { return (a - b) <= 0; }
constexpr bool after_or_equal(SeqNum a, SeqNum b) { return (a - b) >= 0; }

// start =< x < start + length, modulo 2^32.
constexpr bool in_window(SeqNum x, SeqNum start, std::uint32_t length)
{
    return static_cast<std::uint32_t>(x.raw() - start.raw()) < length;
}

} // namespace tcpviz
