#pragma once
// The sequence diagram on screen: a scroll area that asks the shared painter for the
// rows in view only, follows the newest event unless the user scrolled away, zooms,
// highlights the arrow under the pointer and reports clicks on arrows.
#include "diagram_layout.hpp"
#include "diagram_theme.hpp"

#include <QAbstractScrollArea>

#include <memory>
#include <optional>

namespace tcpviz {

class DiagramView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit DiagramView(QWidget* parent = nullptr);

    // A new trace state to draw; the layout is rebuilt from it.
    void show_trace(const Trace& trace, const DiagramOptions& options);
    void set_theme(const DiagramTheme& theme);
    const DiagramTheme& theme() const { return theme_; }
    const DiagramLayout* layout() const { return layout_.get(); }
    double zoom() const { return zoom_; }
    // Zooms about the middle of the view, or about the newest event while following it.
    // Until then the zoom fits a slightly too wide diagram to the view.
    void set_zoom(double zoom);
    // Presentation: the newest exchange is kept in the middle of the view, not at its foot.
    void set_centre_newest(bool on);
    std::optional<std::uint32_t> selected_segment() const { return selected_; }
    void select_segment(std::optional<std::uint32_t> segment);
    // Where an arrow is drawn, in viewport coordinates (for tests and hit testing).
    QPointF viewport_point(QPointF diagram_point) const;

signals:
    void segment_selected(std::uint32_t segment);
    // A click on an arrow still in flight: lose it there and then.
    void lose_requested(std::uint32_t segment);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void update_scroll_ranges();
    void fit_width();
    int follow_value() const; // the vertical scroll position that shows the newest event
    void scroll_to_newest();  // and, across a wide diagram, its arrow
    std::optional<std::size_t> arrow_under(QPoint viewport_pos) const;
    QPointF diagram_point(QPoint viewport_pos) const;
    double x_offset() const;

    const Trace* trace_ = nullptr;
    DiagramTheme theme_ = DiagramTheme::make(ThemeKind::Light);
    DiagramOptions options_;
    std::unique_ptr<DiagramLayout> layout_;
    double zoom_ = 1.0;
    bool zoom_chosen_ = false; // by the user: no more fitting to the view
    bool follow_ = true; // keep the newest event in view until the user scrolls up
    bool centre_newest_ = false;
    std::optional<std::size_t> hovered_;
    std::optional<std::uint32_t> selected_;
};

} // namespace tcpviz
