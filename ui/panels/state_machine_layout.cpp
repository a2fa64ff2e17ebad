#include "panels/state_machine_layout.hpp"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace tcpviz {
namespace {

constexpr double kBoxPadding = 16; // a state's box is this much wider than its name
constexpr double kLabelGap = 3;    // between a label and its edge
constexpr double kPairGap = 18;    // px the middle of a bent edge is off the straight line

// Where RFC 9293 Figure 5 puts each state, in a 100 x 100 box.
QPointF position(TcpState s)
{
    switch (s) {
    case TcpState::Closed: return {50, 3};
    case TcpState::Listen: return {50, 17};
    case TcpState::SynReceived: return {14, 32};
    case TcpState::SynSent: return {86, 32};
    case TcpState::Established: return {50, 47};
    // The close, below ESTABLISHED as Figure 5 draws it: the active side on the left, the
    // passive on the right, TIME-WAIT at the foot.
    case TcpState::FinWait1: return {14, 62};
    case TcpState::CloseWait: return {86, 62};
    case TcpState::Closing: return {50, 75};
    case TcpState::FinWait2: return {14, 86};
    case TcpState::LastAck: return {86, 86};
    case TcpState::TimeWait: return {50, 97};
    }
    return {};
}

struct EdgeSpec {
    TcpState from, to;
    bool in_figure;
    double bend;        // the curve's control point off the straight line, in lengths (+: to the left)
    const char* event;  // RFC 9293 notation: rcv, snd, OPEN, CLOSE, SEND
    const char* action;
};

// Figure 5's establishment edges, then the RST and timeout edges of §3.10.7 and the
// cookie edge of RFC 4987 §3.6 that the engine also takes.
constexpr EdgeSpec kEdges[] = {
    {TcpState::Closed, TcpState::Listen, true, 0.12, QT_TRANSLATE_NOOP("StateMachine", "passive OPEN"),
     QT_TRANSLATE_NOOP("StateMachine", "create TCB")},
    {TcpState::Listen, TcpState::Closed, true, 0.12, QT_TRANSLATE_NOOP("StateMachine", "CLOSE"),
     QT_TRANSLATE_NOOP("StateMachine", "delete TCB")},
    {TcpState::Closed, TcpState::SynSent, true, -0.22, QT_TRANSLATE_NOOP("StateMachine", "active OPEN"),
     QT_TRANSLATE_NOOP("StateMachine", "snd SYN")},
    {TcpState::SynSent, TcpState::Closed, true, -0.05, QT_TRANSLATE_NOOP("StateMachine", "rcv RST, timeout"),
     QT_TRANSLATE_NOOP("StateMachine", "delete TCB")},
    {TcpState::Listen, TcpState::SynSent, true, 0, QT_TRANSLATE_NOOP("StateMachine", "SEND"),
     QT_TRANSLATE_NOOP("StateMachine", "snd SYN")},
    {TcpState::Listen, TcpState::SynReceived, true, 0.08, QT_TRANSLATE_NOOP("StateMachine", "rcv SYN"),
     QT_TRANSLATE_NOOP("StateMachine", "snd SYN,ACK")},
    {TcpState::SynReceived, TcpState::Listen, true, 0.08, QT_TRANSLATE_NOOP("StateMachine", "rcv RST, timeout"),
     QT_TRANSLATE_NOOP("StateMachine", "(passive OPEN)")},
    {TcpState::SynReceived, TcpState::Closed, false, 0.3, QT_TRANSLATE_NOOP("StateMachine", "rcv RST, timeout"),
     QT_TRANSLATE_NOOP("StateMachine", "(active OPEN)")},
    {TcpState::SynSent, TcpState::SynReceived, true, 0, QT_TRANSLATE_NOOP("StateMachine", "rcv SYN"),
     QT_TRANSLATE_NOOP("StateMachine", "snd SYN,ACK")},
    {TcpState::SynSent, TcpState::Established, true, 0, QT_TRANSLATE_NOOP("StateMachine", "rcv SYN,ACK"),
     QT_TRANSLATE_NOOP("StateMachine", "snd ACK")},
    {TcpState::SynReceived, TcpState::Established, true, 0, QT_TRANSLATE_NOOP("StateMachine", "rcv ACK of SYN"), ""},
    {TcpState::Listen, TcpState::Established, false, 0, QT_TRANSLATE_NOOP("StateMachine", "rcv cookie ACK"), ""},
    {TcpState::Established, TcpState::Closed, false, 0.55, QT_TRANSLATE_NOOP("StateMachine", "rcv RST, ABORT"),
     QT_TRANSLATE_NOOP("StateMachine", "delete TCB")},
    // The close (Figure 5's lower half, §3.10.4 and §3.10.7.4).
    {TcpState::SynReceived, TcpState::FinWait1, true, 0, QT_TRANSLATE_NOOP("StateMachine", "CLOSE"),
     QT_TRANSLATE_NOOP("StateMachine", "snd FIN")},
    {TcpState::Established, TcpState::FinWait1, true, 0, QT_TRANSLATE_NOOP("StateMachine", "CLOSE"),
     QT_TRANSLATE_NOOP("StateMachine", "snd FIN")},
    {TcpState::Established, TcpState::CloseWait, true, 0, QT_TRANSLATE_NOOP("StateMachine", "rcv FIN"),
     QT_TRANSLATE_NOOP("StateMachine", "snd ACK")},
    {TcpState::FinWait1, TcpState::FinWait2, true, 0, QT_TRANSLATE_NOOP("StateMachine", "rcv ACK of FIN"), ""},
    {TcpState::FinWait1, TcpState::Closing, true, 0, QT_TRANSLATE_NOOP("StateMachine", "rcv FIN"),
     QT_TRANSLATE_NOOP("StateMachine", "snd ACK")},
    {TcpState::FinWait2, TcpState::TimeWait, true, 0, QT_TRANSLATE_NOOP("StateMachine", "rcv FIN"),
     QT_TRANSLATE_NOOP("StateMachine", "snd ACK")},
    {TcpState::Closing, TcpState::TimeWait, true, 0, QT_TRANSLATE_NOOP("StateMachine", "rcv ACK of FIN"), ""},
    {TcpState::CloseWait, TcpState::LastAck, true, 0, QT_TRANSLATE_NOOP("StateMachine", "CLOSE"),
     QT_TRANSLATE_NOOP("StateMachine", "snd FIN")},
    {TcpState::LastAck, TcpState::Closed, true, 0.08, QT_TRANSLATE_NOOP("StateMachine", "rcv ACK of FIN"),
     QT_TRANSLATE_NOOP("StateMachine", "delete TCB")},
    {TcpState::TimeWait, TcpState::Closed, true, -0.62, QT_TRANSLATE_NOOP("StateMachine", "timeout 2 MSL"),
     QT_TRANSLATE_NOOP("StateMachine", "delete TCB")},
    {TcpState::FinWait2, TcpState::Closed, false, -0.2, QT_TRANSLATE_NOOP("StateMachine", "timeout (Linux), rcv data"),
     QT_TRANSLATE_NOOP("StateMachine", "delete TCB")},
};

constexpr TcpState kStates[] = {TcpState::Closed,   TcpState::Listen,    TcpState::SynSent,  TcpState::SynReceived,
                                TcpState::Established, TcpState::FinWait1, TcpState::CloseWait, TcpState::Closing,
                                TcpState::FinWait2, TcpState::LastAck,   TcpState::TimeWait};

// The point where a curve leaves a box, searched along the curve from its inside end.
double exit_t(const QRectF& box, const QPointF& a, const QPointF& c, const QPointF& b, bool from_start)
{
    const auto at = [&](double t) { return (1 - t) * (1 - t) * a + 2 * (1 - t) * t * c + t * t * b; };
    double inside = from_start ? 0 : 1, outside = 0.5;
    for (int i = 0; i < 30; ++i) {
        const double mid = (inside + outside) / 2;
        (box.contains(at(mid)) ? inside : outside) = mid;
    }
    return outside;
}

bool hits_path(const QRectF& r, const QPainterPath& path)
{
    return path.intersects(r.adjusted(1, 1, -1, -1));
}

} // namespace

double distance_to_path(const QRectF& r, const QPainterPath& path)
{
    // The edges are polylines: a few points along each straight piece are enough.
    double best = 1e18;
    for (int i = 1; i < path.elementCount(); ++i) {
        const QPointF a = path.elementAt(i - 1), b = path.elementAt(i);
        for (double t : {0.0, 0.25, 0.5, 0.75, 1.0}) {
            const QPointF p = a + t * (b - a);
            const double dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
            const double dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
            best = std::min(best, dx * dx + dy * dy); // squared: one root at the end (it runs at start)
        }
    }
    return std::sqrt(best);
}

const StateEdge* StateMachineLayout::edge(TcpState from, TcpState to) const
{
    for (const StateEdge& e : edges)
        if (e.from == from && e.to == to)
            return &e;
    return nullptr;
}

QRectF StateMachineLayout::box(TcpState state) const
{
    for (const StateBox& b : boxes)
        if (b.state == state)
            return b.box;
    return {};
}

namespace {

StateMachineLayout place(const QRectF& area, const QFont& state_font, const QFont& label_font)
{
    StateMachineLayout out;
    const QFontMetricsF fm(state_font), lm(label_font);
    for (TcpState s : kStates) {
        // Where Figure 5 puts the state, moved in as far as its box needs in a narrow view.
        const double w = fm.horizontalAdvance(QString::fromLatin1(state_name(s))) + kBoxPadding, h = fm.height() + 8;
        const QPointF q = position(s);
        const double x = std::clamp(area.left() + q.x() / 100 * area.width(), area.left() + w / 2,
                                    std::max(area.left() + w / 2, area.right() - w / 2));
        const double y = std::clamp(area.top() + q.y() / 100 * area.height(), area.top() + h / 2,
                                    std::max(area.top() + h / 2, area.bottom() - h / 2));
        out.boxes.push_back({s, QRectF(QPointF(x - w / 2, y - h / 2), QSizeF(w, h))});
    }
    // Edges: a quadratic curve from centre to centre, cut where it leaves each box.
    for (const EdgeSpec& spec : kEdges) {
        StateEdge e;
        e.from = spec.from;
        e.to = spec.to;
        e.in_figure = spec.in_figure;
        e.event = QCoreApplication::translate("StateMachine", spec.event);
        if (*spec.action)
            e.action = QCoreApplication::translate("StateMachine", spec.action);
        const QRectF from = out.box(spec.from), to = out.box(spec.to);
        const QPointF a = from.center(), b = to.center();
        const QPointF d = b - a;
        // Two edges between the same states keep at least kPairGap apart however short.
        const double length = std::hypot(d.x(), d.y());
        const double offset = spec.bend == 0 ? 0 : std::copysign(std::max(std::abs(spec.bend) * length, kPairGap), spec.bend);
        const QPointF c = (a + b) / 2 + offset / std::max(length, 1.0) * QPointF(d.y(), -d.x());
        const double t0 = exit_t(from, a, c, b, true), t1 = exit_t(to, a, c, b, false);
        const auto at = [&](double t) { return (1 - t) * (1 - t) * a + 2 * (1 - t) * t * c + t * t * b; };
        e.path.moveTo(at(t0));
        for (int i = 1; i <= 24; ++i)
            e.path.lineTo(at(t0 + (t1 - t0) * i / 24));
        e.head = at(t1);
        const QPointF before = at(t1 - 0.02);
        e.head_angle = std::atan2(e.head.y() - before.y(), e.head.x() - before.x());
        out.edges.push_back(std::move(e));
    }
    // Labels, one edge at a time: the first spot beside its edge, nearest its middle,
    // that covers no state, no edge and no label placed before.
    std::vector<QRectF> taken;
    const auto free = [&](const QRectF& r) {
        return area.contains(r) &&
               std::none_of(out.boxes.begin(), out.boxes.end(),
                            [&](const StateBox& b) { return b.box.adjusted(-2, -2, 2, 2).intersects(r); }) &&
               std::none_of(taken.begin(), taken.end(),
                            [&](const QRectF& o) { return o.adjusted(-1, -1, 1, 1).intersects(r); });
    };
    for (StateEdge& e : out.edges) {
        const double w = std::max(lm.horizontalAdvance(e.event), lm.horizontalAdvance(e.action)) + 6;
        const double h = lm.height() * (e.action.isEmpty() ? 1 : 2) + 2;
        for (double t : {0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8}) {
            const QPointF on = e.path.pointAtPercent(t);
            const double angle = e.path.angleAtPercent(t) * M_PI / 180; // counter-clockwise, y up
            for (int side : {1, -1}) {
                // The label's corner nearest the edge is kLabelGap off it.
                const QPointF n = side * QPointF(-std::sin(angle), -std::cos(angle));
                const QPointF centre = on + n * kLabelGap + QPointF(std::copysign(w / 2, n.x()), std::copysign(h / 2, n.y()));
                const QRectF r(centre.x() - w / 2, centre.y() - h / 2, w, h);
                // No other edge through it, nor as near as its own.
                const double own = distance_to_path(r, e.path);
                const bool crosses = std::any_of(out.edges.begin(), out.edges.end(), [&](const StateEdge& o) {
                    return &o != &e && (hits_path(r, o.path) || distance_to_path(r, o.path) < own + 4);
                });
                if (!crosses && free(r)) {
                    e.label = r;
                    break;
                }
            }
            if (!e.label.isNull())
                break;
        }
        if (!e.label.isNull())
            taken.push_back(e.label);
    }
    // The rest carry a number in a circle on the edge, clear of states and labels; when
    // that is most of them, all do, so that one glance reads one way.
    const auto beside = std::count_if(out.edges.begin(), out.edges.end(), [](const StateEdge& e) { return !e.label.isNull(); });
    if (2 * std::size_t(beside) < out.edges.size()) {
        for (StateEdge& e : out.edges)
            e.label = QRectF();
        taken.clear();
    }
    int numbered = 0;
    const double d = lm.height();
    for (StateEdge& e : out.edges) {
        if (!e.label.isNull())
            continue;
        e.number = ++numbered;
        for (double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9}) {
            const QPointF on = e.path.pointAtPercent(t);
            e.badge = QRectF(on.x() - d / 2, on.y() - d / 2, d, d);
            if (free(e.badge))
                break;
        }
        taken.push_back(e.badge);
    }
    return out;
}

} // namespace

StateMachineLayout layout_state_machine(const QRectF& area, const QFont& state_font, const QFont& label_font)
{
    // The key under the diagram takes the room it needs, unless giving it that room
    // would number more edges: then it runs past the area's foot and the view grows.
    const double line = QFontMetricsF(label_font).height();
    const auto numbered = [](const StateMachineLayout& l) {
        return std::count_if(l.edges.begin(), l.edges.end(), [](const StateEdge& e) { return e.number; });
    };
    QRectF diagram = area;
    diagram.setHeight(std::max(area.height(), kMinStateDiagramHeight));
    StateMachineLayout out = place(diagram, state_font, label_font);
    if (numbered(out)) {
        QRectF shorter = diagram.adjusted(0, 0, 0, -(double(numbered(out)) * line + 6));
        if (shorter.height() >= kMinStateDiagramHeight) {
            StateMachineLayout fitted = place(shorter, state_font, label_font);
            if (numbered(fitted) <= numbered(out)) {
                out = std::move(fitted);
                diagram = shorter;
            }
        }
    }
    out.key = QRectF(diagram.left(), diagram.bottom() + 6, diagram.width(), double(numbered(out)) * line);
    for (StateEdge& e : out.edges)
        if (e.number)
            e.label = QRectF(out.key.left(), out.key.top() + (e.number - 1) * line, out.key.width(), line);
    return out;
}

double state_machine_height(double width, const QFont& state_font, const QFont& label_font)
{
    const StateMachineLayout layout =
        layout_state_machine(QRectF(0, 0, width, kMinStateDiagramHeight), state_font, label_font);
    return layout.key.isEmpty() ? kMinStateDiagramHeight : layout.key.bottom();
}

QString state_edge_text(const StateEdge& e)
{
    return e.action.isEmpty() ? e.event : e.event + QStringLiteral(" / ") + e.action;
}

} // namespace tcpviz
