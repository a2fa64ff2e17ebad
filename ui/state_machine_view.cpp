#include "state_machine_view.hpp"

#include "narration.hpp"

#include <QComboBox>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tcpviz {
namespace {

constexpr double kMargin = 10;     // around the states
constexpr double kBoxPadding = 16; // a state's box is this much wider than its name

// Positions in a 100 x 100 box, laid out like RFC 9293 Figure 5.
QPointF position(TcpState s)
{
    switch (s) {
    case TcpState::Closed: return {50, 8};
    case TcpState::Listen: return {50, 30};
    case TcpState::SynReceived: return {18, 58};
    case TcpState::SynSent: return {82, 58};
    case TcpState::Established: return {50, 88};
    }
    return {};
}

struct Edge {
    TcpState from, to;
    const char* trigger; // RFC 9293 notation: event / action
};

constexpr TcpState kStates[] = {TcpState::Closed, TcpState::Listen, TcpState::SynSent, TcpState::SynReceived,
                                TcpState::Established};

// Figure 5 edge labels use RFC notation (rcv, snd, OPEN) and stay untranslated.
constexpr Edge kEdges[] = {
    {TcpState::Closed, TcpState::Listen, "passive OPEN"},
    {TcpState::Closed, TcpState::SynSent, "active OPEN / snd SYN"},
    {TcpState::Listen, TcpState::SynReceived, "rcv SYN / snd SYN,ACK"},
    {TcpState::SynSent, TcpState::SynReceived, "rcv SYN / snd SYN,ACK"},
    {TcpState::SynSent, TcpState::Established, "rcv SYN,ACK / snd ACK"},
    {TcpState::SynReceived, TcpState::Established, "rcv ACK of SYN"},
    {TcpState::SynReceived, TcpState::Listen, "rcv RST (passive) / timeout"},
    {TcpState::SynSent, TcpState::Closed, "rcv RST / timeout"},
    {TcpState::Established, TcpState::Closed, "rcv RST"},
};

} // namespace

StateMachineView::StateMachineView(QWidget* parent) : QWidget(parent)
{
    host_picker_ = new QComboBox(this);
    host_picker_->setToolTip(tr("Whose state machine to show"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(host_picker_);
    layout->addStretch();
    connect(host_picker_, &QComboBox::activated, this,
            [this](int index) { set_host(std::uint8_t(host_picker_->itemData(index).toInt())); });
}

void StateMachineView::set_theme(const DiagramTheme& theme)
{
    theme_ = theme;
    updateGeometry(); // larger type in presentation mode needs more room
    update();
}

QSize StateMachineView::minimumSizeHint() const
{
    // SYN-RECEIVED and SYN-SENT side by side with the CLOSED-ESTABLISHED edge between them.
    const QFontMetricsF fm(theme_.state_font);
    const double boxes = fm.horizontalAdvance(QStringLiteral("SYN-RECEIVED")) +
                         fm.horizontalAdvance(QStringLiteral("SYN-SENT")) + 2 * kBoxPadding;
    return {int(boxes + 48 + 2 * kMargin), 240};
}

void StateMachineView::set_host(std::uint8_t host)
{
    host_ = host;
    if (trace_)
        show_trace(*trace_);
}

void StateMachineView::show_trace(const Trace& trace)
{
    // Only the events since the last look are read, so a step costs the same however
    // long the trace; a shorter trace (Back) or another host starts over.
    if (trace_ != &trace || trace.events.size() < scanned_ || scanned_host_ != host_) {
        scanned_ = 0;
        current_.reset();
        last_edge_.reset();
    }
    trace_ = &trace;
    scanned_host_ = host_;
    for (; scanned_ < trace.events.size(); ++scanned_) {
        const TraceEvent& e = trace.events[scanned_];
        if (e.kind == EventKind::StateChanged && e.host == host_) {
            current_ = Trace::to_state(e);
            last_edge_ = std::pair{Trace::from_state(e), Trace::to_state(e)};
            last_cause_ = e.why;
        }
    }
    if (host_picker_->count() != int(trace.hosts.size())) {
        host_picker_->clear();
        for (std::size_t h = 0; h < trace.hosts.size(); ++h)
            host_picker_->addItem(host_title(trace, std::uint8_t(h)), int(h));
    }
    host_picker_->setCurrentIndex(host_picker_->findData(int(host_)));
    update();
}

void StateMachineView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme_.background);
    // The states fill the room between the host picker and the "last change" line.
    const double caption = QFontMetricsF(theme_.note_font).height() + 6;
    const QRectF area =
        QRectF(rect()).adjusted(kMargin, host_picker_->height() + 14, -kMargin, -kMargin - caption);
    QFont font = theme_.state_font;
    QFont small = theme_.note_font;
    const QFontMetricsF fm(font);
    // Where Figure 5 puts the state, moved in as far as its box needs in a narrow view.
    const auto box_of = [&](TcpState s) {
        const double w = fm.horizontalAdvance(QString::fromLatin1(state_name(s))) + kBoxPadding, h = fm.height() + 8;
        const QPointF q = position(s);
        const double x = std::clamp(area.left() + q.x() / 100 * area.width(), area.left() + w / 2,
                                    std::max(area.left() + w / 2, area.right() - w / 2));
        return QRectF(QPointF(x - w / 2, area.top() + q.y() / 100 * area.height() - h / 2), QSizeF(w, h));
    };
    QString trigger_text;
    QPointF trigger_from, trigger_to;
    for (const Edge& e : kEdges) {
        const bool taken = last_edge_ && last_edge_->first == e.from && last_edge_->second == e.to;
        const QColor colour = taken ? theme_.rst : theme_.lifeline;
        // Edges from box edge to box edge, with an arrowhead.
        const QRectF a = box_of(e.from), b = box_of(e.to);
        QPointF p0 = a.center(), p1 = b.center();
        const QLineF line(p0, p1);
        const auto clip = [](const QRectF& r, const QLineF& l, bool start) {
            const double tx = std::abs(l.dx()) > 1e-6 ? (r.width() / 2) / std::abs(l.dx()) : 1e9;
            const double ty = std::abs(l.dy()) > 1e-6 ? (r.height() / 2) / std::abs(l.dy()) : 1e9;
            const double t = std::min(tx, ty) + 0.02;
            return start ? l.pointAt(t) : l.pointAt(1 - t);
        };
        p0 = clip(a, line, true);
        p1 = clip(b, line, false);
        p.setPen(QPen(colour, taken ? 3 : 1.4));
        p.drawLine(p0, p1);
        const double angle = std::atan2(p1.y() - p0.y(), p1.x() - p0.x());
        QPainterPath head(p1);
        head.lineTo(p1 - QPointF(std::cos(angle - 0.45) * 9, std::sin(angle - 0.45) * 9));
        head.lineTo(p1 - QPointF(std::cos(angle + 0.45) * 9, std::sin(angle + 0.45) * 9));
        head.closeSubpath();
        p.fillPath(head, colour);
        if (taken) {
            trigger_text = QString::fromLatin1(e.trigger);
            trigger_from = p0;
            trigger_to = p1;
        }
    }
    for (TcpState s : kStates) {
        const bool lit = current_ == s;
        const QRectF box = box_of(s);
        p.setPen(QPen(lit ? theme_.text : theme_.lifeline, lit ? 3 : 1.2));
        p.setBrush(lit ? theme_.state_fill[std::size_t(s)] : theme_.background);
        p.drawRoundedRect(box, 6, 6);
        p.setFont(font);
        p.setPen(lit ? theme_.state_text : theme_.muted);
        p.drawText(box, Qt::AlignCenter, QString::fromLatin1(state_name(s)));
    }
    if (!trigger_text.isEmpty()) {
        // The trigger of the edge just taken, over everything, kept inside the view.
        p.setFont(small);
        const QFontMetricsF sm(small);
        const double w = sm.horizontalAdvance(trigger_text) + 8;
        // On the edge, at the first place along it where no state box is covered.
        QRectF label;
        for (double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
            const QPointF on_edge = trigger_from + t * (trigger_to - trigger_from);
            const double left = std::clamp(on_edge.x() - w / 2, area.left(), area.right() - w);
            label = QRectF(left, on_edge.y() - sm.height() / 2, w, sm.height());
            if (std::none_of(std::begin(kStates), std::end(kStates),
                             [&](TcpState st) { return box_of(st).adjusted(-2, -2, 2, 2).intersects(label); }))
                break;
        }
        p.setPen(QPen(theme_.rst, 1));
        p.setBrush(theme_.background);
        p.drawRoundedRect(label, 3, 3);
        p.setPen(theme_.text);
        p.drawText(label, Qt::AlignCenter, trigger_text);
    }
    if (last_edge_) {
        p.setFont(small);
        p.setPen(theme_.muted);
        p.drawText(QRectF(area.left(), area.bottom() + 6, area.width(), caption), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(small).elidedText(tr("last change: %1").arg(explain_title(last_cause_)),
                                                   Qt::ElideRight, area.width()));
    }
}

} // namespace tcpviz
