#include "words/event_text.hpp"

#include "teaching/narration.hpp"
#include "words/trace_words.hpp"

#include <QCoreApplication>

namespace tcpviz {
namespace {

// The context of this file's texts in Qt Linguist.
struct EventLog {
    Q_DECLARE_TR_FUNCTIONS(EventLog)
};

} // namespace

QString event_text(const Trace& t, const SeqNotation& numbers, const TraceEvent& e)
{
    const auto segment_brief = [&](const Trace&, std::uint32_t index) {
        return QString::fromStdString(numbers.label(index));
    };
    const QString who = host_title(t, e.host);
    switch (e.kind) {
    case EventKind::SegmentSent:
        return EventLog::tr("%1 sends %2 to %3").arg(who, segment_brief(t, e.ref), host_title(t, receiver_of(e)));
    case EventKind::SegmentDelivered: return EventLog::tr("%1 receives %2").arg(who, segment_brief(t, e.ref));
    case EventKind::SegmentLost:
        return EventLog::tr("%1 is lost (%2)").arg(segment_brief(t, e.ref), explain_title(e.why));
    case EventKind::SegmentDropped:
        return EventLog::tr("%1 drops %2 (%3)").arg(who, segment_brief(t, e.ref), explain_title(e.why));
    case EventKind::StateChanged:
        return EventLog::tr("%1: %2 → %3 (%4)")
            .arg(who, QString::fromLatin1(state_name(Trace::from_state(e))),
                 QString::fromLatin1(state_name(Trace::to_state(e))), explain_title(e.why));
    case EventKind::TimerArmed:
        switch (timer_arming(e).purpose) {
        case TimerPurpose::TimeWait:
        case TimerPurpose::LinuxTimeWait:
            return EventLog::tr("%1 starts its TIME-WAIT timer: %2").arg(who, elapsed_text(timer_arming(e).rto));
        case TimerPurpose::FinWait2:
            return EventLog::tr("%1 starts its FIN-WAIT-2 timeout: %2").arg(who, elapsed_text(timer_arming(e).rto));
        case TimerPurpose::Retransmission: break;
        }
        return EventLog::tr("%1 arms its retransmission timer: RTO %2")
            .arg(who, elapsed_text(timer_arming(e).rto));
    case EventKind::TimerFired: return EventLog::tr("%1: its timer expires").arg(who);
    case EventKind::TimerCancelled: return EventLog::tr("%1 stops its timer (%2)").arg(who, explain_title(e.why));
    case EventKind::QueueDepth:
        return EventLog::tr("%1: SYN queue %2 of backlog %3").arg(who).arg(queue_level(e).depth).arg(queue_level(e).backlog);
    case EventKind::AcceptQueueDepth:
        return EventLog::tr("%1: %2, accept queue %3 of backlog %4")
            .arg(who, explain_title(e.why))
            .arg(queue_level(e).depth)
            .arg(queue_level(e).backlog);
    case EventKind::Action: return EventLog::tr("%1: %2").arg(who, explain_title(e.why));
    case EventKind::AckDelayed:
        return EventLog::tr("%1 delays its ACK by up to %2").arg(who, elapsed_text(ack_delay(e)));
    case EventKind::DelayedAckCarried:
        return EventLog::tr("%1's delayed ACK rides on its segment (%2)").arg(who, explain_title(e.why));
    case EventKind::RttMeasured: {
        const RttReading& r = t.rtt_reading(e);
        return EventLog::tr("%1 measures RTT %2: SRTT %3, RTTVAR %4, RTO %5")
            .arg(who, elapsed_text(r.sample), elapsed_text(r.srtt), elapsed_text(r.rttvar), elapsed_text(r.rto));
    }
    }
    return {};
}

} // namespace tcpviz
