#pragma once
// The sequence diagram on screen: a scroll area that asks the shared painter for the
// rows in view only, follows the newest event unless the user scrolled away, zooms,
// highlights the arrow under the pointer and reports clicks on arrows.
#include "diagram/diagram_layout.hpp"
#include "diagram/diagram_painter.hpp"
#include "diagram/diagram_theme.hpp"

#include <QAbstractScrollArea>

#include <memory>
#include <optional>

namespace tcpviz {

class DiagramView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit DiagramView(QWidget* parent = nullptr);

    // A new trace state to draw; the layout is rebuilt from it.
    // `numbers`: the notation the other views read, kept in step with the trace by its
    // owner (the layout then makes none of its own); it stays until the next call.
    void show_trace(const Trace& trace, const DiagramOptions& options, const SeqNotation* numbers = nullptr);
    void set_theme(const DiagramTheme& theme);
    const DiagramTheme& theme() const { return theme_; }
    const DiagramLayout* layout() const { return layout_.get(); }
    // The tooltip of the queue mark at that diagram point, with why it is full; or nothing.
    QString queue_tip(QPointF at) const;
    double zoom() const { return zoom_; }
    // Zooms about the middle of the view, or about the newest event while following it.
    // Until then the zoom fits a slightly too wide diagram to the view.
    void set_zoom(double zoom);
    // Presentation: the newest exchange is kept in the middle of the view, not at its foot,
    // in one of two views: the whole exchange so far fitted to the screen, or following
    // the current segment and the three before it.
    enum class PresentationView { Follow, WholeExchange };
    void set_centre_newest(bool on);
    void set_presentation_view(PresentationView view);
    PresentationView presentation_view() const { return presentation_view_; }
    // Class quiz: what each step sends or changes is drawn with "?" until revealed, so
    // that the room can call out its prediction.
    void set_quiz(bool on);
    bool quiz() const { return quiz_; }
    bool quiz_hiding() const { return quiz_mask_.hides_anything(); }
    void reveal();
    // The highlighter: in presentation the presenter draws on the diagram; the marks
    // go on the next step or on Esc.
    void clear_marks();
    // Shown in the diagram while nothing has been sent yet.
    static QString empty_hint();
    bool has_marks() const { return !strokes_.empty(); }
    std::optional<std::uint32_t> selected_segment() const { return selected_; }
    void select_segment(std::optional<std::uint32_t> segment);
    // Where an arrow is drawn, in viewport coordinates (for tests and hit testing).
    QPointF viewport_point(QPointF diagram_point) const;

signals:
    void segment_selected(std::uint32_t segment);
    // A click on an arrow still in flight: lose it there and then.
    void lose_requested(std::uint32_t segment);
    void quiz_changed(); // the quiz began to keep something back, or revealed it

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void click(QMouseEvent* event); // select an arrow; one in flight is lost

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
    const SeqNotation* numbers_ = nullptr;
    std::unique_ptr<DiagramLayout> layout_;
    double zoom_ = 1.0;
    bool zoom_chosen_ = false; // by the user: no more fitting to the view
    bool follow_ = true; // keep the newest event in view until the user scrolls up
    bool centre_newest_ = false;
    PresentationView presentation_view_ = PresentationView::WholeExchange;
    double zoom_before_presenting_ = 1.0;
    // The rows of the current segment and the three before it, with their labels.
    QRectF follow_span() const;
    std::optional<std::size_t> hovered_;
    std::optional<std::uint32_t> selected_;
    bool quiz_ = false;
    AnswerMask quiz_mask_;
    std::uint32_t shown_step_ = 0;
    std::vector<QPolygonF> strokes_; // highlighter marks, in diagram coordinates
    bool drawing_ = false;
    QPoint press_at_;
};

} // namespace tcpviz
