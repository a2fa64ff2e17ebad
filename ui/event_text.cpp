#include "event_text.hpp"

#include "diagram_layout.hpp"

#include <QCoreApplication>

namespace tcpviz {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("EventLog", text);
}

QString segment_brief(const Trace& trace, std::uint32_t index)
{
    const Segment& s = trace.segments[index].seg;
    QString text = QStringLiteral("%1 seq=%2").arg(QString::fromStdString(flags_name(s.flags))).arg(s.seq.raw());
    if (s.has(flag::ACK))
        text += QStringLiteral(" ack=%1").arg(s.ack.raw());
    if (s.payload_len)
        text += QStringLiteral(" len=%1").arg(s.payload_len);
    return text;
}

} // namespace

QString host_label(const Trace& trace, std::uint8_t host)
{
    return host == kNoHost ? tr("nobody") : QString::fromStdString(trace.hosts[host].name);
}

QString event_text(const Trace& t, const TraceEvent& e)
{
    const QString who = host_label(t, e.host);
    switch (e.kind) {
    case EventKind::SegmentSent:
        return tr("%1 sends %2 to %3").arg(who, segment_brief(t, e.ref), host_label(t, std::uint8_t(e.a)));
    case EventKind::SegmentDelivered: return tr("%1 receives %2").arg(who, segment_brief(t, e.ref));
    case EventKind::SegmentLost:
        return tr("%1 is lost (%2)").arg(segment_brief(t, e.ref), QString::fromLatin1(loss_reason_id(LossReason(e.a))));
    case EventKind::SegmentDropped:
        return tr("%1 drops %2 (%3)").arg(who, segment_brief(t, e.ref), QString::fromLatin1(explain_id(e.why)));
    case EventKind::StateChanged:
        return tr("%1: %2 → %3 (%4)")
            .arg(who, QString::fromLatin1(state_name(Trace::from_state(e))),
                 QString::fromLatin1(state_name(Trace::to_state(e))), QString::fromLatin1(explain_id(e.why)));
    case EventKind::TimerArmed:
        return tr("%1 arms its retransmission timer: RTO %2").arg(who, elapsed_text(std::int64_t(e.a) * 1000));
    case EventKind::TimerFired: return tr("%1: retransmission timer expires").arg(who);
    case EventKind::TimerCancelled: return tr("%1 stops its retransmission timer").arg(who);
    case EventKind::QueueDepth: return tr("%1: SYN queue %2 of backlog %3").arg(who).arg(e.a).arg(e.b);
    case EventKind::Action: return tr("%1: %2").arg(who, QString::fromLatin1(explain_id(e.why)));
    }
    return {};
}

} // namespace tcpviz
