#include "capture/endpoint_inference.hpp"

#include "capture/tcp_analysis.hpp"

#include <utility>

namespace tcpviz::inference {
namespace {

bool synchronized(TcpState s)
{
    return s != TcpState::Closed && s != TcpState::Listen && s != TcpState::SynSent && s != TcpState::SynReceived;
}

} // namespace

void Recorder::change(Side& s, TcpState to, std::int64_t time, Explain why)
{
    if (s.state == to)
        return;
    record(EventKind::StateChanged, time, s.host, s.endpoint,
           std::uint32_t(s.state) | std::uint32_t(to) << 8 | std::uint32_t(s.peer_port) << 16, s.peer_address, why);
    s.state = to;
}

Explain on_send(Recorder& r, Side& me, const Segment& s, const CapturedSegment& facts, std::int64_t time)
{
    const bool again = facts.analysis & analysis::AnyRetransmission;
    if (s.has(flag::RST)) {
        if (std::exchange(me.owes, Explain::None) == Explain::RstBadAckSynSent)
            return Explain::RstBadAckSynSent; // SYN-SENT stays: the SYN-ACK answered another SYN
        const bool had_connection = me.state != TcpState::Closed && me.state != TcpState::Listen;
        r.change(me, me.was_listening && me.state == TcpState::SynReceived ? TcpState::Listen : TcpState::Closed, time,
                 Explain::CapturedReset);
        return had_connection ? Explain::CapturedReset : Explain::RstForClosedPort;
    }
    if (s.has(flag::SYN) && !s.has(flag::ACK)) {
        if (me.iss_sent && me.iss == s.seq)
            return Explain::SynRetransmit;
        if (me.iss_sent && me.state == TcpState::SynSent)
            return Explain::OldDuplicate; // another ISN while the first is unanswered: an old SYN (Figure 9)
        me.iss_sent = true;
        me.iss = s.seq;
        r.change(me, TcpState::SynSent, time, Explain::ActiveOpen);
        return Explain::ActiveOpen;
    }
    if (s.has(flag::SYN)) {
        const bool resent = me.iss_sent && me.iss == s.seq;
        me.iss_sent = true;
        me.iss = s.seq;
        if (me.state == TcpState::Listen || me.state == TcpState::Closed) // its SYN was not captured
            r.change(me, TcpState::SynReceived, time, Explain::SynAckReply);
        const Explain owed = std::exchange(me.owes, Explain::None);
        return resent ? (owed == Explain::SynAckForDuplicateSyn ? owed : Explain::SynAckRetransmit)
                      : me.state == TcpState::SynReceived && !me.was_listening ? Explain::SimultaneousOpen
                                                                               : Explain::SynAckReply;
    }
    Explain why = Explain::CapturedAck;
    if (facts.payload_len > 0)
        why = again ? Explain::DataRetransmit : me.data_received ? Explain::DataReply : Explain::DataSent;
    else if (me.owes != Explain::None)
        why = me.owes;
    me.owes = Explain::None;
    if (s.has(flag::FIN)) {
        if (me.fin_sent && me.fin_seq == s.seq + facts.payload_len)
            return Explain::FinRetransmit;
        me.fin_sent = true;
        me.fin_seq = s.seq + facts.payload_len;
        if (me.state == TcpState::CloseWait) {
            r.change(me, TcpState::LastAck, time, Explain::PassiveClose);
            return Explain::PassiveClose;
        }
        r.change(me, TcpState::FinWait1, time, Explain::ActiveClose);
        return Explain::ActiveClose;
    }
    return why;
}

void on_arrival(Recorder& r, Side& me, const Segment& s, std::uint32_t payload_len, std::int64_t time)
{
    if (s.has(flag::RST)) {
        if (me.state == TcpState::SynSent)
            r.change(me, TcpState::Closed, time, Explain::ConnectionRefused);
        else if (me.state == TcpState::SynReceived && me.was_listening)
            r.change(me, TcpState::Listen, time, Explain::ResetToListen);
        else if (me.state != TcpState::TimeWait && me.state != TcpState::Listen)
            r.change(me, TcpState::Closed, time, Explain::ResetToClosed);
        return;
    }
    if (s.has(flag::SYN) && !s.has(flag::ACK)) {
        if (me.state == TcpState::Closed && me.listener)
            me.state = TcpState::Listen; // the listening socket answers a new SYN
        if (me.state == TcpState::Listen) {
            me.was_listening = true;
            r.change(me, TcpState::SynReceived, time, Explain::SynAckReply);
        } else if (me.state == TcpState::SynSent) {
            r.change(me, TcpState::SynReceived, time, Explain::SimultaneousOpen);
        } else if (me.state == TcpState::SynReceived) {
            me.owes = Explain::SynAckForDuplicateSyn;
        } else if (synchronized(me.state)) {
            me.owes = Explain::ChallengeAckSyn;
        }
        return;
    }
    const bool acks_syn = s.has(flag::ACK) && me.iss_sent && after(s.ack, me.iss);
    if (s.has(flag::SYN)) {
        if (me.state == TcpState::SynSent && acks_syn && s.ack == me.iss + 1) {
            r.change(me, TcpState::Established, time, Explain::HandshakeAck);
            me.owes = Explain::HandshakeAck;
        } else if (me.state == TcpState::SynSent) {
            me.owes = Explain::RstBadAckSynSent; // RFC 9293 §3.10.7.3: an ACK outside ISS..SND.NXT
        } else if (me.state == TcpState::SynReceived && acks_syn) {
            r.change(me, TcpState::Established, time, Explain::SimultaneousSynAck);
        } else if (synchronized(me.state)) {
            me.owes = Explain::SimultaneousOpenAck;
        }
        return;
    }
    if (me.state == TcpState::SynSent) { // an ACK without SYN: RFC 9293 §3.10.7.3 answers a bad one with RST
        if (s.has(flag::ACK) && s.ack != me.iss + 1)
            me.owes = Explain::RstBadAckSynSent;
        return;
    }
    if (me.state == TcpState::SynReceived && acks_syn)
        r.change(me, TcpState::Established, time,
                 payload_len > 0 ? Explain::DataCompletesHandshake : Explain::HandshakeComplete);
    const bool acks_fin = s.has(flag::ACK) && me.fin_sent && after(s.ack, me.fin_seq);
    if (acks_fin && me.state == TcpState::FinWait1)
        r.change(me, TcpState::FinWait2, time, Explain::FinAcked);
    else if (acks_fin && me.state == TcpState::Closing)
        r.change(me, TcpState::TimeWait, time, Explain::ClosingAcked);
    else if (acks_fin && me.state == TcpState::LastAck)
        r.change(me, TcpState::Closed, time, Explain::LastAckAcked);
    if (payload_len > 0) {
        me.data_received = true;
        me.owes = Explain::DataAccepted;
    }
    if (!s.has(flag::FIN))
        return;
    switch (me.state) {
    case TcpState::Established:
        r.change(me, TcpState::CloseWait, time, Explain::PeerFin);
        me.owes = Explain::PeerFin;
        break;
    case TcpState::FinWait1:
        r.change(me, TcpState::Closing, time, Explain::SimultaneousClose);
        me.owes = Explain::SimultaneousClose;
        break;
    case TcpState::FinWait2:
        r.change(me, TcpState::TimeWait, time, Explain::PeerFinInFinWait2);
        me.owes = Explain::PeerFinInFinWait2;
        break;
    case TcpState::TimeWait: me.owes = Explain::TimeWaitFinAgain; break;
    default: break;
    }
}

// A SYN of its own would make it a simultaneous open (RFC 9293 Figure 8).
bool responder_listens(const Capture& capture, const Conversation& c)
{
    bool syn_ack = false;
    for (std::uint32_t i : c.packets) {
        const CapturedPacket& p = capture.packets[i];
        if (c.from_originator(p) || !p.segment.has(flag::SYN))
            continue;
        if (!p.segment.has(flag::ACK))
            return false;
        syn_ack = true;
    }
    return syn_ack;
}

// The responder's first segment is a bare ACK to the SYN: it answers from a connection it
// still holds (the challenge ACK of RFC 5961 §4), so it was ESTABLISHED before the SYN.
bool answers_syn_with_ack(const Capture& capture, const Conversation& c)
{
    for (std::uint32_t i : c.packets) {
        const Segment& s = capture.packets[i].segment;
        if (!c.from_originator(capture.packets[i]))
            return !s.has(flag::SYN) && !s.has(flag::RST) && s.has(flag::ACK);
    }
    return false;
}

} // namespace tcpviz::inference
