#include "teaching/segment_note.hpp"

#include "text/duration_text.hpp"
#include "text/message.hpp"

namespace tcpviz {

std::string segment_note(const SegmentRecord& r, const Wording& wording)
{
    const auto w = [&](const char* english) { return word(wording, "core", english); };
    const std::string source = ipv4_text(r.seg.src_addr);
    switch (r.why) {
    case Explain::SynRetransmit:
    case Explain::SynAckRetransmit:
    case Explain::DataRetransmit:
    case Explain::FinRetransmit:
        if (const std::int64_t rto = expired_rto(r))
            return fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "retransmission after RTO %1")),
                           {duration_text(rto, wording)});
        return w(TCPVIZ_TRANSLATE_NOOP("core", "retransmission"));
    case Explain::SynAckForDuplicateSyn: return w(TCPVIZ_TRANSLATE_NOOP("core", "repeated for a duplicate SYN"));
    case Explain::CookieSynAck: return w(TCPVIZ_TRANSLATE_NOOP("core", "SYN cookie, no state kept"));
    case Explain::ChallengeAckSyn:
    case Explain::ChallengeAckRst: return w(TCPVIZ_TRANSLATE_NOOP("core", "challenge ACK (RFC 5961)"));
    case Explain::ForgedSyn:
    case Explain::FloodSyn: return fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "forged source %1")), {source});
    case Explain::OldDuplicate: return w(TCPVIZ_TRANSLATE_NOOP("core", "old duplicate"));
    case Explain::BlindSpoofAck:
        return fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "blind guess from forged %1")), {source});
    case Explain::AckForUnacceptableSeq: return w(TCPVIZ_TRANSLATE_NOOP("core", "ACK for an out-of-window segment"));
    case Explain::RstForClosedPort: return w(TCPVIZ_TRANSLATE_NOOP("core", "no connection: reset"));
    case Explain::RstForAckInListen: return w(TCPVIZ_TRANSLATE_NOOP("core", "ACK in LISTEN: reset"));
    case Explain::CookieRejected: return w(TCPVIZ_TRANSLATE_NOOP("core", "invalid cookie: reset"));
    case Explain::RstBadAckSynSent:
    case Explain::RstBadAckSynReceived: return w(TCPVIZ_TRANSLATE_NOOP("core", "unacceptable ACK: reset"));
    case Explain::DelayedAck: return w(TCPVIZ_TRANSLATE_NOOP("core", "delayed ACK"));
    case Explain::TimeWaitFinAgain: return w(TCPVIZ_TRANSLATE_NOOP("core", "the FIN again: ACK again"));
    case Explain::SimultaneousOpenAck: return w(TCPVIZ_TRANSLATE_NOOP("core", "ACK of the crossing SYN-ACK (Linux)"));
    case Explain::DataAfterClose: return w(TCPVIZ_TRANSLATE_NOOP("core", "data after close: reset"));
    case Explain::UnreadDataReset: return w(TCPVIZ_TRANSLATE_NOOP("core", "closed with data unread: reset"));
    case Explain::Abort: return w(TCPVIZ_TRANSLATE_NOOP("core", "abort (SO_LINGER 0): reset"));
    default: return r.retransmission ? w(TCPVIZ_TRANSLATE_NOOP("core", "retransmission")) : "";
    }
}

std::string drop_note(Explain why, const Wording& wording)
{
    const auto w = [&](const char* english) { return word(wording, "core", english); };
    switch (why) {
    case Explain::SynQueueFull: return w(TCPVIZ_TRANSLATE_NOOP("core", "dropped: SYN queue full"));
    case Explain::AcceptQueueFull: return w(TCPVIZ_TRANSLATE_NOOP("core", "dropped: accept queue full"));
    case Explain::RstIgnored: return w(TCPVIZ_TRANSLATE_NOOP("core", "ignored RST"));
    case Explain::RstOutOfWindow: return w(TCPVIZ_TRANSLATE_NOOP("core", "dropped: RST outside the window"));
    default: return w(TCPVIZ_TRANSLATE_NOOP("core", "dropped"));
    }
}

std::string line_note(const SegmentRecord& r, Explain dropped_why, const Wording& wording)
{
    std::string note = segment_note(r, wording);
    if (dropped_why != Explain::None)
        note += (note.empty() ? "" : "; ") + drop_note(dropped_why, wording);
    return note;
}

} // namespace tcpviz
