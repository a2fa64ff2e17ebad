#include "tcp/endpoint.hpp"

namespace tcpviz {

std::uint32_t timestamp_clock(std::int64_t now_ns)
{
    return static_cast<std::uint32_t>(now_ns / kMillisecond);
}

Segment Endpoint::make(std::uint8_t flags, SeqNum seq, SeqNum ack, std::int64_t now) const
{
    Segment s;
    s.src_addr = tuple.local_addr;
    s.src_port = tuple.local_port;
    s.dst_addr = tuple.remote_addr;
    s.dst_port = tuple.remote_port;
    s.seq = seq;
    s.ack = ack;
    s.flags = flags;
    // The window field of a SYN is never scaled (RFC 7323 §2.2).
    const bool scaled = !(flags & flag::SYN) && negotiated.window_scale >= 0;
    const std::uint32_t wnd = scaled ? rcv_wnd >> our_syn_options.window_scale : rcv_wnd;
    s.window = static_cast<std::uint16_t>(wnd > 0xffff ? 0xffff : wnd);
    if ((flags & flag::SYN) == 0 && negotiated.timestamps && (flags & flag::RST) == 0) {
        s.options.timestamps = true;
        s.options.ts_val = timestamp_clock(now);
        s.options.ts_ecr = ts_recent;
    }
    return s;
}

Segment Endpoint::make_rst(SeqNum seq, std::int64_t now) const
{
    Segment s = make(flag::RST, seq, SeqNum(0), now);
    s.window = 0;
    return s;
}

Segment Endpoint::make_syn_ack(std::int64_t now) const
{
    Segment s = make(flag::SYN | flag::ACK, iss, rcv_nxt, now);
    // A SYN-ACK answers only the options the SYN offered (RFC 7323 §1.3, RFC 2018 §2).
    s.options.mss = our_syn_options.mss;
    s.options.sack_permitted = negotiated.sack_permitted;
    s.options.window_scale = negotiated.window_scale >= 0 ? our_syn_options.window_scale : -1;
    if (negotiated.timestamps) {
        s.options.timestamps = true;
        s.options.ts_val = timestamp_clock(now);
        s.options.ts_ecr = ts_recent;
    }
    return s;
}

void Endpoint::set_state(TcpState to, Explain why, EndpointContext& ctx)
{
    const TcpState from = state;
    state = to;
    if (to == TcpState::Closed)
        delayed_ack_deadline = -1; // the TCB is gone, and the ACK it owed with it
    ctx.state_changed(*this, from, why);
}

void Endpoint::arm_timer(std::int64_t rto, EndpointContext& ctx)
{
    timer.rto = rto;
    timer.deadline = ctx.now() + rto;
    ctx.timer_armed(*this);
}

void Endpoint::stop_timer(Explain why, EndpointContext& ctx)
{
    if (!timer.armed())
        return;
    timer.deadline = -1;
    ctx.timer_stopped(*this, why);
}

void Endpoint::learn_peer_options(const Segment& syn)
{
    const TcpOptions& peer = syn.options;
    negotiated.mss = peer.mss ? peer.mss : 536; // RFC 9293 §3.7.1 default send MSS
    negotiated.sack_permitted = peer.sack_permitted && our_syn_options.sack_permitted;
    negotiated.window_scale =
        (peer.window_scale >= 0 && our_syn_options.window_scale >= 0) ? usable_window_scale(peer.window_scale) : -1;
    negotiated.timestamps = peer.timestamps && our_syn_options.timestamps;
    if (negotiated.timestamps)
        ts_recent = peer.ts_val;
}

void Endpoint::open_active(SeqNum initial_seq, EndpointContext& ctx)
{
    iss = initial_seq;
    snd_una = iss;
    snd_nxt = iss + 1; // a SYN takes one sequence number
    opened_at = ctx.now();
    set_state(TcpState::SynSent, Explain::ActiveOpen, ctx);
    Segment syn = make(flag::SYN, iss, SeqNum(0), ctx.now());
    syn.options = our_syn_options;
    if (syn.options.timestamps)
        syn.options.ts_val = timestamp_clock(ctx.now());
    send_segment(syn, Explain::ActiveOpen, false, ctx);
    timer = RetransmitTimer{};
    timer.first_sent = ctx.now();
    arm_timer(ctx.profile().syn_rto(0), ctx);
}

void Endpoint::open_passive(const Segment& syn, SeqNum initial_seq, EndpointContext& ctx)
{
    // RFC 9293 §3.10.7.2, LISTEN, third: SYN.
    passive = true;
    irs = syn.seq;
    rcv_nxt = syn.seq + 1;
    iss = initial_seq;
    snd_una = iss;
    snd_nxt = iss + 1;
    opened_at = ctx.now();
    learn_peer_options(syn);
    take_send_window(syn);
    // The connection leaves LISTEN (Figure 5): Linux keeps the listener and gives the
    // request its own TCB, but the request comes from the listening socket, not CLOSED.
    state = TcpState::Listen;
    set_state(TcpState::SynReceived, Explain::SynAckReply, ctx);
    send_segment(make_syn_ack(ctx.now()), Explain::SynAckReply, false, ctx);
    timer = RetransmitTimer{};
    timer.first_sent = ctx.now();
    arm_timer(ctx.profile().backoff_rto(0), ctx);
}

void Endpoint::preset_established(SeqNum send_next, SeqNum receive_next)
{
    iss = send_next - 1;
    irs = receive_next - 1;
    snd_una = send_next;
    snd_nxt = send_next;
    rcv_nxt = receive_next;
    snd_wl1 = irs; // the peer's next segment, whatever it carries, updates the window
    state = TcpState::Established;
}

bool Endpoint::acceptable(const Segment& seg) const
{
    const std::uint32_t len = seg.seg_len();
    if (len == 0)
        return rcv_wnd == 0 ? seg.seq == rcv_nxt : in_window(seg.seq, rcv_nxt, rcv_wnd);
    if (rcv_wnd == 0)
        return false;
    return in_window(seg.seq, rcv_nxt, rcv_wnd) || in_window(seg.seq + (len - 1), rcv_nxt, rcv_wnd);
}

std::uint32_t Endpoint::peer_window(const Segment& seg) const
{
    if (seg.has(flag::SYN) || negotiated.window_scale < 0)
        return seg.window;
    return std::uint32_t(seg.window) << negotiated.window_scale;
}

void Endpoint::take_send_window(const Segment& seg)
{
    snd_wnd = peer_window(seg);
    snd_wl1 = seg.seq;
    snd_wl2 = seg.ack;
}

void Endpoint::send_ack(Explain why, EndpointContext& ctx)
{
    send_segment(make(flag::ACK, snd_nxt, rcv_nxt, ctx.now()), why, false, ctx);
}

void Endpoint::send_segment(const Segment& seg, Explain why, bool retransmission, EndpointContext& ctx)
{
    ctx.send(*this, seg, why, retransmission);
    if (delayed_ack_deadline >= 0 && seg.has(flag::ACK)) {
        delayed_ack_deadline = -1;
        ctx.delayed_ack_carried(*this, why);
    }
}

void Endpoint::time_segment(SeqNum end, EndpointContext& ctx)
{
    if (timed_at >= 0)
        return; // one measurement at a time (RFC 6298 §3)
    timed_at = ctx.now();
    timed_end = end;
}

void Endpoint::measure_rtt(const Segment& seg, EndpointContext& ctx)
{
    if (timed_at < 0 || before(seg.ack, timed_end))
        return;
    const std::int64_t sample = ctx.now() - timed_at;
    timed_at = -1;
    rtt.sample(sample, ctx.profile());
    ctx.rtt_measured(*this, sample);
}

void Endpoint::send_data(AppMessage message, Explain why, bool retransmission, EndpointContext& ctx)
{
    const SeqNum seq = retransmission ? unacked_seq : snd_nxt;
    Segment s = make(flag::PSH | flag::ACK, seq, rcv_nxt, ctx.now());
    s.payload_len = message.length;
    s.payload_text = message.text;
    if (!retransmission) {
        unacked = message;
        unacked_seq = snd_nxt;
        snd_nxt = snd_nxt + message.length;
        time_segment(snd_nxt, ctx);
    } else {
        timed_at = -1; // Karn: an ACK after a retransmission times nothing
    }
    send_segment(s, why, retransmission, ctx);
    if (!retransmission) {
        timer = RetransmitTimer{};
        timer.first_sent = ctx.now();
        arm_timer(rtt.current(ctx.profile()), ctx);
        plan_close(CloseAfter::Write, ctx);
    }
}

bool Endpoint::completes_handshake(const Segment& seg) const
{
    return state == TcpState::SynReceived && seg.has(flag::ACK) && !seg.has(flag::SYN) && !seg.has(flag::RST) &&
           acceptable(seg) && before(snd_una, seg.ack) && before_or_equal(seg.ack, snd_nxt);
}

void Endpoint::on_segment(const Segment& seg, EndpointContext& ctx)
{
    switch (state) {
    case TcpState::SynSent:
        syn_sent_arrives(seg, ctx);
        break;
    case TcpState::SynReceived:
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait:
        synchronized_arrives(seg, ctx);
        break;
    case TcpState::Closed:
    case TcpState::Listen:
        // The host handles segments for ports without a synchronized TCB.
        ctx.dropped(Explain::None);
        break;
    }
}

void Endpoint::syn_sent_arrives(const Segment& seg, EndpointContext& ctx)
{
    // RFC 9293 §3.10.7.3, first: check the ACK bit.
    bool ack_acceptable = false;
    if (seg.has(flag::ACK)) {
        if (before_or_equal(seg.ack, iss) || after(seg.ack, snd_nxt)) {
            if (seg.has(flag::RST))
                ctx.dropped(Explain::RstIgnored);
            else
                send_segment(make_rst(seg.ack, ctx.now()), Explain::RstBadAckSynSent, false, ctx);
            return;
        }
        ack_acceptable = before_or_equal(snd_una, seg.ack) && before_or_equal(seg.ack, snd_nxt);
    }
    // Second: the RST bit. Only a RST that acknowledges our SYN is believed (RFC 5961 §3).
    if (seg.has(flag::RST)) {
        if (!ack_acceptable) {
            ctx.dropped(Explain::RstIgnored);
            return;
        }
        stop_timer(Explain::ConnectionRefused, ctx);
        set_state(TcpState::Closed, Explain::ConnectionRefused, ctx);
        return;
    }
    // Fourth: the SYN bit.
    if (!seg.has(flag::SYN)) {
        ctx.dropped(Explain::NoAckDropped);
        return;
    }
    irs = seg.seq;
    rcv_nxt = seg.seq + 1;
    learn_peer_options(seg);
    take_send_window(seg); // a SYN's window is never scaled
    if (ack_acceptable) {
        snd_una = seg.ack;
        handshake_rtt = ctx.now() - opened_at;
        if (timer.retransmissions == 0) { // Karn: a SYN sent again times nothing
            rtt.sample(handshake_rtt, ctx.profile());
            ctx.rtt_measured(*this, handshake_rtt);
        }
    }
    if (after(snd_una, iss)) {
        // Our SYN is acknowledged: the handshake's third segment, and connect() returns.
        stop_timer(Explain::HandshakeAck, ctx);
        set_state(TcpState::Established, Explain::HandshakeAck, ctx);
        send_ack(Explain::HandshakeAck, ctx);
        flush_application(ctx);
        return;
    }
    // Simultaneous open (Figure 7): SYN-RECEIVED, SYN-ACK with the original ISS. The
    // retransmission timer keeps running and now repeats the SYN-ACK.
    set_state(TcpState::SynReceived, Explain::SimultaneousOpen, ctx);
    send_segment(make_syn_ack(ctx.now()), Explain::SimultaneousOpen, false, ctx);
}

void Endpoint::synchronized_arrives(const Segment& seg, EndpointContext& ctx)
{
    const bool syn = seg.has(flag::SYN), rst = seg.has(flag::RST), ack = seg.has(flag::ACK);

    // Linux tcp_check_req: the original SYN again means our SYN-ACK was lost; resend it.
    if (state == TcpState::SynReceived && passive && syn && !ack && !rst && seg.seq == irs) {
        send_segment(make_syn_ack(ctx.now()), Explain::SynAckForDuplicateSyn, true, ctx);
        arm_timer(ctx.profile().backoff_rto(timer.retransmissions), ctx);
        return;
    }
    // TIME-WAIT: the only thing that can arrive is the peer's FIN again. Acknowledge it
    // and restart the 2 MSL timer (§3.10.7.4, eighth step; Linux tcp_timewait_state_process).
    if (state == TcpState::TimeWait && seg.has(flag::FIN) && !syn && !rst && seg.seq + seg.seg_len() == rcv_nxt) {
        // Its SEQ is below the ACK we sent, so its TSval becomes TS.Recent (RFC 7323 §4.3):
        // the answer echoes the FIN just received, as Linux's TIME-WAIT socket does.
        if (negotiated.timestamps && seg.options.timestamps)
            ts_recent = seg.options.ts_val;
        send_ack(Explain::TimeWaitFinAgain, ctx);
        arm_timer(ctx.profile().time_wait, ctx);
        return;
    }
    // Figure 7, line 6: in an active SYN-RECEIVED the peer's SYN-ACK, whose SYN lies just
    // below RCV.NXT, completes the handshake (Linux tcp_validate_incoming lets it pass).
    const bool simultaneous_syn_ack = state == TcpState::SynReceived && !passive && syn && ack && !rst &&
                                      seg.seq + 1 == rcv_nxt && seg.ack == snd_nxt;
    if (!simultaneous_syn_ack) {
        // First: sequence number (Table 6). RFC 5961 §4.2: a SYN gets the challenge ACK
        // whatever its SEQ, which is the same segment as the plain unacceptable-SEQ ACK.
        if (!acceptable(seg)) {
            if (rst)
                ctx.dropped(Explain::RstOutOfWindow);
            else if (syn && state != TcpState::SynReceived)
                send_ack(Explain::ChallengeAckSyn, ctx);
            else
                send_ack(Explain::AckForUnacceptableSeq, ctx);
            return;
        }
        // Second: RST. RFC 5961 §3: only an exact SEQ resets; in-window gets a challenge ACK.
        if (rst) {
            if (seg.seq != rcv_nxt) {
                send_ack(Explain::ChallengeAckRst, ctx);
                return;
            }
            const Explain why = state == TcpState::SynReceived && passive ? Explain::ResetToListen
                                : state == TcpState::SynReceived          ? Explain::ConnectionRefused
                                                                          : Explain::ResetToClosed;
            stop_timer(why, ctx);
            set_state(why == Explain::ResetToListen ? TcpState::Listen : TcpState::Closed, why, ctx);
            return;
        }
        // Fourth: SYN. A passive SYN-RECEIVED returns to LISTEN (RFC 9293 §3.10.7.4);
        // synchronized states answer with a challenge ACK (RFC 5961 §4).
        if (syn) {
            if (state == TcpState::SynReceived && passive) {
                stop_timer(Explain::ResetToListen, ctx);
                set_state(TcpState::Listen, Explain::ResetToListen, ctx);
            } else {
                send_ack(Explain::ChallengeAckSyn, ctx);
            }
            return;
        }
    }
    // Fifth: the ACK field.
    if (!ack) {
        ctx.dropped(Explain::NoAckDropped);
        return;
    }
    if (state == TcpState::SynReceived) {
        if (!(before(snd_una, seg.ack) && before_or_equal(seg.ack, snd_nxt))) {
            send_segment(make_rst(seg.ack, ctx.now()), Explain::RstBadAckSynReceived, false, ctx);
            return;
        }
        snd_una = seg.ack;
        take_send_window(seg);
        const Explain why = simultaneous_syn_ack ? Explain::SimultaneousSynAck
                            : seg.payload_len > 0 ? Explain::DataCompletesHandshake
                                                  : Explain::HandshakeComplete;
        stop_timer(why, ctx);
        set_state(TcpState::Established, why, ctx);
        if (simultaneous_syn_ack && ctx.profile().acks_crossing_syn_ack)
            send_ack(Explain::SimultaneousOpenAck, ctx);
        if (passive && timer.retransmissions == 0) { // the SYN-ACK's round trip (Linux tcp_synack_rtt_meas)
            rtt.sample(ctx.now() - timer.first_sent, ctx.profile());
            ctx.rtt_measured(*this, ctx.now() - timer.first_sent);
        }
    } else if (before_or_equal(snd_una, seg.ack) && before_or_equal(seg.ack, snd_nxt)) {
        if (before(snd_una, seg.ack)) {
            snd_una = seg.ack;
            measure_rtt(seg, ctx);
            bool data_acked = false;
            if (!unacked.empty() && after_or_equal(snd_una, unacked_seq + unacked.length)) {
                unacked = {};
                data_acked = true;
            }
            if (snd_una == snd_nxt) { // RFC 6298 §5.2: everything outstanding acknowledged
                stop_timer(data_acked ? Explain::DataAcked : Explain::FinAcked, ctx);
            } else if (data_acked) { // §5.3: restart it for what is left, the FIN
                timer = RetransmitTimer{};
                timer.first_sent = ctx.now();
                arm_timer(rtt.current(ctx.profile()), ctx);
            }
        }
        // The window update: only from a segment newer than the one it last came from.
        if (before(snd_wl1, seg.seq) || (snd_wl1 == seg.seq && before_or_equal(snd_wl2, seg.ack)))
            take_send_window(seg);
        if (!fin_acknowledged(ctx))
            return; // LAST-ACK is over: the TCB is gone
    } else if (after(seg.ack, snd_nxt)) {
        send_ack(Explain::AckTooNew, ctx);
        return;
    }
    if (negotiated.timestamps && seg.options.timestamps)
        ts_recent = seg.options.ts_val;

    // Seventh: segment text, taken while the peer may still send (ESTABLISHED, FIN-WAIT-1
    // and -2). Only in-order data is taken; anything else is re-ACKed.
    Explain ack_why = Explain::None;
    const bool receiving =
        state == TcpState::Established || state == TcpState::FinWait1 || state == TcpState::FinWait2;
    if (seg.payload_len > 0 && receiving) {
        // New data for an application that has closed can never be read: RST (RFC 9293
        // SHLD-3, RFC 2525 §2.17; Linux tcp_rcv_state_process, TCPAbortOnData).
        if (orphaned && state != TcpState::Established && after(seg.seq + seg.payload_len, rcv_nxt)) {
            send_segment(make_rst(seg.ack, ctx.now()), Explain::DataAfterClose, false, ctx);
            stop_timer(Explain::DataAfterClose, ctx);
            set_state(TcpState::Closed, Explain::DataAfterClose, ctx);
            return;
        }
        const bool in_order = seg.seq == rcv_nxt;
        if (in_order) {
            rcv_nxt = rcv_nxt + seg.payload_len;
            app.received(seg.payload_len, false);
        }
        ack_why = in_order ? Explain::DataAccepted : Explain::AckForUnacceptableSeq;
    }
    // Eighth: a FIN in order, after the data it carries, takes one sequence number.
    bool fin_in_established = false;
    if (seg.has(flag::FIN) && seg.seq + seg.payload_len == rcv_nxt)
        if (const auto [to, why] = fin_arrives(); why != Explain::None) {
            fin_in_established = to == TcpState::CloseWait;
            rcv_nxt = rcv_nxt + 1;
            app.received(0, true);
            if (to == TcpState::TimeWait)
                enter_time_wait(why, ctx);
            else
                set_state(to, why, ctx);
            ack_why = why;
        }
    if (ack_why != Explain::None)
        acknowledge(ack_why, fin_in_established, ctx);
    flush_application(ctx);
}

void Endpoint::acknowledge(Explain why, bool fin_in_established, EndpointContext& ctx)
{
    AppMessage answer = application_reads(ctx);
    const bool may_answer = state == TcpState::Established || state == TcpState::CloseWait;
    if (!answer.empty() && (!may_answer || !unacked.empty())) {
        app.answer = answer; // written now, sent once the TCB may (flush_application)
        answer = {};
    }
    const TimingProfile& p = ctx.profile();
    // The answer carries the ACK (RFC 9293 §3.10.7.4, seventh step) unless Linux's
    // quick-ack mode has already acknowledged the data by a segment of its own.
    if (!answer.empty() && (fin_in_established || !p.quick_ack)) {
        send_data(answer, Explain::DataReply, false, ctx);
        return;
    }
    if (fin_in_established && p.delayed_ack > 0) {
        // The ACK of the FIN waits: an application that closes at once sends its FIN
        // with it, and the close takes three segments (Linux pingpong mode).
        delayed_ack_deadline = ctx.now() + p.delayed_ack;
        ctx.ack_delayed(*this, why);
    } else {
        send_ack(why, ctx);
    }
    if (!answer.empty())
        send_data(answer, Explain::DataReply, false, ctx);
}

void Endpoint::on_delayed_ack(EndpointContext& ctx)
{
    if (delayed_ack_deadline < 0)
        return;
    delayed_ack_deadline = -1;
    send_ack(Explain::DelayedAck, ctx);
}

void Endpoint::on_timer(unsigned synack_retry_limit, EndpointContext& ctx)
{
    timer.deadline = -1;
    const bool closing = state == TcpState::FinWait1 || state == TcpState::FinWait2 ||
                         state == TcpState::Closing || state == TcpState::LastAck || state == TcpState::TimeWait;
    if (closing && unacked.empty()) {
        on_close_timer(ctx);
        return;
    }
    const TimingProfile& p = ctx.profile();
    const std::int64_t elapsed = ctx.now() - timer.first_sent;
    if (state == TcpState::SynSent) {
        if (p.syn_gives_up(timer.retransmissions, elapsed)) {
            set_state(TcpState::Closed, Explain::SynTimeout, ctx);
            return;
        }
        ++timer.retransmissions;
        Segment syn = make(flag::SYN, iss, SeqNum(0), ctx.now());
        syn.options = our_syn_options;
        if (syn.options.timestamps)
            syn.options.ts_val = timestamp_clock(ctx.now());
        send_segment(syn, Explain::SynRetransmit, true, ctx);
        arm_timer(p.syn_rto(timer.retransmissions), ctx);
    } else if (state == TcpState::SynReceived) {
        if (p.synack_gives_up(timer.retransmissions, synack_retry_limit, elapsed)) {
            set_state(passive ? TcpState::Listen : TcpState::Closed, Explain::RequestTimedOut, ctx);
            return;
        }
        ++timer.retransmissions;
        send_segment(make_syn_ack(ctx.now()), Explain::SynAckRetransmit, true, ctx);
        arm_timer(p.backoff_rto(timer.retransmissions), ctx);
    } else if (!unacked.empty()) { // ESTABLISHED or closing with data in flight
        if (timer.retransmissions >= p.data_retries) {
            set_state(TcpState::Closed, Explain::ResetToClosed, ctx);
            return;
        }
        ++timer.retransmissions;
        send_data(unacked, Explain::DataRetransmit, true, ctx);
        arm_timer(rtt.backed_off(timer.retransmissions, p), ctx);
    }
}

} // namespace tcpviz
