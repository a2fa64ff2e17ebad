#pragma once
// Each endpoint's TCB as it stands: state, ISS/IRS, SND.UNA, SND.NXT, RCV.NXT, the
// retransmission timer with its deadline and attempts, and each listener's SYN queue.
#include "teaching/seq_notation.hpp"
#include "sim/simulation.hpp"

#include "capture/captured_values.hpp"

#include <QTableWidget>

namespace tcpviz {

class LiveValuesView : public QTableWidget {
    Q_OBJECT
public:
    explicit LiveValuesView(QWidget* parent = nullptr);
    // Every number as `numbers` writes it (synchronized with the simulation's trace).
    void show_world(const Simulation& simulation, const SeqNotation& numbers);
    // An imported capture has no TCBs: its endpoints' values from captured_endpoints(), no timers.
    void show_capture(const Trace& trace, const SeqNotation& numbers);
    // The first half of show_capture, which touches no widget: it may run on another
    // thread while the diagram is laid out (a capture's millions of segments).
    void take_in_capture(const Trace& trace);

private:
    void put_row(int row, const QStringList& cells); // rewrites only the cells that changed
    CapturedValues captured_; // follows an imported trace step by step
};

} // namespace tcpviz
