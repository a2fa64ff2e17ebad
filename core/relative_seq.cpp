#include "relative_seq.hpp"

namespace tcpviz {

SequenceBases::SequenceBases(const Trace& trace, std::size_t segment_count)
{
    add(trace, 0, segment_count);
}

void SequenceBases::add(const Trace& trace, std::size_t first, std::size_t last)
{
    for (std::size_t i = first; i < last && i < trace.segments.size(); ++i) {
        const Segment& s = trace.segments[i].seg;
        const bool syn = s.has(flag::SYN);
        auto [it, fresh] = base_.try_emplace(direction(s.src_addr, s.dst_addr, s.src_port, s.dst_port),
                                             Base{s.seq.raw(), syn});
        if (!fresh && syn && !it->second.from_syn)
            it->second = {s.seq.raw(), true};
    }
}

std::uint32_t SequenceBases::seq_base(const Segment& s) const
{
    auto it = base_.find(direction(s.src_addr, s.dst_addr, s.src_port, s.dst_port));
    return it == base_.end() ? s.seq.raw() : it->second.seq;
}

std::uint32_t SequenceBases::ack_base(const Segment& s) const
{
    auto it = base_.find(direction(s.dst_addr, s.src_addr, s.dst_port, s.src_port));
    return it == base_.end() ? 0 : it->second.seq;
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
