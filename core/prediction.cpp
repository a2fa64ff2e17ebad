#include "prediction.hpp"

#include "relative_seq.hpp"

namespace tcpviz {
namespace {

// The state of the endpoint that `seg` reaches at `host`: its connection or queued
// request on that 4-tuple, else the listening socket, else CLOSED.
TcpState state_for(const World& world, std::uint8_t host, const Segment& seg)
{
    const Host& h = world.hosts[host];
    const FourTuple tuple{seg.dst_addr, seg.dst_port, seg.src_addr, seg.src_port};
    if (const Endpoint* e = h.connection(tuple))
        return e->state;
    if (h.listener && h.listener->port == seg.dst_port) {
        if (const Endpoint* request = h.listener->request(tuple))
            return request->state;
        return TcpState::Listen;
    }
    return TcpState::Closed;
}

} // namespace

std::optional<SegmentAnswer> next_segment_answer(const Simulation& sim, std::uint32_t max_steps)
{
    Simulation ahead = sim;
    const Trace& trace = ahead.trace();
    const std::size_t sent_before = trace.segments.size();
    for (std::uint32_t i = 0; i < max_steps && trace.segments.size() == sent_before; ++i)
        if (!ahead.step())
            return std::nullopt;
    if (trace.segments.size() == sent_before)
        return std::nullopt;

    SegmentAnswer a;
    a.send_step = ahead.current_step();
    a.segment = std::uint32_t(sent_before);
    const SegmentRecord& rec = trace.segments[sent_before];
    a.sender = rec.from_host;
    a.receiver = rec.to_host;
    a.seg = rec.seg;
    a.why = rec.why;
    const SequenceBases bases(trace, sent_before + 1);
    a.relative_seq = rec.seg.seq.raw() - bases.seq_base(rec.seg);
    a.relative_ack = rec.seg.ack.raw() - bases.ack_base(rec.seg);

    // Run on until it arrives or is lost.
    for (std::uint32_t i = 0; i < max_steps; ++i) {
        const auto [first, last] = trace.events_of_step(ahead.current_step());
        for (std::size_t e = first; e < last; ++e) {
            const TraceEvent& ev = trace.events[e];
            const bool about_it = ev.ref == a.segment;
            if (about_it && ev.kind == EventKind::SegmentLost)
                return a;
            if (about_it && (ev.kind == EventKind::SegmentDelivered || ev.kind == EventKind::SegmentDropped)) {
                a.receiver_state = state_for(ahead.world(), ev.host, a.seg);
                // What the receiver made of it: the first explained event of that step.
                for (std::size_t f = first; f < last && a.arrival_why == Explain::None; ++f)
                    if (trace.events[f].host == ev.host)
                        a.arrival_why = trace.events[f].why;
                return a;
            }
        }
        if (!ahead.step())
            break;
    }
    return a;
}

Marking mark(const SegmentAnswer& answer, const Prediction& p)
{
    const Segment& s = answer.seg;
    Marking m;
    m.flags = p.flags == s.flags;
    m.seq = p.seq && (*p.seq == s.seq.raw() || *p.seq == answer.relative_seq);
    if (s.has(flag::ACK))
        m.ack = p.ack && (*p.ack == s.ack.raw() || *p.ack == answer.relative_ack);
    else
        m.ack = !p.ack;
    m.state = p.receiver_state == answer.receiver_state;
    return m;
}

} // namespace tcpviz
