#include "diagram_layout.hpp"

#include "relative_seq.hpp"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace tcpviz {
namespace {

constexpr std::size_t kLabelBlock = 512;
constexpr std::size_t kMaxCrossingChecks = 64;
constexpr double kLabelGap = 3.0;   // between an arrow and its label
constexpr double kStateGap = 8.0;   // below the row where the state changed
constexpr double kBoxPadX = 8.0, kBoxPadY = 3.0;

int role_rank(HostRole role)
{
    switch (role) {
    case HostRole::Client: return 0;
    case HostRole::Server: return 1;
    case HostRole::Attacker: return 2;
    case HostRole::Spoofed: return 3;
    case HostRole::Forged: return 4;
    }
    return 5;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Diagram", text);
}

QString role_title(HostRole role)
{
    switch (role) {
    case HostRole::Client: return tr("Client");
    case HostRole::Server: return tr("Server");
    case HostRole::Attacker: return tr("Attacker");
    case HostRole::Spoofed: return tr("Spoofed host");
    case HostRole::Forged: return tr("Forged source");
    }
    return {};
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

double distance_to_segment(QPointF p, QPointF a, QPointF b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

QString note_for(const SegmentRecord& r, std::int64_t rto)
{
    switch (r.why) {
    case Explain::SynRetransmit:
    case Explain::SynAckRetransmit:
    case Explain::DataRetransmit:
        return rto > 0 ? tr("retransmission after RTO %1").arg(elapsed_text(rto)) : tr("retransmission");
    case Explain::SynAckForDuplicateSyn: return tr("repeated for a duplicate SYN");
    case Explain::CookieSynAck: return tr("SYN cookie, no state kept");
    case Explain::ChallengeAckSyn:
    case Explain::ChallengeAckRst: return tr("challenge ACK (RFC 5961)");
    case Explain::ForgedSyn:
    case Explain::FloodSyn: return tr("forged source %1").arg(QString::fromStdString(ipv4_text(r.seg.src_addr)));
    case Explain::OldDuplicate: return tr("old duplicate");
    case Explain::BlindSpoofAck: return tr("blind guess from forged %1").arg(QString::fromStdString(ipv4_text(r.seg.src_addr)));
    case Explain::AckForUnacceptableSeq: return tr("ACK for an out-of-window segment");
    case Explain::RstForClosedPort: return tr("no connection: reset");
    case Explain::RstForAckInListen: return tr("ACK in LISTEN: reset");
    case Explain::CookieRejected: return tr("invalid cookie: reset");
    case Explain::RstBadAckSynSent:
    case Explain::RstBadAckSynReceived: return tr("unacceptable ACK: reset");
    default: return r.retransmission ? tr("retransmission") : QString();
    }
}

QString drop_text(Explain why)
{
    switch (why) {
    case Explain::SynQueueFull: return tr("dropped: SYN queue full");
    case Explain::RstIgnored: return tr("ignored RST");
    case Explain::RstOutOfWindow: return tr("dropped: RST outside the window");
    case Explain::NoAckDropped: return tr("dropped");
    default: return tr("dropped");
    }
}

} // namespace

QString elapsed_text(std::int64_t ns)
{
    const double ms = double(ns) / 1e6;
    if (ms >= 1000)
        return tr("%1 s").arg(QString::number(ms / 1000, 'g', 4));
    return tr("%1 ms").arg(QString::number(ms, 'g', 4));
}

DiagramLayout::DiagramLayout(const Trace& trace, const DiagramOptions& options, const LabelMetrics& metrics)
    : trace_(trace), metrics_(metrics)
{
    // Events in view: all, or those of the first K steps.
    std::size_t n_events = trace.events.size();
    if (options.upto_step)
        n_events = trace.events_of_step(*options.upto_step).second;
    const auto event = [&](std::size_t i) -> const TraceEvent& { return trace.events[i]; };

    // Lifelines: hosts that take part, ordered client, server, attacker, spoofed, forged.
    std::vector<bool> used(trace.hosts.size(), false);
    for (std::size_t i = 0; i < n_events; ++i) {
        const TraceEvent& e = event(i);
        if (e.host != kNoHost && e.kind != EventKind::Action)
            used[e.host] = true;
        if (e.kind == EventKind::SegmentSent && e.a != kNoHost)
            used[e.a] = true;
    }
    std::vector<std::uint8_t> order;
    for (std::size_t h = 0; h < trace.hosts.size(); ++h)
        if (used[h])
            order.push_back(static_cast<std::uint8_t>(h));
    std::stable_sort(order.begin(), order.end(), [&](std::uint8_t a, std::uint8_t b) {
        return role_rank(trace.hosts[a].role) < role_rank(trace.hosts[b].role);
    });

    // Rows: one per (time, step); a host sending a second segment in the same step
    // gets a new row so that parallel arrows never coincide.
    std::vector<std::uint32_t> row_of(n_events);
    std::vector<std::int64_t> row_time;
    {
        std::int64_t time = -1;
        std::uint32_t step = 0;
        std::vector<std::uint8_t> senders;
        for (std::size_t i = 0; i < n_events; ++i) {
            const TraceEvent& e = event(i);
            bool new_row = row_time.empty() || e.time != time || e.step != step;
            if (!new_row && e.kind == EventKind::SegmentSent &&
                std::find(senders.begin(), senders.end(), e.host) != senders.end())
                new_row = true;
            if (new_row) {
                row_time.push_back(e.time);
                senders.clear();
                time = e.time;
                step = e.step;
            }
            if (e.kind == EventKind::SegmentSent)
                senders.push_back(e.host);
            row_of[i] = static_cast<std::uint32_t>(row_time.size() - 1);
        }
    }
    // A row where a state changes needs room below for the state's label.
    std::vector<bool> row_has_state(row_time.size(), false);
    for (std::size_t i = 0; i < n_events; ++i)
        if (event(i).kind == EventKind::StateChanged)
            row_has_state[row_of[i]] = true;
    const double state_room = kStateGap + metrics_.state(QStringLiteral("SYN-RECEIVED")).height() + 2 * kBoxPadY + 8;
    // Between two successive arrows there is room for a label and its note.
    const double label_room = metrics_.label(QStringLiteral("SYN")).height() +
                              metrics_.note(QStringLiteral("retransmission")).height() + 16;
    const double min_row = std::max(options.min_row_px, label_room);
    std::vector<double> row_y(row_time.size());
    for (std::size_t r = 0; r < row_time.size(); ++r) {
        if (r == 0) {
            row_y[r] = kHeaderHeight + 30;
            continue;
        }
        const double natural = double(row_time[r] - row_time[r - 1]) / 1e6 * options.px_per_ms;
        const double min_gap = std::max(min_row, row_has_state[r - 1] ? state_room : 0.0);
        double gap = std::max(natural, min_gap);
        if (natural > options.max_gap_px) {
            gap = std::max(options.max_gap_px, min_gap);
            breaks_.push_back({row_y[r - 1] + gap / 2, row_time[r] - row_time[r - 1]});
        }
        row_y[r] = row_y[r - 1] + gap;
    }
    const double last_y = row_y.empty() ? kHeaderHeight + 30 : row_y.back();
    const std::int64_t now = n_events ? event(n_events - 1).time : 0;

    // Arrow texts first: the column width follows the widest label.
    std::size_t n_segments = 0;
    for (std::size_t i = 0; i < n_events; ++i)
        if (event(i).kind == EventKind::SegmentSent)
            n_segments = std::max<std::size_t>(n_segments, event(i).ref + 1);
    if (!options.absolute_seq)
        bases_.emplace(trace, n_segments);

    // Ends of segments within view.
    std::vector<std::int64_t> end_event(n_segments, -1), drop_event(n_segments, -1);
    for (std::size_t i = 0; i < n_events; ++i) {
        const TraceEvent& e = event(i);
        if (e.kind == EventKind::SegmentDelivered || e.kind == EventKind::SegmentLost)
            end_event[e.ref] = static_cast<std::int64_t>(i);
        else if (e.kind == EventKind::SegmentDropped && e.ref < n_segments)
            drop_event[e.ref] = static_cast<std::int64_t>(i);
    }

    struct PendingArrow {
        std::size_t send_event;
    };
    std::vector<PendingArrow> pending;
    // Last send time by (host, flags, seq), so a retransmission can show its RTO.
    std::unordered_map<std::uint64_t, std::int64_t> last_send;
    double widest = 0;
    for (std::size_t i = 0; i < n_events; ++i) {
        const TraceEvent& e = event(i);
        if (e.kind != EventKind::SegmentSent)
            continue;
        const SegmentRecord& rec = trace.segments[e.ref];
        const Segment& s = rec.seg;
        DiagramArrow a;
        a.segment = e.ref;
        a.flags = s.flags;
        a.payload_len = s.payload_len;
        a.retransmission = rec.retransmission;
        a.cookie = rec.why == Explain::CookieSynAck;
        a.forged = rec.why == Explain::ForgedSyn || rec.why == Explain::FloodSyn || rec.why == Explain::BlindSpoofAck;
        if (rec.retransmission) {
            const std::uint64_t key = std::uint64_t(e.host) << 40 | std::uint64_t(s.flags) << 32 | s.seq.raw();
            auto previous = last_send.find(key);
            a.rto = previous == last_send.end() ? 0 : e.time - previous->second;
        }
        if (s.has(flag::SYN) || s.payload_len > 0) // what can be retransmitted
            last_send[std::uint64_t(e.host) << 40 | std::uint64_t(s.flags) << 32 | s.seq.raw()] = e.time;
        if (drop_event[e.ref] >= 0)
            a.drop_why = event(static_cast<std::size_t>(drop_event[e.ref])).why;
        arrows_.push_back(a);
        pending.push_back({i});
    }
    // The widest label sets the column. Making and measuring text is slow and a flood
    // has millions of labels, so lengths come from the numbers, and only the labels
    // within a few characters of the longest, and one note per kind, are measured.
    const auto digits = [](std::int64_t v) { return v < 0 ? 2 + int(std::log10(double(-v))) : v < 10 ? 1 : 1 + int(std::log10(double(v))); };
    std::vector<int> label_length(arrows_.size());
    int longest_label = 0;
    for (std::size_t k = 0; k < arrows_.size(); ++k) {
        const Segment& s = trace.segments[arrows_[k].segment].seg;
        const std::int64_t seq = bases_ ? s.seq - SeqNum(bases_->seq_base(s)) : s.seq.raw();
        const std::int64_t ack = bases_ ? s.ack - SeqNum(bases_->ack_base(s)) : s.ack.raw();
        label_length[k] = int(flags_name(s.flags).size()) + 6 + digits(seq) +
                          (s.has(flag::ACK) ? 5 + digits(ack) : 0) + (s.payload_len ? 5 + digits(s.payload_len) : 0);
        longest_label = std::max(longest_label, label_length[k]);
    }
    std::vector<bool> note_measured(256, false);
    for (std::size_t k = 0; k < arrows_.size(); ++k) {
        if (label_length[k] + 4 >= longest_label)
            widest = std::max(widest, metrics_.label(label_text(k)).width());
        const auto why = std::size_t(trace.segments[arrows_[k].segment].why);
        if (!note_measured[why % 256]) {
            note_measured[why % 256] = true;
            const QString note = note_text(k);
            if (!note.isEmpty())
                widest = std::max(widest, metrics_.note(note).width() + 12); // room for longer addresses
        }
    }
    for (std::uint8_t h : order) {
        widest = std::max(widest, metrics_.header(role_title(trace.hosts[h].role)).width() - 40);
    }
    const double column = std::max(options.min_column_px, widest + 70);

    // State labels sit outside the outer lifelines, where no arrow goes, and on the
    // middle ones otherwise.
    enum class Side { Left, Center, Right };
    std::vector<Side> side(trace.hosts.size(), Side::Center);
    if (order.size() >= 2) {
        side[order.front()] = Side::Left;
        side[order.back()] = Side::Right;
    }
    double widest_state = 0;
    for (TcpState st : {TcpState::Closed, TcpState::Listen, TcpState::SynSent, TcpState::SynReceived,
                        TcpState::Established})
        widest_state = std::max(widest_state, metrics_.state(QString::fromLatin1(state_name(st))).width());
    widest_state += 2 * kBoxPadX;
    const double left_margin = std::max(kLeftMargin, kLeftMargin + widest_state + 14 - column / 2);

    host_x_.assign(trace.hosts.size(), -1);
    for (std::size_t c = 0; c < order.size(); ++c) {
        const TraceHost& h = trace.hosts[order[c]];
        const double x = left_margin + column / 2 + double(c) * column;
        host_x_[order[c]] = x;
        QString address = QString::fromStdString(ipv4_text(h.address));
        address += h.prefix_len < 32 ? QStringLiteral("/%1").arg(h.prefix_len) : QStringLiteral(":%1").arg(h.port);
        // A host named otherwise than its role (peer-a, trusted) shows its name too.
        QString title = role_title(h.role);
        if (h.name != role_name(h.role))
            title += QStringLiteral(" · ") + QString::fromStdString(h.name);
        lifelines_.push_back({order[c], x, title, address});
    }

    // Arrow geometry.
    std::map<QString, QSizeF> end_widths;
    for (std::size_t k = 0; k < arrows_.size(); ++k) {
        DiagramArrow& a = arrows_[k];
        const TraceEvent& send = event(pending[k].send_event);
        const SegmentRecord& rec = trace.segments[a.segment];
        const double x_from = host_x_[send.host];
        const double x_to = rec.to_host != kNoHost && host_x_[rec.to_host] >= 0 ? host_x_[rec.to_host]
                                                                                : x_from + column * 0.6;
        a.from = {x_from, row_y[row_of[pending[k].send_event]]};
        const std::int64_t travel = std::max<std::int64_t>(1, rec.arrives_at - send.time);
        const std::int64_t end = end_event[a.segment];
        if (end < 0) {
            a.end = ArrowEnd::InFlight;
            const double f = std::clamp(double(now - send.time) / double(travel), 0.12, 1.0);
            a.to = {x_from + f * (x_to - x_from), std::max(last_y, a.from.y())};
        } else {
            const TraceEvent& e = event(static_cast<std::size_t>(end));
            const double y = row_y[row_of[static_cast<std::size_t>(end)]];
            if (e.kind == EventKind::SegmentLost) {
                a.end = ArrowEnd::Lost;
                const double f = std::clamp(double(e.time - send.time) / double(travel), 0.0, 1.0);
                a.to = {x_from + f * (x_to - x_from), y};
            } else {
                a.end = a.drop_why == Explain::None ? ArrowEnd::Delivered : ArrowEnd::Dropped;
                a.to = {x_to, y};
            }
        }
        const QString mark = end_text(k);
        if (!mark.isEmpty()) {
            // Few distinct texts: measure each once.
            auto cached = end_widths.find(mark);
            if (cached == end_widths.end())
                cached = end_widths.emplace(mark, metrics_.note(mark)).first;
            const QSizeF sz = cached->second;
            const double w = sz.width() + 6;
            // Beside the end: behind the mark for a finished arrow, ahead of it for one
            // still travelling (its short stub leaves no room behind).
            const bool leftwards = a.to.x() < a.from.x();
            const bool ahead = a.end == ArrowEnd::InFlight;
            const bool place_right = leftwards != ahead;
            a.end_box = QRectF(place_right ? a.to.x() + 10 : a.to.x() - 10 - w, a.to.y() + (ahead ? -sz.height() / 2 : 6),
                               w, sz.height());
        }
        max_arrow_height_ = std::max(max_arrow_height_, a.bottom() - a.top());
    }

    // The SYN queue is shown when it held more than one request: during floods.
    bool show_queue = false;
    for (std::size_t i = 0; i < n_events; ++i)
        show_queue |= event(i).kind == EventKind::QueueDepth && event(i).a > 1;

    // States: a label wherever a lifeline's state changes, and bands between.
    std::vector<std::optional<TcpState>> shown(trace.hosts.size());
    std::vector<double> band_start(trace.hosts.size(), 0);
    for (std::size_t i = 0; i < n_events; ++i) {
        const TraceEvent& e = event(i);
        const double y = row_y[row_of[i]];
        if (e.kind == EventKind::StateChanged && host_x_[e.host] >= 0) {
            const TcpState to = Trace::to_state(e);
            if (shown[e.host] == to)
                continue;
            if (shown[e.host])
                bands_.push_back({e.host, band_start[e.host], y, *shown[e.host]});
            shown[e.host] = to;
            band_start[e.host] = y;
            const QSizeF sz = metrics_.state(QString::fromLatin1(state_name(to)));
            const double w = sz.width() + 2 * kBoxPadX, h = sz.height() + 2 * kBoxPadY;
            const double x = host_x_[e.host];
            const double left = side[e.host] == Side::Left    ? x - 8 - w
                                : side[e.host] == Side::Right ? x + 8
                                                              : x - w / 2;
            states_.push_back({e.host, y, to, QRectF(left, y + kStateGap, w, h)});
        } else if (show_queue && e.kind == EventKind::QueueDepth && host_x_[e.host] >= 0) {
            if (e.step == 0 && e.a == 0)
                continue; // an empty queue at the start says nothing
            const QString text = tr("SYN queue %1/%2").arg(e.a).arg(e.b);
            const QSizeF sz = metrics_.note(text);
            const double left = host_x_[e.host] + (side[e.host] == Side::Center ? widest_state / 2 + 6 : 8);
            const double below = side[e.host] == Side::Center ? 0 : state_room - kStateGap;
            queue_marks_.push_back(
                {e.host, y, e.a, e.b, QRectF(left, y + kStateGap + 2 + below, sz.width() + 8, sz.height() + 2)});
        }
    }
    const double bottom = last_y + 40;
    for (std::size_t h = 0; h < shown.size(); ++h)
        if (shown[h])
            bands_.push_back({static_cast<std::uint8_t>(h), band_start[h], bottom, *shown[h]});

    // Times on the left for rows where something is sent.
    std::int64_t last_time = -1;
    for (std::size_t i = 0; i < n_events; ++i) {
        const TraceEvent& e = event(i);
        if ((e.kind == EventKind::SegmentSent || e.kind == EventKind::StateChanged) && e.time != last_time) {
            time_marks_.push_back({row_y[row_of[i]], e.time});
            last_time = e.time;
        }
    }

    std::sort(bands_.begin(), bands_.end(), [](const DiagramStateBand& a, const DiagramStateBand& b) {
        return a.host != b.host ? a.host < b.host : a.y0 < b.y0;
    });

    double width = left_margin + double(order.size()) * column + 20;
    for (const DiagramQueueMark& q : queue_marks_)
        width = std::max(width, q.box.right() + 70); // room for " full"
    for (const DiagramStateMark& s : states_)
        width = std::max(width, s.box.right() + 16);
    size_ = QSizeF(width, bottom + kBottomMargin);
    labels_.resize(arrows_.size());
    block_placed_.assign((arrows_.size() + kLabelBlock - 1) / kLabelBlock, false);
}

double DiagramLayout::lifeline_x(std::uint8_t host) const
{
    return host < host_x_.size() ? host_x_[host] : -1;
}

std::vector<std::size_t> DiagramLayout::arrows_between(double y0, double y1) const
{
    std::vector<std::size_t> out;
    auto it = std::lower_bound(arrows_.begin(), arrows_.end(), y0 - max_arrow_height_,
                               [](const DiagramArrow& a, double y) { return a.from.y() < y; });
    for (; it != arrows_.end() && it->from.y() <= y1; ++it)
        if (it->bottom() >= y0)
            out.push_back(static_cast<std::size_t>(it - arrows_.begin()));
    return out;
}

std::vector<DiagramStateBand> DiagramLayout::bands_between(double y0, double y1) const
{
    std::vector<DiagramStateBand> out;
    for (auto it = bands_.begin(); it != bands_.end();) {
        const std::uint8_t host = it->host;
        const auto host_end = std::upper_bound(it, bands_.end(), host,
                                               [](std::uint8_t h, const DiagramStateBand& b) { return h < b.host; });
        auto first = std::lower_bound(it, host_end, y0, [](const DiagramStateBand& b, double y) { return b.y1 < y; });
        for (; first != host_end && first->y0 <= y1; ++first)
            out.push_back(*first);
        it = host_end;
    }
    return out;
}

const PlacedLabel& DiagramLayout::label(std::size_t arrow) const
{
    const std::size_t block = arrow / kLabelBlock;
    if (!block_placed_[block])
        place_block(block);
    return labels_[arrow];
}

void DiagramLayout::place_block(std::size_t block) const
{
    // Greedy: for each arrow, the first candidate spot (middle first, then towards the
    // ends, above before below) that meets no label of this block, no state or queue
    // box and no other arrow; if none is free, the spot with the least overlap.
    block_placed_[block] = true;
    const std::size_t first = block * kLabelBlock, last = std::min(arrows_.size(), first + kLabelBlock);
    std::vector<QRectF> placed;
    for (std::size_t i = first; i < last; ++i) {
        const DiagramArrow& a = arrows_[i];
        const QString note_string = note_text(i);
        const QSizeF main = metrics_.label(label_text(i));
        const QSizeF note = note_string.isEmpty() ? QSizeF(0, 0) : metrics_.note(note_string);
        const double w = std::max(main.width(), note.width()) + 6;
        const double h = main.height() + note.height() + 2;
        const double dx = a.to.x() - a.from.x(), dy = a.to.y() - a.from.y();
        const double slope = std::abs(dx) > 1 ? std::abs(dy / dx) : 0;
        const double rise = slope * w / 2 + kLabelGap;

        const auto cost = [&](const QRectF& box) {
            double overlap = 0;
            for (const QRectF& other : placed)
                if (other.intersects(box)) {
                    // Covered text is unreadable: by far the worst.
                    const QRectF o = other.intersected(box);
                    overlap += 10 * o.width() * o.height() + 5000;
                }
            // In a dense flood hundreds of arrows cross every spot; checking them all
            // would cost much and buy nothing, since no spot is free there.
            const auto nearby = arrows_between(box.top(), box.bottom());
            if (nearby.size() <= kMaxCrossingChecks)
                for (std::size_t j : nearby)
                    if (j != i && segment_meets_rect(arrows_[j].from, arrows_[j].to, box))
                        overlap += 200;
            if (segment_meets_rect(a.from, a.to, box))
                overlap += 400;
            // State and queue marks are in y order and sit just below their row.
            const auto marks_near = [&](const auto& marks) {
                double hits = 0;
                auto it = std::lower_bound(marks.begin(), marks.end(), box.top() - 60,
                                           [](const auto& m, double y) { return m.y < y; });
                for (; it != marks.end() && it->y <= box.bottom(); ++it)
                    hits += it->box.intersects(box) ? 3000 : 0;
                return hits;
            };
            overlap += marks_near(states_) + marks_near(queue_marks_);
            if (nearby.size() <= kMaxCrossingChecks)
                for (std::size_t j : arrows_between(box.top() - 40, box.bottom()))
                    if (arrows_[j].end_box.intersects(box))
                        overlap += 3000;
            for (const DiagramLifeline& l : lifelines_)
                if (l.x > box.left() && l.x < box.right())
                    overlap += 150;
            return overlap;
        };
        // Beside the arrow first; then stacked further away with a leader line. The
        // first free spot wins; if none is free, the least covered one.
        PlacedLabel best;
        double best_cost = -1;
        bool free = false;
        for (int shift = 0; shift <= 3 && !free; ++shift) {
            const double away = shift * (h * 0.75);
            for (double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.14, 0.86}) {
                const QPointF at(a.from.x() + t * dx, a.from.y() + t * dy);
                for (bool above : {true, false}) {
                    const double top = above ? at.y() - rise - h - away : at.y() + rise + away;
                    // Kept inside the drawing, right of the time axis.
                    const double left =
                        std::clamp(at.x() - w / 2, kLeftMargin, std::max(kLeftMargin, size_.width() - w - 4));
                    const QRectF box(left, top, w, h);
                    const double c = cost(box);
                    free = c == 0;
                    if (free || best_cost < 0 || c + shift * 250 < best_cost) {
                        best_cost = c + shift * 250;
                        best = {box, at, shift > 0};
                    }
                    if (free)
                        break;
                }
                if (free)
                    break;
            }
        }
        labels_[i] = best;
        placed.push_back(best.box);
    }
}

QString DiagramLayout::label_text(std::size_t arrow) const
{
    const Segment& s = trace_.segments[arrows_[arrow].segment].seg;
    return QString::fromStdString(segment_label_text(s, bases_ ? &*bases_ : nullptr));
}

QString DiagramLayout::note_text(std::size_t arrow) const
{
    return note_for(trace_.segments[arrows_[arrow].segment], arrows_[arrow].rto);
}

QString DiagramLayout::end_text(std::size_t arrow) const
{
    switch (arrows_[arrow].end) {
    case ArrowEnd::Lost: return tr("lost");
    case ArrowEnd::Dropped: return drop_text(arrows_[arrow].drop_why);
    case ArrowEnd::InFlight: return tr("in flight");
    case ArrowEnd::Delivered: break;
    }
    return {};
}

std::optional<std::size_t> DiagramLayout::arrow_at(QPointF point, double tolerance) const
{
    std::optional<std::size_t> best;
    double best_distance = tolerance;
    for (std::size_t i : arrows_between(point.y() - tolerance, point.y() + tolerance)) {
        const double d = distance_to_segment(point, arrows_[i].from, arrows_[i].to);
        if (d <= best_distance) {
            best_distance = d;
            best = i;
        }
    }
    return best;
}

} // namespace tcpviz
