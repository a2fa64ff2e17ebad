#pragma once
// Relative sequence numbers, as Wireshark shows them: each direction of a connection
// counts from its first SYN (else its first segment), and an Ack from the other
// direction's base. Shared by the diagram and the text diagram formats.
#include "trace.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace tcpviz {

class SequenceBases {
public:
    // Bases from the first `segment_count` segments of the trace.
    SequenceBases(const Trace& trace, std::size_t segment_count);
    std::uint32_t seq_base(const Segment& seg) const;
    std::uint32_t ack_base(const Segment& seg) const;

private:
    struct Direction {
        Ipv4 src, dst;
        std::uint16_t sport, dport;
        auto operator<=>(const Direction&) const = default;
    };
    std::map<Direction, std::uint32_t> base_;
};

// "SYN-ACK  Seq=0 Ack=1 Len=5"; absolute numbers when `bases` is null.
std::string segment_label_text(const Segment& seg, const SequenceBases* bases);

} // namespace tcpviz
