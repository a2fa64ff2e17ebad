#pragma once
// One line per trace event, filterable; activating a line moves the session there.
#include "trace.hpp"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace tcpviz {

class EventLogView : public QWidget {
    Q_OBJECT
public:
    explicit EventLogView(QWidget* parent = nullptr);
    void show_trace(const Trace& trace);
    void clear(); // a different trace follows
    int visible_lines() const;

signals:
    void step_requested(std::uint32_t step);

private:
    void apply_filter();

    QLineEdit* filter_;
    QListWidget* list_;
    std::size_t shown_ = 0; // events of the trace shown so far; the list ends with them
};

} // namespace tcpviz
