#pragma once
// The append-only record of a simulation: what the diagram draws and the narration
// explains. Segments are stored once; events refer to them by index. Each event
// carries an explanation id whose parameters are listed beside it.
#include "capture/capture_origin.hpp"
#include "sim/chunked_vector.hpp"
#include "tcp/segment.hpp"
#include "tcp/tcp_state.hpp"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tcpviz {

enum class EventKind : std::uint8_t {
    SegmentSent,      // host = sender, ref = segment, a = receiving host (kNoHost: none), b = retransmission
    SegmentDelivered, // host = receiver, ref = segment, a = µs held back (why: Delayed)
    SegmentLost,      // host = sender, ref = segment, a = LossReason
    SegmentDropped,   // host = receiver, ref = segment: arrived, discarded without reply
    StateChanged,     // host, ref = endpoint id, a = from | to << 8 | peer port << 16, b = peer address
    TimerArmed,       // host, ref = endpoint id, a = RTO in µs, b = retransmissions so far | purpose << 24
    TimerFired,       // host, ref = endpoint id, a = retransmissions so far
    TimerCancelled,   // host, ref = endpoint id
    QueueDepth,       // host, a = SYN queue depth, b = backlog
    AcceptQueueDepth, // host, ref = endpoint id, a = accept queue depth, b = backlog; why: queued or accepted
    Action,           // host = actor, ref = action index (scenario timeline or user), a/b per `why`
    AckDelayed,       // host, ref = endpoint id, a = delay in µs; why: what the ACK acknowledges
    DelayedAckCarried,// host, ref = endpoint id; why: the segment that took the delayed ACK along
    RttMeasured,      // host, ref = endpoint id, a = index into Trace::rtt_readings
};

// AfterCapturePoint: an imported segment its receiver evidently never got.
enum class LossReason : std::uint8_t { FaultPlan, Unreachable, UserLoss, RandomLoss, AfterCapturePoint };

// Why something happened; the narration turns each into a sentence with the numbers.
enum class Explain : std::uint16_t {
    None,
    // Setup and application calls
    Listening,            // server opened its port (passive OPEN)
    ActiveOpen,           // connect(): CLOSED -> SYN-SENT, SYN with ISS
    PresetEstablished,    // scenario starts with an ESTABLISHED connection
    HostRebooted,         // every TCB forgotten
    AppSend,              // application wrote data
    // Active side
    SynRetransmit,        // SYN timer fired, SYN sent again
    SynTimeout,           // retries exhausted: connect() fails, CLOSED
    HandshakeAck,         // SYN-SENT got SYN-ACK: ESTABLISHED, third segment sent
    SimultaneousOpen,     // SYN-SENT got SYN without ACK: SYN-RECEIVED, SYN-ACK
    SimultaneousSynAck,   // SYN-RECEIVED (active) got the peer's SYN-ACK: ESTABLISHED
    SimultaneousOpenAck,  // Linux also acknowledges that SYN-ACK, whose SYN lies below RCV.NXT
    ConnectionRefused,    // SYN-SENT got RST with acceptable ACK: CLOSED
    RstBadAckSynSent,     // SYN-SENT got an ACK outside ISS..SND.NXT: RST <SEQ=SEG.ACK>
    // Passive side
    SynAckReply,          // LISTEN got SYN: SYN-RECEIVED, SYN-ACK with ISS
    SynAckRetransmit,     // request timer fired, SYN-ACK again
    SynAckForDuplicateSyn,// SYN-RECEIVED got the original SYN again: same SYN-ACK
    RequestTimedOut,      // SYN-ACK retries exhausted: request dropped, back to LISTEN
    SynQueueFull,         // SYN dropped silently, cookies off (RFC 4987 §2)
    CookieSynAck,         // stateless SYN-ACK whose ISN is a SYN cookie
    CookieAccepted,       // ACK carried a valid cookie: ESTABLISHED without a request
    CookieRejected,       // ACK in LISTEN with no valid cookie: RST
    HandshakeComplete,    // SYN-RECEIVED got an acceptable ACK: ESTABLISHED
    DataCompletesHandshake, // ... and that ACK came with data
    RstBadAckSynReceived, // SYN-RECEIVED got an unacceptable ACK: RST <SEQ=SEG.ACK>
    ResetToListen,        // valid RST in SYN-RECEIVED reached from LISTEN
    ResetToClosed,        // valid RST in SYN-RECEIVED (active) or ESTABLISHED: CLOSED
    TwoWayEstablished,    // hypothetical: ESTABLISHED right after sending SYN-ACK
    ConnectionQueued,     // ESTABLISHED, waiting in the accept queue for the application
    AppAccepted,          // the application's accept() takes the oldest queued connection
    AcceptQueueFull,      // accept queue full (Linux sk_acceptq_is_full): SYN or third ACK dropped
    // Any state
    RstForClosedPort,     // no TCB: RST (or RST-ACK) per RFC 9293 §3.10.7.1
    RstForAckInListen,    // LISTEN got an ACK: RST <SEQ=SEG.ACK>
    RstIgnored,           // a RST never draws a RST; dropped
    AckForUnacceptableSeq,// not in the receive window: ACK <SEQ=SND.NXT><ACK=RCV.NXT>
    ChallengeAckSyn,      // RFC 5961 §4: SYN in a synchronized state
    ChallengeAckRst,      // RFC 5961 §3: in-window RST with inexact SEQ
    RstOutOfWindow,       // RFC 5961 §3: RST outside the window, dropped
    AckTooNew,            // ACK of something not yet sent: ACK, drop
    NoAckDropped,         // segment without ACK in a synchronized state: dropped
    DataAccepted,         // in-order data: RCV.NXT advances, ACK sent
    DataSent,             // data segment
    DataReply,            // data segment that also acknowledges received data
    DataRetransmit,       // RTO fired on unacknowledged data
    DataAcked,            // our data acknowledged: timer stopped
    // Closing (RFC 9293 §3.10.4 CLOSE, §3.10.7.4 fifth and eighth steps, §3.6)
    ActiveClose,          // the application calls close(): FIN, FIN-WAIT-1
    PassiveClose,         // CLOSE-WAIT: close() sends the FIN, LAST-ACK
    ClosedBeforeEstablished,// close() in SYN-SENT: the TCB is deleted
    PeerFin,              // FIN in ESTABLISHED: RCV.NXT+1, ACK, CLOSE-WAIT
    FinAcked,             // FIN-WAIT-1 got the ACK of its FIN: FIN-WAIT-2
    SimultaneousClose,    // FIN in FIN-WAIT-1, ours not yet acknowledged: CLOSING (Figure 13)
    PeerFinInFinWait2,    // FIN in FIN-WAIT-2: ACK, TIME-WAIT
    ClosingAcked,         // CLOSING got the ACK of its FIN: TIME-WAIT
    LastAckAcked,         // LAST-ACK got the ACK of its FIN: CLOSED
    TimeWaitFinAgain,     // TIME-WAIT got the FIN again: ACK, the 2 MSL timer restarts
    TimeWaitExpired,      // TIME-WAIT timer expired: CLOSED
    FinRetransmit,        // FIN not acknowledged within the RTO: sent again
    FinWait2Timeout,      // an orphaned FIN-WAIT-2 gives up (tcp_fin_timeout): CLOSED
    CloseTimedOut,        // FIN retries exhausted: the connection is dropped, CLOSED
    DataAfterClose,       // data for an application that has closed: RST <SEQ=SEG.ACK>, CLOSED
    UnreadDataReset,      // close() with received data unread: RST instead of FIN (RFC 2525 §2.17)
    Abort,                // close() with SO_LINGER 0: RST <SEQ=SND.NXT> (§3.10.5 ABORT)
    DelayedAck,           // the delayed-ACK timer expired: the ACK goes alone
    AppClose,             // the application calls close()
    AppShutdown,          // the application calls shutdown(SHUT_WR)
    AppAbort,             // the application sets SO_LINGER 0 and calls close()
    // Network and injections
    Unreachable,          // no host at the destination address answers
    FaultDrop,            // the scenario's fault plan drops it
    UserLoss,             // the user lost it in flight
    RandomLoss,           // loss probability
    Delayed,              // the fault plan held it back: it arrives late
    ForgedSyn,            // attacker sends a SYN with a forged source address
    FloodSyn,             // one SYN of a flood
    OldDuplicate,         // an old segment from an earlier incarnation arrives
    LossArmed,            // user armed "lose next <kind>"
    ProbeConnection,      // attacker connects from its own address to sample ISNs
    BlindSpoofAck,        // attacker sends the ACK with a guessed server ISN + 1
    // Imported from a capture: what the capture shows but no rule of the engine names
    CapturedMidstream,    // the connection was open before the capture began: ESTABLISHED
    CapturedReset,        // the endpoint sent a RST: CLOSED
    CapturedAck,          // an ACK with nothing new to say (a keep-alive, a duplicate, a window update)
    LostAfterCapture,     // the capture saw it, but its receiver evidently never got it
};
inline constexpr Explain kLastExplain = Explain::LostAfterCapture;

struct TraceEvent {
    std::int64_t time = 0; // ns of virtual time
    std::uint32_t step = 0;
    std::uint32_t ref = 0;
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    EventKind kind = EventKind::SegmentSent;
    std::uint8_t host = 0;
    Explain why = Explain::None;
    friend bool operator==(const TraceEvent&, const TraceEvent&) = default;
};

inline constexpr std::uint8_t kNoHost = 0xff;

// Typed readings of each kind's fields: the engine packs them into `ref/a/b`, and
// nothing outside it unpacks them. Every time is in ns, like TraceEvent::time.
std::uint8_t receiver_of(const TraceEvent& sent); // SegmentSent: kNoHost when nobody has the address
LossReason loss_reason(const TraceEvent& lost);   // SegmentLost

struct StateChange {
    TcpState from = TcpState::Closed, to = TcpState::Closed;
    std::uint32_t endpoint = 0;
    Ipv4 peer_address = 0;
    std::uint16_t peer_port = 0;
};
StateChange state_change(const TraceEvent& changed); // StateChanged

// What the one timer of a TCB is running for: RFC 9293 has a retransmission timer and
// a TIME-WAIT timer; Linux adds the orphaned FIN-WAIT-2 timeout.
enum class TimerPurpose : std::uint8_t {
    Retransmission,
    TimeWait,      // 2 MSL (RFC 9293 §3.6.1, MSL = 2 minutes, §3.4.2)
    LinuxTimeWait, // Linux's fixed TCP_TIMEWAIT_LEN, 60 s
    FinWait2,      // Linux tcp_fin_timeout
};
struct TimerArming {
    std::int64_t rto = 0;                // ns until it fires
    std::uint32_t retransmissions = 0;   // already sent before this arming
    TimerPurpose purpose = TimerPurpose::Retransmission;
};
TimerArming timer_arming(const TraceEvent& armed);          // TimerArmed
std::uint32_t retransmissions_when_fired(const TraceEvent& fired); // TimerFired

// A SYN or accept queue's depth against its backlog. Linux counts a queue full only
// past the backlog (inet_csk_reqsk_queue_is_full, sk_acceptq_is_full).
struct QueueLevel {
    std::uint32_t depth = 0;
    std::uint32_t backlog = 0;
    bool accept = false; // the accept queue; else the SYN queue
    bool full() const { return depth > backlog; }
};
QueueLevel queue_level(const TraceEvent& depth); // QueueDepth, AcceptQueueDepth

// What an Action event records, by its `why`.
std::uint8_t action_target(const TraceEvent& action);     // ActiveOpen, ProbeConnection, OldDuplicate: the peer host
std::uint8_t action_forged_as(const TraceEvent& action);  // ForgedSyn, BlindSpoofAck: the host whose address is forged
struct AppWrite {
    std::uint32_t text = 0; // index into Trace::texts
    std::uint32_t bytes = 0;
};
AppWrite app_write(const TraceEvent& action); // AppSend
struct FloodPlan {
    std::uint32_t count = 0;
    std::int64_t interval = 0; // ns between SYNs
};
FloodPlan flood_plan(const TraceEvent& action);       // FloodSyn
SegmentKind armed_loss(const TraceEvent& action);     // LossArmed
SeqNum guessed_ack(const TraceEvent& action);         // BlindSpoofAck
// AppClose, AppShutdown, AppAbort: which connection, and what was still unread.
struct AppCloseCall {
    std::uint32_t endpoint = 0;
    std::uint32_t unread = 0; // bytes received and not read by the application
    bool planned = false;     // by the host's close plan (else the timeline or the user)
};
AppCloseCall app_close_call(const TraceEvent& action);
// Action events of a close plan carry this ref instead of an action index.
inline constexpr std::uint32_t kClosePlanRef = 0xffff'ffffu;

std::int64_t ack_delay(const TraceEvent& delayed); // AckDelayed: ns the ACK waits at most

struct SegmentRecord {
    Segment seg;
    std::uint32_t expired_rto_us = 0; // sent by an expired retransmission timer: its RTO; else 0
    std::int64_t arrives_at = 0;      // scheduled arrival (a loss may end it earlier)
    std::uint8_t from_host = kNoHost;
    std::uint8_t to_host = kNoHost; // kNoHost: no host has that address
    Explain why = Explain::None;
    bool retransmission = false;
    friend bool operator==(const SegmentRecord&, const SegmentRecord&) = default;
};
// A flood's trace holds millions: the RTO fits in what was padding.
static_assert(sizeof(SegmentRecord) == 64);

// ns the retransmission timer ran before it sent this segment (RFC 6298 §5.4); 0 when
// no timer sent it (an original, or a SYN-ACK repeated for a duplicate SYN).
std::int64_t expired_rto(const SegmentRecord& sent);
// ns the fault plan held a delivered segment back beyond the path's latency.
std::int64_t held_back(const TraceEvent& delivered); // SegmentDelivered, why Delayed

// One round-trip measurement and the estimator after it (RFC 6298 §2), all in ns.
struct RttReading {
    std::uint32_t step = 0;
    std::int64_t sample = 0;
    std::int64_t srtt = 0;
    std::int64_t rttvar = 0;
    std::int64_t rto = 0;
    friend bool operator==(const RttReading&, const RttReading&) = default;
};

enum class HostRole : std::uint8_t { Client, Server, Attacker, Forged, Spoofed };

struct TraceHost {
    std::string name;
    HostRole role = HostRole::Client;
    Ipv4 address = 0;
    std::uint8_t prefix_len = 32; // forged-source hosts stand for a whole range
    std::uint16_t port = 0;
    // The address is this host's, or within the range it stands for.
    bool stands_for(Ipv4 a) const
    {
        const Ipv4 mask = prefix_len == 0 ? 0 : ~Ipv4(0) << (32 - std::min<int>(prefix_len, 32));
        return (a & mask) == (address & mask);
    }
    friend bool operator==(const TraceHost&, const TraceHost&) = default;
};

class Trace {
public:
    std::vector<TraceHost> hosts;
    std::vector<std::string> texts; // payloads, by Segment::payload_text
    ChunkedVector<SegmentRecord> segments;
    ChunkedVector<TraceEvent> events;
    std::vector<RttReading> rtt_readings; // by RttMeasured events
    // Set when the trace was imported from a capture rather than simulated.
    std::shared_ptr<const CaptureOrigin> capture;
    // Which run this trace records: new for each trace made, kept as it grows and as
    // truncate() cuts it back, so that a view can tell a step back (what it holds is a
    // prefix of what it held) from another run that lives in the same object.
    std::uint64_t lineage = new_lineage();
    static std::uint64_t new_lineage();

    // Removes every event of a step after `step` and every segment at or past `segment_count`.
    void truncate(std::uint32_t step, std::size_t segment_count);
    // Index range [first, last) of the events recorded by `step`.
    std::pair<std::size_t, std::size_t> events_of_step(std::uint32_t step) const;
    std::uint32_t last_step() const { return events.empty() ? 0 : events.back().step; }
    std::size_t memory_bytes() const;

    const RttReading& rtt_reading(const TraceEvent& measured) const { return rtt_readings[measured.a]; }
    static TcpState from_state(const TraceEvent& e) { return state_change(e).from; }
    static TcpState to_state(const TraceEvent& e) { return state_change(e).to; }
};

// The hosts each view shows, by index: clients and servers from the start, the others
// (an attacker, forged sources, a spoofed host) once they send, receive or change state
// within the first `n_events` events.
std::vector<bool> hosts_taking_part(const Trace& trace, std::size_t n_events);
// For each host, the first of those events it takes part in (0 for clients and servers),
// or kNeverTakesPart.
constexpr std::size_t kNeverTakesPart = ~std::size_t(0);
std::vector<std::size_t> first_taking_part(const Trace& trace, std::size_t n_events);

// An address as the views write it: dotted IPv4, or the IPv6 address an imported
// trace's key stands for.
std::string address_text(const Trace& trace, Ipv4 address);
// The capture's record of a segment, or nullptr in a simulated trace.
const CapturedSegment* captured(const Trace& trace, std::uint32_t segment);

const char* explain_id(Explain why); // stable snake_case id for JSON and translations
// A short English phrase for `why` ("SYN queue full: SYN dropped"), marked for
// translation in the context "Narration"; "" for Explain::None.
const char* explain_phrase(Explain why);
bool parse_explain_id(const std::string& id, Explain& out);
const char* event_kind_id(EventKind kind);
const char* role_name(HostRole role);
const char* loss_reason_id(LossReason reason);
const char* timer_purpose_id(TimerPurpose purpose); // "retransmission", "time_wait"...

} // namespace tcpviz
