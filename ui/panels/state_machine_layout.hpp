#pragma once
// Where the state diagram's boxes, edges and edge labels go in a given rectangle:
// RFC 9293 Figure 5, all eleven states, plus the RST and timeout edges the engine
// takes. Every edge carries its label (event over action, as the figure writes it),
// placed by the edge where it covers no state, no other edge and no other label. Where
// no such place is left (a narrow panel) the edge carries a number and its label is
// listed under the diagram.
#include "tcp/tcp_state.hpp"

#include <QFont>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <vector>

namespace tcpviz {

struct StateBox {
    TcpState state;
    QRectF box;
};

struct StateEdge {
    TcpState from, to;
    QString event;  // "rcv SYN", translated
    QString action; // "snd SYN,ACK", or empty
    QPainterPath path; // from box edge to box edge
    QPointF head;      // where the arrowhead points
    double head_angle = 0;
    QRectF label;   // beside the edge, or in the key when numbered
    int number = 0; // 0: the label is beside the edge; else its line in the key
    QRectF badge;   // the number's circle on the edge
    bool in_figure = true; // false: an edge the engine takes that Figure 5 does not draw
};

struct StateMachineLayout {
    std::vector<StateBox> boxes;
    std::vector<StateEdge> edges;
    QRectF key; // the numbered edges' labels, one line each
    const StateEdge* edge(TcpState from, TcpState to) const;
    QRectF box(TcpState state) const;
};

// How near a rectangle comes to an edge.
double distance_to_path(const QRectF& rect, const QPainterPath& path);

// "rcv SYN / snd SYN,ACK": the label on one line, as the key lists it.
QString state_edge_text(const StateEdge& edge);

// The diagram in `area`, the key under it; the states keep at least kMinStateDiagramHeight
// (the layout then runs past the area's foot, and the view grows to hold it).
inline constexpr double kMinStateDiagramHeight = 420;
StateMachineLayout layout_state_machine(const QRectF& area, const QFont& state_font, const QFont& label_font);
// How tall the diagram and its key are at that width.
double state_machine_height(double width, const QFont& state_font, const QFont& label_font);

} // namespace tcpviz
