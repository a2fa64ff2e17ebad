#pragma once
// One TCP segment as it travels: the IPv4 addresses it carries, the TCP header
// fields and options of RFC 9293 §3.1, and the payload length. Payload bytes are
// not stored per segment; they come from the trace's text table (payload_text).
#include "tcp/seq_num.hpp"

#include <cstdint>
#include <string>

namespace tcpviz {

namespace flag {
inline constexpr std::uint8_t FIN = 0x01;
inline constexpr std::uint8_t SYN = 0x02;
inline constexpr std::uint8_t RST = 0x04;
inline constexpr std::uint8_t PSH = 0x08;
inline constexpr std::uint8_t ACK = 0x10;
inline constexpr std::uint8_t URG = 0x20;
inline constexpr std::uint8_t ECE = 0x40;
inline constexpr std::uint8_t CWR = 0x80;
} // namespace flag

struct TcpOptions {
    std::uint16_t mss = 0;            // 0: absent (RFC 9293 §3.7.1)
    std::int16_t window_scale = -1;   // -1: absent; else the shift count as sent (RFC 7323 §2)
    bool sack_permitted = false;      // RFC 2018
    bool timestamps = false;          // RFC 7323 §3
    std::uint32_t ts_val = 0;
    std::uint32_t ts_ecr = 0;

    friend bool operator==(const TcpOptions&, const TcpOptions&) = default;
};

// The shift count a receiver applies: one above 14 is used as 14 (RFC 7323 §2.3).
inline std::int8_t usable_window_scale(std::int16_t sent)
{
    return static_cast<std::int8_t>(sent > 14 ? 14 : sent);
}

using Ipv4 = std::uint32_t;

struct Segment {
    Ipv4 src_addr = 0;
    Ipv4 dst_addr = 0;
    std::uint16_t src_port = 0;
    std::uint16_t dst_port = 0;
    SeqNum seq;
    SeqNum ack;
    std::uint8_t flags = 0;
    std::uint16_t window = 0;
    std::uint16_t payload_len = 0;
    std::uint16_t payload_text = 0; // index into Trace::texts when payload_len > 0
    TcpOptions options;

    bool has(std::uint8_t f) const { return (flags & f) != 0; }
    // SEG.LEN counts SYN and FIN (RFC 9293 §3.4).
    std::uint32_t seg_len() const
    {
        return payload_len + (has(flag::SYN) ? 1u : 0u) + (has(flag::FIN) ? 1u : 0u);
    }

    friend bool operator==(const Segment&, const Segment&) = default;
};

// "SYN", "SYN-ACK", "PSH-ACK", "RST-ACK", "ACK"... the way textbooks and Wireshark name them.
// A kind of segment, as faults and "lose next" pick them: a SYN, a SYN-ACK, a bare
// ACK, any segment with data, a RST.
enum class SegmentKind : std::uint8_t { Any, Syn, SynAck, Ack, Data, Rst, Fin };
const char* segment_kind_name(SegmentKind kind); // "syn-ack"
bool parse_segment_kind(const std::string& text, SegmentKind& out);
bool segment_is_kind(const Segment& seg, SegmentKind kind);

std::string flags_name(std::uint8_t flags);
std::string ipv4_text(Ipv4 addr);
// Parses dotted quad; returns false on anything else.
bool parse_ipv4(const std::string& text, Ipv4& out);
constexpr Ipv4 make_ipv4(unsigned a, unsigned b, unsigned c, unsigned d)
{
    return (a << 24) | (b << 16) | (c << 8) | d;
}

} // namespace tcpviz
