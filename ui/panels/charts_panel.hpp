#pragma once
// Qt Charts over the trace: the SYN queue against the backlog (the flood and what
// cookies change), sequence numbers over time per host, and ISNs over time for the
// chosen ISN mode (4.4BSD's straight line against RFC 6528's scatter).
#include "tcp/isn_generator.hpp"
#include "teaching/seq_notation.hpp"
#include "sim/trace.hpp"

#include <QChartView>
#include <QTabWidget>

#include <optional>
#include <utility>

namespace tcpviz {

// A chart whose time axis zooms and pans: drag to zoom in on a stretch, scroll to zoom
// about the pointer, right-drag to pan, double-click for the whole run and back.
class ChartView : public QChartView {
public:
    explicit ChartView(QWidget* parent = nullptr);
    // Spans are [from, to] in the time axis's own unit, the one its title names (ms or
    // s, chosen per chart by time_unit() for the length of the run).
    void set_full_span(double from, double to);    // the whole run: the zoom's limit
    void set_opening_span(double from, double to); // what the chart first shows
    std::pair<double, double> time_span() const;   // what it shows now
    std::pair<double, double> full_span() const { return full_; }
    void set_time_span(double from, double to);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    std::pair<double, double> full_{0, 1}, opening_{0, 1};
    std::optional<QPointF> pan_from_;
};

class ChartsPanel : public QTabWidget {
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget* parent = nullptr);
    void show_trace(const Trace& trace, const SeqNotation& numbers, IsnMode isn_mode, std::uint64_t seed);
    int series_count() const;
    ChartView* queue_chart() const { return queue_; }
    ChartView* sequence_chart() const { return sequence_; }

private:
    ChartView* queue_;
    ChartView* sequence_;
    ChartView* isn_;
};

} // namespace tcpviz
