#include "capture/captured_values.hpp"

namespace tcpviz {

void CapturedValues::sync(const Trace& trace)
{
    const bool same = trace_ == &trace && events_done_ <= trace.events.size() &&
                      (events_done_ == 0 || trace.events[events_done_ - 1] == last_taken_);
    if (!same)
        *this = CapturedValues();
    trace_ = &trace;
    // A step at a time: its segments first, then its state changes, which name their endpoint only by host and peer.
    while (events_done_ < trace.events.size()) {
        const std::uint32_t step = trace.events[events_done_].step;
        std::size_t end = events_done_;
        touched_.clear();
        for (; end < trace.events.size() && trace.events[end].step == step; ++end)
            take_segment(trace, trace.events[end]);
        for (std::size_t i = events_done_; i < end; ++i)
            if (trace.events[i].kind == EventKind::StateChanged)
                take_state(trace.events[i]);
        events_done_ = end;
    }
    if (events_done_ > 0)
        last_taken_ = trace.events[events_done_ - 1];
}

CapturedEndpoint& CapturedValues::endpoint(std::uint8_t host, Ipv4 local, std::uint16_t local_port, Ipv4 peer,
                                           std::uint16_t peer_port)
{
    const auto [at, made] =
        index_.try_emplace({host, local_port, peer_port, local, peer}, std::uint32_t(endpoints_.size()));
    if (!made)
        return endpoints_[*at];
    PeerState& p = peers_[{host, 0, peer_port, 0, peer}];
    CapturedEndpoint v;
    v.host = host;
    v.local_address = local;
    v.local_port = local_port;
    v.peer_address = peer;
    v.peer_port = peer_port;
    v.state = p.state;
    v.had_state = p.had_state;
    with_state_ += v.had_state ? 1 : 0;
    next_.push_back(p.first);
    p.first = std::uint32_t(endpoints_.size());
    endpoints_.push_back(v);
    return endpoints_.back();
}

void CapturedValues::take_state(const TraceEvent& e)
{
    const StateChange change = state_change(e);
    const auto set = [&](std::uint32_t i) {
        with_state_ += endpoints_[i].had_state ? 0 : 1;
        endpoints_[i].state = change.to;
        endpoints_[i].had_state = true;
    };
    for (const Touched& t : touched_)
        if (t.host == e.host && t.peer == change.peer_address && t.peer_port == change.peer_port) {
            set(t.endpoint);
            return;
        }
    PeerState& p = peers_[{e.host, 0, change.peer_port, 0, change.peer_address}];
    p.state = change.to;
    p.had_state = true;
    for (std::uint32_t i = p.first; i != kNone; i = next_[i])
        set(i);
}

void CapturedValues::take_segment(const Trace& trace, const TraceEvent& e)
{
    if (e.kind != EventKind::SegmentSent && e.kind != EventKind::SegmentDelivered)
        return;
    const Segment& s = trace.segments[e.ref].seg;
    const bool sent = e.kind == EventKind::SegmentSent;
    const Ipv4 peer = sent ? s.dst_addr : s.src_addr;
    const std::uint16_t peer_port = sent ? s.dst_port : s.src_port;
    CapturedEndpoint& v = sent ? endpoint(e.host, s.src_addr, s.src_port, peer, peer_port)
                               : endpoint(e.host, s.dst_addr, s.dst_port, peer, peer_port);
    touched_.push_back({e.host, peer, peer_port, std::uint32_t(&v - endpoints_.data())});
    if (sent) {
        if (s.has(flag::SYN))
            v.iss = s.seq;
        const SeqNum end = s.seq + s.seg_len();
        if (!v.snd_nxt || after(end, *v.snd_nxt))
            v.snd_nxt = end;
        if (s.has(flag::ACK))
            v.rcv_nxt = s.ack;
    } else {
        if (s.has(flag::SYN))
            v.irs = s.seq;
        if (s.has(flag::ACK) && (!v.snd_una || after(s.ack, *v.snd_una)))
            v.snd_una = s.ack;
    }
}

std::vector<CapturedEndpoint> captured_endpoints(const Trace& trace)
{
    CapturedValues values;
    values.sync(trace);
    std::vector<CapturedEndpoint> kept;
    for (const CapturedEndpoint& v : values.endpoints())
        if (v.had_state)
            kept.push_back(v);
    return kept;
}

} // namespace tcpviz
