// DiagramLayout: the label placer. Labels are placed on first use, a block of arrows at
// a time, so a million-segment trace places only the labels someone looks at.
#include "diagram/diagram_layout.hpp"

#include "diagram/oriented_box.hpp"

#include <algorithm>
#include <cmath>
#include <span>

namespace tcpviz {
namespace {

// A block is placed after the last arrows of the block before it (placed again, not
// kept), so that labels meet no label across the seam whichever block is placed first.
constexpr std::size_t kLabelBlockContext = 64;
constexpr std::size_t kMaxCrossingChecks = 64;
constexpr std::size_t kLabelsAbove = 96; // placed labels a new one is checked against

} // namespace

const PlacedLabel& DiagramLayout::label(std::size_t arrow) const
{
    const std::size_t block = arrow / kLabelBlock;
    if (!block_placed_[block])
        place_block(block);
    return labels_[arrow];
}

QSizeF DiagramLayout::measured(const QString& text, bool note) const
{
    // Shaping text is the slow part of placing labels, and a step places the newest
    // block again with mostly the same texts.
    auto& sizes = measured_[note];
    if (sizes.size() > 8192)
        sizes.clear();
    auto it = sizes.find(text);
    if (it == sizes.end())
        it = sizes.emplace(text, note ? metrics_.note(text) : metrics_.label(text)).first;
    return it->second;
}

void DiagramLayout::place_block(std::size_t block) const
{
    // Each label is written along its own arrow, turned to its slope, above its middle
    // as textbooks write it. Greedy, in the order the segments were sent: the first
    // spot (the middle, then towards the ends; above, then below) that meets no label
    // placed before, no other arrow, state, queue or end mark and no break band. If none
    // is free (a dense flood), the least covered spot, moved away with a leader line.
    block_placed_[block] = true;
    const std::size_t first = block * kLabelBlock, last = std::min(arrows_.size(), first + kLabelBlock);
    std::vector<OrientedBox> placed;
    std::vector<QRectF> placed_bounds; // the same, upright, for a quick first test
    for (std::size_t i = first - std::min(first, kLabelBlockContext); i < last; ++i) {
        const DiagramArrow& a = arrows_[i];
        const QString note_string = note_text(i);
        const QSizeF main = measured(label_text(i), false);
        const QSizeF note = note_string.isEmpty() ? QSizeF(0, 0) : measured(note_string, true);
        const double w = std::max(main.width(), note.width()) + 6;
        const double h = main.height() + note.height() + 2;
        const QPointF start = a.from, end = a.path_end;
        const QPointF d = end - start;
        const double length = std::hypot(d.x(), d.y());
        QPointF along = length > 1 ? d / length : QPointF(1, 0);
        if (along.x() < 0)
            along = -along; // text reads left to right
        // The arrow's upward normal; steep arrows get level text beside them, readable.
        const QPointF up(along.y(), -along.x());
        const QPointF axis = std::abs(along.y()) > 0.6 ? QPointF(1, 0) : along;
        const QPointF axis_across(-axis.y(), axis.x());
        // How far the box reaches across the arrow from its centre.
        const double reach = w / 2 * std::abs(axis.x() * up.x() + axis.y() * up.y()) +
                             h / 2 * std::abs(axis_across.x() * up.x() + axis_across.y() * up.y());

        // Clear of the cross at a lost segment's end, which its label may run past.
        const double gap = a.end == ArrowEnd::Lost ? 10 : kLabelGap;
        const auto cost = [&](const OrientedBox& box) {
            double c = 0;
            const QRectF bounds = box.bounds();
            // Labels are placed top to bottom: only the latest can reach this one.
            for (std::size_t k = placed.size() > kLabelsAbove ? placed.size() - kLabelsAbove : 0; k < placed.size(); ++k)
                if (placed_bounds[k].intersects(bounds) && placed[k].intersects(box)) {
                    // Covered text is unreadable: by far the worst.
                    const QRectF shared = bounds.intersected(placed_bounds[k]);
                    c += 5000 + 10 * shared.width() * shared.height();
                }
            // No other arrow comes as near the label as its own: in a dense flood hundreds
            // cross every spot, and checking them all would buy nothing.
            const OrientedBox clear = box.grown(gap + 1);
            const auto nearby = arrows_between(bounds.top() - gap - 1, bounds.bottom() + gap + 1);
            if (nearby.size() <= kMaxCrossingChecks)
                for (std::size_t j : nearby)
                    if (j != i && clear.meets_segment(arrows_[j].from, arrows_[j].path_end))
                        c += 800;
            if (box.meets_segment(start, end))
                c += 400;
            // State and queue marks are in y order and sit just below their row.
            const auto marks_near = [&](const auto& marks) {
                double hits = 0;
                auto it = std::lower_bound(marks.begin(), marks.end(), bounds.top() - 60,
                                           [](const auto& m, double y) { return m.y < y; });
                for (; it != marks.end() && it->y <= bounds.bottom(); ++it)
                    hits += box.intersects(it->box) ? 3000 : 0;
                return hits;
            };
            c += marks_near(states_) + marks_near(queue_marks_);
            // A time break's zigzag band (its label sits at the left) hides text too.
            for (auto b = std::lower_bound(breaks_.begin(), breaks_.end(), bounds.top() - kBreakHalfHeight,
                                           [](const DiagramBreak&br, double y) { return br.y < y; });
                 b != breaks_.end() && b->y - kBreakHalfHeight < bounds.bottom(); ++b)
                c += 3000;
            if (nearby.size() <= kMaxCrossingChecks)
                for (std::size_t j : arrows_between(bounds.top() - 4 * end_room_, bounds.bottom())) { // marks hang below
                    if (box.intersects(arrows_[j].end_box))
                        c += 3000;
                    if (arrows_[j].end == ArrowEnd::Lost &&
                        box.intersects(QRectF(arrows_[j].to - QPointF(7, 7), QSizeF(14, 14))))
                        c += 3000; // the cross where it was lost
                }
            for (const DiagramLifeline& l : lifelines_)
                if (box.meets_segment(QPointF(l.x, bounds.top() - 1), QPointF(l.x, bounds.bottom() + 1)))
                    c += 150;
            // Inside the drawing, right of the times, below the headers.
            if (bounds.left() < time_right_ + 10 || bounds.right() > size_.width() - 4 || bounds.top() < header_height_)
                c += 3000;
            return c;
        };
        // Tiers: above the arrow, below it, on it (the line runs into the label and out
        // again, in a flood where no side is free), then further away with a leader.
        enum class Spot { Above, Below, On, Away };
        PlacedLabel best;
        double best_cost = -1;
        bool free = false;
        // In a dense flood no spot is free: a few candidates say as much as many.
        static constexpr double kEvery[] = {0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.14, 0.86};
        static constexpr double kFew[] = {0.5, 0.3, 0.7};
        const bool crowded = arrows_between(a.top(), a.bottom()).size() > kMaxCrossingChecks;
        const auto spots = crowded ? std::span<const double>(kFew) : std::span<const double>(kEvery);
        for (int tier = 0; tier < 6 && !free; ++tier) {
            const Spot spot = tier < 3 ? Spot(tier) : Spot::Away;
            const double away = tier < 3 ? 0 : (tier - 2) * (h * 0.75);
            for (double t : spots) {
                // The whole label beside its arrow, clear of the lifeline it leaves; a
                // label longer than a short stub runs on along the stub's line.
                const double first_t = length > 1 ? (w / 2 + 8) / length : 0.5;
                const double last_t = std::max(first_t, 1 - first_t);
                const QPointF at = start + std::clamp(t, first_t, last_t) * d;
                const double offset = spot == Spot::On ? 0 : reach + gap + away;
                const OrientedBox box{at + (spot == Spot::Below ? -1.0 : 1.0) * up * offset, axis, w / 2, h / 2};
                double c = cost(box);
                if (spot == Spot::On && box.meets_segment(start, end))
                    c -= 400; // its own line through it is the point here
                free = c == 0;
                if (free || best_cost < 0 || c + tier * 250 < best_cost) {
                    best_cost = c + tier * 250;
                    best = {box, at, spot == Spot::Away, spot != Spot::Below};
                }
                if (free)
                    break;
            }
        }
        if (i >= first)
            labels_[i] = best;
        placed.push_back(best.box);
        placed_bounds.push_back(best.box.bounds());
    }
}

} // namespace tcpviz
