#include "tcp/segment.hpp"

#include <charconv>

namespace tcpviz {

std::string flags_name(std::uint8_t flags)
{
    static constexpr struct {
        std::uint8_t bit;
        const char* name;
    } order[] = {{flag::SYN, "SYN"}, {flag::FIN, "FIN"}, {flag::RST, "RST"}, {flag::PSH, "PSH"},
                 {flag::URG, "URG"}, {flag::ECE, "ECE"}, {flag::CWR, "CWR"}, {flag::ACK, "ACK"}};
    std::string out;
    for (const auto& f : order) {
        if (flags & f.bit) {
            if (!out.empty())
                out += '-';
            out += f.name;
        }
    }
    return out.empty() ? std::string("none") : out;
}

std::string ipv4_text(Ipv4 addr)
{
    return std::to_string(addr >> 24) + '.' + std::to_string((addr >> 16) & 0xff) + '.' +
           std::to_string((addr >> 8) & 0xff) + '.' + std::to_string(addr & 0xff);
}

bool parse_ipv4(const std::string& text, Ipv4& out)
{
    Ipv4 value = 0;
    const char* p = text.data();
    const char* end = text.data() + text.size();
    for (int part = 0; part < 4; ++part) {
        unsigned octet = 0;
        auto [next, ec] = std::from_chars(p, end, octet);
        if (ec != std::errc() || next == p || octet > 255 || next - p > 3)
            return false;
        value = (value << 8) | octet;
        p = next;
        if (part < 3) {
            if (p == end || *p != '.')
                return false;
            ++p;
        }
    }
    if (p != end)
        return false;
    out = value;
    return true;
}

const char* segment_kind_name(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Any: return "any";
    case SegmentKind::Syn: return "syn";
    case SegmentKind::SynAck: return "syn-ack";
    case SegmentKind::Ack: return "ack";
    case SegmentKind::Data: return "data";
    case SegmentKind::Rst: return "rst";
    case SegmentKind::Fin: return "fin";
    }
    return "any";
}

bool parse_segment_kind(const std::string& text, SegmentKind& out)
{
    for (int k = 0; k <= int(SegmentKind::Fin); ++k)
        if (text == segment_kind_name(SegmentKind(k))) {
            out = SegmentKind(k);
            return true;
        }
    return false;
}

bool segment_is_kind(const Segment& s, SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Any: return true;
    case SegmentKind::Syn: return s.has(flag::SYN) && !s.has(flag::ACK);
    case SegmentKind::SynAck: return s.has(flag::SYN) && s.has(flag::ACK);
    case SegmentKind::Ack:
        return s.has(flag::ACK) && !s.has(flag::SYN) && !s.has(flag::RST) && !s.has(flag::FIN) && s.payload_len == 0;
    case SegmentKind::Data: return s.payload_len > 0;
    case SegmentKind::Rst: return s.has(flag::RST);
    case SegmentKind::Fin: return s.has(flag::FIN) && !s.has(flag::RST);
    }
    return false;
}

} // namespace tcpviz
