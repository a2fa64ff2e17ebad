#include "live_values_view.hpp"

#include "diagram_layout.hpp"

#include <QHeaderView>

namespace tcpviz {

LiveValuesView::LiveValuesView(QWidget* parent) : QTableWidget(parent)
{
    setColumnCount(9);
    // Protocol variable names (RFC 9293) stay untranslated.
    setHorizontalHeaderLabels({tr("Host"), tr("Peer"), tr("State"), QStringLiteral("ISS"), QStringLiteral("IRS"),
                               QStringLiteral("SND.UNA"), QStringLiteral("SND.NXT"), QStringLiteral("RCV.NXT"),
                               tr("Timer")});
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
}

void LiveValuesView::show_world(const Simulation& sim)
{
    const World& w = sim.world();
    setRowCount(0);
    const auto add_row = [this](const QStringList& cells) {
        const int row = rowCount();
        insertRow(row);
        for (int c = 0; c < cells.size(); ++c)
            setItem(row, c, new QTableWidgetItem(cells[c]));
    };
    const auto endpoint_row = [&](const Host& h, const Endpoint& e) {
        const bool synced = e.state != TcpState::SynSent;
        QString timer = tr("stopped");
        if (e.timer.armed())
            timer = tr("at %1 (RTO %2, %3 retransmissions)")
                        .arg(elapsed_text(e.timer.deadline), elapsed_text(e.timer.rto))
                        .arg(e.timer.retransmissions);
        add_row({QString::fromStdString(h.identity.name),
                 QStringLiteral("%1:%2").arg(QString::fromStdString(ipv4_text(e.tuple.remote_addr))).arg(e.tuple.remote_port),
                 QString::fromLatin1(state_name(e.state)), QString::number(e.iss.raw()),
                 synced ? QString::number(e.irs.raw()) : QStringLiteral("-"), QString::number(e.snd_una.raw()),
                 QString::number(e.snd_nxt.raw()), synced ? QString::number(e.rcv_nxt.raw()) : QStringLiteral("-"),
                 timer});
    };
    for (const Host& h : w.hosts) {
        if (h.listener) {
            //: LISTEN is an RFC 9293 state name.
            add_row({QString::fromStdString(h.identity.name), tr("port %1").arg(h.listener->port), QStringLiteral("LISTEN"),
                     QString(), QString(), QString(), QString(), QString(),
                     tr("SYN queue %1/%2").arg(h.listener->syn_queue.size()).arg(h.listener->backlog)});
            for (const Endpoint& r : h.listener->syn_queue)
                endpoint_row(h, r);
        }
        for (const Endpoint& e : h.connections)
            if (e.state != TcpState::Closed)
                endpoint_row(h, e);
    }
}

} // namespace tcpviz
