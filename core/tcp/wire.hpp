#pragma once
// The bytes of a segment on the wire: an IPv4 header (RFC 791) and the TCP header of
// RFC 9293 §3.1 with options and a correct checksum. The inspector's hex view, the
// pcap writer and the decoder used by tests share these bytes.
#include "tcp/segment.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tcpviz {

// Encodes the TCP header and options, then the payload.
std::vector<std::uint8_t> encode_tcp(const Segment& seg, std::span<const std::uint8_t> payload);
// IPv4 header + encode_tcp().
std::vector<std::uint8_t> encode_ipv4(const Segment& seg, std::span<const std::uint8_t> payload);

// RFC 1071 ones' complement sum, folded; used by both checksums.
std::uint16_t internet_checksum(std::span<const std::uint8_t> bytes, std::uint32_t initial = 0);

// One SACK block (RFC 2018 §3): the receiver holds [left, right).
struct SackBlock {
    SeqNum left, right;
    friend bool operator==(const SackBlock&, const SackBlock&) = default;
};

// Reads the options of a TCP header (the bytes after the fixed 20); SACK blocks go to
// `sack` when given. False when an option's length runs past the header.
bool parse_tcp_options(std::span<const std::uint8_t> options, TcpOptions& out, std::vector<SackBlock>* sack = nullptr);

struct DecodedPacket {
    Segment segment;
    std::vector<std::uint8_t> payload;
    bool ip_checksum_ok = false;
    bool tcp_checksum_ok = false;
};

// Parses an IPv4 packet carrying TCP; on failure returns nullopt and sets `error`.
std::optional<DecodedPacket> decode_ipv4(std::span<const std::uint8_t> packet, std::string& error);

} // namespace tcpviz
