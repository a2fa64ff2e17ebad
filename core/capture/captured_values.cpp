#include "capture/captured_values.hpp"

namespace tcpviz {

void CapturedValues::sync(const Trace& trace)
{
    const bool same_run = trace_ == &trace && lineage_ == trace.lineage;
    if (same_run && trace.events.size() < events_done_)
        retract(trace);
    const bool same = same_run && (events_done_ == 0 || trace.events[events_done_ - 1] == last_taken_);
    if (!same) {
        *this = CapturedValues(checkpoint_events_);
        trace_ = &trace;
        lineage_ = trace.lineage;
    }
    // Each imported conversation has two endpoints: room for as many as the events to
    // take in will most likely add (in proportion to those of the whole trace), at once,
    // rather than by doubling, each of which moves every endpoint and table entry.
    if (trace.capture && trace.events.size() - events_done_ >= kCheckpointEvents) {
        const double share = double(trace.events.size() - events_done_) / double(trace.events.size());
        const auto expected = endpoints_.size() + std::size_t(share * 2.0 * double(trace.capture->conversations.size()));
        endpoints_.reserve(expected);
        next_.reserve(expected);
        kept_in_.reserve(expected);
        index_.reserve(expected);
        peers_.reserve(expected / 2);
    }
    // A step at a time: its segments first, then its state changes, which name their endpoint only by host and peer.
    constexpr std::size_t kAhead = 16; // events whose endpoints' entries are fetched ahead: a capture has millions
    for (std::size_t i = events_done_; i < events_done_ + kAhead && i < trace.events.size(); ++i)
        fetch_ahead(trace, trace.events[i]);
    while (events_done_ < trace.events.size()) {
        if (checkpoints_.empty() || events_done_ >= checkpoints_.back().events + checkpoint_events_)
            checkpoints_.push_back({events_done_, endpoints_.size(), with_state_, {}, {}});
        const std::uint32_t step = trace.events[events_done_].step;
        std::size_t end = events_done_;
        touched_.clear();
        for (; end < trace.events.size() && trace.events[end].step == step; ++end) {
            if (end + kAhead < trace.events.size())
                fetch_ahead(trace, trace.events[end + kAhead]);
            take_segment(trace, trace.events[end]);
        }
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
    if (!made && *at != kNone)
        return changing(*at);
    *at = std::uint32_t(endpoints_.size()); // new, or new again after a step back took it away
    PeerState& p = changing_peer({host, 0, peer_port, 0, peer});
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
    kept_in_.push_back(0);
    p.first = std::uint32_t(endpoints_.size());
    endpoints_.push_back(v);
    return endpoints_.back();
}

void CapturedValues::take_state(const TraceEvent& e)
{
    const StateChange change = state_change(e);
    const auto set = [&](std::uint32_t i) {
        CapturedEndpoint& v = changing(i);
        with_state_ += v.had_state ? 0 : 1;
        v.state = change.to;
        v.had_state = true;
    };
    for (const Touched& t : touched_)
        if (t.host == e.host && t.peer == change.peer_address && t.peer_port == change.peer_port) {
            set(t.endpoint);
            return;
        }
    PeerState& p = changing_peer({e.host, 0, change.peer_port, 0, change.peer_address});
    p.state = change.to;
    p.had_state = true;
    for (std::uint32_t i = p.first; i != kNone; i = next_[i])
        set(i);
}

CapturedEndpoint& CapturedValues::changing(std::uint32_t endpoint)
{
    const std::uint32_t id = std::uint32_t(checkpoints_.size());
    if (endpoint < checkpoints_.back().endpoints && kept_in_[endpoint] != id) {
        checkpoints_.back().endpoints_before.emplace_back(endpoint, endpoints_[endpoint]);
        kept_in_[endpoint] = id;
    }
    return endpoints_[endpoint];
}

CapturedValues::PeerState& CapturedValues::changing_peer(const EndpointKey& key)
{
    // One made since the checkpoint is kept too, as it was before: as if not there.
    PeerState& p = *peers_.try_emplace(key, PeerState{}).first;
    const std::uint32_t id = std::uint32_t(checkpoints_.size());
    if (p.kept_in != id) {
        checkpoints_.back().peers_before.emplace_back(key, p);
        p.kept_in = id;
    }
    return p;
}

void CapturedValues::retract(const Trace& trace)
{
    // Undo, newest first, what the events since the checkpoint before the cut changed.
    while (true) {
        Checkpoint& c = checkpoints_.back();
        for (auto it = c.endpoints_before.rbegin(); it != c.endpoints_before.rend(); ++it) {
            endpoints_[it->first] = it->second;
            kept_in_[it->first] = 0;
        }
        for (auto it = c.peers_before.rbegin(); it != c.peers_before.rend(); ++it)
            peers_.assign(it->first, it->second);
        c.endpoints_before.clear();
        c.peers_before.clear();
        if (c.events <= trace.events.size())
            break;
        checkpoints_.pop_back();
    }
    const Checkpoint& c = checkpoints_.back();
    for (std::size_t i = c.endpoints; i < endpoints_.size(); ++i) {
        const CapturedEndpoint& v = endpoints_[i];
        index_.assign({v.host, v.local_port, v.peer_port, v.local_address, v.peer_address}, kNone);
    }
    endpoints_.resize(c.endpoints);
    next_.resize(c.endpoints);
    kept_in_.resize(c.endpoints);
    with_state_ = c.with_state;
    events_done_ = c.events;
    last_taken_ = events_done_ > 0 ? trace.events[events_done_ - 1] : TraceEvent{};
}

CapturedValues::Ends CapturedValues::ends_of(const TraceEvent& e, const Segment& s)
{
    if (e.kind == EventKind::SegmentSent)
        return {s.src_addr, s.src_port, s.dst_addr, s.dst_port};
    return {s.dst_addr, s.dst_port, s.src_addr, s.src_port};
}

void CapturedValues::fetch_ahead(const Trace& trace, const TraceEvent& e) const
{
    if (e.kind != EventKind::SegmentSent && e.kind != EventKind::SegmentDelivered)
        return;
    const Ends ends = ends_of(e, trace.segments[e.ref].seg);
    index_.prefetch({e.host, ends.local_port, ends.peer_port, ends.local, ends.peer});
    peers_.prefetch({e.host, 0, ends.peer_port, 0, ends.peer});
}

void CapturedValues::take_segment(const Trace& trace, const TraceEvent& e)
{
    if (e.kind != EventKind::SegmentSent && e.kind != EventKind::SegmentDelivered)
        return;
    const Segment& s = trace.segments[e.ref].seg;
    const bool sent = e.kind == EventKind::SegmentSent;
    const Ends ends = ends_of(e, s);
    CapturedEndpoint& v = endpoint(e.host, ends.local, ends.local_port, ends.peer, ends.peer_port);
    touched_.push_back({e.host, ends.peer, ends.peer_port, std::uint32_t(&v - endpoints_.data())});
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
