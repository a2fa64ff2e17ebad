#pragma once
// Relative sequence numbers, as Wireshark shows them: each direction of a connection
// counts from its first SYN (else its first segment), and an Ack from the other
// direction's base. Shared by the diagram and the text diagram formats.
#include "trace.hpp"

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <string>

namespace tcpviz {

class SequenceBases {
public:
    // Bases from the first `segment_count` segments of the trace.
    SequenceBases(const Trace& trace, std::size_t segment_count);
    // Takes in segments [first, last) as well (the trace grew).
    void add(const Trace& trace, std::size_t first, std::size_t last);
    std::uint32_t seq_base(const Segment& seg) const;
    std::uint32_t ack_base(const Segment& seg) const;

private:
    struct Base {
        std::uint32_t seq = 0;
        bool from_syn = false;
    };
    // Key: both addresses and ports of one direction.
    static std::pair<std::uint64_t, std::uint32_t> direction(Ipv4 src, Ipv4 dst, std::uint16_t sp, std::uint16_t dp)
    {
        return {std::uint64_t(src) << 32 | dst, std::uint32_t(sp) << 16 | dp};
    }
    struct DirectionHash {
        std::size_t operator()(const std::pair<std::uint64_t, std::uint32_t>& d) const
        {
            return std::hash<std::uint64_t>{}(d.first * 0x9e3779b97f4a7c15ull ^ d.second);
        }
    };
    std::unordered_map<std::pair<std::uint64_t, std::uint32_t>, Base, DirectionHash> base_;
};

// "SYN-ACK  Seq=0 Ack=1 Len=5"; absolute numbers when `bases` is null.
std::string segment_label_text(const Segment& seg, const SequenceBases* bases);

} // namespace tcpviz
