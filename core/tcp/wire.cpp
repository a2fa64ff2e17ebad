#include "tcp/wire.hpp"

namespace tcpviz {
namespace {

void put16(std::vector<std::uint8_t>& out, std::uint16_t v)
{
    out.push_back(static_cast<std::uint8_t>(v >> 8));
    out.push_back(static_cast<std::uint8_t>(v));
}

void put32(std::vector<std::uint8_t>& out, std::uint32_t v)
{
    put16(out, static_cast<std::uint16_t>(v >> 16));
    put16(out, static_cast<std::uint16_t>(v));
}

std::uint16_t get16(std::span<const std::uint8_t> b, std::size_t at)
{
    return static_cast<std::uint16_t>((b[at] << 8) | b[at + 1]);
}

std::uint32_t get32(std::span<const std::uint8_t> b, std::size_t at)
{
    return (std::uint32_t(get16(b, at)) << 16) | get16(b, at + 2);
}

constexpr std::uint8_t kNop = 1, kMss = 2, kWscale = 3, kSackPerm = 4, kSack = 5, kTimestamps = 8;

// Option layout as Linux writes it (tcp_options_write): MSS first, SACK-permitted and
// timestamps packed together, window scale last behind a NOP; always a multiple of 4.
void put_options(std::vector<std::uint8_t>& out, const TcpOptions& o)
{
    if (o.mss) {
        out.push_back(kMss);
        out.push_back(4);
        put16(out, o.mss);
    }
    if (o.timestamps) {
        if (o.sack_permitted) {
            out.push_back(kSackPerm);
            out.push_back(2);
        } else {
            out.push_back(kNop);
            out.push_back(kNop);
        }
        out.push_back(kTimestamps);
        out.push_back(10);
        put32(out, o.ts_val);
        put32(out, o.ts_ecr);
    } else if (o.sack_permitted) {
        out.push_back(kNop);
        out.push_back(kNop);
        out.push_back(kSackPerm);
        out.push_back(2);
    }
    if (o.window_scale >= 0) {
        out.push_back(kNop);
        out.push_back(kWscale);
        out.push_back(3);
        out.push_back(static_cast<std::uint8_t>(o.window_scale));
    }
}

std::uint32_t pseudo_header_sum(Ipv4 src, Ipv4 dst, std::size_t tcp_length)
{
    std::uint32_t sum = 0;
    sum += src >> 16;
    sum += src & 0xffff;
    sum += dst >> 16;
    sum += dst & 0xffff;
    sum += 6; // protocol TCP
    sum += static_cast<std::uint32_t>(tcp_length);
    return sum;
}

} // namespace

bool parse_tcp_options(std::span<const std::uint8_t> b, TcpOptions& o, std::vector<SackBlock>* sack)
{
    std::size_t i = 0;
    while (i < b.size()) {
        const std::uint8_t kind = b[i];
        if (kind == 0)
            return true; // end of option list
        if (kind == kNop) {
            ++i;
            continue;
        }
        if (i + 1 >= b.size() || b[i + 1] < 2 || i + b[i + 1] > b.size())
            return false;
        const std::uint8_t len = b[i + 1];
        if (kind == kMss && len == 4)
            o.mss = get16(b, i + 2);
        else if (kind == kWscale && len == 3)
            o.window_scale = b[i + 2]; // as sent; the receiver caps it (usable_window_scale)
        else if (kind == kSackPerm && len == 2)
            o.sack_permitted = true;
        else if (kind == kSack && (len - 2) % 8 == 0) {
            for (std::size_t at = i + 2; sack && at < i + len; at += 8)
                sack->push_back({SeqNum(get32(b, at)), SeqNum(get32(b, at + 4))});
        } else if (kind == kTimestamps && len == 10) {
            o.timestamps = true;
            o.ts_val = get32(b, i + 2);
            o.ts_ecr = get32(b, i + 6);
        }
        i += len;
    }
    return true;
}


std::uint16_t internet_checksum(std::span<const std::uint8_t> bytes, std::uint32_t initial)
{
    std::uint64_t sum = initial;
    std::size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2)
        sum += static_cast<std::uint32_t>((bytes[i] << 8) | bytes[i + 1]);
    if (i < bytes.size())
        sum += static_cast<std::uint32_t>(bytes[i] << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum & 0xffff);
}

std::vector<std::uint8_t> encode_tcp(const Segment& seg, std::span<const std::uint8_t> payload)
{
    std::vector<std::uint8_t> out;
    out.reserve(60 + payload.size());
    put16(out, seg.src_port);
    put16(out, seg.dst_port);
    put32(out, seg.seq.raw());
    put32(out, seg.ack.raw());
    out.push_back(0); // data offset, filled below
    out.push_back(seg.flags);
    put16(out, seg.window);
    put16(out, 0); // checksum, filled below
    put16(out, 0); // urgent pointer
    put_options(out, seg.options);
    out[12] = static_cast<std::uint8_t>((out.size() / 4) << 4);
    out.insert(out.end(), payload.begin(), payload.end());
    const std::uint16_t sum =
        internet_checksum(out, pseudo_header_sum(seg.src_addr, seg.dst_addr, out.size()));
    out[16] = static_cast<std::uint8_t>(sum >> 8);
    out[17] = static_cast<std::uint8_t>(sum);
    return out;
}

std::vector<std::uint8_t> encode_ipv4(const Segment& seg, std::span<const std::uint8_t> payload)
{
    const std::vector<std::uint8_t> tcp = encode_tcp(seg, payload);
    std::vector<std::uint8_t> out;
    out.reserve(20 + tcp.size());
    out.push_back(0x45); // version 4, IHL 5
    out.push_back(0);    // DSCP/ECN
    put16(out, static_cast<std::uint16_t>(20 + tcp.size()));
    put16(out, 0);      // identification: 0 with DF, as Linux sends TCP
    put16(out, 0x4000); // DF
    out.push_back(64);  // TTL
    out.push_back(6);   // TCP
    put16(out, 0);
    put32(out, seg.src_addr);
    put32(out, seg.dst_addr);
    const std::uint16_t sum = internet_checksum(std::span(out).first(20));
    out[10] = static_cast<std::uint8_t>(sum >> 8);
    out[11] = static_cast<std::uint8_t>(sum);
    out.insert(out.end(), tcp.begin(), tcp.end());
    return out;
}

std::optional<DecodedPacket> decode_ipv4(std::span<const std::uint8_t> p, std::string& error)
{
    if (p.size() < 20 || (p[0] >> 4) != 4) {
        error = "not an IPv4 packet";
        return std::nullopt;
    }
    const std::size_t ihl = (p[0] & 0x0f) * 4u;
    const std::size_t total = get16(p, 2);
    if (ihl < 20 || total < ihl + 20 || total > p.size()) {
        error = "IPv4 header lengths are inconsistent or the packet is truncated";
        return std::nullopt;
    }
    if (p[9] != 6) {
        error = "IPv4 packet does not carry TCP";
        return std::nullopt;
    }
    DecodedPacket d;
    d.ip_checksum_ok = internet_checksum(p.first(ihl)) == 0;
    const auto tcp = p.subspan(ihl, total - ihl);
    const std::size_t data_offset = (tcp[12] >> 4) * 4u;
    if (data_offset < 20 || data_offset > tcp.size()) {
        error = "TCP data offset points outside the segment";
        return std::nullopt;
    }
    Segment& s = d.segment;
    s.src_addr = get32(p, 12);
    s.dst_addr = get32(p, 16);
    s.src_port = get16(tcp, 0);
    s.dst_port = get16(tcp, 2);
    s.seq = SeqNum(get32(tcp, 4));
    s.ack = SeqNum(get32(tcp, 8));
    s.flags = tcp[13];
    s.window = get16(tcp, 14);
    if (!parse_tcp_options(tcp.subspan(20, data_offset - 20), s.options)) {
        error = "TCP options are malformed";
        return std::nullopt;
    }
    d.payload.assign(tcp.begin() + static_cast<std::ptrdiff_t>(data_offset), tcp.end());
    s.payload_len = static_cast<std::uint16_t>(d.payload.size());
    d.tcp_checksum_ok = internet_checksum(tcp, pseudo_header_sum(s.src_addr, s.dst_addr, tcp.size())) == 0;
    return d;
}

} // namespace tcpviz
