#pragma once
// One connection's TCB and its RFC 9293 state machine. Handlers follow §3.10.7
// "SEGMENT ARRIVES" in the RFC's order; every state change goes through set_state(),
// which the context records. Time, ISS and the send path come from the context, so an
// Endpoint is a plain value that snapshots copy.
#include "tcp/application.hpp"
#include "tcp/keyed_hash.hpp"
#include "tcp/rtt_estimator.hpp"
#include "tcp/segment.hpp"
#include "tcp/tcp_state.hpp"
#include "tcp/timing_profile.hpp"
#include "sim/trace.hpp"

#include <cstdint>
#include <utility>

namespace tcpviz {

struct RetransmitTimer {
    std::int64_t deadline = -1; // -1: stopped
    std::int64_t rto = 0;
    std::uint32_t retransmissions = 0;
    std::int64_t first_sent = 0; // for give-up rules that count elapsed time
    bool armed() const { return deadline >= 0; }
    friend bool operator==(const RetransmitTimer&, const RetransmitTimer&) = default;
};

class Endpoint;

// What an endpoint needs from the world around it.
class EndpointContext {
public:
    virtual std::int64_t now() const = 0;
    virtual const TimingProfile& profile() const = 0;
    virtual void send(const Endpoint& from, const Segment& seg, Explain why, bool retransmission) = 0;
    virtual void state_changed(const Endpoint& e, TcpState from, Explain why) = 0;
    virtual void timer_armed(const Endpoint& e) = 0;
    virtual void timer_stopped(const Endpoint& e, Explain why) = 0;
    // The segment being processed is discarded without a reply.
    virtual void dropped(Explain why) = 0;
    // The ACK owed waits on the delayed-ACK timer (deadline in the endpoint), for `why`.
    virtual void ack_delayed(const Endpoint& e, Explain why) = 0;
    // A segment sent for `carried_by` took the delayed ACK with it: its timer stops.
    virtual void delayed_ack_carried(const Endpoint& e, Explain carried_by) = 0;
    // The application's close plan starts its countdown: it closes `delay` ns from now.
    virtual void close_planned(const Endpoint& e, std::int64_t delay) = 0;
    // A round trip was measured; the estimator in the endpoint holds the result.
    virtual void rtt_measured(const Endpoint& e, std::int64_t sample) = 0;

protected:
    ~EndpointContext() = default;
};

class Endpoint {
public:
    std::uint32_t id = 0;
    std::uint8_t host = 0;
    FourTuple tuple;
    TcpState state = TcpState::Closed;
    bool passive = false; // reached SYN-RECEIVED from LISTEN (RFC 9293 §3.10.7.4)

    SeqNum iss, irs, snd_una, snd_nxt, rcv_nxt;
    std::uint32_t rcv_wnd = 64240;
    std::uint32_t snd_wnd = 0;
    SeqNum snd_wl1, snd_wl2; // SEG.SEQ and SEG.ACK of the segment SND.WND came from
    TcpOptions our_syn_options; // offered in our SYN or SYN-ACK
    TcpOptions negotiated;      // what both sides agreed on (RFC 7323 §1.3, RFC 2018)
    std::uint32_t ts_recent = 0;

    RetransmitTimer timer;
    std::int64_t opened_at = 0;
    std::int64_t handshake_rtt = 0; // measured by an active opener on SYN-ACK arrival
    RttEstimator rtt;
    // The one segment being timed (RFC 6298 §3, Karn: never a retransmitted one): the
    // ACK that reaches timed_end measures now - timed_at.
    std::int64_t timed_at = -1; // -1: nothing timed
    SeqNum timed_end;
    std::int64_t delayed_ack_deadline = -1; // -1: no ACK owed on the delayed-ACK timer

    AppMessage unacked; // sent, not yet acknowledged
    SeqNum unacked_seq;
    // Our FIN, once close() has sent it: it takes the sequence number fin_seq (§3.4).
    bool fin_sent = false;
    SeqNum fin_seq;
    bool fin_waits = false; // close() came while data was still to be sent: FIN after it
    bool orphaned = false;  // the application closed, so FIN-WAIT-2 has a timeout (Linux)

    Application app; // the socket's user: what is written, and when

    friend bool operator==(const Endpoint&, const Endpoint&) = default;

    // connect(): CLOSED -> SYN-SENT (RFC 9293 §3.10.1).
    void open_active(SeqNum initial_seq, EndpointContext& ctx);
    // A listener's SYN: LISTEN -> SYN-RECEIVED, SYN-ACK (RFC 9293 §3.10.7.2).
    void open_passive(const Segment& syn, SeqNum initial_seq, EndpointContext& ctx);
    // Figure 9's starting point: already synchronized with the given numbers.
    void preset_established(SeqNum send_next, SeqNum receive_next);

    void on_segment(const Segment& seg, EndpointContext& ctx);
    // The endpoint's own retransmission timer expired (SYN-SENT, active SYN-RECEIVED,
    // ESTABLISHED with unacknowledged data). A listener passes its request retry limit,
    // lowered under queue pressure; an active opener passes the profile's.
    void on_timer(unsigned synack_retry_limit, EndpointContext& ctx);
    void app_send(AppMessage message, EndpointContext& ctx);
    // The application's close() (RFC 9293 §3.10.4): FIN after what is queued. False, with
    // nothing changed, in a state where close() is an error ("connection closing").
    bool close(EndpointContext& ctx);
    // shutdown(SHUT_WR): the FIN as close() sends it, but the application still reads,
    // so FIN-WAIT-2 has no timeout (§3.6.1 half-close).
    bool shutdown(EndpointContext& ctx);
    // The application closes as its plan or the timeline says: close() (RST instead when
    // data is unread, RFC 2525 §2.17), shutdown(), or an abort with SO_LINGER 0.
    // False, with nothing changed, when the connection is already closing or closed.
    bool application_closes(CloseHow how, EndpointContext& ctx);
    // ABORT (§3.10.5): RST <SEQ=SND.NXT>, with the ACK Linux sets, and CLOSED.
    void reset(Explain why, EndpointContext& ctx);
    // The delayed-ACK timer expired: the ACK owed goes out alone.
    void on_delayed_ack(EndpointContext& ctx);
    bool fin_acked() const { return fin_sent && after(snd_una, fin_seq); }
    // What the one timer runs for in the current state (its expiry: on_timer).
    TimerPurpose timer_purpose(ProfileKind profile) const;

    // SEG.SEQ acceptability, RFC 9293 §3.10.7.4 Table 6.
    bool acceptable(const Segment& seg) const;
    // SEG.WND as the peer means it: shifted by its window scale outside SYNs (RFC 7323 §2.3).
    std::uint32_t peer_window(const Segment& seg) const;
    // SND.WND <- SEG.WND, SND.WL1 <- SEG.SEQ, SND.WL2 <- SEG.ACK (RFC 9293 §3.10.7.4).
    void take_send_window(const Segment& seg);
    Segment make(std::uint8_t flags, SeqNum seq, SeqNum ack, std::int64_t now) const;
    Segment make_syn_ack(std::int64_t now) const;
    Segment make_rst(SeqNum seq, std::int64_t now) const;
    void arm_timer(std::int64_t rto, EndpointContext& ctx);
    void stop_timer(Explain why, EndpointContext& ctx); // `why` the timer is no longer needed
    void set_state(TcpState to, Explain why, EndpointContext& ctx);
    void learn_peer_options(const Segment& syn);
    // True if `seg` is the acceptable ACK that takes this SYN-RECEIVED to ESTABLISHED.
    bool completes_handshake(const Segment& seg) const;
    // The application's accept() returns this connection: it greets, or answers what
    // has arrived meanwhile.
    void application_accepts(EndpointContext& ctx);
    // Sends what the application has written, once ESTABLISHED with nothing unacknowledged.
    void flush_application(EndpointContext& ctx);

private:
    void syn_sent_arrives(const Segment& seg, EndpointContext& ctx);
    void synchronized_arrives(const Segment& seg, EndpointContext& ctx);
    void send_ack(Explain why, EndpointContext& ctx);
    // The ACK the seventh or eighth step owes: with the application's answer, alone, or
    // on the delayed-ACK timer after a FIN in ESTABLISHED.
    void acknowledge(Explain why, bool fin_in_established, EndpointContext& ctx);
    // Every segment leaves through here: one carrying an ACK takes the delayed ACK along.
    void send_segment(const Segment& seg, Explain why, bool retransmission, EndpointContext& ctx);
    void time_segment(SeqNum end, EndpointContext& ctx);
    void measure_rtt(const Segment& seg, EndpointContext& ctx);
    // endpoint_application.cpp
    // The application reads what has arrived, if it reads and has the connection; its
    // close plan may start; returns the answer it writes, if any.
    AppMessage application_reads(EndpointContext& ctx);
    void plan_close(CloseAfter what, EndpointContext& ctx);
    void close_sending_side(bool orphan, EndpointContext& ctx);
    void send_data(AppMessage message, Explain why, bool retransmission, EndpointContext& ctx);
    // endpoint_close.cpp
    void send_fin(TcpState to, Explain why, EndpointContext& ctx);
    void resend_fin(EndpointContext& ctx);
    void enter_time_wait(Explain why, EndpointContext& ctx);
    // The ACK field's effect on a closing state, once SND.UNA has moved (fifth step).
    // False when the TCB is gone (LAST-ACK done).
    bool fin_acknowledged(EndpointContext& ctx);
    // The FIN of an in-order segment (eighth step): the state it leads to, and why.
    std::pair<TcpState, Explain> fin_arrives() const;
    void on_close_timer(EndpointContext& ctx);
};

std::uint32_t timestamp_clock(std::int64_t now_ns); // TSval clock: 1 ms ticks, like Linux

} // namespace tcpviz
