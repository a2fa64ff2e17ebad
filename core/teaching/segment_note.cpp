#include "teaching/segment_note.hpp"

#include "capture/tcp_analysis.hpp"

#include "text/duration_text.hpp"
#include "text/message.hpp"

namespace tcpviz {
namespace {

// Wireshark's analysis of a captured segment, in its terms, and what the capture point
// could not see.
std::string capture_note(const CapturedSegment& c, const Wording& wording)
{
    const auto w = [&](const char* english) { return word(wording, "core", english); };
    std::vector<std::string> parts;
    if (c.analysis & analysis::Retransmission)
        parts.push_back(c.since_first_copy > 0
                            ? fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "retransmission, %1 after the first")),
                                      {duration_text(c.since_first_copy, wording)})
                            : w(TCPVIZ_TRANSLATE_NOOP("core", "retransmission")));
    if (c.analysis & analysis::SpuriousRetransmission)
        parts.push_back(w(TCPVIZ_TRANSLATE_NOOP("core", "spurious retransmission")));
    if (c.analysis & analysis::FastRetransmission)
        parts.push_back(w(TCPVIZ_TRANSLATE_NOOP("core", "fast retransmission")));
    if (c.analysis & analysis::OutOfOrder)
        parts.push_back(w(TCPVIZ_TRANSLATE_NOOP("core", "out of order")));
    if (c.analysis & analysis::DuplicateAck)
        parts.push_back(
            fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "duplicate ACK #%1")), {std::to_string(c.duplicate_ack)}));
    if (c.analysis & analysis::PreviousSegmentNotCaptured)
        parts.push_back(w(TCPVIZ_TRANSLATE_NOOP("core", "previous segment not captured")));
    if (c.analysis & analysis::AckedUnseenSegment)
        parts.push_back(w(TCPVIZ_TRANSLATE_NOOP("core", "ACKed unseen segment")));
    if (c.analysis & analysis::PortNumbersReused)
        parts.push_back(w(TCPVIZ_TRANSLATE_NOOP("core", "port numbers reused")));
    if (c.analysis & analysis::ZeroWindow)
        parts.push_back(w(TCPVIZ_TRANSLATE_NOOP("core", "zero window")));
    if (c.analysis & analysis::KeepAlive)
        parts.push_back(w(TCPVIZ_TRANSLATE_NOOP("core", "keep-alive")));
    if (c.analysis & analysis::WindowUpdate)
        parts.push_back(w(TCPVIZ_TRANSLATE_NOOP("core", "window update")));
    if (c.checksum == ChecksumCheck::Bad && !c.checksum_offload) // offload: said once, in the heading
        parts.push_back(w(TCPVIZ_TRANSLATE_NOOP("core", "bad checksum")));
    if (c.lost_after_capture)
        parts.push_back(w(TCPVIZ_TRANSLATE_NOOP("core", "probably lost after the capture point")));
    std::string out;
    for (const std::string& p : parts)
        out += (out.empty() ? "" : "; ") + p;
    return out;
}

std::string record_note(const SegmentRecord& r, const Wording& wording)
{
    const auto w = [&](const char* english) { return word(wording, "core", english); };
    const auto source = [&] { return ipv4_text(r.seg.src_addr); }; // a flood has a million: only when said
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
    case Explain::FloodSyn: return fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "forged source %1")), {source()});
    case Explain::OldDuplicate: return w(TCPVIZ_TRANSLATE_NOOP("core", "old duplicate"));
    case Explain::BlindSpoofAck:
        return fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "blind guess from forged %1")), {source()});
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

} // namespace

std::string segment_note(const Trace& trace, std::uint32_t segment, const Wording& wording)
{
    const SegmentRecord& r = trace.segments[segment];
    const CapturedSegment* c = captured(trace, segment);
    if (!c)
        return record_note(r, wording);
    // Of the engine's notes only the reasons for a reset hold for a capture.
    const std::string reset = r.why == Explain::RstForClosedPort ? record_note(r, wording) : "";
    const std::string analysed = capture_note(*c, wording);
    return reset.empty() || analysed.empty() ? reset + analysed : reset + "; " + analysed;
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

std::string line_note(const Trace& trace, std::uint32_t segment, Explain dropped_why, const Wording& wording)
{
    std::string note = segment_note(trace, segment, wording);
    if (dropped_why != Explain::None)
        note += (note.empty() ? "" : "; ") + drop_note(dropped_why, wording);
    return note;
}

} // namespace tcpviz
