// Narration: the sentences of the close (RFC 9293 §3.10.4, §3.10.7.4, §3.6), each from
// the facts of its step, with its numbers and its RFC section.
#include "teaching/step_facts.hpp"

#include <QCoreApplication>

#include "text/duration_text.hpp"
#include "words/trace_words.hpp"

namespace tcpviz {
namespace {

// The context of these texts in Qt Linguist, as in narration.cpp.
struct Narration {
    Q_DECLARE_TR_FUNCTIONS(Narration)
};

} // namespace

namespace narration_parts {

QString close_sentence(const StepFacts& f, const TraceEvent& e)
{
    const QString who = f.who(e);
    const TraceEvent* received = f.received();
    const std::size_t in_i = received ? received->ref : 0;
    const Segment* in = received ? &f.trace().segments[in_i].seg : nullptr;
    const TraceEvent* sent = e.kind == EventKind::SegmentSent ? &e : f.find(EventKind::SegmentSent, e.why);
    const std::size_t out_i = sent ? sent->ref : 0;
    const Segment* out = sent ? &f.trace().segments[out_i].seg : nullptr;

    switch (e.why) {
    case Explain::ActiveClose:
        if (!out)
            return {};
        return Narration::tr("%1's application calls close(): it sends FIN with Seq=%2, which takes one sequence "
                             "number like a SYN, and enters FIN-WAIT-1 (RFC 9293 §3.10.4).")
            .arg(who, f.seq(out_i));
    case Explain::PassiveClose:
        if (!out)
            return {};
        if (f.find(EventKind::DelayedAckCarried, Explain::PassiveClose))
            return Narration::tr("%1's application closes while the ACK of the peer's FIN is still waiting: its FIN, "
                                 "Seq=%2 Ack=%3, carries that ACK too, so this close takes three segments instead of "
                                 "four. %1 enters LAST-ACK (RFC 9293 §3.10.4).")
                .arg(who, f.seq(out_i), f.ack(out_i));
        return Narration::tr("%1's application closes too: from CLOSE-WAIT it sends its own FIN, Seq=%2 Ack=%3, and "
                             "enters LAST-ACK to wait for the ACK of it (RFC 9293 §3.10.4).")
            .arg(who, f.seq(out_i), f.ack(out_i));
    case Explain::ClosedBeforeEstablished:
        return Narration::tr("%1's application closes before the handshake is complete: in SYN-SENT there is no "
                             "connection to end yet, so the TCB is simply deleted (RFC 9293 §3.10.4).")
            .arg(who);
    case Explain::PeerFin: // the ACK it sends is the engine's, not worked out here
        if (const TraceEvent* delayed = f.find(EventKind::AckDelayed); in && delayed)
            return Narration::tr("%1 receives FIN Seq=%2: the peer will send nothing more, and %1 enters CLOSE-WAIT. "
                                 "It does not acknowledge the FIN at once: it waits up to %3 (the delayed-ACK timer) "
                                 "for its application to send something the ACK can ride on (RFC 9293 §3.8.6.3).")
                .arg(who, f.seq(in_i), elapsed_text(ack_delay(*delayed)));
        if (in && !out) // the ACK rides on what the application writes at once, told next
            return Narration::tr("%1 receives FIN Seq=%2: the peer will send nothing more, and %1 enters CLOSE-WAIT. "
                                 "Its application reads end-of-file (RFC 9293 §3.10.7.4).")
                .arg(who, f.seq(in_i));
        if (!in || !out)
            return {};
        return Narration::tr("%1 receives FIN Seq=%2: the peer will send nothing more. The FIN takes one sequence "
                             "number, so %1 acknowledges it with Ack=%3 and enters CLOSE-WAIT; its application "
                             "reads end-of-file and decides when to close (RFC 9293 §3.10.7.4).")
            .arg(who, f.seq(in_i), f.ack(out_i));
    case Explain::FinAcked:
        if (!in)
            return {};
        return Narration::tr("%1's FIN is acknowledged (Ack=%2): it enters FIN-WAIT-2 and waits for the peer's FIN. "
                             "The connection is half closed: the peer may still send (RFC 9293 §3.6.1).")
            .arg(who, f.ack(in_i));
    case Explain::SimultaneousClose: // the ACK it sends is the engine's, not worked out here
        if (!in || !out)
            return {};
        return Narration::tr("%1 receives the peer's FIN while its own is still unacknowledged: both sides closed at "
                             "once. It acknowledges with Ack=%2 and enters CLOSING (RFC 9293 §3.5, Figure 13).")
            .arg(who, f.ack(out_i));
    case Explain::PeerFinInFinWait2: // the ACK it sends is the engine's, not worked out here
        if (!in || !out)
            return {};
        return Narration::tr("%1 receives the peer's FIN (Seq=%2) in FIN-WAIT-2: it sends the last ACK, Ack=%3, and "
                             "enters TIME-WAIT, in case that ACK is lost and the FIN comes again (RFC 9293 §3.6.1).")
            .arg(who, f.seq(in_i), f.ack(out_i));
    case Explain::ClosingAcked:
        return Narration::tr("%1's FIN is acknowledged in CLOSING: it enters TIME-WAIT (RFC 9293 §3.10.7.4).").arg(who);
    case Explain::LastAckAcked:
        if (!in)
            return {};
        return Narration::tr("%1 receives the ACK of its FIN (Ack=%2) in LAST-ACK: the connection is closed and its "
                             "TCB deleted (RFC 9293 §3.10.7.4).")
            .arg(who, f.ack(in_i));
    case Explain::TimeWaitFinAgain:
        return Narration::tr("%1, in TIME-WAIT, receives the peer's FIN again: its last ACK was lost. It acknowledges "
                             "the FIN once more and starts TIME-WAIT over (RFC 9293 §3.10.7.4).")
            .arg(who);
    case Explain::TimeWaitExpired:
        return Narration::tr("%1's TIME-WAIT is over: any old segment of this connection has died out, so the same "
                             "addresses and ports may be used again. The TCB is deleted (RFC 9293 §3.6.1).")
            .arg(who);
    case Explain::FinRetransmit:
        if (!out)
            return {};
        return Narration::tr("%1's FIN was not acknowledged within the timeout: it sends it again with the same "
                             "Seq=%2 (RFC 6298 §5).")
            .arg(who, f.seq(out_i));
    case Explain::FinWait2Timeout:
        return Narration::tr("%1 has waited in FIN-WAIT-2 for a FIN that never came. Its application has closed, so "
                             "Linux gives up after tcp_fin_timeout and deletes the TCB; the peer stays in "
                             "CLOSE-WAIT.")
            .arg(who);
    case Explain::DataAfterClose:
        if (!in || !out)
            return {};
        return Narration::tr("%1's application has closed, so the %2 bytes that arrive can never be read: %1 answers "
                             "with RST Seq=%3 and deletes the connection (RFC 9293 §3.10.7.4, RFC 2525 §2.17).")
            .arg(who)
            .arg(in->payload_len)
            .arg(f.seq(out_i));
    case Explain::UnreadDataReset: {
        if (!out)
            return {};
        const TraceEvent* call = f.find(EventKind::Action, Explain::AppClose);
        return Narration::tr("%1's application closes with %n byte(s) it never read still waiting: instead of a FIN, "
                             "%1 sends RST Seq=%2 Ack=%3, which tells the peer that data was lost, and goes to CLOSED "
                             "(RFC 9293 §3.6.1, RFC 2525 §2.17).",
                             nullptr, call ? int(app_close_call(*call).unread) : 0)
            .arg(who, f.seq(out_i), f.ack(out_i));
    }
    case Explain::Abort:
        if (!out)
            return {};
        return Narration::tr("%1 aborts the connection: it sends RST Seq=%2 and deletes its TCB at once, with no FIN "
                             "and no TIME-WAIT; anything still unsent or unacknowledged is thrown away (RFC 9293 "
                             "§3.10.5).")
            .arg(who, f.seq(out_i));
    case Explain::DelayedAck:
        if (!out)
            return {};
        return Narration::tr("%1's delayed-ACK timer expires and its application has sent nothing for the ACK to ride "
                             "on: %1 sends the ACK alone, Ack=%2 (RFC 9293 §3.8.6.3).")
            .arg(who, f.ack(out_i));
    case Explain::AppClose:
        if (e.kind == EventKind::Action && f.find(EventKind::StateChanged) == nullptr &&
            f.find(EventKind::SegmentSent) == nullptr)
            return Narration::tr("The application on %1 calls close(), but its connection is already closed: nothing "
                                 "is sent.")
                .arg(who);
        return Narration::tr("The application on %1 is done and calls close().").arg(who);
    case Explain::AppShutdown:
        return Narration::tr("The application on %1 calls shutdown(SHUT_WR): it will write nothing more, but it still "
                             "reads what the peer sends (a half-close, RFC 9293 §3.6.1).")
            .arg(who);
    case Explain::AppAbort:
        return Narration::tr("The application on %1 sets SO_LINGER to a zero timeout and calls close(): it wants the "
                             "connection gone at once.")
            .arg(who);
    case Explain::CloseTimedOut:
        return Narration::tr("%1's FIN was never acknowledged: after its last retransmission it drops the "
                             "connection (CLOSED).")
            .arg(who);
    default: return {};
    }
}

} // namespace narration_parts
} // namespace tcpviz
