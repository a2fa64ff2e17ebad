#include "panels/live_values_view.hpp"

#include "capture/captured_values.hpp"

#include "teaching/narration.hpp"
#include "words/trace_words.hpp"

#include <QHeaderView>

#include <algorithm>
#include <climits>
#include <optional>

namespace tcpviz {
namespace {
constexpr std::size_t kListedRequests = 12;
// A captured flood has a million endpoints: the newest few are what the step is about.
constexpr std::size_t kListedEndpoints = 24;
} // namespace

LiveValuesView::LiveValuesView(QWidget* parent) : QTableWidget(parent)
{
    setColumnCount(10);
    // Protocol variable names (RFC 9293, RFC 6298) stay untranslated.
    setHorizontalHeaderLabels({tr("Host"), tr("Peer"), tr("State"), QStringLiteral("ISS"), QStringLiteral("IRS"),
                               QStringLiteral("SND.UNA"), QStringLiteral("SND.NXT"), QStringLiteral("RCV.NXT"),
                               QStringLiteral("SRTT / RTTVAR / RTO"), tr("Timers")});
    verticalHeader()->hide();
    setWordWrap(false); // one line per connection, however narrow the panel
    horizontalHeader()->setStretchLastSection(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
}

void LiveValuesView::put_row(int row, const QStringList& cells)
{
    if (row == rowCount())
        insertRow(row);
    for (int c = 0; c < columnCount(); ++c) {
        const QString text = c < cells.size() ? cells[c] : QString();
        QTableWidgetItem* cell = item(row, c);
        if (cell && cell->text() != text)
            cell->setText(text);
        else if (!cell)
            setItem(row, c, new QTableWidgetItem(text));
    }
}

void LiveValuesView::take_in_capture(const Trace& trace)
{
    captured_.sync(trace);
}

void LiveValuesView::show_capture(const Trace& trace, const SeqNotation& numbers)
{
    const int rows_before = rowCount();
    int rows = 0;
    captured_.sync(trace);
    const std::vector<CapturedEndpoint>& all = captured_.endpoints();
    // The newest endpoints that had a state, shown in the order they appeared.
    std::vector<std::size_t> listed;
    for (std::size_t i = all.size(); i-- > 0 && listed.size() < kListedEndpoints;)
        if (all[i].had_state)
            listed.push_back(i);
    const std::size_t earlier = captured_.with_state() - listed.size();
    if (earlier > 0)
        put_row(rows++, {QString(), tr("… %n earlier endpoint(s)", nullptr, int(std::min<std::size_t>(earlier, INT_MAX)))});
    for (auto it = listed.rbegin(); it != listed.rend(); ++it) {
        const CapturedEndpoint& v = all[*it];
        const auto number = [&](const std::optional<SeqNum>& value, bool sent) {
            if (!value)
                return QStringLiteral("-");
            return QString::fromStdString(
                sent ? numbers.in_direction(v.local_address, v.local_port, v.peer_address, v.peer_port, *value)
                     : numbers.in_direction(v.peer_address, v.peer_port, v.local_address, v.local_port, *value));
        };
        const TraceHost& h = trace.hosts[v.host];
        put_row(rows++, {host_title(h.name, h.role),
                         QStringLiteral("%1:%2").arg(QString::fromStdString(address_text(trace, v.peer_address))).arg(v.peer_port),
                         QString::fromLatin1(state_name(v.state)), number(v.iss, true), number(v.irs, false),
                         number(v.snd_una, true), number(v.snd_nxt, true), number(v.rcv_nxt, false),
                         tr("not in a capture"), tr("not in a capture")});
    }
    setRowCount(rows);
    if (rows != rows_before)
        resizeColumnsToContents();
}

void LiveValuesView::show_world(const Simulation& sim, const SeqNotation& numbers)
{
    // Cells are rewritten in place and columns sized only when rows come or go: a
    // flood keeps hundreds of requests queued and a step must stay cheap.
    const World& w = sim.world();
    int rows = 0;
    const int rows_before = rowCount();
    const auto add_row = [this, &rows](const QStringList& cells) { put_row(rows++, cells); };
    const auto endpoint_row = [&](const Host& h, const Endpoint& e) {
        const bool synced = e.state != TcpState::SynSent;
        const FourTuple& t = e.tuple;
        // The send space counts local to remote, the receive space remote to local.
        const auto sent = [&](SeqNum v) {
            return QString::fromStdString(
                numbers.in_direction(t.local_addr, t.local_port, t.remote_addr, t.remote_port, v));
        };
        const auto received = [&](SeqNum v) {
            return QString::fromStdString(
                numbers.in_direction(t.remote_addr, t.remote_port, t.local_addr, t.local_port, v));
        };
        const std::int64_t now = sim.now();
        QString timer = tr("stopped");
        if (!e.app.accepted && e.state == TcpState::Established)
            timer = tr("waits for accept()");
        else if (e.timer.armed())
            switch (e.timer_purpose(sim.profile().kind)) {
            case TimerPurpose::TimeWait:
            case TimerPurpose::LinuxTimeWait:
                timer = tr("TIME-WAIT ends at %1, in %2")
                            .arg(elapsed_text(e.timer.deadline), elapsed_text(e.timer.deadline - now));
                break;
            case TimerPurpose::FinWait2:
                timer = tr("FIN-WAIT-2 gives up at %1, in %2")
                            .arg(elapsed_text(e.timer.deadline), elapsed_text(e.timer.deadline - now));
                break;
            case TimerPurpose::Retransmission:
                timer = tr("retransmits at %1, in %2")
                            .arg(elapsed_text(e.timer.deadline), elapsed_text(e.timer.deadline - now));
                if (e.timer.retransmissions > 0) // backed off from the RTO the round trips gave
                    timer = tr("%1, after %n retransmission(s), RTO %2", nullptr, int(e.timer.retransmissions))
                                .arg(timer, elapsed_text(e.timer.rto));
                break;
            }
        if (e.delayed_ack_deadline >= 0)
            timer = tr("%1; delayed ACK at %2").arg(timer, elapsed_text(e.delayed_ack_deadline));
        const QString rtt = e.rtt.samples == 0
                                ? tr("not measured: RTO %1").arg(elapsed_text(e.rtt.current(sim.profile())))
                                : QStringLiteral("%1 / %2 / %3")
                                      .arg(elapsed_text(e.rtt.srtt), elapsed_text(e.rtt.rttvar),
                                           elapsed_text(e.rtt.rto));
        add_row({host_title(h.identity.name, h.identity.role),
                 QStringLiteral("%1:%2")
                     .arg(QString::fromStdString(ipv4_text(e.tuple.remote_addr)))
                     .arg(e.tuple.remote_port),
                 QString::fromLatin1(state_name(e.state)), sent(e.iss), synced ? received(e.irs) : QStringLiteral("-"),
                 sent(e.snd_una), sent(e.snd_nxt), synced ? received(e.rcv_nxt) : QStringLiteral("-"), rtt, timer});
    };
    for (const Host& h : w.hosts) {
        if (h.listener) {
            const Listener& l = *h.listener;
            QString queues = tr("SYN queue %1/%2").arg(l.syn_queue.size()).arg(l.backlog);
            if (!l.accepts_at_once()) // only a slow application lets connections wait
                queues = tr("SYN queue %1/%2, accept queue %3/%2")
                             .arg(l.syn_queue.size())
                             .arg(l.backlog)
                             .arg(l.accept_queue.size());
            //: LISTEN is an RFC 9293 state name.
            add_row({host_title(h.identity.name, h.identity.role), tr("port %1").arg(l.port), QStringLiteral("LISTEN"),
                     QString(), QString(), QString(), QString(), QString(), QString(), queues});
            // A flood queues hundreds of requests alike: the oldest few tell the story.
            std::size_t listed = 0;
            for (const Endpoint& r : h.listener->syn_queue)
                if (listed++ < kListedRequests)
                    endpoint_row(h, r);
            if (listed > kListedRequests)
                add_row({QString(), tr("… %n more half-open request(s)", nullptr, int(listed - kListedRequests))});
        }
        for (const Endpoint& e : h.connections)
            if (e.state != TcpState::Closed)
                endpoint_row(h, e);
    }
    setRowCount(rows);
    if (rows != rows_before)
        resizeColumnsToContents();
}

} // namespace tcpviz
