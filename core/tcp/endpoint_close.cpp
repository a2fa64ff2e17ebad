// Endpoint: closing. The CLOSE call (RFC 9293 §3.10.4), the FIN and the ACK of it in
// the states after ESTABLISHED (§3.10.7.4, fifth and eighth steps), TIME-WAIT (§3.6.1)
// and the timers a closing connection runs, as RFC 9293 Figures 12 and 13 draw them.
#include "tcp/endpoint.hpp"

namespace tcpviz {

bool Endpoint::close(EndpointContext& ctx)
{
    switch (state) {
    case TcpState::SynSent:
        stop_timer(Explain::ClosedBeforeEstablished, ctx);
        set_state(TcpState::Closed, Explain::ClosedBeforeEstablished, ctx);
        return true;
    case TcpState::SynReceived:
    case TcpState::Established:
    case TcpState::CloseWait: close_sending_side(true, ctx); return true;
    default: return false;
    }
}

bool Endpoint::shutdown(EndpointContext& ctx)
{
    switch (state) {
    case TcpState::SynReceived:
    case TcpState::Established:
    case TcpState::CloseWait: close_sending_side(false, ctx); return true;
    default: return false;
    }
}

void Endpoint::close_sending_side(bool orphan, EndpointContext& ctx)
{
    orphaned = orphan;
    // The FIN follows what the application wrote before it (§3.10.4: "queue this until
    // all preceding SENDs have been segmentized"); flush_application sends it once that
    // data has left.
    flush_application(ctx);
    if (app.has_unsent()) {
        fin_waits = true;
        return;
    }
    if (state == TcpState::CloseWait)
        send_fin(TcpState::LastAck, Explain::PassiveClose, ctx);
    else
        send_fin(TcpState::FinWait1, Explain::ActiveClose, ctx);
}

void Endpoint::send_fin(TcpState to, Explain why, EndpointContext& ctx)
{
    fin_waits = false;
    fin_sent = true;
    fin_seq = snd_nxt;
    snd_nxt = snd_nxt + 1; // a FIN takes one sequence number (§3.4)
    set_state(to, why, ctx);
    time_segment(snd_nxt, ctx);
    send_segment(make(flag::FIN | flag::ACK, fin_seq, rcv_nxt, ctx.now()), why, false, ctx);
    if (!timer.armed()) {
        timer = RetransmitTimer{};
        timer.first_sent = ctx.now();
        arm_timer(rtt.current(ctx.profile()), ctx);
    }
}

void Endpoint::resend_fin(EndpointContext& ctx)
{
    timed_at = -1; // Karn: the ACK of a FIN sent twice times nothing
    send_segment(make(flag::FIN | flag::ACK, fin_seq, rcv_nxt, ctx.now()), Explain::FinRetransmit, true, ctx);
}

void Endpoint::enter_time_wait(Explain why, EndpointContext& ctx)
{
    set_state(TcpState::TimeWait, why, ctx);
    timer = RetransmitTimer{};
    timer.first_sent = ctx.now();
    arm_timer(ctx.profile().time_wait, ctx); // 2 MSL, or Linux's 60 s
}

bool Endpoint::fin_acknowledged(EndpointContext& ctx)
{
    if (!fin_acked())
        return true;
    switch (state) {
    case TcpState::FinWait1:
        set_state(TcpState::FinWait2, Explain::FinAcked, ctx);
        // Linux destroys an orphan that waits too long for the peer's FIN.
        if (orphaned && ctx.profile().fin_wait_2_timeout > 0) {
            timer = RetransmitTimer{};
            timer.first_sent = ctx.now();
            arm_timer(ctx.profile().fin_wait_2_timeout, ctx);
        }
        return true;
    case TcpState::Closing: enter_time_wait(Explain::ClosingAcked, ctx); return true;
    case TcpState::LastAck: set_state(TcpState::Closed, Explain::LastAckAcked, ctx); return false;
    default: return true;
    }
}

std::pair<TcpState, Explain> Endpoint::fin_arrives() const
{
    switch (state) {
    case TcpState::SynReceived:
    case TcpState::Established: return {TcpState::CloseWait, Explain::PeerFin};
    // A FIN that also acknowledges ours has already taken FIN-WAIT-1 to FIN-WAIT-2 in the
    // fifth step, and goes on from there to TIME-WAIT, as Linux's tcp_rcv_state_process
    // and tcp_fin do: in FIN-WAIT-1 here, ours is still unacknowledged.
    case TcpState::FinWait1: return {TcpState::Closing, Explain::SimultaneousClose};
    case TcpState::FinWait2: return {TcpState::TimeWait, Explain::PeerFinInFinWait2};
    default: return {state, Explain::None}; // CLOSE-WAIT, CLOSING, LAST-ACK: stay
    }
}

TimerPurpose Endpoint::timer_purpose(ProfileKind profile) const
{
    if (state == TcpState::TimeWait)
        return profile == ProfileKind::Linux ? TimerPurpose::LinuxTimeWait : TimerPurpose::TimeWait;
    return state == TcpState::FinWait2 && unacked.empty() ? TimerPurpose::FinWait2 : TimerPurpose::Retransmission;
}

void Endpoint::on_close_timer(EndpointContext& ctx)
{
    const TimingProfile& p = ctx.profile();
    switch (state) {
    case TcpState::TimeWait: set_state(TcpState::Closed, Explain::TimeWaitExpired, ctx); return;
    case TcpState::FinWait2: set_state(TcpState::Closed, Explain::FinWait2Timeout, ctx); return;
    case TcpState::FinWait1:
    case TcpState::Closing:
    case TcpState::LastAck:
        if (!unacked.empty())
            break; // data first: on_timer's data path resends it
        if (timer.retransmissions >= p.fin_retries) {
            set_state(TcpState::Closed, Explain::CloseTimedOut, ctx);
            return;
        }
        ++timer.retransmissions;
        resend_fin(ctx);
        arm_timer(rtt.backed_off(timer.retransmissions, p), ctx);
        return;
    default: return;
    }
}

} // namespace tcpviz
