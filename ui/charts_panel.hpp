#pragma once
// Qt Charts over the trace: the SYN queue against the backlog (the flood and what
// cookies change), sequence numbers over time per host, and ISNs over time for the
// chosen ISN mode (4.4BSD's straight line against RFC 6528's scatter).
#include "isn_generator.hpp"
#include "seq_notation.hpp"
#include "trace.hpp"

#include <QTabWidget>

class QChartView;

namespace tcpviz {

class ChartsPanel : public QTabWidget {
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget* parent = nullptr);
    void show_trace(const Trace& trace, const SeqNotation& numbers, IsnMode isn_mode, std::uint64_t seed);
    int series_count() const;

private:
    QChartView* queue_;
    QChartView* sequence_;
    QChartView* isn_;
};

} // namespace tcpviz
