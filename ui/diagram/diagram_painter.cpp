#include "diagram/diagram_painter.hpp"
#include "words/trace_words.hpp"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace tcpviz {
namespace {

// The context of this file's texts in Qt Linguist.
struct Diagram {
    Q_DECLARE_TR_FUNCTIONS(Diagram)
};

std::function<QSizeF(const QString&)> measure(const QFont& font)
{
    return [metrics = QFontMetricsF(font)](const QString& text) {
        return QSizeF(metrics.horizontalAdvance(text), metrics.height());
    };
}

void arrow_head(QPainter& p, QPointF from, QPointF to, double size, bool filled)
{
    const double angle = std::atan2(to.y() - from.y(), to.x() - from.x());
    const QPointF left = to - QPointF(std::cos(angle - 0.42) * size, std::sin(angle - 0.42) * size);
    const QPointF right = to - QPointF(std::cos(angle + 0.42) * size, std::sin(angle + 0.42) * size);
    if (filled) {
        QPainterPath path(to);
        path.lineTo(left);
        path.lineTo(right);
        path.closeSubpath();
        p.fillPath(path, p.pen().color());
    } else {
        p.drawLine(to, left);
        p.drawLine(to, right);
    }
}

constexpr double kBreakTeeth = 9;  // from the middle of a time break to its teeth' middle line
constexpr double kBreakGround = 14; // and to beyond the teeth, 4 px each way

void draw_break(QPainter& p, const DiagramTheme& t, const DiagramBreak& b, double width, bool name_state)
{
    // A zigzag band across the diagram with the real elapsed time at its left, on a
    // ground as tall as the band: the teeth would frame the words in broken pieces.
    QPainterPath zig;
    zig.moveTo(0, b.y - kBreakTeeth);
    for (double x = 0; x <= width; x += 16)
        zig.lineTo(x, b.y - kBreakTeeth + ((int(x / 16) % 2) ? 4 : -4));
    zig.lineTo(width, b.y + kBreakTeeth);
    for (double x = width; x >= 0; x -= 16)
        zig.lineTo(x, b.y + kBreakTeeth + ((int(x / 16) % 2) ? 4 : -4));
    zig.closeSubpath();
    p.fillPath(zig, t.break_fill);
    p.setPen(QPen(t.muted, 1, Qt::DashLine));
    p.drawPath(zig);
    p.setFont(t.time_font);
    const QString text = break_text(b, name_state);
    const QFontMetricsF fm(t.time_font);
    const QRectF box(8, b.y - fm.height() / 2 - 1, fm.horizontalAdvance(text) + 10, fm.height() + 2);
    p.fillRect(QRectF(QPointF(-2, b.y - kBreakGround), QPointF(box.right(), b.y + kBreakGround)), // past the line at 0
               t.fill_background ? t.background : QColor(Qt::white));
    p.setPen(t.muted);
    p.drawText(box, Qt::AlignCenter, text);
}

// From where down the quiz keeps states back (a worksheet: all of them).
double states_hidden_below(const DiagramLayout& layout, const AnswerMask& quiz)
{
    return quiz.first_state < layout.states().size() ? layout.states()[quiz.first_state].y
                                                     : layout.size().height() * 2;
}

void draw_box(QPainter& p, const QRectF& box, const QColor& fill, const QColor& border, double radius)
{
    p.setPen(QPen(border, 1.2));
    p.setBrush(fill);
    p.drawRoundedRect(box, radius, radius);
    p.setBrush(Qt::NoBrush);
}

// The slice of `items` (sorted by y) within `margin` of the rows in view.
template <typename Items>
auto in_view(const Items& items, const QRectF& visible, double margin)
{
    using Item = typename Items::value_type;
    auto first = std::lower_bound(items.begin(), items.end(), visible.top() - margin,
                                  [](const Item& item, double y) { return item.y < y; });
    auto last = std::upper_bound(first, items.end(), visible.bottom() + margin,
                                 [](double y, const Item& item) { return y < item.y; });
    return std::pair{first, last};
}

} // namespace

LabelMetrics metrics_for(const DiagramTheme& theme)
{
    return {measure(theme.label_font), measure(theme.note_font),    measure(theme.state_font),
            measure(theme.header_font), measure(theme.address_font), measure(theme.time_font)};
}

void paint_diagram(QPainter& p, const DiagramLayout& layout, const DiagramTheme& t, const QRectF& visible,
                   std::optional<std::size_t> highlighted, const AnswerMask& quiz)
{
    const QString unknown = quiz.blank ? QString() : QStringLiteral("?");
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QSizeF size = layout.size();
    if (t.fill_background)
        p.fillRect(visible, t.background);

    // Everything below is sorted by y: paint only the slice in view.
    const auto in_view = [&](const auto& items, double margin) { return tcpviz::in_view(items, visible, margin); };

    // Time breaks behind everything; one that a hidden state ends does not name it.
    const double states_hidden_from = states_hidden_below(layout, quiz);
    for (auto [b, end] = in_view(layout.breaks(), 16); b != end; ++b)
        draw_break(p, t, *b, size.width(), b->y < states_hidden_from);

    // Lifelines, thin and dashed, then the state bands on them.
    const double top = std::max(visible.top(), layout.header_height());
    for (const DiagramLifeline& l : layout.lifelines()) {
        p.setPen(QPen(t.lifeline, 1.2, Qt::DashLine));
        p.drawLine(QPointF(l.x, top), QPointF(l.x, std::min(visible.bottom(), size.height() - 24)));
    }
    // A band's colour tells its state: kept back with the state's badge.
    const double hidden_from = states_hidden_from;
    for (const DiagramStateBand& b : layout.bands_between(visible.top(), visible.bottom())) {
        QColor c = t.state_fill[std::size_t(b.state)];
        if (b.y0 >= hidden_from)
            c = t.lifeline;
        else if (t.kind == ThemeKind::Print)
            c = Qt::black;
        else
            c = c.darker(t.kind == ThemeKind::Light ? 115 : 70);
        p.setPen(QPen(c, t.band_width, Qt::SolidLine, Qt::FlatCap));
        const double x = layout.lifeline_x(b.host);
        p.drawLine(QPointF(x, std::max(b.y0, visible.top())), QPointF(x, std::min(b.y1, visible.bottom())));
    }

    // Times on the left.
    p.setFont(t.time_font);
    p.setPen(t.muted);
    const double time_height = QFontMetricsF(t.time_font).height() + 2;
    for (auto [m, end] = in_view(layout.time_marks(), 10); m != end; ++m)
        p.drawText(QRectF(4, m->y - time_height / 2, layout.time_right() - 4, time_height),
                   Qt::AlignRight | Qt::AlignVCenter, elapsed_text(m->time));

    // Arrows: colour by kind, dash by fate, marks at the end.
    const auto arrows = layout.arrows_between(visible.top(), visible.bottom());
    for (std::size_t i : arrows) {
        const DiagramArrow& a = layout.arrows()[i];
        // Colour and dash would give a quiz's answer away: a plain line until revealed.
        const bool hidden = i >= quiz.first_arrow;
        const QColor colour = hidden                    ? t.muted
                              : a.end == ArrowEnd::Lost ? t.lost
                                                        : t.arrow_colour(a.flags, a.payload_len);
        Qt::PenStyle style = Qt::SolidLine;
        if (!hidden && a.end == ArrowEnd::Lost)
            style = Qt::DashLine;
        else if (!hidden && a.forged)
            style = Qt::DotLine;
        else if (!hidden && a.retransmission)
            style = Qt::DashDotLine;
        const double width = t.arrow_width * (highlighted == i ? 2.0 : 1.0) * (a.cookie && !hidden ? 1.6 : 1.0);
        p.setPen(QPen(colour, width, style, Qt::FlatCap));
        p.drawLine(a.from, a.to);
        if (a.end == ArrowEnd::InFlight) { // the rest of its way, faintly, with its label along it
            QColor faint = colour;
            faint.setAlpha(90);
            p.setPen(QPen(faint, 1, Qt::DotLine, Qt::FlatCap));
            p.drawLine(a.to, a.path_end);
            p.setPen(QPen(colour, width, style, Qt::FlatCap));
        }
        p.setPen(QPen(colour, std::max(1.5, t.arrow_width), Qt::SolidLine, Qt::RoundCap));
        if (a.end == ArrowEnd::Lost) {
            const double r = 7;
            p.setPen(QPen(t.lost, 3, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(a.to + QPointF(-r, -r), a.to + QPointF(r, r));
            p.drawLine(a.to + QPointF(-r, r), a.to + QPointF(r, -r));
        } else {
            arrow_head(p, a.from, a.to, 11, a.end != ArrowEnd::InFlight);
        }
        if (a.end == ArrowEnd::Dropped) {
            // A bar across the end: it arrived and was discarded.
            p.setPen(QPen(colour, 3, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(a.to + QPointF(0, -9), a.to + QPointF(0, 9));
        }
    }

    // Labels along their arrows, turned to the slope, on a quiet background: the main
    // line next to the arrow, the note on the far side.
    for (std::size_t i : arrows) {
        const DiagramArrow& a = layout.arrows()[i];
        const PlacedLabel& placed = layout.label(i);
        if (!placed.bounds().intersects(visible))
            continue;
        const OrientedBox& box = placed.box;
        if (placed.leader) {
            // To the middle of the box's edge that faces the arrow.
            const QPointF edge = box.centre + box.across() * (placed.above ? box.half_height : -box.half_height);
            p.setPen(QPen(t.muted, 1, Qt::DotLine));
            p.drawLine(placed.anchor, edge);
        }
        p.save();
        p.translate(box.centre);
        p.rotate(box.angle_degrees());
        const QRectF local(-box.half_width, -box.half_height, 2 * box.half_width, 2 * box.half_height);
        p.fillRect(local, t.label_fill);
        if (quiz.blank && i >= quiz.first_arrow) { // a box to write the flags, Seq and Ack in
            p.setPen(QPen(t.muted, 1, Qt::DashLine));
            p.drawRect(local.adjusted(0, -2, 0, 2));
            p.restore();
            continue;
        }
        const double main_height = QFontMetricsF(t.label_font).height();
        const bool hidden = i >= quiz.first_arrow;
        const QString note = hidden ? QString() : layout.note_text(i);
        const double note_height = note.isEmpty() ? 0 : QFontMetricsF(t.note_font).height() + 1;
        const bool note_first = placed.above && !note.isEmpty();
        const QColor colour = hidden                    ? t.text
                              : a.end == ArrowEnd::Lost ? t.lost
                                                        : t.arrow_colour(a.flags, a.payload_len);
        p.setFont(t.label_font);
        p.setPen(t.kind == ThemeKind::Print ? QColor(Qt::black) : colour);
        p.drawText(QRectF(local.left(), local.top() + (note_first ? note_height : 0), local.width(), main_height),
                   Qt::AlignHCenter | Qt::AlignTop, hidden ? unknown : layout.label_text(i));
        if (!note.isEmpty()) {
            p.setFont(t.note_font);
            p.setPen(t.muted);
            p.drawText(
                QRectF(local.left(), local.top() + (note_first ? 0 : main_height + 1), local.width(), note_height),
                Qt::AlignHCenter | Qt::AlignTop, note);
        }
        p.restore();
    }
    // What happened at the end, beside the mark.
    p.setFont(t.note_font);
    for (std::size_t i : arrows) {
        const DiagramArrow& a = layout.arrows()[i];
        if (a.end == ArrowEnd::Delivered || i >= quiz.first_arrow)
            continue;
        p.fillRect(a.end_box, t.label_fill);
        p.setPen(a.end == ArrowEnd::Lost ? t.lost : t.muted);
        p.drawText(a.end_box, Qt::AlignCenter, layout.end_text(i));
    }

    // State labels and SYN-queue depth on the lifelines.
    for (auto [mark, end] = in_view(layout.states(), 60); mark != end; ++mark) {
        const DiagramStateMark& s = *mark;
        const bool hidden = std::size_t(mark - layout.states().begin()) >= quiz.first_state;
        draw_box(p, s.box, hidden ? t.header_fill : t.state_fill[std::size_t(s.state)],
                 t.kind == ThemeKind::Print ? QColor(Qt::black) : t.lifeline, 5);
        p.setFont(t.state_font);
        p.setPen(t.state_text);
        if (s.until.isEmpty() || hidden) {
            p.drawText(s.box, Qt::AlignCenter, hidden ? unknown : QString::fromLatin1(state_name(s.state)));
            continue;
        }
        // The name, and under it in small type until when the state lasts.
        const double name_h = QFontMetricsF(t.state_font).height();
        p.drawText(QRectF(s.box.left(), s.box.top() + 2, s.box.width(), name_h), Qt::AlignCenter,
                   QString::fromLatin1(state_name(s.state)));
        p.setFont(t.note_font);
        p.drawText(QRectF(s.box.left(), s.box.top() + 2 + name_h, s.box.width(), s.box.bottom() - 2 - name_h - s.box.top()),
                   Qt::AlignHCenter | Qt::AlignTop, s.until);
    }
    p.setFont(t.note_font);
    for (auto [mark, end] = in_view(layout.queue_marks(), 80); mark != end; ++mark) {
        const DiagramQueueMark& q = *mark;
        p.fillRect(q.box, t.label_fill);
        p.setPen(q.level.full() ? t.rst : t.muted);
        p.drawText(q.box.adjusted(0, 0, 60, 0), Qt::AlignLeft | Qt::AlignVCenter, queue_text(q.level));
    }

    // Lifeline headers: role, address:port, then the ISNs the host sent; in the
    // corner, the notation the numbers are written in.
    if (visible.top() < layout.header_height()) {
        const QFontMetricsF hf(t.header_font), af(t.address_font);
        for (const DiagramLifeline& l : layout.lifelines()) {
            const QRectF& box = l.header;
            draw_box(p, box, t.header_fill, t.header_border, 6);
            p.setFont(t.header_font);
            p.setPen(t.text);
            p.drawText(QRectF(box.left(), box.top() + 5, box.width(), hf.height()), Qt::AlignCenter, l.role);
            p.setFont(t.address_font);
            p.setPen(t.muted);
            p.drawText(QRectF(box.left(), box.top() + 7 + hf.height(), box.width(), af.height()), Qt::AlignCenter,
                       l.address);
            p.setPen(t.text);
            p.drawText(QRectF(box.left(), box.top() + 9 + hf.height() + af.height(), box.width(), af.height()),
                       Qt::AlignCenter, l.numbers);
        }
        // Scrolled sideways, the notation stays at the view's left edge, over the headers.
        p.setFont(t.time_font);
        p.setPen(t.muted);
        QRectF corner = layout.notation_box();
        if (visible.left() + 6 > corner.left()) {
            corner.moveLeft(visible.left() + 6);
            p.fillRect(corner.adjusted(-4, -2, 4, 2), t.background);
        }
        p.drawText(corner, Qt::AlignLeft | Qt::AlignTop, layout.notation_caption());
    }
    p.restore();
}

void paint_pinned_times(QPainter& p, const DiagramLayout& layout, const DiagramTheme& t, const QRectF& visible,
                        const AnswerMask& quiz)
{
    const double states_hidden_from = states_hidden_below(layout, quiz);
    p.setFont(t.time_font);
    p.setPen(t.muted);
    const QFontMetricsF fm(t.time_font);
    // Each box also covers the row's own time, or break label, while part of it is in view.
    const auto pin = [&](const QString& text, double y, double natural_right, double half_height) {
        const double right = std::max(visible.left() + fm.horizontalAdvance(text) + 10, natural_right);
        const QRectF box(QPointF(visible.left(), y - half_height), QPointF(right, y + half_height));
        p.fillRect(box, t.background);
        p.drawText(box.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    };
    for (auto [m, end] = in_view(layout.time_marks(), visible, 10); m != end; ++m)
        pin(elapsed_text(m->time), m->y, layout.time_right() + 2, fm.height() / 2 + 1);
    for (auto [b, end] = in_view(layout.breaks(), visible, 16); b != end; ++b) {
        const QString text = break_text(*b, b->y < states_hidden_from);
        pin(text, b->y, 18 + fm.horizontalAdvance(text), kBreakGround);
    }
}

namespace {

constexpr double kLegendLine = 70; // px of sample line

// The same pens the arrows are drawn with, so that the legend cannot drift from them.
struct LegendSample {
    QString meaning;
    Qt::PenStyle style;
    double width;
    QColor colour;
    char mark; // 'x' lost, '|' dropped, '>' arrowhead, 'z' time break
};

std::vector<LegendSample> legend_samples(const DiagramTheme& t)
{
    const QColor normal = t.arrow_colour(flag::SYN, 0);
    return {
        {Diagram::tr("delivered"), Qt::SolidLine, t.arrow_width, normal, '>'},
        {Diagram::tr("lost in the network"), Qt::DashLine, t.arrow_width, t.lost, 'x'},
        {Diagram::tr("retransmission"), Qt::DashDotLine, t.arrow_width, normal, '>'},
        {Diagram::tr("forged source address"), Qt::DotLine, t.arrow_width, normal, '>'},
        {Diagram::tr("SYN cookie"), Qt::SolidLine, t.arrow_width * 1.6, t.arrow_colour(flag::SYN | flag::ACK, 0), '>'},
        {Diagram::tr("arrived and dropped by the receiver"), Qt::SolidLine, t.arrow_width, normal, '|'},
        {Diagram::tr("a long idle stretch, shortened"), Qt::DashLine, 1, t.muted, 'z'},
    };
}

double legend_row(const DiagramTheme& t)
{
    return std::max(24.0, QFontMetricsF(t.note_font).height() + 10);
}

} // namespace

QSizeF line_legend_size(const DiagramTheme& t)
{
    const QFontMetricsF fm(t.note_font);
    double text = 0;
    const std::vector<LegendSample> samples = legend_samples(t);
    for (const LegendSample& s : samples)
        text = std::max(text, fm.horizontalAdvance(s.meaning));
    return {8 + kLegendLine + 16 + text + 16, legend_row(t) * double(samples.size())};
}

double paint_line_legend(QPainter& p, const DiagramTheme& t, const QRectF& area)
{
    const std::vector<LegendSample> samples = legend_samples(t);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double row = legend_row(t), line = kLegendLine;
    double y = area.top() + row / 2;
    for (const LegendSample& s : samples) {
        const QPointF a(area.left() + 8, y), b(area.left() + 8 + line, y);
        if (s.mark == 'z') {
            p.fillRect(QRectF(a.x(), y - 7, line, 14), t.break_fill);
            p.setPen(QPen(t.muted, 1, Qt::DashLine));
            p.drawRect(QRectF(a.x(), y - 7, line, 14));
        } else {
            p.setPen(QPen(s.colour, s.width, s.style, Qt::FlatCap));
            p.drawLine(a, b);
            p.setPen(QPen(s.colour, std::max(1.5, t.arrow_width), Qt::SolidLine, Qt::RoundCap));
            if (s.mark == 'x') {
                p.setPen(QPen(t.lost, 3, Qt::SolidLine, Qt::RoundCap));
                p.drawLine(b + QPointF(-6, -6), b + QPointF(6, 6));
                p.drawLine(b + QPointF(-6, 6), b + QPointF(6, -6));
            } else {
                arrow_head(p, a, b, 11, true);
                if (s.mark == '|') {
                    p.setPen(QPen(s.colour, 3, Qt::SolidLine, Qt::FlatCap));
                    p.drawLine(b + QPointF(0, -9), b + QPointF(0, 9));
                }
            }
        }
        p.setFont(t.note_font);
        p.setPen(t.text);
        p.drawText(QRectF(b.x() + 16, y - row / 2, area.width() - line - 32, row), Qt::AlignLeft | Qt::AlignVCenter,
                   s.meaning);
        y += row;
    }
    p.restore();
    return y - row / 2 - area.top();
}

} // namespace tcpviz
