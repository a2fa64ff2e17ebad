#include "words/trace_words.hpp"

#include "formats/diagram_text.hpp"
#include "text/duration_text.hpp"
#include "window/language.hpp"

#include <QCoreApplication>

namespace tcpviz {
namespace {

// The diagram's context in Qt Linguist: these words were the diagram's first.
struct Diagram {
    Q_DECLARE_TR_FUNCTIONS(Diagram)
};

} // namespace

QString role_title(HostRole role)
{
    return QString::fromStdString(host_role_title(role, interface_wording()));
}

QString queue_text(const QueueLevel& l)
{
    if (l.full())
        return l.accept ? Diagram::tr("accept queue %1/%2 full").arg(l.depth).arg(l.backlog)
                        : Diagram::tr("SYN queue %1/%2 full").arg(l.depth).arg(l.backlog);
    return l.accept ? Diagram::tr("accept queue %1/%2").arg(l.depth).arg(l.backlog)
                    : Diagram::tr("SYN queue %1/%2").arg(l.depth).arg(l.backlog);
}

QString queue_full_rule(std::uint32_t backlog)
{
    // inet_csk_reqsk_queue_is_full() and sk_acceptq_is_full() compare with '>'.
    return Diagram::tr("Linux counts a queue full only when it holds more than its backlog, so %1 fit a "
                       "backlog of %2.")
        .arg(backlog + 1)
        .arg(backlog);
}

QString elapsed_text(std::int64_t ns)
{
    return QString::fromStdString(duration_text(ns, interface_wording()));
}

} // namespace tcpviz
