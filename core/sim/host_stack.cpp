// Simulation: the host's stack, what a host does with an arriving segment.
// Demultiplexing finds the synchronized TCB, else the listener (its SYN queue, then the
// LISTEN rules, SYN cookies, the accept queue), else the CLOSED rules; RFC 9293
// §3.10.7.1-2 and Linux's request-socket and cookie paths.
#include "sim/simulation.hpp"

#include <algorithm>

namespace tcpviz {
namespace {

Segment reply_to(const Segment& seg)
{
    Segment r;
    r.src_addr = seg.dst_addr;
    r.src_port = seg.dst_port;
    r.dst_addr = seg.src_addr;
    r.dst_port = seg.src_port;
    return r;
}

// Linux accepts cookie ACKs only while a SYN-queue overflow is recent (TCP_SYNCOOKIE_VALID).
constexpr std::int64_t kCookieValidAfterOverflow = 2 * kCookieMinuteNs;

} // namespace

void Simulation::deliver(std::uint32_t segment_index, std::uint32_t held_back_us)
{
    // Copy: processing appends to the segment table.
    const Segment seg = trace_.segments[segment_index].seg;
    const std::uint8_t h = trace_.segments[segment_index].to_host;
    record(EventKind::SegmentDelivered, h, segment_index, held_back_us, 0,
           held_back_us ? Explain::Delayed : Explain::None);
    current_segment_ = segment_index;
    current_host_ = h;
    Host& host = world_.hosts[h];
    const FourTuple tuple{seg.dst_addr, seg.dst_port, seg.src_addr, seg.src_port};
    if (Endpoint* e = host.connection(tuple)) {
        e->on_segment(seg, *this);
        return;
    }
    if (host.listener && host.listener->port == seg.dst_port) {
        if (Endpoint* request = host.listener->request(tuple)) {
            // Linux tcp_check_req with tcp_abort_on_overflow 0: no room in the accept
            // queue, so the third segment is dropped and the request stays; its SYN-ACK
            // retransmission draws the client's ACK again later.
            if (request->completes_handshake(seg) && host.listener->accept_full()) {
                dropped(Explain::AcceptQueueFull);
                return;
            }
            const std::uint32_t id = request->id;
            request->on_segment(seg, *this);
            request_settled(h, id);
            return;
        }
        listen_arrives(h, seg);
        return;
    }
    closed_arrives(h, seg);
}

void Simulation::closed_arrives(std::uint8_t host, const Segment& seg)
{
    // RFC 9293 §3.10.7.1: no TCB. A RST is dropped; anything else draws a RST.
    if (seg.has(flag::RST)) {
        dropped(Explain::RstIgnored);
        return;
    }
    Segment r = reply_to(seg);
    if (seg.has(flag::ACK)) {
        r.seq = seg.ack;
        r.flags = flag::RST;
    } else {
        r.seq = SeqNum(0);
        r.ack = seg.seq + seg.seg_len();
        r.flags = flag::RST | flag::ACK;
    }
    transmit(host, r, Explain::RstForClosedPort, false);
}

void Simulation::listen_arrives(std::uint8_t h, const Segment& seg)
{
    Host& host = world_.hosts[h];
    Listener& l = *host.listener;
    const FourTuple tuple{seg.dst_addr, seg.dst_port, seg.src_addr, seg.src_port};
    // RFC 9293 §3.10.7.2, first: a RST is ignored.
    if (seg.has(flag::RST)) {
        dropped(Explain::RstIgnored);
        return;
    }
    // Second: an ACK. It may carry a SYN cookie (Linux cookie_v4_check); otherwise RST.
    if (seg.has(flag::ACK)) {
        Explain why = Explain::RstForAckInListen;
        const bool cookies_live = l.cookies == CookieMode::Always ||
                                  (l.cookies == CookieMode::Overflow && world_.now - l.last_overflow < kCookieValidAfterOverflow);
        if (cookies_live && !seg.has(flag::SYN)) {
            if (auto mss_index = check_syn_cookie(l.secrets, tuple, seg.ack - 1, seg.seq - 1, cookie_minute(world_.now))) {
                if (l.accept_full()) // tcp_get_cookie_sock finds no room: dropped, nothing kept
                    dropped(Explain::AcceptQueueFull);
                else
                    accept_cookie(h, seg, *mss_index);
                return;
            }
            why = Explain::CookieRejected;
        }
        Segment r = reply_to(seg);
        r.seq = seg.ack;
        r.flags = flag::RST;
        transmit(h, r, why, false);
        return;
    }
    // Third: a SYN.
    if (!seg.has(flag::SYN)) {
        dropped(Explain::NoAckDropped);
        return;
    }
    const bool full = l.full();
    if (full)
        l.last_overflow = world_.now;
    if (full && l.cookies == CookieMode::Off) {
        dropped(Explain::SynQueueFull); // RFC 4987 §2: the SYN is silently lost
        return;
    }
    // Linux tcp_conn_request: no room in the accept queue, no SYN-ACK, cookie or not.
    if (l.accept_full()) {
        dropped(Explain::AcceptQueueFull);
        return;
    }
    if (full || l.cookies == CookieMode::Always) {
        // Stateless SYN-ACK (Linux tcp_conn_request with want_cookie). Without timestamps
        // window scaling and SACK cannot be remembered, so the SYN-ACK drops them.
        const unsigned mss_index = cookie_mss_index(seg.options.mss ? seg.options.mss : 536);
        Segment r = reply_to(seg);
        r.flags = flag::SYN | flag::ACK;
        r.seq = encode_syn_cookie(l.secrets, tuple, seg.seq, cookie_minute(world_.now), mss_index);
        r.ack = seg.seq + 1;
        r.window = host.window;
        r.options.mss = host.syn_options.mss;
        if (seg.options.timestamps && host.syn_options.timestamps) {
            CookieOptions kept;
            if (seg.options.window_scale >= 0 && host.syn_options.window_scale >= 0) {
                kept.window_scale = usable_window_scale(seg.options.window_scale);
                r.options.window_scale = host.syn_options.window_scale;
            }
            kept.sack_permitted = seg.options.sack_permitted && host.syn_options.sack_permitted;
            r.options.sack_permitted = kept.sack_permitted;
            r.options.timestamps = true;
            r.options.ts_val = cookie_timestamp(timestamp_clock(world_.now), kept);
            r.options.ts_ecr = seg.options.ts_val;
        }
        transmit(h, r, Explain::CookieSynAck, false);
        return;
    }
    Endpoint request = host.new_endpoint(h, tuple);
    request.app.accepted = l.accepts_at_once();
    request.open_passive(seg, host.isn.next(tuple, world_.now), *this);
    if (l.two_way_handshake) {
        // The hypothetical server of the "why not two" lesson trusts its own SYN-ACK.
        request.stop_timer(Explain::TwoWayEstablished, *this);
        request.set_state(TcpState::Established, Explain::TwoWayEstablished, *this);
        connection_ready(h, request);
        return;
    }
    l.enqueue(request);
    record_queue_depth(h);
}

void Simulation::accept_cookie(std::uint8_t h, const Segment& seg, unsigned mss_index)
{
    Host& host = world_.hosts[h];
    Endpoint e = host.new_endpoint(h, {seg.dst_addr, seg.dst_port, seg.src_addr, seg.src_port});
    e.passive = true;
    e.state = TcpState::Listen;
    e.irs = seg.seq - 1;
    e.rcv_nxt = seg.seq;
    e.iss = seg.ack - 1;
    e.snd_una = seg.ack;
    e.snd_nxt = seg.ack;
    e.negotiated.mss = kCookieMssTable[mss_index];
    if (seg.options.timestamps && host.syn_options.timestamps) {
        const CookieOptions kept = decode_cookie_timestamp(seg.options.ts_ecr);
        e.negotiated.timestamps = true;
        e.negotiated.window_scale = kept.window_scale;
        e.negotiated.sack_permitted = kept.sack_permitted;
        e.ts_recent = seg.options.ts_val;
    }
    e.take_send_window(seg); // with the scale the cookie kept
    e.app.accepted = host.listener->accepts_at_once();
    e.set_state(TcpState::Established, Explain::CookieAccepted, *this);
    if (seg.payload_len > 0)
        e.on_segment(seg, *this);
    connection_ready(h, e);
}

void Simulation::request_settled(std::uint8_t h, std::uint32_t id)
{
    Listener& l = *world_.hosts[h].listener;
    auto it = std::find_if(l.syn_queue.begin(), l.syn_queue.end(), [id](const Endpoint& r) { return r.id == id; });
    if (it == l.syn_queue.end() || it->state == TcpState::SynReceived)
        return;
    const Endpoint settled = *it;
    l.dequeue(static_cast<std::size_t>(it - l.syn_queue.begin()));
    record_queue_depth(h);
    if (settled.state == TcpState::Established)
        connection_ready(h, settled);
}

void Simulation::connection_ready(std::uint8_t h, const Endpoint& connection)
{
    Host& host = world_.hosts[h];
    Endpoint& added = host.add_connection(connection);
    Listener& l = *host.listener;
    if (l.accepts_at_once()) {
        added.flush_application(*this);
        return;
    }
    l.accept_queue.push_back(connection.id);
    record(EventKind::AcceptQueueDepth, h, connection.id, static_cast<std::uint32_t>(l.accept_queue.size()),
           l.backlog, Explain::ConnectionQueued);
    if (l.accepts && !l.accept_scheduled) {
        l.accept_scheduled = true;
        schedule(world_.now + l.accept_delay, EventType::Accept, h, 0);
    }
}

void Simulation::accept_next(std::uint8_t h)
{
    // The application comes back to accept() and takes the oldest connection; it
    // comes back again after the same delay while more are waiting.
    Host& host = world_.hosts[h];
    Listener& l = *host.listener;
    l.accept_scheduled = false;
    if (l.accept_queue.empty())
        return;
    const std::uint32_t id = l.accept_queue.front();
    l.accept_queue.erase(l.accept_queue.begin());
    current_host_ = h;
    record(EventKind::AcceptQueueDepth, h, id, static_cast<std::uint32_t>(l.accept_queue.size()), l.backlog,
           Explain::AppAccepted);
    if (Endpoint* connection = host.find(id))
        connection->application_accepts(*this);
    if (!l.accept_queue.empty()) {
        l.accept_scheduled = true;
        schedule(world_.now + l.accept_delay, EventType::Accept, h, 0);
    }
}

void Simulation::timer_expired(std::uint8_t h, std::uint32_t id)
{
    Host& host = world_.hosts[h];
    Endpoint* e = host.find(id);
    record(EventKind::TimerFired, h, id, e->timer.retransmissions, 0, Explain::None);
    current_host_ = h;
    const bool queued = host.listener && host.listener->request(e->tuple) == e;
    if (queued) {
        e->on_timer(host.listener->retry_limit(profile_.synack_retries), *this);
        request_settled(h, id);
    } else {
        e->on_timer(profile_.synack_retries, *this);
    }
}

void Simulation::delayed_ack_expired(std::uint8_t h, std::uint32_t id)
{
    current_host_ = h;
    if (Endpoint* e = world_.hosts[h].find(id))
        e->on_delayed_ack(*this);
}

void Simulation::application_closes(std::uint8_t h, std::uint32_t id, CloseHow how, std::uint32_t ref)
{
    current_host_ = h;
    Endpoint* e = world_.hosts[h].find(id);
    if (!e)
        return;
    const Explain why = how == CloseHow::Shutdown ? Explain::AppShutdown
                        : how == CloseHow::Abort  ? Explain::AppAbort
                                                  : Explain::AppClose;
    record(EventKind::Action, h, ref, id, e->app.unread, why);
    e->application_closes(how, *this);
}

} // namespace tcpviz
