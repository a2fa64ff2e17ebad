#pragma once
// Wireshark's TCP analysis flags (User's Guide "TCP Analysis", packet-tcp.c), with its
// definitions, for the packets of one conversation in capture order.
#include "capture/capture_file.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace tcpviz {

namespace analysis {
inline constexpr std::uint16_t Retransmission = 1 << 0;
inline constexpr std::uint16_t SpuriousRetransmission = 1 << 1;
inline constexpr std::uint16_t FastRetransmission = 1 << 2;
inline constexpr std::uint16_t OutOfOrder = 1 << 3;
inline constexpr std::uint16_t DuplicateAck = 1 << 4;
inline constexpr std::uint16_t PreviousSegmentNotCaptured = 1 << 5;
inline constexpr std::uint16_t AckedUnseenSegment = 1 << 6;
inline constexpr std::uint16_t PortNumbersReused = 1 << 7;
inline constexpr std::uint16_t ZeroWindow = 1 << 8;
inline constexpr std::uint16_t KeepAlive = 1 << 9;
inline constexpr std::uint16_t WindowUpdate = 1 << 10;
inline constexpr std::uint16_t kAll = (1 << 11) - 1;
// Any of the four retransmission kinds: the segment's bytes were sent before.
inline constexpr std::uint16_t AnyRetransmission =
    Retransmission | SpuriousRetransmission | FastRetransmission | OutOfOrder;
} // namespace analysis

// Wireshark's filter field for one flag: "tcp.analysis.retransmission".
const char* analysis_field(std::uint16_t flag);

struct PacketAnalysis {
    std::uint16_t flags = 0;
    std::int64_t since_first_copy = 0; // a retransmission: ns after the first copy of its sequence number
    std::uint32_t duplicate_of = 0;    // a duplicate ACK: how many in a row, counting this one
};

struct HandshakeTiming {
    bool known = false;           // a SYN, its SYN-ACK and the ACK were all seen
    std::int64_t syn_to_syn_ack = 0;
    std::int64_t syn_ack_to_ack = 0;
    std::int64_t initial_rtt() const { return syn_to_syn_ack + syn_ack_to_ack; } // Wireshark's iRTT
};

// `packets` index Capture::packets, in capture order; `originator` sent the first SYN.
// `reused` says the first SYN reuses the ports of an earlier conversation. Writes one
// analysis per packet into `out`, as long as `packets`.
void analyse_tcp(const Capture& capture, std::span<const std::uint32_t> packets, const IpEndpoint& originator,
                 bool reused, HandshakeTiming& handshake, std::span<PacketAnalysis> out);

} // namespace tcpviz
