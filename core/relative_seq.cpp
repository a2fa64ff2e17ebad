#include "relative_seq.hpp"

namespace tcpviz {

SequenceBases::SequenceBases(const Trace& trace, std::size_t segment_count)
{
    std::map<Direction, bool> from_syn;
    for (std::size_t i = 0; i < segment_count && i < trace.segments.size(); ++i) {
        const Segment& s = trace.segments[i].seg;
        const Direction d{s.src_addr, s.dst_addr, s.src_port, s.dst_port};
        const bool syn = s.has(flag::SYN);
        auto [it, fresh] = base_.emplace(d, s.seq.raw());
        if (!fresh && syn && !from_syn[d])
            it->second = s.seq.raw();
        from_syn[d] = from_syn[d] || syn;
    }
}

std::uint32_t SequenceBases::seq_base(const Segment& s) const
{
    auto it = base_.find({s.src_addr, s.dst_addr, s.src_port, s.dst_port});
    return it == base_.end() ? s.seq.raw() : it->second;
}

std::uint32_t SequenceBases::ack_base(const Segment& s) const
{
    auto it = base_.find({s.dst_addr, s.src_addr, s.dst_port, s.src_port});
    return it == base_.end() ? 0 : it->second;
}

std::string segment_label_text(const Segment& s, const SequenceBases* bases)
{
    const auto number = [](SeqNum v, std::uint32_t base, bool relative) {
        return relative ? std::to_string(v - SeqNum(base)) : std::to_string(v.raw());
    };
    std::string text = flags_name(s.flags) + "  Seq=" + number(s.seq, bases ? bases->seq_base(s) : 0, bases);
    if (s.has(flag::ACK))
        text += " Ack=" + number(s.ack, bases ? bases->ack_base(s) : 0, bases);
    if (s.payload_len)
        text += " Len=" + std::to_string(s.payload_len);
    return text;
}

} // namespace tcpviz
