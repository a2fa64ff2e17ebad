// Link layers and IP headers down to TCP. Each link type's header is as pcap/dlt.h,
// pcap/sll.h and the tcpdump.org link-type list define it; never assume Ethernet.
#include "capture/capture_file.hpp"

#include <pcap/pcap.h>

#include <algorithm>

namespace tcpviz {
namespace {

constexpr std::uint16_t kEtherIpv4 = 0x0800, kEtherIpv6 = 0x86dd, kEtherVlan = 0x8100, kEtherQinQ = 0x88a8;
constexpr std::uint8_t kProtoTcp = 6;

std::uint16_t be16(std::span<const std::uint8_t> b, std::size_t at)
{
    return std::uint16_t(b[at] << 8 | b[at + 1]);
}
std::uint32_t be32(std::span<const std::uint8_t> b, std::size_t at)
{
    return std::uint32_t(be16(b, at)) << 16 | be16(b, at + 2);
}

enum class Network { Ipv4, Ipv6, Other, Cut };

Network from_ethertype(std::uint16_t type)
{
    return type == kEtherIpv4 ? Network::Ipv4 : type == kEtherIpv6 ? Network::Ipv6 : Network::Other;
}

// BSD loopback's 4-byte address family: 2 is IPv4; IPv6 is 24, 28 or 30 on the BSDs,
// 10 on Linux, 23 on Windows.
Network from_family(std::uint32_t family)
{
    if (family == 2)
        return Network::Ipv4;
    if (family == 24 || family == 28 || family == 30 || family == 10 || family == 23)
        return Network::Ipv6;
    return Network::Other;
}

// Strips the link-layer header: what the rest of the frame is, and where it starts.
Network link_payload(int dlt, std::span<const std::uint8_t> f, std::size_t& at)
{
    switch (dlt) {
    case DLT_EN10MB: {
        at = 14;
        if (f.size() < at)
            return Network::Cut;
        std::uint16_t type = be16(f, 12);
        while (type == kEtherVlan || type == kEtherQinQ) { // 802.1Q / 802.1ad tags: 4 bytes each
            if (f.size() < at + 4)
                return Network::Cut;
            type = be16(f, at + 2);
            at += 4;
        }
        return from_ethertype(type);
    }
    case DLT_NULL:
    case DLT_LOOP: {
        at = 4;
        if (f.size() < at)
            return Network::Cut;
        const std::uint32_t big = be32(f, 0);
        if (dlt == DLT_LOOP)
            return from_family(big);
        // Written in the capturing host's byte order, which the file does not record.
        const std::uint32_t little = std::uint32_t(f[0]) | std::uint32_t(f[1]) << 8 | std::uint32_t(f[2]) << 16 |
                                     std::uint32_t(f[3]) << 24;
        const Network n = from_family(little);
        return n != Network::Other ? n : from_family(big);
    }
    case DLT_LINUX_SLL:
        at = 16;
        return f.size() < at ? Network::Cut : from_ethertype(be16(f, 14));
    case DLT_LINUX_SLL2:
        at = 20;
        return f.size() < at ? Network::Cut : from_ethertype(be16(f, 0));
    case DLT_RAW:
    case DLT_IPV4:
    case DLT_IPV6:
        at = 0;
        if (f.empty())
            return Network::Cut;
        return (f[0] >> 4) == 4 ? Network::Ipv4 : (f[0] >> 4) == 6 ? Network::Ipv6 : Network::Other;
    default: return Network::Other;
    }
}

std::uint32_t sum_words(std::span<const std::uint8_t> b)
{
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i + 1 < b.size(); i += 2)
        sum += be16(b, i);
    return sum;
}

struct IpLayer {
    IpAddress src, dst;
    std::size_t tcp_at = 0;         // where the TCP header starts in the IP packet
    std::size_t tcp_wire_len = 0;   // TCP header and payload as sent
    std::uint32_t pseudo_sum = 0;   // the pseudo-header's sum, but for the length
};

enum class IpResult { Tcp, NotTcp, Cut };

// RFC 791 §3.1. A fragment other than an unfragmented datagram is not decoded.
IpResult ipv4_layer(std::span<const std::uint8_t> p, std::size_t wire_len, IpLayer& out)
{
    if (p.size() < 20)
        return IpResult::Cut;
    const std::size_t ihl = (p[0] & 0x0f) * 4u;
    if (ihl < 20 || p.size() < ihl)
        return ihl < 20 ? IpResult::NotTcp : IpResult::Cut;
    if (p[9] != kProtoTcp || (be16(p, 6) & 0x3fff) != 0) // not TCP, or MF / a fragment offset
        return IpResult::NotTcp;
    std::size_t total = be16(p, 2);
    if (total == 0) // captured at a sender doing segmentation offload: the card fills it in
        total = wire_len;
    if (total < ihl)
        return IpResult::NotTcp;
    out.src.bytes = {};
    out.dst.bytes = {};
    std::copy_n(p.begin() + 12, 4, out.src.bytes.begin());
    std::copy_n(p.begin() + 16, 4, out.dst.bytes.begin());
    out.tcp_at = ihl;
    out.tcp_wire_len = total - ihl;
    out.pseudo_sum = sum_words(p.subspan(12, 8)) + kProtoTcp;
    return IpResult::Tcp;
}

// RFC 8200 §4: walks the extension headers that may precede TCP.
IpResult ipv6_layer(std::span<const std::uint8_t> p, std::size_t wire_len, IpLayer& out)
{
    if (p.size() < 40)
        return IpResult::Cut;
    std::uint8_t next = p[6];
    std::size_t at = 40;
    std::size_t payload = be16(p, 4);
    if (payload == 0) // a jumbogram or an offloaded send: take the frame's length
        payload = wire_len > 40 ? wire_len - 40 : 0;
    while (next != kProtoTcp) {
        if (next == 0 || next == 43 || next == 60 || next == 51) { // hop-by-hop, routing, destination, AH
            if (p.size() < at + 8)
                return IpResult::Cut;
            const std::size_t len = next == 51 ? (p[at + 1] + 2u) * 4u : (p[at + 1] + 1u) * 8u;
            next = p[at];
            at += len;
        } else {
            return IpResult::NotTcp; // a fragment header, ICMPv6, UDP, ...
        }
    }
    if (40 + payload < at)
        return IpResult::NotTcp;
    out.src.v6 = out.dst.v6 = true;
    std::copy_n(p.begin() + 8, 16, out.src.bytes.begin());
    std::copy_n(p.begin() + 24, 16, out.dst.bytes.begin());
    out.tcp_at = at;
    out.tcp_wire_len = 40 + payload - at;
    out.pseudo_sum = sum_words(p.subspan(8, 32)) + kProtoTcp;
    return IpResult::Tcp;
}

} // namespace

void decode_frame(Capture& c, int dlt, std::span<const std::uint8_t> frame, std::uint32_t wire_len, std::int64_t time)
{
    ++c.frames;
    std::size_t at = 0;
    const Network network = link_payload(dlt, frame, at);
    if (network == Network::Other) {
        ++c.not_tcp;
        return;
    }
    if (network == Network::Cut) {
        ++c.headers_cut;
        return;
    }
    const auto ip = frame.subspan(at);
    const std::size_t ip_wire_len = wire_len > at ? wire_len - at : 0;
    IpLayer layer;
    const IpResult result =
        network == Network::Ipv4 ? ipv4_layer(ip, ip_wire_len, layer) : ipv6_layer(ip, ip_wire_len, layer);
    if (result != IpResult::Tcp) {
        ++(result == IpResult::Cut ? c.headers_cut : c.not_tcp);
        return;
    }
    if (ip.size() < layer.tcp_at + 20 || layer.tcp_wire_len < 20) {
        ++(layer.tcp_wire_len < 20 ? c.not_tcp : c.headers_cut);
        return;
    }
    const auto tcp = ip.subspan(layer.tcp_at, std::min(ip.size() - layer.tcp_at, layer.tcp_wire_len));
    const std::size_t data_offset = (tcp[12] >> 4) * 4u;
    if (data_offset < 20 || data_offset > layer.tcp_wire_len) {
        ++c.not_tcp; // not a TCP header anyone sent
        return;
    }
    if (tcp.size() < data_offset) {
        ++c.headers_cut;
        return;
    }
    CapturedPacket p;
    p.time = time;
    p.frame = std::uint32_t(c.frames);
    p.src = {layer.src, be16(tcp, 0)};
    p.dst = {layer.dst, be16(tcp, 2)};
    Segment& s = p.segment;
    s.src_port = p.src.port;
    s.dst_port = p.dst.port;
    s.seq = SeqNum(be32(tcp, 4));
    s.ack = SeqNum(be32(tcp, 8));
    s.flags = tcp[13];
    s.window = be16(tcp, 14);
    // Reused from packet to packet: a capture has millions and few carry SACK blocks.
    static thread_local std::vector<SackBlock> sack;
    sack.clear();
    if (!parse_tcp_options(tcp.subspan(20, data_offset - 20), s.options, &sack)) {
        ++c.not_tcp;
        return;
    }
    p.payload_len = std::uint32_t(layer.tcp_wire_len - data_offset);
    s.payload_len = std::uint16_t(std::min<std::uint32_t>(p.payload_len, 0xffff));
    p.sack_at = std::uint32_t(c.sack_blocks.size());
    p.sack_count = std::uint8_t(std::min<std::size_t>(sack.size(), 4));
    c.sack_blocks.insert(c.sack_blocks.end(), sack.begin(), sack.begin() + p.sack_count);
    if (tcp.size() == layer.tcp_wire_len) {
        const std::uint32_t length = std::uint32_t(tcp.size());
        std::uint32_t initial = layer.pseudo_sum + (length >> 16) + (length & 0xffff);
        p.checksum = internet_checksum(tcp, initial) == 0 ? ChecksumCheck::Good : ChecksumCheck::Bad;
    }
    p.bytes_at = c.bytes.size();
    p.bytes_len = std::uint32_t(ip.size());
    p.tcp_at = std::uint16_t(layer.tcp_at);
    c.bytes.insert(c.bytes.end(), ip.begin(), ip.end());
    c.packets.push_back(p);
}

} // namespace tcpviz
