#pragma once
// The one routine that draws the sequence diagram. The on-screen view and every export
// (PNG, SVG, PDF) call it; it paints only what meets `visible`.
#include "diagram/diagram_layout.hpp"
#include "diagram/diagram_theme.hpp"

#include <QPainter>

#include <cstdint>
#include <optional>

namespace tcpviz {

// Label metrics for the theme's fonts (what the layout needs before painting).
LabelMetrics metrics_for(const DiagramTheme& theme);

// What a class quiz or a worksheet keeps back: the arrows from `first_arrow` on are drawn
// plain with "?" for their label (a worksheet: an empty box to fill in), and the state
// badges from `first_state` on likewise.
struct AnswerMask {
    std::size_t first_arrow = SIZE_MAX;
    std::size_t first_state = SIZE_MAX;
    bool blank = false; // empty boxes rather than "?"
    static AnswerMask worksheet() { return {0, 0, true}; }
    bool hides_anything() const { return first_arrow != SIZE_MAX || first_state != SIZE_MAX; }
};

void paint_diagram(QPainter& painter, const DiagramLayout& layout, const DiagramTheme& theme, const QRectF& visible,
                   std::optional<std::size_t> highlighted_arrow = std::nullopt, const AnswerMask& quiz = {});
// What the line styles and marks of the diagram mean, one sample each, in `area`;
// returns the height it takes at that width.
double paint_line_legend(QPainter& painter, const DiagramTheme& theme, const QRectF& area);
// The room paint_line_legend takes.
QSizeF line_legend_size(const DiagramTheme& theme);

// The times of the rows in `visible` at its left edge, each on a small box of its own:
// over a diagram scrolled sideways, they hide little of what lies under them.
void paint_pinned_times(QPainter& painter, const DiagramLayout& layout, const DiagramTheme& theme, const QRectF& visible,
                        const AnswerMask& quiz = {});

} // namespace tcpviz
