#include "teaching/narration.hpp"

#include "capture/tcp_analysis.hpp"

#include "teaching/step_facts.hpp"

#include "window/language.hpp"
#include "scenario/scenario.hpp"
#include "words/trace_words.hpp"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>
#include <vector>

namespace tcpviz {
namespace {

using narration_parts::close_sentence;
using narration_parts::kind_of;
using narration_parts::StepFacts;

// The context of these texts in Qt Linguist.
struct Narration {
    Q_DECLARE_TR_FUNCTIONS(Narration)
};

// A captured segment sent again: Wireshark's kind of retransmission, and what the time
// since the first copy says of the sender's timer.
QString resent_in_capture(const QString& who, const Segment& s, const QString& seq, const CapturedSegment& c)
{
    const QString kind = kind_of(s);
    if (c.analysis & analysis::FastRetransmission)
        return Narration::tr("%1 sends the %2 (Seq=%3) again right after the peer's duplicate ACKs: a fast "
                             "retransmission, without waiting for its timer (RFC 5681 §3.2).")
            .arg(who, kind, seq);
    if (c.analysis & analysis::SpuriousRetransmission)
        return Narration::tr("%1 sends the %2 (Seq=%3) again, though the capture already shows it acknowledged: a "
                             "spurious retransmission, its timer ran out before the ACK reached it.")
            .arg(who, kind, seq);
    if (c.analysis & analysis::OutOfOrder)
        return Narration::tr("This %1 (Seq=%2) from %3 comes after one with a higher Seq, within a round trip: out "
                             "of order, as Wireshark counts it, rather than sent again.")
            .arg(kind, seq, who);
    if (c.since_first_copy <= 0)
        return Narration::tr("%1 sends the %2 (Seq=%3) again: the capture holds an earlier copy of it.")
            .arg(who, kind, seq);
    if (s.has(flag::SYN))
        return Narration::tr("%1 sends the %2 (Seq=%3) again %4 after the first: nothing acknowledged it, so its "
                             "retransmission timer ran out. The initial RTO is 1 s (RFC 6298 §2.1); a timer fires "
                             "a little late.")
            .arg(who, kind, seq, elapsed_text(c.since_first_copy));
    return Narration::tr("%1 sends the %2 (Seq=%3) again %4 after the first: nothing acknowledged it, so its "
                         "retransmission timer ran out, after the RTO its round trips gave it (RFC 6298 §2, §5).")
        .arg(who, kind, seq, elapsed_text(c.since_first_copy));
}

// The sentence for one explanation id, from the step's facts; empty if the
// facts it needs are not in the step (then the caller falls back to the title).
QString sentence(const StepFacts& f, const TraceEvent& e)
{
    const Trace& t = f.trace();
    const QString who = f.who(e);
    const TraceEvent* received = f.received();
    const std::size_t in_i = received ? received->ref : 0;
    const Segment* in = received ? &t.segments[in_i].seg : nullptr;
    // The segment this explanation sends, and where to (SegmentSent: a = receiving host).
    const TraceEvent* sent = e.kind == EventKind::SegmentSent ? &e : f.find(EventKind::SegmentSent, e.why);
    const std::size_t out_i = sent ? sent->ref : 0;
    const Segment* out = sent ? &t.segments[out_i].seg : nullptr;
    const Segment* moved = // the segment a loss or a drop is about
        (e.kind == EventKind::SegmentLost || e.kind == EventKind::SegmentDropped) ? &t.segments[e.ref].seg : nullptr;
    const TraceEvent* armed = f.find(EventKind::TimerArmed);
    const TraceEvent* fired = f.find(EventKind::TimerFired);
    // A capture shows no timer: what it shows is how long after the first copy this one came.
    if (const CapturedSegment* c = out ? captured(t, std::uint32_t(out_i)) : nullptr;
        c && (c->analysis & analysis::AnyRetransmission))
        return resent_in_capture(who, *out, f.seq(out_i), *c);

    switch (e.why) {
    case Explain::None: return {};
    case Explain::Listening:
        return Narration::tr("%1 opens port %2 and waits in LISTEN (a passive OPEN): it has no connection yet, only "
                             "a listening socket that will answer SYNs (RFC 9293 §3.5).")
            .arg(who)
            .arg(t.hosts[e.host].port);
    case Explain::ActiveOpen:
        if (!out)
            return {};
        return Narration::tr("%1 calls connect(): it chooses its initial sequence number ISN = %2 and sends a SYN "
                             "with Seq=%2 to %3. A SYN consumes one sequence number, so the answer must acknowledge "
                             "%4 (ISN + 1). %1 is now in SYN-SENT (RFC 9293 §3.4, Figure 6).")
            .arg(who, f.seq(out_i), host_title(t, receiver_of(*sent)), f.seq_space(out_i, out->seq + 1));
    case Explain::ProbeConnection:
        return Narration::tr("%1 opens an ordinary connection from its own address, only to read the server's ISN in "
                             "the SYN-ACK that comes back.")
            .arg(who);
    case Explain::PresetEstablished:
        return Narration::tr("%1 starts with a connection to %2 already ESTABLISHED, left over from before (RFC 9293 "
                             "§3.5.1, Figure 9).")
            .arg(who, QString::fromStdString(address_text(t, state_change(e).peer_address)));
    case Explain::HostRebooted:
        return Narration::tr("%1 crashes and reboots: it forgets every connection it had, and its peers do not know "
                             "yet (RFC 9293 §3.5.1).")
            .arg(who);
    case Explain::AppSend:
        return Narration::tr("The application on %1 writes %2 bytes (\"%3\"); TCP sends them once the connection is "
                             "ESTABLISHED.")
            .arg(who)
            .arg(app_write(e).bytes)
            .arg(app_write(e).text < t.texts.size() ? QString::fromStdString(t.texts[app_write(e).text]) : QString());
    case Explain::SynRetransmit:
        if (!out)
            return {};
        return Narration::tr("No SYN-ACK came back within %1's retransmission timeout: it sends the SYN again with "
                             "the same Seq=%2 (retransmission %3) and now waits %4 (RFC 9293 §3.8.1, RFC 6298 §5).")
            .arg(who, f.seq(out_i))
            .arg(armed ? timer_arming(*armed).retransmissions : 0)
            .arg(armed ? elapsed_text(timer_arming(*armed).rto) : QString());
    case Explain::SynTimeout:
        return Narration::tr("%1 gives up after %2 retransmissions without an answer: connect() fails with a timeout "
                             "and the connection returns to CLOSED (RFC 9293 §3.8.3; Linux tcp_syn_retries).")
            .arg(who)
            .arg(fired ? retransmissions_when_fired(*fired) : 0);
    case Explain::HandshakeAck:
        if (!in || !out)
            return {};
        return Narration::tr("%1 receives the SYN-ACK. Its Ack=%2 acknowledges the SYN (ISN + 1) and its Seq=%3 is "
                             "the server's own ISN, which %1 records as IRS. %1 enters ESTABLISHED and sends the "
                             "third segment: ACK with Seq=%4 and Ack=%5 (IRS + 1) (RFC 9293 §3.10.7.3).")
            .arg(who, f.ack(in_i), f.seq(in_i), f.seq(out_i), f.ack(out_i));
    case Explain::SimultaneousOpen:
        if (!in || !out)
            return {};
        return Narration::tr("%1 is in SYN-SENT and receives a SYN without ACK (Seq=%2): both ends opened at once. "
                             "It records IRS = %2, moves to SYN-RECEIVED and answers with SYN-ACK Seq=%3 Ack=%4, "
                             "repeating its own ISN (RFC 9293 §3.5, Figure 7).")
            .arg(who, f.seq(in_i), f.seq(out_i), f.ack(out_i));
    case Explain::SimultaneousSynAck:
        if (!in)
            return {};
        return Narration::tr("%1 is in SYN-RECEIVED and receives a SYN-ACK whose Ack=%2 acknowledges its SYN: the "
                             "simultaneous open is complete and %1 enters ESTABLISHED (RFC 9293 Figure 7).")
            .arg(who, f.ack(in_i));
    case Explain::SimultaneousOpenAck:
        if (!out)
            return {};
        return Narration::tr("Linux acknowledges that SYN-ACK as well, with a bare ACK Seq=%1 Ack=%2: the SYN in it "
                             "repeats one %3 has already received, so it lies below RCV.NXT, and such a segment draws "
                             "an ACK (RFC 9293 §3.10.7.4, first step). Figure 7 of the RFC shows none.")
            .arg(f.seq(out_i), f.ack(out_i), who);
    case Explain::ConnectionRefused:
        if (!in)
            return {};
        return Narration::tr("%1 receives a RST whose Ack=%2 acknowledges its SYN: nothing listens on that port. "
                             "connect() fails with \"connection refused\" and %1 returns to CLOSED (RFC 9293 "
                             "§3.10.7.3).")
            .arg(who, f.ack(in_i));
    case Explain::RstBadAckSynSent:
        if (!in)
            return {};
        return Narration::tr("%1 is in SYN-SENT and receives a SYN-ACK with Ack=%2, which does not acknowledge its "
                             "own SYN: it belongs to an old attempt. %1 answers with RST Seq=%2 (the Ack it got) and "
                             "keeps waiting for the right answer (RFC 9293 §3.10.7.3, Figure 8).")
            .arg(who, f.ack(in_i));
    case Explain::SynAckReply:
        if (!in || !out)
            return {};
        return Narration::tr("%1 is in LISTEN and receives a SYN with Seq=%2. It records IRS = %2, chooses its own "
                             "ISN = %3 and answers with SYN-ACK Seq=%3 Ack=%4 (the SYN's Seq + 1): one segment "
                             "acknowledges the SYN and carries its own. The half-open request waits in the SYN "
                             "queue, in SYN-RECEIVED (RFC 9293 §3.10.7.2).")
            .arg(who, f.seq(in_i), f.seq(out_i), f.ack(out_i));
    case Explain::SynAckRetransmit:
        if (!out)
            return {};
        return Narration::tr("No ACK came back for %1's SYN-ACK within the timeout: it sends the same SYN-ACK again "
                             "(Seq=%2, Ack=%3), retransmission %4, and now waits %5 (RFC 9293 §3.8.1; Linux "
                             "tcp_synack_retries).")
            .arg(who, f.seq(out_i), f.ack(out_i))
            .arg(armed ? timer_arming(*armed).retransmissions : 0)
            .arg(armed ? elapsed_text(timer_arming(*armed).rto) : QString());
    case Explain::SynAckForDuplicateSyn:
        if (!out)
            return {};
        return Narration::tr("%1 already holds this request in SYN-RECEIVED and receives the same SYN again (the "
                             "client retransmitted it): it repeats the same SYN-ACK (Seq=%2, Ack=%3) instead of "
                             "starting over, as Linux does (RFC 9293 §3.8.1).")
            .arg(who, f.seq(out_i), f.ack(out_i));
    case Explain::RequestTimedOut:
        return Narration::tr("%1 has resent its SYN-ACK %2 times without an ACK: it drops the half-open request and "
                             "frees its place in the SYN queue (Linux tcp_synack_retries).")
            .arg(who)
            .arg(fired ? retransmissions_when_fired(*fired) : 0);
    case Explain::SynQueueFull: {
        const TraceEvent* queue = f.last_queue_depth(e.host);
        if (!queue)
            return {};
        return Narration::tr("%1's SYN queue is full: it holds %2 half-open requests for a backlog of %3. %4 SYN "
                             "cookies are off, so it drops this SYN without a word. The sender will retransmit "
                             "and hope for room (RFC 4987 §2).")
            .arg(who)
            .arg(queue_level(*queue).depth)
            .arg(queue_level(*queue).backlog)
            .arg(queue_full_rule(queue_level(*queue).backlog));
    }
    case Explain::CookieSynAck:
        if (!out)
            return {};
        return Narration::tr("%1 answers without keeping any state: the SYN-ACK's Seq=%2 is a SYN cookie, a number "
                             "made of a time counter, the MSS and a keyed hash of the addresses and ports. Only an "
                             "ACK that gives back %3 can bring the connection to life (RFC 4987 §3.6).")
            .arg(who, f.seq(out_i), f.seq_space(out_i, out->seq + 1));
    case Explain::CookieAccepted:
        if (!in)
            return {};
        return Narration::tr("%1 has no request for this ACK, but Ack − 1 = %2 is a valid SYN cookie: it rebuilds "
                             "the connection from it and goes straight to ESTABLISHED (RFC 4987 §3.6).")
            .arg(who, f.ack_space(in_i, in->ack - 1));
    case Explain::CookieRejected:
        return Narration::tr("%1 receives an ACK in LISTEN that matches no request and no valid cookie: it answers "
                             "with RST (RFC 9293 §3.10.7.2).")
            .arg(who);
    case Explain::HandshakeComplete:
        if (!in)
            return {};
        return Narration::tr("%1 receives the ACK with Seq=%2 and Ack=%3, which acknowledges its SYN (ISN + 1): the "
                             "handshake is complete, the request leaves the SYN queue and %1 enters ESTABLISHED (RFC "
                             "9293 §3.10.7.4).")
            .arg(who, f.seq(in_i), f.ack(in_i));
    case Explain::DataCompletesHandshake:
        if (!in)
            return {};
        return Narration::tr("%1 never got the bare ACK, but this data segment carries the same Ack=%2: it completes "
                             "the handshake, %1 enters ESTABLISHED and takes the %3 bytes (RFC 9293 §3.10.7.4).")
            .arg(who, f.ack(in_i))
            .arg(in->payload_len);
    case Explain::RstBadAckSynReceived:
        if (!in)
            return {};
        return Narration::tr("%1 is in SYN-RECEIVED and receives Ack=%2, which does not acknowledge its SYN-ACK: it "
                             "answers with RST Seq=%2 (RFC 9293 §3.10.7.4).")
            .arg(who, f.ack(in_i));
    case Explain::ResetToListen:
        return Narration::tr("%1 receives a valid RST for its half-open request: the request is dropped and %1 is "
                             "back in LISTEN (RFC 9293 §3.10.7.4).")
            .arg(who);
    case Explain::ResetToClosed:
        return Narration::tr("%1 receives a valid RST: the connection is aborted and %1 goes to CLOSED (RFC 9293 "
                             "§3.10.7.4).")
            .arg(who);
    case Explain::TwoWayEstablished:
        return Narration::tr("Hypothetical: %1 calls the connection ESTABLISHED as soon as its SYN-ACK has left, "
                             "without waiting for the ACK. Real TCP never does this: an old duplicate SYN would open "
                             "a connection nobody asked for (RFC 9293 §3.5).")
            .arg(who);
    case Explain::ConnectionQueued:
        return Narration::tr("The connection is ESTABLISHED in %1's kernel, but its application has not called "
                             "accept() yet: it waits in the accept queue, which now holds %2 (backlog %3). The "
                             "kernel ACKs data for it meanwhile; the application answers nothing until it accepts.")
            .arg(who)
            .arg(queue_level(e).depth)
            .arg(queue_level(e).backlog);
    case Explain::AppAccepted:
        return Narration::tr("%1's application calls accept() and takes the oldest waiting connection; %n "
                             "connection(s) still wait in the accept queue.",
                             nullptr, int(queue_level(e).depth))
            .arg(who);
    case Explain::AcceptQueueFull: {
        const TraceEvent* queue = f.last_queue_depth(e.host, EventKind::AcceptQueueDepth);
        if (!in || !queue)
            return {};
        if (in->has(flag::SYN))
            return Narration::tr("%1's accept queue is full: %2 connections wait for accept() with a backlog of "
                                 "%3. %4 Linux drops the SYN, cookie or not, and the client will retransmit it.")
                .arg(who)
                .arg(queue_level(*queue).depth)
                .arg(queue_level(*queue).backlog)
                .arg(queue_full_rule(queue_level(*queue).backlog));
        return Narration::tr("%1's accept queue is full: %2 connections wait for accept() with a backlog of %3. %4 "
                             "Linux drops this ACK and keeps the half-open request, so the client believes it is "
                             "connected while %1 will send its SYN-ACK again (tcp_abort_on_overflow 0).")
            .arg(who)
            .arg(queue_level(*queue).depth)
            .arg(queue_level(*queue).backlog)
            .arg(queue_full_rule(queue_level(*queue).backlog));
    }
    case Explain::RstForClosedPort:
        if (!in || !out)
            return {};
        return out->has(flag::ACK) ? Narration::tr("No connection and no listening socket at %1 match this %2: it "
                                                   "answers with RST-ACK, Seq=%3 and Ack=%4 (the segment's Seq + its "
                                                   "length), so that the sender gives up at once (RFC 9293 "
                                                   "§3.10.7.1).")
                                         .arg(who, kind_of(*in), f.seq(out_i), f.ack(out_i))
                                   : Narration::tr("No connection at %1 matches this %2: it answers with RST whose "
                                                   "Seq=%3 is the segment's Ack (RFC 9293 §3.10.7.1).")
                                         .arg(who, kind_of(*in), f.seq(out_i));
    case Explain::RstForAckInListen:
        if (!in)
            return {};
        return Narration::tr("%1 is in LISTEN and receives an ACK, which belongs to no connection: it answers with "
                             "RST Seq=%2, taken from the ACK (RFC 9293 §3.10.7.2).")
            .arg(who, f.ack(in_i));
    case Explain::RstIgnored:
        return Narration::tr("%1 receives a RST that matches nothing: a RST is never answered, so it is dropped (RFC "
                             "9293 §3.10.7.1).")
            .arg(who);
    case Explain::AckForUnacceptableSeq:
        if (!out)
            return {};
        return Narration::tr("%1 receives a segment outside its receive window: it drops it and sends an ACK with "
                             "its own current numbers, Seq=%2 and Ack=%3, to show where it stands (RFC 9293 "
                             "§3.10.7.4).")
            .arg(who, f.seq(out_i), f.ack(out_i));
    case Explain::ChallengeAckSyn:
        if (!out)
            return {};
        return Narration::tr("%1 has an ESTABLISHED connection and receives a SYN for it. It does not reset: it "
                             "sends a challenge ACK with its current numbers (Seq=%2, Ack=%3). A peer that really "
                             "restarted will answer it with RST (RFC 5961 §4).")
            .arg(who, f.seq(out_i), f.ack(out_i));
    case Explain::ChallengeAckRst:
        return Narration::tr("%1 receives a RST inside the window but not exactly at RCV.NXT: it may be forged, so "
                             "it sends a challenge ACK instead of closing (RFC 5961 §3.2).")
            .arg(who);
    case Explain::RstOutOfWindow:
        return Narration::tr("%1 receives a RST outside its receive window: it is dropped (RFC 5961 §3.2).").arg(who);
    case Explain::AckTooNew:
        if (!in)
            return {};
        return Narration::tr("%1 receives Ack=%2, which acknowledges data it has not sent yet: it answers with an "
                             "ACK and drops the segment (RFC 9293 §3.10.7.4).")
            .arg(who, f.ack(in_i));
    case Explain::NoAckDropped:
        return Narration::tr("%1 receives a segment without the ACK flag on a synchronized connection: it is dropped "
                             "(RFC 9293 §3.10.7.4).")
            .arg(who);
    case Explain::DataAccepted:
        if (!in || !out)
            return {};
        return Narration::tr("%1 receives %2 bytes in order at Seq=%3: RCV.NXT moves on to %4 and it acknowledges "
                             "them with Ack=%4 (RFC 9293 §3.10.7.4).")
            .arg(who)
            .arg(in->payload_len)
            .arg(f.seq(in_i), f.ack(out_i));
    case Explain::DataSent:
        if (!out)
            return {};
        return Narration::tr("%1 sends %2 bytes with Seq=%3: they use the numbers %3 to %4, so the peer will "
                             "acknowledge them with %5 (RFC 9293 §3.4).")
            .arg(who)
            .arg(out->payload_len)
            .arg(f.seq(out_i), f.seq_space(out_i, out->seq + out->payload_len - 1u),
                 f.seq_space(out_i, out->seq + out->payload_len));
    case Explain::DataReply:
        if (!out)
            return {};
        return Narration::tr("%1 sends %2 bytes of its own at Seq=%3; the same segment acknowledges what it received "
                             "with Ack=%4, so no separate ACK is needed (RFC 9293 §3.10.7.4).")
            .arg(who)
            .arg(out->payload_len)
            .arg(f.seq(out_i), f.ack(out_i));
    case Explain::DataRetransmit:
        if (!out)
            return {};
        return Narration::tr("%1's data was not acknowledged within the timeout: it sends the %2 bytes again from "
                             "Seq=%3 (RFC 6298 §5).")
            .arg(who)
            .arg(out->payload_len)
            .arg(f.seq(out_i));
    case Explain::DataAcked:
        if (in)
            return Narration::tr("%1 receives Ack=%2, which acknowledges everything it sent: it stops its "
                                 "retransmission timer (RFC 6298 §5.2).")
                .arg(who, f.ack(in_i));
        return Narration::tr("%1's data is acknowledged: it stops its retransmission timer (RFC 6298 §5.2).").arg(who);
    case Explain::ActiveClose:
    case Explain::PassiveClose:
    case Explain::ClosedBeforeEstablished:
    case Explain::PeerFin:
    case Explain::FinAcked:
    case Explain::SimultaneousClose:
    case Explain::PeerFinInFinWait2:
    case Explain::ClosingAcked:
    case Explain::LastAckAcked:
    case Explain::TimeWaitFinAgain:
    case Explain::TimeWaitExpired:
    case Explain::FinRetransmit:
    case Explain::FinWait2Timeout:
    case Explain::DataAfterClose:
    case Explain::UnreadDataReset:
    case Explain::Abort:
    case Explain::DelayedAck:
    case Explain::AppClose:
    case Explain::AppShutdown:
    case Explain::AppAbort:
    case Explain::CloseTimedOut: return close_sentence(f, e);
    case Explain::Unreachable:
        if (!moved)
            return {};
        return Narration::tr("The %1 to %2 reaches nobody: no host has that address, so it is never answered.")
            .arg(kind_of(*moved), QString::fromStdString(address_text(t, moved->dst_addr)));
    case Explain::FaultDrop:
        if (!moved)
            return {};
        return Narration::tr("The network loses this %1 (Seq=%2), as the scenario planned: it never arrives, and "
                             "only a timer can recover it.")
            .arg(kind_of(*moved), f.seq(e.ref));
    case Explain::UserLoss:
        if (!moved)
            return {};
        return Narration::tr("You lost this %1 (Seq=%2) in flight: it never arrives, and only a timer can recover it.")
            .arg(kind_of(*moved), f.seq(e.ref));
    case Explain::RandomLoss:
        if (!moved)
            return {};
        return Narration::tr("This %1 (Seq=%2) is lost at random, with the scenario's loss probability.")
            .arg(kind_of(*moved), f.seq(e.ref));
    case Explain::Delayed:
        if (!in)
            return {};
        return Narration::tr("This %1 arrives %2 later than the path's latency alone would bring it: the scenario's "
                             "fault plan held it back, so segments sent after it may arrive first.")
            .arg(kind_of(*in), elapsed_text(held_back(e)));
    case Explain::ForgedSyn:
        if (!out)
            return {};
        return Narration::tr("%1 sends a SYN with a forged source address, %2: the server's SYN-ACK will go there, "
                             "not back to %1.")
            .arg(who, QString::fromStdString(address_text(t, out->src_addr)));
    case Explain::FloodSyn:
        if (e.kind == EventKind::Action)
            return Narration::tr("A SYN flood starts: %1 SYNs from made-up source addresses, one every %2. Each one "
                                 "that the server answers takes a place in its SYN queue for as long as it retries "
                                 "its SYN-ACK (RFC 4987 §2).")
                .arg(flood_plan(e).count)
                .arg(elapsed_text(flood_plan(e).interval));
        if (!out)
            return {};
        return Narration::tr("%1 sends another forged SYN, this time from %2.")
            .arg(who, QString::fromStdString(address_text(t, out->src_addr)));
    case Explain::OldDuplicate:
        if (!out)
            return {};
        return Narration::tr("An old SYN with Seq=%1, left over from an earlier attempt and delayed in the network, "
                             "arrives now (RFC 9293 §3.5, Figure 8).")
            .arg(f.seq(out_i));
    case Explain::LossArmed:
        return Narration::tr("Armed: the next %1 sent will be lost in the network.")
            .arg(armed_loss(e) == SegmentKind::Any    ? Narration::tr("segment")
                 : armed_loss(e) == SegmentKind::Data ? Narration::tr("data segment")
                                                      : QString::fromLatin1(segment_kind_name(armed_loss(e))));
    case Explain::BlindSpoofAck:
        return Narration::tr("%1 cannot see the SYN-ACK sent to the trusted host, so it guesses: the server's ISN "
                             "should be %2, and it sends ACK=%3 in the trusted host's name (blind spoofing; RFC 6528 "
                             "§1).")
            .arg(who, out ? f.ack_space(out_i, guessed_ack(e)) : QString::number(guessed_ack(e).raw()),
                 out ? f.ack_space(out_i, guessed_ack(e) + 1) : QString::number((guessed_ack(e) + 1).raw()));
    case Explain::CapturedMidstream:
        return Narration::tr("%1 was already in ESTABLISHED when the capture began: it holds no SYN of this "
                             "connection, so its initial sequence numbers and options are not known, and the numbers "
                             "count from the first segment seen.")
            .arg(who);
    case Explain::CapturedReset:
        if (!out)
            return {};
        return Narration::tr("%1 sends a RST (Seq=%2) and deletes its connection: CLOSED. The capture does not say "
                             "why; an application that closes with data unread, or with SO_LINGER 0, does this "
                             "(RFC 9293 §3.10.5).")
            .arg(who, f.seq(out_i));
    case Explain::CapturedAck:
        if (!out)
            return {};
        return Narration::tr("%1 sends an ACK (Ack=%2) that acknowledges nothing new; the note beside its arrow "
                             "says what kind it is.")
            .arg(who, f.ack(out_i));
    case Explain::LostAfterCapture:
        if (!moved)
            return {};
        return Narration::tr("The capture saw this %1 (Seq=%2), but its receiver evidently never got it: its sender "
                             "sends it again, or the peer goes on as if it never came. It was probably lost after the "
                             "capture point.")
            .arg(kind_of(*moved), f.seq(e.ref));
    }
    return {};
}

QString timer_sentence(const QString& who, const TimerArming& t)
{
    switch (t.purpose) {
    case TimerPurpose::Retransmission: break;
    case TimerPurpose::TimeWait:
        return Narration::tr("%1 stays in TIME-WAIT for %2, twice the maximum segment lifetime of 2 minutes, then "
                             "deletes the connection (RFC 9293 §3.6.1, §3.4.2).")
            .arg(who, elapsed_text(t.rto));
    case TimerPurpose::LinuxTimeWait:
        return Narration::tr("%1 stays in TIME-WAIT for %2, Linux's fixed TCP_TIMEWAIT_LEN rather than the RFC's 2 "
                             "MSL of 4 minutes, then deletes the connection.")
            .arg(who, elapsed_text(t.rto));
    case TimerPurpose::FinWait2:
        return Narration::tr("%1's application has closed, so it will not wait for the peer's FIN for ever: if none "
                             "comes within %2 (Linux tcp_fin_timeout), the connection is deleted.")
            .arg(who, elapsed_text(t.rto));
    }
    return Narration::tr("%1 arms its retransmission timer: without an answer within %2 it will send again "
                         "(RFC 6298 §5).")
        .arg(who, elapsed_text(t.rto));
}

} // namespace

QString host_title(const Trace& trace, std::uint8_t host)
{
    if (host == kNoHost || host >= trace.hosts.size())
        return Narration::tr("nobody");
    return host_title(trace.hosts[host].name, trace.hosts[host].role);
}

QString host_title(const std::string& name, HostRole role)
{
    return name == role_name(role) ? role_title(role) : QString::fromStdString(name);
}

StepNarration narrate_step(const Trace& trace, const SeqNotation& numbers, std::uint32_t step)
{
    const StepFacts facts(trace, numbers, step);
    StepNarration out;
    std::vector<Explain> told;
    QStringList sentences;
    for (const TraceEvent* e : facts.events()) {
        if (e->why == Explain::None || std::find(told.begin(), told.end(), e->why) != told.end())
            continue;
        // A timer stopped by a state change is told by the change.
        if (e->kind == EventKind::TimerCancelled && e->why != Explain::DataAcked)
            continue;
        told.push_back(e->why);
        // A late arrival is said, but the step is named after what the arrival caused.
        if (out.title.isEmpty() && e->why != Explain::Delayed)
            out.title = explain_title(e->why);
        QString s = sentence(facts, *e);
        if (s.isEmpty())
            s = Narration::tr("%1: %2.").arg(facts.who(*e), explain_title(e->why));
        sentences << s;
    }
    if (out.title.isEmpty() && !told.empty()) // a late arrival that changed nothing
        out.title = explain_title(told.front());
    // A timer armed for the first time is worth a sentence of its own; a
    // retransmission already said how long it waits.
    if (const TraceEvent* measured = facts.find(EventKind::RttMeasured)) {
        const RttReading& r = trace.rtt_reading(*measured);
        sentences << Narration::tr("%1 measures a round trip of %2: SRTT %3, RTTVAR %4, so its next retransmission "
                                   "timeout is %5 (RFC 6298 §2).")
                         .arg(facts.who(*measured), elapsed_text(r.sample), elapsed_text(r.srtt),
                              elapsed_text(r.rttvar), elapsed_text(r.rto));
    }
    if (const TraceEvent* armed = facts.find_last(EventKind::TimerArmed);
        armed && timer_arming(*armed).retransmissions == 0)
        sentences << timer_sentence(facts.who(*armed), timer_arming(*armed));
    if (const TraceEvent* queue = facts.find(EventKind::QueueDepth); queue && step > 0)
        sentences << Narration::tr("%1's SYN queue now holds %n half-open request(s) (backlog %2).", nullptr,
                                   int(queue_level(*queue).depth))
                         .arg(facts.who(*queue))
                         .arg(queue_level(*queue).backlog);
    // A segment that arrives and changes nothing carries no explanation id.
    if (const TraceEvent* arrival = facts.find(EventKind::SegmentDelivered); told.empty() && arrival) {
        const Segment& in = trace.segments[arrival->ref].seg;
        const std::size_t in_i = arrival->ref;
        out.title = Narration::tr("segment received");
        sentences.prepend(Narration::tr("%1 receives %2 (Seq=%3): nothing in its state changes.")
                              .arg(facts.who(*arrival), kind_of(in), facts.seq(in_i)));
    }
    if (sentences.isEmpty()) {
        out.title = Narration::tr("start");
        sentences << Narration::tr("Nothing has happened yet: every host is CLOSED and nothing listens. Step to "
                                   "begin.");
    }
    for (const QString& next : sentences)
        //: Two sentences of a narration in a row: a space between them in English,
        //: none in Chinese.
        out.text = out.text.isEmpty() ? next : Narration::tr("%1 %2").arg(out.text, next);
    out.text = spaced_for_chinese(out.text);
    out.title = spaced_for_chinese(out.title);
    return out;
}

QString explain_title(Explain why)
{
    return Narration::tr(explain_phrase(why));
}

} // namespace tcpviz
