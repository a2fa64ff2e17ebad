#include "panels/state_machine_view.hpp"

#include "teaching/narration.hpp"
#include "panels/state_machine_layout.hpp"

#include <QComboBox>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tcpviz {
namespace {

constexpr double kMargin = 10; // around the states

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
    layout_.reset(); // new fonts
    height_for_width_ = {-1, 0};
    updateGeometry(); // larger type in presentation mode needs more room
    update();
}

QFont StateMachineView::label_font() const
{
    QFont font = theme_.note_font;
    font.setItalic(false);
    return font;
}

double StateMachineView::caption_height() const
{
    return QFontMetricsF(theme_.note_font).height() + 6;
}

QSize StateMachineView::minimumSizeHint() const
{
    // SYN-RECEIVED and SYN-SENT side by side with the CLOSED-ESTABLISHED edge between them,
    // and as tall as the diagram and its key need at the width the view has.
    const QFontMetricsF fm(theme_.state_font);
    const double boxes = fm.horizontalAdvance(QStringLiteral("SYN-RECEIVED")) +
                         fm.horizontalAdvance(QStringLiteral("SYN-SENT")) + 32;
    const double width = std::max(boxes + 48 + 2 * kMargin, double(this->width()));
    if (height_for_width_.first != width)
        height_for_width_ = {width, state_machine_height(width - 2 * kMargin, theme_.state_font, label_font())};
    const double height = host_picker_->sizeHint().height() + 14 + height_for_width_.second + caption_height() + kMargin;
    return {int(boxes + 48 + 2 * kMargin), int(std::ceil(height))};
}

void StateMachineView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (event->oldSize().width() != width())
        updateGeometry(); // a narrower view numbers more edges: its key needs more room
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
    const double caption = caption_height();
    const QRectF area =
        QRectF(rect()).adjusted(kMargin, host_picker_->height() + 14, -kMargin, -kMargin - caption);
    const QFont labels = label_font();
    if (!layout_ || layout_area_ != area) {
        layout_ = layout_state_machine(area, theme_.state_font, labels);
        layout_area_ = area;
    }
    const StateMachineLayout& layout = *layout_;
    const auto taken = [&](const StateEdge& e) {
        return last_edge_ && last_edge_->first == e.from && last_edge_->second == e.to;
    };
    for (const StateEdge& e : layout.edges) {
        const QColor colour = taken(e) ? theme_.rst : theme_.lifeline;
        // Edges Figure 5 does not draw (RST and timeouts, the cookie) are dashed.
        p.setPen(QPen(colour, taken(e) ? 3 : 1.2, e.in_figure || taken(e) ? Qt::SolidLine : Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(e.path);
        QPainterPath head(e.head);
        head.lineTo(e.head - QPointF(std::cos(e.head_angle - 0.45) * 8, std::sin(e.head_angle - 0.45) * 8));
        head.lineTo(e.head - QPointF(std::cos(e.head_angle + 0.45) * 8, std::sin(e.head_angle + 0.45) * 8));
        head.closeSubpath();
        p.fillPath(head, colour);
    }
    for (const StateBox& b : layout.boxes) {
        const bool lit = current_ == b.state;
        p.setPen(QPen(lit ? theme_.text : theme_.lifeline, lit ? 3 : 1.2));
        p.setBrush(lit ? theme_.state_fill[std::size_t(b.state)] : theme_.background);
        p.drawRoundedRect(b.box, 6, 6);
        p.setFont(theme_.state_font);
        p.setPen(lit ? theme_.state_text : theme_.muted);
        p.drawText(b.box, Qt::AlignCenter, QString::fromLatin1(state_name(b.state)));
    }
    // Each edge's event over its action, as Figure 5 writes them, or its number and the
    // key's line; the edge just taken stands out.
    for (const StateEdge& e : layout.edges) {
        QFont font = labels;
        font.setBold(taken(e));
        p.setFont(font);
        const QColor ink = taken(e) ? theme_.text : theme_.muted;
        if (e.number) {
            p.setPen(QPen(taken(e) ? theme_.rst : theme_.lifeline, 1));
            p.setBrush(theme_.background);
            p.drawEllipse(e.badge);
            p.setPen(ink);
            p.drawText(e.badge, Qt::AlignCenter, QString::number(e.number));
            const QString line = QStringLiteral("%1  %2").arg(e.number).arg(state_edge_text(e));
            p.drawText(e.label, Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(font).elidedText(line, Qt::ElideRight, e.label.width()));
            continue;
        }
        if (taken(e)) {
            p.setPen(QPen(theme_.rst, 1));
            p.setBrush(theme_.background);
            p.drawRoundedRect(e.label, 3, 3);
        }
        p.setPen(ink);
        p.drawText(e.label, Qt::AlignCenter, e.action.isEmpty() ? e.event : e.event + QLatin1Char('\n') + e.action);
    }
    if (last_edge_) {
        p.setFont(theme_.note_font);
        p.setPen(theme_.muted);
        p.drawText(QRectF(area.left(), std::max(area.bottom(), layout.key.bottom()) + 6, area.width(), caption), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(theme_.note_font).elidedText(tr("last change: %1").arg(explain_title(last_cause_)),
                                                   Qt::ElideRight, area.width()));
    }
}

} // namespace tcpviz
