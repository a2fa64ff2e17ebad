#include "capture/captured_values.hpp"

namespace tcpviz {

std::vector<CapturedEndpoint> captured_endpoints(const Trace& trace)
{
    std::vector<CapturedEndpoint> out;
    std::vector<bool> had_state;
    const auto of = [&](std::uint8_t host, Ipv4 address, std::uint16_t port, Ipv4 peer,
                        std::uint16_t peer_port) -> CapturedEndpoint& {
        for (CapturedEndpoint& v : out)
            if (v.host == host && v.local_address == address && v.local_port == port && v.peer_address == peer &&
                v.peer_port == peer_port)
                return v;
        out.push_back({host, address, peer, port, peer_port, TcpState::Closed, {}, {}, {}, {}, {}});
        had_state.push_back(false);
        return out.back();
    };
    for (const TraceEvent& e : trace.events) {
        if (e.kind != EventKind::SegmentSent && e.kind != EventKind::SegmentDelivered)
            continue;
        const Segment& s = trace.segments[e.ref].seg;
        if (e.kind == EventKind::SegmentSent) {
            CapturedEndpoint& v = of(e.host, s.src_addr, s.src_port, s.dst_addr, s.dst_port);
            if (s.has(flag::SYN))
                v.iss = s.seq;
            const SeqNum end = s.seq + s.seg_len();
            if (!v.snd_nxt || after(end, *v.snd_nxt))
                v.snd_nxt = end;
            if (s.has(flag::ACK))
                v.rcv_nxt = s.ack;
        } else {
            CapturedEndpoint& v = of(e.host, s.dst_addr, s.dst_port, s.src_addr, s.src_port);
            if (s.has(flag::SYN))
                v.irs = s.seq;
            if (s.has(flag::ACK) && (!v.snd_una || after(s.ack, *v.snd_una)))
                v.snd_una = s.ack;
        }
    }
    // Each endpoint's latest state, by its host and peer.
    for (const TraceEvent& e : trace.events)
        if (e.kind == EventKind::StateChanged)
            for (std::size_t i = 0; i < out.size(); ++i)
                if (out[i].host == e.host && out[i].peer_address == state_change(e).peer_address &&
                    out[i].peer_port == state_change(e).peer_port) {
                    out[i].state = Trace::to_state(e);
                    had_state[i] = true;
                }
    std::vector<CapturedEndpoint> kept;
    for (std::size_t i = 0; i < out.size(); ++i)
        if (had_state[i])
            kept.push_back(out[i]);
    return kept;
}

} // namespace tcpviz
