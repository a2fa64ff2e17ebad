#pragma once
// The RFC 9293 connection state diagram (Figure 5, the establishment part) for one
// host: its current state lit, the edge it last took highlighted; every edge labelled
// (state_machine_layout). It grows taller than its panel when a narrow panel lists the
// labels in a key, so it sits in a scroll area.
#include "diagram/diagram_theme.hpp"
#include "panels/state_machine_layout.hpp"
#include "sim/trace.hpp"

#include <QWidget>

#include <optional>

class QComboBox;

namespace tcpviz {

class StateMachineView : public QWidget {
    Q_OBJECT
public:
    explicit StateMachineView(QWidget* parent = nullptr);
    void show_trace(const Trace& trace);
    void set_host(std::uint8_t host);
    void set_theme(const DiagramTheme& theme);
    std::optional<TcpState> current_state() const { return current_; }
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QFont label_font() const;
    double caption_height() const;
    const Trace* trace_ = nullptr;
    QComboBox* host_picker_;
    std::uint8_t host_ = 0;
    std::uint8_t scanned_host_ = 0;
    std::size_t scanned_ = 0; // events read for host_ so far
    std::optional<TcpState> current_;
    std::optional<std::pair<TcpState, TcpState>> last_edge_;
    Explain last_cause_ = Explain::None;
    DiagramTheme theme_ = DiagramTheme::make(ThemeKind::Light);
    // Placing every label costs: kept while the size and the fonts stay.
    std::optional<StateMachineLayout> layout_;
    QRectF layout_area_;
    mutable std::pair<double, double> height_for_width_{-1, 0};
};

} // namespace tcpviz
