#include "event_log_view.hpp"

#include "diagram_layout.hpp"
#include "event_text.hpp"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace tcpviz {
namespace {
// A flood's log keeps its newest lines; older ones stay in the trace and the exports.
constexpr std::size_t kMaxLines = 20'000;
constexpr int kStepRole = Qt::UserRole;
} // namespace

EventLogView::EventLogView(QWidget* parent) : QWidget(parent)
{
    filter_ = new QLineEdit(this);
    filter_->setPlaceholderText(tr("Filter events (e.g. SYN-ACK, server, lost)"));
    filter_->setClearButtonEnabled(true);
    list_ = new QListWidget(this);
    list_->setUniformItemSizes(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filter_);
    layout->addWidget(list_);
    connect(filter_, &QLineEdit::textChanged, this, &EventLogView::apply_filter);
    connect(list_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit step_requested(item->data(kStepRole).toUInt());
    });
    connect(list_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        emit step_requested(item->data(kStepRole).toUInt());
    });
}

void EventLogView::show_trace(const Trace& trace)
{
    // The trace only grows by steps and shrinks by Back: add or remove lines at the
    // end instead of rebuilding, so a step costs the same whatever the trace's length.
    list_->setUpdatesEnabled(false);
    const std::size_t total = trace.events.size();
    if (total < shown_ || total - shown_ > kMaxLines) {
        list_->clear();
        shown_ = total > kMaxLines ? total - kMaxLines : 0;
    }
    while (shown_ > total && list_->count() > 0) {
        delete list_->takeItem(list_->count() - 1);
        --shown_;
    }
    const QString filter = filter_->text().trimmed();
    for (; shown_ < total; ++shown_) {
        const TraceEvent& e = trace.events[shown_];
        auto* item = new QListWidgetItem(
            tr("step %1  %2  %3").arg(e.step).arg(elapsed_text(e.time), -9).arg(event_text(trace, e)), list_);
        item->setData(kStepRole, e.step);
        item->setHidden(!filter.isEmpty() && !item->text().contains(filter, Qt::CaseInsensitive));
    }
    // Keep at most kMaxLines: drop the oldest.
    while (std::size_t(list_->count()) > kMaxLines)
        delete list_->takeItem(0);
    list_->scrollToBottom();
    list_->setUpdatesEnabled(true);
}

void EventLogView::clear()
{
    list_->clear();
    shown_ = 0;
}

void EventLogView::apply_filter()
{
    const QString text = filter_->text().trimmed();
    for (int i = 0; i < list_->count(); ++i)
        list_->item(i)->setHidden(!text.isEmpty() && !list_->item(i)->text().contains(text, Qt::CaseInsensitive));
}

int EventLogView::visible_lines() const
{
    int n = 0;
    for (int i = 0; i < list_->count(); ++i)
        n += !list_->item(i)->isHidden();
    return n;
}

} // namespace tcpviz
