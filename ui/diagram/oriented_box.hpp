#pragma once
// A rectangle turned to a slope: where an arrow's label sits when it is written along
// its arrow, as textbooks write it. The tests the label placement needs: overlap with
// another such box, an axis-aligned box or a line segment, and the distance to a segment.
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <array>

namespace tcpviz {

struct OrientedBox {
    QPointF centre;
    QPointF axis{1, 0};     // unit vector along the text, left to right
    double half_width = 0;  // along `axis`
    double half_height = 0; // across it

    // Perpendicular to the axis, pointing down the page for level text.
    QPointF across() const { return {-axis.y(), axis.x()}; }
    std::array<QPointF, 4> corners() const;
    QPolygonF polygon() const;
    QRectF bounds() const;
    double angle_degrees() const;

    bool intersects(const OrientedBox& other) const;
    bool intersects(const QRectF& rect) const;
    bool meets_segment(QPointF a, QPointF b) const;
    // 0 when the segment meets the box.
    double distance_to_segment(QPointF a, QPointF b) const;
    OrientedBox grown(double margin) const;
    friend bool operator==(const OrientedBox&, const OrientedBox&) = default;
};

// The nearest distance from a point to the segment a-b.
double point_segment_distance(QPointF p, QPointF a, QPointF b);
// Whether any part of a-b lies inside r.
bool segment_meets_rect(QPointF a, QPointF b, const QRectF& r);

} // namespace tcpviz
