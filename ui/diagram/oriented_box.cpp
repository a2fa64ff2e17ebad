#include "diagram/oriented_box.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tcpviz {
namespace {

double dot(QPointF a, QPointF b)
{
    return a.x() * b.x() + a.y() * b.y();
}

// The box's corners projected on `axis`: [min, max].
std::pair<double, double> project(const std::array<QPointF, 4>& corners, QPointF axis)
{
    double lo = dot(corners[0], axis), hi = lo;
    for (const QPointF& c : corners) {
        lo = std::min(lo, dot(c, axis));
        hi = std::max(hi, dot(c, axis));
    }
    return {lo, hi};
}

// Separating axis test for two convex quadrilaterals, given the axes of their edges.
bool quads_meet(const std::array<QPointF, 4>& a, const std::array<QPointF, 4>& b, std::initializer_list<QPointF> axes)
{
    for (QPointF axis : axes) {
        const auto [a_lo, a_hi] = project(a, axis);
        const auto [b_lo, b_hi] = project(b, axis);
        if (a_hi <= b_lo || b_hi <= a_lo)
            return false;
    }
    return true;
}

} // namespace

std::array<QPointF, 4> OrientedBox::corners() const
{
    const QPointF u = axis * half_width, v = across() * half_height;
    return {centre - u - v, centre + u - v, centre + u + v, centre - u + v};
}

QPolygonF OrientedBox::polygon() const
{
    const auto c = corners();
    return QPolygonF({c[0], c[1], c[2], c[3]});
}

QRectF OrientedBox::bounds() const
{
    const double w = std::abs(axis.x()) * half_width + std::abs(axis.y()) * half_height;
    const double h = std::abs(axis.y()) * half_width + std::abs(axis.x()) * half_height;
    return QRectF(centre.x() - w, centre.y() - h, 2 * w, 2 * h);
}

double OrientedBox::angle_degrees() const
{
    return std::atan2(axis.y(), axis.x()) * 180 / std::numbers::pi;
}

bool OrientedBox::intersects(const OrientedBox& other) const
{
    if (!bounds().intersects(other.bounds()))
        return false;
    return quads_meet(corners(), other.corners(), {axis, across(), other.axis, other.across()});
}

bool OrientedBox::intersects(const QRectF& r) const
{
    if (!bounds().intersects(r))
        return false;
    const std::array<QPointF, 4> rect{r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
    return quads_meet(corners(), rect, {axis, across(), QPointF(1, 0), QPointF(0, 1)});
}

bool OrientedBox::meets_segment(QPointF a, QPointF b) const
{
    // In the box's own frame the box is an axis-aligned rectangle.
    const auto local = [&](QPointF p) {
        const QPointF d = p - centre;
        return QPointF(dot(d, axis), dot(d, across()));
    };
    return segment_meets_rect(local(a), local(b), QRectF(-half_width, -half_height, 2 * half_width, 2 * half_height));
}

double OrientedBox::distance_to_segment(QPointF a, QPointF b) const
{
    if (meets_segment(a, b))
        return 0;
    // Between a convex polygon and a segment that do not meet, the nearest points
    // include a vertex of one of them.
    const auto c = corners();
    double best = 1e300;
    for (std::size_t i = 0; i < 4; ++i) {
        best = std::min(best, point_segment_distance(c[i], a, b));
        best = std::min(
            {best, point_segment_distance(a, c[i], c[(i + 1) % 4]), point_segment_distance(b, c[i], c[(i + 1) % 4])});
    }
    return best;
}

OrientedBox OrientedBox::grown(double margin) const
{
    return {centre, axis, half_width + margin, half_height + margin};
}

double point_segment_distance(QPointF p, QPointF a, QPointF b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

bool segment_meets_rect(QPointF a, QPointF b, const QRectF& r)
{
    // Liang-Barsky clipping: does any part of a-b lie inside r?
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

} // namespace tcpviz
