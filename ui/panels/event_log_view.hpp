#pragma once
// One line per trace event, filterable; clicking a line moves the session there.
// Lines are painted from the trace only where they are on screen, so a step costs the
// same with ten events or a million; the selected segment's events stand out.
#include "teaching/seq_notation.hpp"
#include "sim/trace.hpp"

#include <QAbstractScrollArea>

#include <optional>
#include <vector>

class QLineEdit;
class QTimer;

namespace tcpviz {

class EventLines;

class EventLogView : public QWidget {
    Q_OBJECT
public:
    explicit EventLogView(QWidget* parent = nullptr);
    void show_trace(const Trace& trace, const SeqNotation& numbers);
    void clear(); // a different trace follows
    // Marks the events of a segment and scrolls to the one that sent it.
    void select_segment(std::optional<std::uint32_t> segment);
    int visible_lines() const;
    QString line(int row) const; // the text of visible line `row`
    bool line_marked(int row) const;

signals:
    void step_requested(std::uint32_t step);

private:
    QLineEdit* filter_;
    EventLines* lines_;
    QTimer* filter_delay_;
};

// The scrolling list itself: rows are trace events, all of them or those matching
// the filter.
class EventLines : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit EventLines(QWidget* parent = nullptr);
    void show_trace(const Trace& trace, const SeqNotation& numbers);
    void forget();
    void set_filter(const QString& filter);
    std::optional<int> select_segment(std::optional<std::uint32_t> segment); // row that sent it
    void scroll_to_row(int row);
    int rows() const;
    QString text(int row) const;
    bool marked(int row) const;

signals:
    void row_clicked(std::uint32_t step);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    std::size_t event_at(int row) const { return filter_.isEmpty() ? std::size_t(row) : matches_[std::size_t(row)]; }
    QString event_line(std::size_t event) const;
    bool matches(std::size_t event) const;
    int row_height() const;
    void update_scroll_range();
    void set_current(int row);

    const Trace* trace_ = nullptr;
    const SeqNotation* numbers_ = nullptr;
    std::size_t shown_ = 0; // events of the trace taken in
    QString filter_;
    std::vector<std::uint32_t> matches_; // event indices, when filtering
    std::optional<std::uint32_t> selected_segment_;
    int current_ = -1; // the row clicked or moved to with the keys
};

} // namespace tcpviz
