#include "panels/event_log_view.hpp"

#include "words/event_text.hpp"
#include "words/trace_words.hpp"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace tcpviz {
namespace {

bool refers_to_segment(const TraceEvent& e)
{
    switch (e.kind) {
    case EventKind::SegmentSent:
    case EventKind::SegmentDelivered:
    case EventKind::SegmentLost:
    case EventKind::SegmentDropped: return true;
    default: return false;
    }
}

} // namespace

EventLogView::EventLogView(QWidget* parent) : QWidget(parent)
{
    filter_ = new QLineEdit(this);
    filter_->setPlaceholderText(tr("Filter events (e.g. SYN-ACK, server, lost)"));
    filter_->setClearButtonEnabled(true);
    lines_ = new EventLines(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filter_);
    layout->addWidget(lines_);
    // Filtering a million events takes a moment: wait until the typing pauses.
    filter_delay_ = new QTimer(this);
    filter_delay_->setSingleShot(true);
    filter_delay_->setInterval(250);
    connect(filter_, &QLineEdit::textChanged, filter_delay_, qOverload<>(&QTimer::start));
    connect(filter_delay_, &QTimer::timeout, this, [this] { lines_->set_filter(filter_->text().trimmed()); });
    connect(lines_, &EventLines::row_clicked, this, &EventLogView::step_requested);
}

void EventLogView::show_trace(const Trace& trace, const SeqNotation& numbers)
{
    lines_->show_trace(trace, numbers);
}

void EventLogView::clear()
{
    lines_->forget();
}

void EventLogView::select_segment(std::optional<std::uint32_t> segment)
{
    if (const auto row = lines_->select_segment(segment))
        lines_->scroll_to_row(*row);
}

int EventLogView::visible_lines() const
{
    return lines_->rows();
}

QString EventLogView::line(int row) const
{
    return lines_->text(row);
}

bool EventLogView::line_marked(int row) const
{
    return lines_->marked(row);
}

EventLines::EventLines(QWidget* parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::ClickFocus); // Space and the arrows belong to stepping until clicked
    verticalScrollBar()->setSingleStep(1);
    viewport()->setBackgroundRole(QPalette::Base);
}

int EventLines::rows() const
{
    return static_cast<int>(filter_.isEmpty() ? shown_ : matches_.size());
}

QString EventLines::event_line(std::size_t index) const
{
    const TraceEvent& e = trace_->events[index];
    //: One line of the event log: step number, virtual time, what happened.
    return EventLogView::tr("step %1  %2  %3")
        .arg(e.step)
        .arg(elapsed_text(e.time), -9)
        .arg(event_text(*trace_, *numbers_, e));
}

QString EventLines::text(int row) const
{
    return event_line(event_at(row));
}

bool EventLines::matches(std::size_t event) const
{
    return event_line(event).contains(filter_, Qt::CaseInsensitive);
}

bool EventLines::marked(int row) const
{
    const TraceEvent& e = trace_->events[event_at(row)];
    return selected_segment_ && refers_to_segment(e) && e.ref == *selected_segment_;
}

int EventLines::row_height() const
{
    return fontMetrics().height() + 4;
}

void EventLines::show_trace(const Trace& trace, const SeqNotation& numbers)
{
    // The trace grows by steps and shrinks by Back: rows come and go at the end only.
    QScrollBar* bar = verticalScrollBar();
    const bool following = bar->value() == bar->maximum();
    const std::size_t total = trace.events.size();
    if (&trace != trace_ || !numbers_ || numbers_->notation() != numbers.notation()) {
        trace_ = &trace;
        numbers_ = &numbers;
        shown_ = 0;
        matches_.clear();
    }
    if (total < shown_) {
        std::erase_if(matches_, [total](std::uint32_t i) { return i >= total; });
    } else if (!filter_.isEmpty()) {
        for (std::size_t i = shown_; i < total; ++i)
            if (matches(i))
                matches_.push_back(std::uint32_t(i));
    }
    shown_ = total;
    current_ = std::min(current_, rows() - 1);
    update_scroll_range();
    // The newest line stays in sight unless the user has scrolled up to read.
    if (following)
        bar->setValue(bar->maximum());
    viewport()->update();
}

void EventLines::forget()
{
    trace_ = nullptr;
    shown_ = 0;
    matches_.clear();
    selected_segment_.reset();
    current_ = -1;
    update_scroll_range();
    viewport()->update();
}

void EventLines::set_filter(const QString& filter)
{
    filter_ = filter;
    matches_.clear();
    if (!filter_.isEmpty() && trace_)
        for (std::size_t i = 0; i < shown_; ++i)
            if (matches(i))
                matches_.push_back(std::uint32_t(i));
    current_ = -1;
    update_scroll_range();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    viewport()->update();
}

std::optional<int> EventLines::select_segment(std::optional<std::uint32_t> segment)
{
    selected_segment_ = segment;
    viewport()->update();
    if (!segment || !trace_)
        return std::nullopt;
    for (int row = rows() - 1; row >= 0; --row) {
        const TraceEvent& e = trace_->events[event_at(row)];
        if (e.kind == EventKind::SegmentSent && e.ref == *segment)
            return row;
    }
    return std::nullopt;
}

void EventLines::scroll_to_row(int row)
{
    const int page = verticalScrollBar()->pageStep();
    if (row < verticalScrollBar()->value() || row >= verticalScrollBar()->value() + page)
        verticalScrollBar()->setValue(row - page / 2);
}

void EventLines::update_scroll_range()
{
    const int page = std::max(1, viewport()->height() / row_height());
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setRange(0, std::max(0, rows() - page));
}

void EventLines::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    update_scroll_range();
}

void EventLines::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const int h = row_height();
    const int first = verticalScrollBar()->value();
    const int last = std::min(rows(), first + viewport()->height() / h + 1);
    QFont bold = font();
    bold.setBold(true);
    for (int row = first; row < last; ++row) {
        const QRect r(0, (row - first) * h, viewport()->width(), h);
        if (row == current_) {
            p.fillRect(r, palette().highlight());
            p.setPen(palette().color(QPalette::HighlightedText));
        } else {
            p.setPen(palette().color(QPalette::Text));
        }
        p.setFont(marked(row) ? bold : font());
        p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, text(row));
    }
}

void EventLines::set_current(int row)
{
    if (row < 0 || row >= rows())
        return;
    current_ = row;
    scroll_to_row(row);
    viewport()->update();
    emit row_clicked(trace_->events[event_at(row)].step);
}

void EventLines::mousePressEvent(QMouseEvent* event)
{
    set_current(verticalScrollBar()->value() + int(event->position().y()) / row_height());
}

void EventLines::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up: set_current(current_ - 1); break;
    case Qt::Key_Down: set_current(current_ + 1); break;
    default: QAbstractScrollArea::keyPressEvent(event);
    }
}

} // namespace tcpviz
