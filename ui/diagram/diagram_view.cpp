#include "diagram/diagram_view.hpp"

#include "diagram/diagram_painter.hpp"
#include "words/trace_words.hpp"

#include <algorithm>

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace tcpviz {
namespace {
// Until the user zooms, a diagram a little wider than the view is shrunk to fit it,
// down to this much: smaller, the type would be hard to read; a scroll bar is better.
constexpr double kMinFitZoom = 0.8;
// Presenting the whole exchange: no smaller than this, so that a long run (a flood) stays
// readable and shows its newest part; no larger than that, so that two arrows do not fill
// a projector.
// Presenting the whole exchange never shrinks the labels below the narration band's
// text (the presentation theme's type is 1.6 times the window's): an exchange too long
// for that shows as much as fits, up to the newest segment.
constexpr double kMinWholeZoom = 0.8;
constexpr double kMaxWholeZoom = 1.4;
} // namespace

DiagramView::DiagramView(QWidget* parent) : QAbstractScrollArea(parent)
{
    viewport()->setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
}

void DiagramView::show_trace(const Trace& trace, const DiagramOptions& options, const SeqNotation* numbers)
{
    // A step adds to the same trace and Back cuts it: the layout follows rather than
    // being redone; another notation only relabels it.
    const bool same_run =
        layout_ && trace_ == &trace && numbers_ == numbers && options_.upto_step == options.upto_step;
    const bool same = same_run && options_.numbers == options.numbers;
    const std::size_t arrows_before = same ? layout_->arrows().size() : 0;
    const std::size_t states_before = same ? layout_->states().size() : 0;
    const bool followed = same_run && (same || layout_->renumber(options.numbers, numbers)) && layout_->extend();
    trace_ = &trace;
    options_ = options;
    numbers_ = numbers;
    if (!followed)
        layout_ = std::make_unique<DiagramLayout>(trace, options, metrics_for(theme_), numbers);
    // A step forward: the quiz keeps back what it sent and changed; the highlighter's
    // marks belong to the step they were drawn on.
    const std::uint32_t step = trace.last_step();
    if (step != shown_step_) {
        quiz_mask_ = {};
        if (quiz_ && same && step > shown_step_) {
            if (layout_->arrows().size() > arrows_before)
                quiz_mask_.first_arrow = arrows_before;
            if (layout_->states().size() > states_before)
                quiz_mask_.first_state = states_before;
        }
        strokes_.clear();
        shown_step_ = step;
        if (quiz_)
            emit quiz_changed();
    }
    hovered_.reset();
    fit_width();
    update_scroll_ranges();
    if (follow_)
        scroll_to_newest();
    viewport()->update();
}

QRectF DiagramView::follow_span() const
{
    const auto& arrows = layout_->arrows();
    if (arrows.empty())
        return QRectF(0, 0, layout_->size().width(), layout_->now_y());
    QRectF span;
    for (std::size_t i = arrows.size() >= 4 ? arrows.size() - 4 : 0; i < arrows.size(); ++i) {
        span = span.united(QRectF(arrows[i].from, arrows[i].path_end).normalized()).united(layout_->label(i).bounds());
        if (!arrows[i].end_box.isNull())
            span = span.united(arrows[i].end_box);
    }
    return span;
}

int DiagramView::follow_value() const
{
    if (!centre_newest_ || !layout_)
        return verticalScrollBar()->maximum();
    if (presentation_view_ == PresentationView::WholeExchange)
        return verticalScrollBar()->maximum(); // all of it; when too long, as much as fits up to the newest
    // The span in the middle of what the pinned headers leave of the view.
    const double header = layout_->header_height() * zoom_;
    const double centre = follow_span().center().y() * zoom_;
    return std::clamp(int(centre - header - (viewport()->height() - header) / 2.0), verticalScrollBar()->minimum(),
                      verticalScrollBar()->maximum());
}

void DiagramView::set_presentation_view(PresentationView view)
{
    presentation_view_ = view;
    fit_width();
    update_scroll_ranges();
    follow_ = true;
    scroll_to_newest();
    viewport()->update();
}

void DiagramView::scroll_to_newest()
{
    verticalScrollBar()->setValue(follow_value());
    // A diagram wider than the view (four lifelines on a laptop): the newest arrow, its
    // label, its end mark and the states beside it come into view with as small a move
    // as will do; if they are wider than the view, one end of the arrow.
    QScrollBar* bar = horizontalScrollBar();
    if (!layout_ || layout_->arrows().empty() || bar->maximum() == 0)
        return;
    const std::size_t newest = layout_->arrows().size() - 1;
    const DiagramArrow& a = layout_->arrows()[newest];
    // Its label runs along it, within its ends: the arrow's span with room for the label
    // says where it is without placing labels (in a flood that would cost every step).
    const double label_room = 2 * QFontMetricsF(theme_.label_font).height();
    QRectF span = QRectF(a.from, a.path_end).normalized().adjusted(0, -label_room, 0, label_room);
    if (!a.end_box.isNull())
        span = span.united(a.end_box);
    // The state labels and queue marks beside its rows, newest last.
    const auto add_marks = [&](const auto& marks) {
        for (auto m = marks.rbegin(); m != marks.rend() && m->y >= a.top(); ++m)
            span = span.united(m->box);
    };
    add_marks(layout_->states());
    add_marks(layout_->queue_marks());
    constexpr double kMargin = 24;
    const double left = span.left() * zoom_ - kMargin, right = span.right() * zoom_ + kMargin;
    const double view = viewport()->width(), at = bar->value();
    if (right - left > view) {
        const auto shown = [&](double x) { return x * zoom_ >= at && x * zoom_ <= at + view; };
        if (!shown(a.from.x()) && !shown(a.to.x())) // else one end is in view: stay
            bar->setValue(int(a.to.x() * zoom_ - view / 2));
    } else if (left < at)
        bar->setValue(int(left));
    else if (right > at + view)
        bar->setValue(int(std::ceil(right - view)));
}

void DiagramView::set_centre_newest(bool on)
{
    if (on == centre_newest_)
        return;
    // Presenting sets its own zoom; the one before comes back afterwards.
    if (on)
        zoom_before_presenting_ = zoom_;
    else
        zoom_ = zoom_before_presenting_;
    centre_newest_ = on;
    fit_width();
    update_scroll_ranges();
    follow_ = true;
    scroll_to_newest();
}

QString DiagramView::empty_hint()
{
    return tr("Space or → to step, ← to go back, F5 to present");
}

void DiagramView::set_quiz(bool on)
{
    quiz_ = on;
    if (!on)
        reveal();
}

void DiagramView::reveal()
{
    const bool was_hiding = quiz_hiding();
    quiz_mask_ = {};
    viewport()->update();
    if (was_hiding)
        emit quiz_changed();
}

void DiagramView::clear_marks()
{
    strokes_.clear();
    viewport()->update();
}

void DiagramView::set_theme(const DiagramTheme& theme)
{
    // Other fonts make other geometry; other colours only a repaint (light to dark in a
    // million-segment trace stays instant).
    const bool same_fonts = theme.label_font == theme_.label_font && theme.note_font == theme_.note_font &&
                            theme.state_font == theme_.state_font && theme.header_font == theme_.header_font;
    theme_ = theme;
    if (same_fonts && layout_) {
        viewport()->update();
        return;
    }
    layout_.reset();
    if (trace_)
        show_trace(*trace_, options_, numbers_);
}

void DiagramView::fit_width()
{
    if (!layout_)
        return;
    if (centre_newest_) {
        // Presenting: the whole exchange fits the screen, or the current segment and the
        // three before it do; never wider than the screen.
        // The room beside a vertical scroll bar, shown or not: a long exchange shows one.
        const QSizeF size = layout_->size();
        const double room = contentsRect().width() - verticalScrollBar()->sizeHint().width();
        double width_fit = room / size.width();
        if (size.width() * width_fit > room) // rounded up: the diagram would be a hair too wide
            width_fit = std::nextafter(width_fit, 0.0);
        const double height = contentsRect().height();
        if (presentation_view_ == PresentationView::WholeExchange) {
            zoom_ = std::min(width_fit, std::clamp(height / size.height(), kMinWholeZoom, kMaxWholeZoom));
        } else {
            const double span = follow_span().height() + 40;
            zoom_ = std::min({width_fit, height / (span + layout_->header_height()), 1.0});
        }
        update_scroll_ranges();
        return;
    }
    if (zoom_chosen_)
        return;
    // The room beside a vertical scroll bar, shown or not, so that the fit does not
    // change the bar that changes the fit.
    const double room = contentsRect().width() - verticalScrollBar()->sizeHint().width();
    zoom_ = std::clamp(room / layout_->size().width(), kMinFitZoom, 1.0);
    update_scroll_ranges();
}

void DiagramView::set_zoom(double zoom)
{
    zoom_chosen_ = true;
    // Keep what is in the middle of the view in the middle; while following, the
    // newest event stays where it is shown.
    const QPointF centre = diagram_point(viewport()->rect().center());
    zoom_ = std::clamp(zoom, 0.25, 4.0);
    update_scroll_ranges();
    horizontalScrollBar()->setValue(int(centre.x() * zoom_ - viewport()->width() / 2.0));
    if (follow_)
        scroll_to_newest();
    else
        verticalScrollBar()->setValue(int(centre.y() * zoom_ - viewport()->height() / 2.0));
    viewport()->update();
}

void DiagramView::select_segment(std::optional<std::uint32_t> segment)
{
    selected_ = segment;
    viewport()->update();
}

void DiagramView::update_scroll_ranges()
{
    const QSizeF size = layout_ ? layout_->size() * zoom_ : QSizeF();
    horizontalScrollBar()->setRange(0, std::max(0, int(size.width()) - viewport()->width()));
    // Room above and below the diagram so that its newest row can sit in the middle of
    // the view, the first one as well as the last.
    const int margin = centre_newest_ && presentation_view_ == PresentationView::Follow ? viewport()->height() / 2 : 0;
    verticalScrollBar()->setRange(-margin, std::max(0, int(size.height()) + margin - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(40);
}

double DiagramView::x_offset() const
{
    // A diagram narrower than the view is centred in it.
    const double width = layout_ ? layout_->size().width() * zoom_ : 0;
    return std::max(0.0, (viewport()->width() - width) / 2);
}

QPointF DiagramView::diagram_point(QPoint pos) const
{
    return QPointF((pos.x() - x_offset() + horizontalScrollBar()->value()) / zoom_,
                   (pos.y() + verticalScrollBar()->value()) / zoom_);
}

QPointF DiagramView::viewport_point(QPointF p) const
{
    return QPointF(p.x() * zoom_ - horizontalScrollBar()->value() + x_offset(),
                   p.y() * zoom_ - verticalScrollBar()->value());
}

void DiagramView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), theme_.background);
    if (!layout_)
        return;
    const double left = horizontalScrollBar()->value() / zoom_, top = verticalScrollBar()->value() / zoom_;
    const QRectF visible(left, top, viewport()->width() / zoom_, viewport()->height() / zoom_);
    std::optional<std::size_t> highlight = hovered_;
    if (!highlight && selected_)
        for (std::size_t i : layout_->arrows_between(visible.top(), visible.bottom()))
            if (layout_->arrows()[i].segment == *selected_)
                highlight = i;
    p.translate(x_offset(), 0);
    p.scale(zoom_, zoom_);
    p.translate(-left, -top);
    paint_diagram(p, *layout_, theme_, visible, highlight, quiz_mask_);
    if (layout_->arrows().empty() && !centre_newest_) {
        // Nothing sent yet: what to press, for whoever opens tcpviz for the first time.
        p.save();
        p.resetTransform();
        p.setFont(theme_.label_font);
        p.setPen(theme_.muted);
        // Under the lifelines' first stretch, where it crosses no line or badge.
        const double below = (layout_->size().height() - top) * zoom_ + 24;
        p.drawText(QRectF(viewport()->rect()).adjusted(20, below, -20, -20),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, empty_hint());
        p.restore();
    }
    if (!strokes_.empty()) {
        QColor ink = theme_.kind == ThemeKind::Light || theme_.kind == ThemeKind::Print ? QColor(255, 200, 0)
                                                                                        : QColor(255, 230, 80);
        ink.setAlpha(150);
        p.setPen(QPen(ink, 7 / zoom_, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (const QPolygonF& stroke : strokes_)
            p.drawPolyline(stroke);
    }
    if (left > 0) // scrolled sideways: the times stay in view at the left edge
        paint_pinned_times(p, *layout_, theme_, visible, quiz_mask_);
    if (top > 0) {
        // The lifeline headers stay in view while the diagram scrolls.
        p.resetTransform();
        p.translate(x_offset(), 0);
        p.scale(zoom_, zoom_);
        p.translate(-left, 0);
        const QRectF header(left, 0, visible.width(), layout_->header_height());
        p.setClipRect(header);
        p.fillRect(header, theme_.background);
        paint_diagram(p, *layout_, theme_, header, std::nullopt, quiz_mask_);
    }
}

void DiagramView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    fit_width();
    update_scroll_ranges();
    if (follow_)
        scroll_to_newest();
}

void DiagramView::scrollContentsBy(int, int)
{
    // Scrolled up by the user: stop following; back at the bottom: follow again.
    follow_ = verticalScrollBar()->value() >= follow_value() - 4;
    viewport()->update();
}

void DiagramView::keyPressEvent(QKeyEvent* event)
{
    // Page and arrow keys step the simulation (window shortcuts), not the scroll bars.
    event->ignore();
}

void DiagramView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        set_zoom(zoom_ * std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

std::optional<std::size_t> DiagramView::arrow_under(QPoint pos) const
{
    if (!layout_)
        return std::nullopt;
    return layout_->arrow_at(diagram_point(pos), 6 / zoom_);
}

QString DiagramView::queue_tip(QPointF at) const
{
    if (!layout_)
        return {};
    // Marks come in time order and hang a little under their row, so only those of the
    // rows just above the pointer are looked at.
    const std::vector<DiagramQueueMark>& marks = layout_->queue_marks();
    auto mark = std::lower_bound(marks.begin(), marks.end(), at.y() - 200,
                                 [](const DiagramQueueMark& m, double y) { return m.y < y; });
    for (; mark != marks.end() && mark->y <= at.y(); ++mark)
        if (mark->box.contains(at))
            return queue_text(mark->level) + QLatin1Char('\n') + queue_full_rule(mark->level.backlog);
    return {};
}

void DiagramView::mouseMoveEvent(QMouseEvent* event)
{
    if (drawing_ && !strokes_.empty()) {
        strokes_.back() << diagram_point(event->position().toPoint());
        viewport()->update();
        return;
    }
    auto under = arrow_under(event->position().toPoint());
    if (under && *under >= quiz_mask_.first_arrow)
        under.reset(); // kept back by the quiz: nothing to tell yet
    if (!under)
        setToolTip(queue_tip(diagram_point(event->position().toPoint())));
    if (under != hovered_) {
        hovered_ = under;
        viewport()->setCursor(under ? Qt::PointingHandCursor : Qt::ArrowCursor);
        if (under) {
            QString tip = layout_->label_text(*under);
            if (!layout_->note_text(*under).isEmpty())
                tip += QLatin1Char('\n') + layout_->note_text(*under);
            if (layout_->arrows()[*under].end == ArrowEnd::InFlight)
                tip += QLatin1Char('\n') + tr("In flight: click to lose it.");
            setToolTip(tip);
            emit segment_selected(layout_->arrows()[*under].segment); // hover selects it everywhere
        }
        viewport()->update();
    }
}

void DiagramView::mousePressEvent(QMouseEvent* event)
{
    if (centre_newest_ && event->button() == Qt::LeftButton) {
        // Presenting, the mouse or pen is a highlighter; a click without a stroke still
        // picks (or loses) an arrow, on release.
        drawing_ = true;
        press_at_ = event->position().toPoint();
        strokes_.push_back(QPolygonF({diagram_point(press_at_)}));
        return;
    }
    click(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!drawing_)
        return;
    drawing_ = false;
    if ((event->position().toPoint() - press_at_).manhattanLength() < 4) {
        strokes_.pop_back();
        click(event);
    }
    viewport()->update();
}

void DiagramView::click(QMouseEvent* event)
{
    const auto under = arrow_under(event->position().toPoint());
    if (!under || event->button() != Qt::LeftButton)
        return;
    const DiagramArrow& arrow = layout_->arrows()[*under];
    selected_ = arrow.segment;
    emit segment_selected(arrow.segment);
    if (arrow.end == ArrowEnd::InFlight)
        emit lose_requested(arrow.segment);
    viewport()->update();
}

} // namespace tcpviz
