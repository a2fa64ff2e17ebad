#include "diagram/diagram_layout.hpp"

#include "parallel/two_threads.hpp"

#include "formats/diagram_text.hpp"
#include "window/language.hpp"
#include "diagram/oriented_box.hpp"
#include "teaching/segment_note.hpp"
#include "words/trace_words.hpp"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace tcpviz {
namespace {

constexpr double kEndBoxGap = 6;        // a finished arrow's "lost" or "dropped" mark, below its end
constexpr double kMinStub = 0.15; // the shortest part of its way a drawn arrow shows
// Columns come in steps of this: a flood's labels grow a little wider as their
// subscripts grow, and a step should extend the layout, not rebuild it.
constexpr double kColumnStep = 32;
constexpr double kStateGap = 8.0;   // below the row where the state changed
constexpr double kCrossingSlope = 0.16; // rise over run of crossing arrows, at the least
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

// The context of this file's texts in Qt Linguist.
struct Diagram {
    Q_DECLARE_TR_FUNCTIONS(Diagram)
};

// The words of a notation's name that a line may break between, each with what joins it
// to the one before: at spaces, after a full-width colon or comma, before an opening
// bracket ("序号：" "相对值" "（与" "Wireshark" "相同）"). Qt would break Chinese between
// any two characters.
std::vector<std::pair<QString, QString>> caption_words(const QString& text)
{
    std::vector<std::pair<QString, QString>> words{{QString(), QString()}};
    for (const QChar c : text) {
        if (c == u' ') {
            words.push_back({QStringLiteral(" "), QString()});
            continue;
        }
        if ((c == u'（' || c == u'(') && !words.back().second.isEmpty())
            words.push_back({QString(), QString()});
        words.back().second += c;
        if (c == u'：' || c == u'，')
            words.push_back({QString(), QString()});
    }
    std::erase_if(words, [](const auto& w) { return w.second.isEmpty(); });
    return words;
}

QString note_for(const Trace& trace, std::uint32_t segment)
{
    return QString::fromStdString(segment_note(trace, segment, interface_wording()));
}

} // namespace

DiagramLayout::DiagramLayout(const Trace& trace, const DiagramOptions& options, const LabelMetrics& metrics,
                             const SeqNotation* shared)
    : trace_(trace), lineage_(trace.lineage), options_(options),
      own_numbers_(shared ? nullptr : std::make_unique<SeqNotation>(trace, options.numbers)),
      numbers_(shared ? shared : own_numbers_.get()), metrics_(metrics)
{
    // Events in view: all, or those of the first K steps.
    std::size_t n_events = trace.events.size();
    if (options.upto_step)
        n_events = trace.events_of_step(*options.upto_step).second;

    // Role, address and ISNs, in boxes 8 px from the top, with 8 px below them.
    header_height_ = std::max(78.0, metrics_.header(QStringLiteral("Ag")).height() +
                                        2 * metrics_.address(QStringLiteral("Ag")).height() + 32);
    state_room_ = kStateGap + metrics_.state(QStringLiteral("SYN-RECEIVED")).height() + 2 * kBoxPadY + 8;
    end_room_ = kEndBoxGap + metrics_.note(Diagram::tr("lost")).height() + 4;
    // Between two successive arrows there is room for a label and its note.
    const double label_room = metrics_.label(QStringLiteral("SYN")).height() +
                              metrics_.note(QStringLiteral("retransmission")).height() + 16;
    // Arrows slant enough that a label fits between two that meet at a lifeline.
    min_row_ = std::max(options.min_row_px, 1.5 * label_room);
    label_block_ = label_room - 14;
    for (TcpState st : {TcpState::Closed, TcpState::Listen, TcpState::SynSent, TcpState::SynReceived,
                        TcpState::Established})
        widest_state_ = std::max(widest_state_, state_size(st).width());
    widest_state_ += 2 * kBoxPadX;

    // Lifelines: hosts that take part, ordered client, server, attacker, spoofed, forged.
    first_part_ = first_taking_part(trace, n_events);
    std::size_t n_segments = 0;
    for (std::size_t i = 0; i < n_events; ++i)
        if (trace.events[i].kind == EventKind::SegmentSent)
            n_segments = std::max<std::size_t>(n_segments, trace.events[i].ref + 1);
    std::vector<std::uint8_t> order;
    for (std::size_t h = 0; h < trace.hosts.size(); ++h)
        if (first_part_[h] != kNeverTakesPart)
            order.push_back(static_cast<std::uint8_t>(h));
    std::stable_sort(order.begin(), order.end(), [&](std::uint8_t x, std::uint8_t y) {
        return role_rank(trace.hosts[x].role) < role_rank(trace.hosts[y].role);
    });

    // The widest label, or lifeline title, sets the column.
    note_crossings(0, n_events);
    measure_widest(0, n_events);
    std::vector<QString> titles(trace.hosts.size()), addresses(trace.hosts.size());
    for (std::uint8_t h : order) {
        const LifelineHeading heading = lifeline_heading(trace, trace.hosts[h], interface_wording());
        titles[h] = QString::fromStdString(heading.title);
        addresses[h] = QString::fromStdString(heading.address);
        title_widths_.push_back(std::max(metrics_.header(titles[h]).width(), metrics_.address(addresses[h]).width()));
        widest_title_ = std::max(widest_title_, title_widths_.back() + 30); // 6 px between two headers
    }
    column_ = column_for(widest_label_);
    time_right_ = time_column_right(trace, n_events);
    for (Notation n : {Notation::Symbolic, Notation::Relative, Notation::Absolute})
        for (const auto& word : caption_words(QString::fromStdString(notation_title(n, interface_wording()))))
            widest_caption_ = std::max(widest_caption_, metrics_.time(word.second).width());

    // State labels sit outside the outer lifelines, where no arrow goes, and on the middle ones otherwise.
    side_.assign(trace.hosts.size(), Side::Center);
    if (order.size() >= 2) {
        side_[order.front()] = Side::Left;
        side_[order.back()] = Side::Right;
    }
    for (std::uint8_t h : order)
        lifelines_.push_back({h, 0, titles[h], addresses[h], {}, {}});
    host_x_.assign(trace.hosts.size(), -1);
    reach_.assign(trace.hosts.size(), 0);
    place_lifelines();
    lifeline_symbols_.assign(lifelines_.size(), {});
    update_lifeline_numbers(n_segments);
    shown_.assign(trace.hosts.size(), std::nullopt);
    shown_since_.assign(trace.hosts.size(), 0);
    band_start_.assign(trace.hosts.size(), 0);
    closed_bands_.assign(trace.hosts.size(), {});
    process(n_events);
}

double DiagramLayout::time_column_right(const Trace& trace, std::size_t n_events) const
{
    // "%.4g ms": its width follows its decade ("0.01234 ms" is wider than "123.4 ms"), so
    // one time of four digits in each decade between the trace's first time after 0 and
    // its last is measured, not a million times. Events come in time order.
    std::int64_t first = 0;
    for (std::size_t i = 0; i < n_events && first == 0; ++i)
        first = trace.events[i].time;
    const std::int64_t last = n_events > 0 ? trace.events[n_events - 1].time : 0;
    double widest = 0;
    for (std::int64_t decade = 1; decade <= last && decade <= INT64_MAX / 100; decade *= 10)
        if (decade * 10 > first)
            widest = std::max(widest, metrics_.time(elapsed_text(decade + decade / 5 + decade / 30 + 1)).width());
    return std::max(kLeftMargin - 10, 4 + widest);
}

void DiagramLayout::place_lifelines()
{
    // A column each. The margin holds the first lifeline's states, outside it on the
    // left, and before its header (no wider than its column) the widest word of any
    // notation's name.
    const double times_end = time_right_ + 10;
    const double left_margin =
        std::max({times_end, times_end + widest_state_ + 14 - column_ / 2, 6 + widest_caption_ + 12});
    for (std::size_t c = 0; c < lifelines_.size(); ++c)
        host_x_[lifelines_[c].host] = lifelines_[c].x = left_margin + column_ / 2 + double(c) * column_;
    columns_right_ = left_margin + double(lifelines_.size()) * column_ + 20;
    place_headers();
}

void DiagramLayout::place_headers()
{
    // A long list of ISNs (a flood's forged sources) makes a header wider than its
    // column: the diagram is as wide as the list is now, so that it is not cut at the edge.
    headers_right_ = 0;
    for (std::size_t l = 0; l < lifelines_.size(); ++l) {
        DiagramLifeline& line = lifelines_[l];
        const double w = std::max(title_widths_[l], metrics_.address(line.numbers).width()) + 24;
        line.header = QRectF(line.x - w / 2, 8, w, header_height_ - 16);
        headers_right_ = std::max(headers_right_, line.header.right() + 8);
    }
    place_notation_name();
}

void DiagramLayout::place_notation_name()
{
    // In the corner, in as few lines as the room before the first header allows; in two,
    // broken before its bracket where that fits ("Relative numbers" over "(as Wireshark
    // counts)"), else where the longer line is shortest.
    const double room = lifelines_.empty() ? 1e9 : lifelines_.front().header.left() - 6 - 12;
    const auto words = caption_words(notation_text());
    const auto join = [&](std::size_t from, std::size_t to) {
        QString line;
        for (std::size_t i = from; i < to; ++i)
            line += (i == from ? QString() : words[i].first) + words[i].second;
        return line;
    };
    QStringList lines;
    for (const auto& [joint, word] : words) {
        if (!lines.isEmpty() && metrics_.time(lines.back() + joint + word).width() <= room)
            lines.back() += joint + word;
        else
            lines << word;
    }
    const auto widest = [&](const QStringList& some) {
        double w = 0;
        for (const QString& line : some)
            w = std::max(w, metrics_.time(line).width());
        return w;
    };
    if (lines.size() == 2) {
        const auto at_bracket = [](const QStringList& two) {
            return two[1].startsWith(u'(') || two[1].startsWith(u'（');
        };
        for (std::size_t at = 1; at < words.size(); ++at) {
            const QStringList two{join(0, at), join(at, words.size())};
            if (widest(two) <= room && std::pair(!at_bracket(two), widest(two)) < std::pair(!at_bracket(lines), widest(lines)))
                lines = two;
        }
    }
    notation_caption_ = lines.join(u'\n');
    const double width = widest(lines);
    notation_box_ = QRectF(6, 8, width, double(lines.size()) * metrics_.time(notation_caption_).height());
}

double DiagramLayout::state_offset(std::uint8_t host, double width) const
{
    return side_[host] == Side::Left ? -8 - width : side_[host] == Side::Right ? 8 : -width / 2;
}

double DiagramLayout::queue_offset(std::uint8_t host) const
{
    return side_[host] == Side::Center ? widest_state_ / 2 + 6 : 8;
}

double DiagramLayout::column_for(double widest) const
{
    // A label along its arrow clears both lifelines. Where two arrows cross (a
    // simultaneous open, data crossing an ACK), each label must fit on its own half of
    // its arrow, away from the crossing, in the wedge its arrow makes with the one that
    // meets it at the lifeline: the wedge is too narrow near its point, so each half
    // holds the widest label and room for the wedge to open.
    const double wanted = std::max(options_.min_column_px, crossing_ ? 2 * widest + 160 : widest + 90);
    return std::max({std::ceil(wanted / kColumnStep) * kColumnStep, widest_title_, column_floor_});
}

void DiagramLayout::note_crossings(std::size_t first_event, std::size_t last_event)
{
    // Does a segment leave while one the other way between the same hosts travels?
    for (std::size_t i = first_event; i < last_event; ++i) {
        const TraceEvent& e = trace_.events[i];
        if (e.kind != EventKind::SegmentSent && e.kind != EventKind::SegmentDelivered &&
            e.kind != EventKind::SegmentLost)
            continue;
        const SegmentRecord& rec = trace_.segments[e.ref];
        if (rec.to_host == kNoHost || rec.from_host == kNoHost)
            continue;
        if (e.kind != EventKind::SegmentSent)
            --in_flight_between_[direction(rec.from_host, rec.to_host)];
        else if (++in_flight_between_[direction(rec.from_host, rec.to_host)] &&
                 in_flight_between_[direction(rec.to_host, rec.from_host)] > 0 && !crossing_) {
            crossing_ = true;
            crossing_event_ = i;
        }
    }
}

void DiagramLayout::measure_widest(std::size_t first_event, std::size_t last_event)
{
    // Making and measuring text is slow and a flood has millions of labels, so lengths
    // come from the numbers, and only labels within a few characters of the longest
    // so far, and the first note of each kind, are measured.
    const auto digits = [](std::int64_t v) {
        return v < 0 ? 2 + int(std::log10(double(-v))) : v < 10 ? 1 : 1 + int(std::log10(double(v)));
    };
    // The event of the widest so far is kept: Back past it may leave a narrower column.
    const auto take = [&](double width, std::size_t event) {
        if (width > widest_label_) {
            widest_label_ = width;
            widest_event_ = event;
        }
    };
    struct Length {
        std::uint32_t segment;
        int length;
        std::size_t event;
    };
    static const std::array<int, 256> flags_length = [] {
        std::array<int, 256> out{};
        for (std::size_t f = 0; f < out.size(); ++f)
            out[f] = int(flags_name(std::uint8_t(f)).size());
        return out;
    }();
    std::vector<Length> lengths;
    for (std::size_t i = first_event; i < last_event; ++i) {
        const TraceEvent& e = trace_.events[i];
        if (e.kind != EventKind::SegmentSent)
            continue;
        const Segment& s = trace_.segments[e.ref].seg;
        // Absolute numbers are long and many: their length from the digits; the other
        // notations write short numbers, from the text (a subscript digit takes 3 bytes).
        const int length = options_.numbers == Notation::Absolute
                               ? flags_length[s.flags] + 6 + digits(s.seq.raw()) +
                                     (s.has(flag::ACK) ? 5 + digits(s.ack.raw()) : 0) +
                                     (s.payload_len ? 5 + digits(s.payload_len) : 0)
                               : int(numbers_->label_size(e.ref));
        longest_label_ = std::max(longest_label_, length);
        lengths.push_back({e.ref, length, i});
        const auto why = std::size_t(trace_.segments[e.ref].why) % note_measured_.size();
        if (!note_measured_[why]) {
            note_measured_[why] = true;
            const QString note = note_for(trace_, e.ref);
            if (!note.isEmpty())
                take(metrics_.note(note).width() + 12, i); // room for longer addresses
        }
    }
    // The labels within reach of the longest (in a flood, nearly all of them) made and
    // reduced to their shapes on two threads; each shape measured once, here. Of equal
    // widths the earliest label counts, as one pass in order would take it.
    std::vector<const Length*> candidates;
    for (const Length& l : lengths)
        if (l.length + 4 >= longest_label_)
            candidates.push_back(&l);
    const bool tabular = tabular_digits();
    using Shapes = std::unordered_map<std::string, std::size_t>; // each shape's first event
    std::array<Shapes, 2> shapes;
    const auto collect = [&](std::size_t from, std::size_t to, Shapes& out) {
        for (std::size_t k = from; k < to; ++k)
            out.try_emplace(label_shape(numbers_->label(candidates[k]->segment), tabular), candidates[k]->event);
    };
    const std::size_t half = candidates.size() / 2;
    run_both(candidates.size(), [&] { collect(half, candidates.size(), shapes[1]); },
             [&] { collect(0, half, shapes[0]); });
    for (auto& [shape, event] : shapes[1])
        shapes[0].try_emplace(shape, event); // the earlier half's event, where it has the shape too
    double widest = -1;
    std::size_t widest_event = 0;
    for (const auto& [shape, event] : shapes[0]) {
        auto [width, fresh] = label_widths_.try_emplace(shape, 0.0);
        if (fresh)
            width->second = metrics_.label(QString::fromStdString(shape)).width();
        if (width->second > widest || (width->second == widest && event < widest_event)) {
            widest = width->second;
            widest_event = event;
        }
    }
    if (widest >= 0)
        take(widest, widest_event);
}

std::string DiagramLayout::label_shape(std::string text, bool tabular)
{
    if (tabular)
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] >= '1' && text[i] <= '9')
                text[i] = '0';
            else if (i + 2 < text.size() && text.compare(i, 2, "\xe2\x82") == 0 &&
                     static_cast<unsigned char>(text[i + 2]) <= 0x89) // a subscript digit: U+2080 to U+2089
                text[i += 2] = '\x80';
        }
    return text;
}

bool DiagramLayout::tabular_digits()
{
    // Labels that differ only in their digits are as wide when the font's digits all
    // are (tabular figures, as most text fonts have them): a flood's million labels come
    // in a few shapes, and one of each is measured.
    if (!tabular_digits_) {
        const auto same_widths = [&](const char* const* digits) {
            const double width = metrics_.label(QString::fromUtf8(digits[0])).width();
            return std::all_of(digits + 1, digits + 10, [&](const char* d) {
                return metrics_.label(QString::fromUtf8(d)).width() == width;
            });
        };
        static const char* const ascii[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
        static const char* const subscripts[] = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};
        tabular_digits_ = same_widths(ascii) && same_widths(subscripts);
    }
    return *tabular_digits_;
}

bool DiagramLayout::extend()
{
    // Only the same run, grown or cut back by whole steps, within the same lifelines
    // and columns; anything else needs a new layout.
    const std::size_t n_events = trace_.events.size();
    if (options_.upto_step || trace_.lineage != lineage_)
        return false;
    if (n_events < events_done_)
        return retract();
    for (std::size_t i = events_done_; i < n_events; ++i) {
        const TraceEvent& e = trace_.events[i];
        if (e.host != kNoHost && e.kind != EventKind::Action && host_x_[e.host] < 0)
            return false;
        if (e.kind == EventKind::SegmentSent && receiver_of(e) != kNoHost && host_x_[receiver_of(e)] < 0)
            return false;
    }
    if (own_numbers_)
        own_numbers_->sync(trace_);
    update_lifeline_numbers(trace_.segments.size());
    return lay_out_to(n_events);
}

bool DiagramLayout::lay_out_to(std::size_t n_events)
{
    note_crossings(events_done_, n_events);
    measure_widest(events_done_, n_events);
    // Later times may be wider ("12.34 ms" after "0.5 ms"), and earlier ones narrower:
    // the columns move as the labels' width moves them.
    const double times = time_column_right(trace_, n_events);
    if (const double column = column_for(widest_label_); column != column_ || times != time_right_) {
        if (crossing_)
            return false; // the rows keep crossing arrows' slope, which the column sets
        time_right_ = times;
        widen_columns(column);
    }
    process(n_events);
    return true;
}

void DiagramLayout::start_row(std::int64_t time, double min_gap_px)
{
    if (row_y_.empty()) {
        row_y_.push_back(header_height_ + 30);
    } else {
        const double natural = double(time - row_time_.back()) / 1e6 * options_.px_per_ms;
        // A row where a state changed needs room below for the state's label; where
        // arrows cross, the wedges between them must hold a label however wide the
        // column, so the rows keep the arrows' slope.
        const double min_gap = std::max({min_row_, min_gap_px, row_has_state_ ? state_room_ + row_state_extra_ : 0.0,
                                         crossing_ ? kCrossingSlope * column_ : 0.0});
        double gap = std::max(natural, min_gap);
        if (natural > options_.max_gap_px) {
            // The zigzag band goes below what hangs under the last row (a state's
            // label, a "lost" or "dropped" mark), with room for the next row above it.
            const double hang =
                std::max({row_has_state_ ? state_room_ + row_state_extra_ : 0.0, end_room_, row_marks_hang_});
            // A label above the next row's arrow fits under the band.
            gap = std::max(options_.max_gap_px, hang + 2 * kBreakHalfHeight + label_block_ + 3 * kLabelGap);
            breaks_.push_back({row_y_.back() + hang + kBreakHalfHeight, time - row_time_.back()});
            row_after_break_ = true;
        } else {
            row_after_break_ = false;
        }
        row_y_.push_back(row_y_.back() + gap);
    }
    row_time_.push_back(time);
    row_has_state_ = false;
    row_state_extra_ = 0;
    row_marks_hang_ = 0;
    row_arrival_starts_.clear();
}

QSizeF DiagramLayout::note_size(const QString& text)
{
    auto cached = note_sizes_.find(text);
    if (cached == note_sizes_.end())
        cached = note_sizes_.emplace(text, metrics_.note(text)).first;
    return cached->second;
}

QSizeF DiagramLayout::state_size(TcpState state)
{
    std::optional<QSizeF>& cached = state_sizes_[std::size_t(state)];
    if (!cached)
        cached = metrics_.state(QString::fromLatin1(state_name(state)));
    return *cached;
}

void DiagramLayout::set_end_box(DiagramArrow& a)
{
    const QString mark = end_text(a);
    if (mark.isEmpty()) {
        a.end_box = QRectF();
        return;
    }
    const QSizeF sz = note_size(mark);
    const double w = sz.width() + 6;
    // Below the end, on the side the arrow came from: its label runs above the arrow.
    // One still travelling has it where its way ends, at its receiver: beside its tip
    // there is seldom room, just off its sender's lifeline and states.
    const bool leftwards = a.to.x() < a.from.x();
    const QPointF end = a.end == ArrowEnd::InFlight ? a.path_end : a.to;
    a.end_box = QRectF(leftwards ? end.x() + 10 : end.x() - 10 - w, end.y() + kEndBoxGap, w, sz.height());
}

void DiagramLayout::place_in_flight_mark(std::size_t index)
{
    // Two that left together would share the place: the later goes lower.
    DiagramArrow& a = arrows_[index];
    set_end_box(a);
    const QRectF first = a.end_box;
    for (int lower = 0; lower < 3; ++lower) {
        const QRectF box = first.translated(0, lower * (first.height() + 2));
        if (free_for_end_mark(box, index)) {
            a.end_box = box;
            return;
        }
    }
}

bool DiagramLayout::free_for_end_mark(const QRectF& box, std::size_t index) const
{
    for (const DiagramLifeline& l : lifelines_)
        if (box.left() - 4 <= l.x && l.x <= box.right() + 4)
            return false;
    // States by the rows they changed in, their boxes under those rows.
    auto st = std::lower_bound(states_.begin(), states_.end(), box.top() - kStateGap - 2 * state_room_,
                               [](const DiagramStateMark& m, double y) { return m.y < y; });
    for (; st != states_.end() && st->y <= box.bottom(); ++st)
        if (st->box.intersects(box))
            return false;
    // The marks it can meet are those of segments sent about when it was: two that left
    // together, or one crossing it. (By its place among the arrows: in a dense flood
    // thousands of arrows pass any height.)
    constexpr std::size_t kNeighbours = 16;
    for (std::size_t i = index > kNeighbours ? index - kNeighbours : 0;
         i < std::min(arrows_.size(), index + kNeighbours + 1); ++i)
        if (i != index && arrows_[i].end_box.intersects(box))
            return false;
    return true;
}

void DiagramLayout::lose(DiagramArrow& a, const SegmentRecord& rec, std::int64_t at) const
{
    // Where it was lost, in time; one lost as it left is a short stub toward its
    // receiver, never a line down its sender's own lifeline. It keeps the slope of its
    // own way, so that it never lies on another arrow that left with it.
    a.end = ArrowEnd::Lost;
    const double f = std::max(kMinStub, travelled(rec, a.sent_at, at));
    a.path_end = QPointF(receiver_x(rec, a.from.x()), a.from.y() + travel_height(rec, a.sent_at));
    a.to = a.from + f * (a.path_end - a.from);
}

double DiagramLayout::travelled(const SegmentRecord& rec, std::int64_t sent_at, std::int64_t at)
{
    const double travel = double(std::max<std::int64_t>(1, rec.arrives_at - sent_at));
    return std::clamp(double(at - sent_at) / travel, 0.0, 1.0);
}

double DiagramLayout::travel_height(const SegmentRecord& rec, std::int64_t sent_at) const
{
    // How far down the page its arrival would be, were nothing else in between.
    const double natural = double(rec.arrives_at - sent_at) / 1e6 * options_.px_per_ms;
    return std::clamp(natural, min_row_, std::max(min_row_, options_.max_gap_px));
}

double DiagramLayout::receiver_x(const SegmentRecord& rec, double x_from) const
{
    return rec.to_host != kNoHost && host_x_[rec.to_host] >= 0 ? host_x_[rec.to_host] : x_from + column_ * 0.6;
}

void DiagramLayout::process(std::size_t n_events)
{
    const std::size_t first_arrow = arrows_.size();
    std::size_t first_changed = first_arrow;
    for (std::size_t i = events_done_; i < n_events; ++i) {
        if (checkpoints_.empty() || i >= checkpoints_.back().events + options_.checkpoint_events)
            take_checkpoint(i);
        const TraceEvent& e = trace_.events[i];
        // Rows: one per instant, so that what happens at the same time is drawn at the
        // same height (both SYNs of a simultaneous open). An arrival at the instant its
        // segment left (no latency) goes a row lower, and so does one whose arrow would
        // lie on another that left the same point and arrived in this row.
        bool new_row = row_time_.empty() || e.time != row_time_.back();
        double fan_gap = 0;
        if (!new_row && e.kind == EventKind::SegmentDelivered) {
            const QPointF from = arrows_[arrow_of_segment_[e.ref]].from;
            // Two arrows from one point fan out far enough for a label between them.
            const bool fan =
                std::find(row_arrival_starts_.begin(), row_arrival_starts_.end(), from) != row_arrival_starts_.end();
            new_row = fan || from.y() == row_y_.back();
            fan_gap = fan ? 2 * min_row_ : 0;
        }
        if (new_row)
            start_row(e.time, fan_gap);
        const double y = row_y_.back();
        switch (e.kind) {
        case EventKind::SegmentSent: {
            const SegmentRecord& rec = trace_.segments[e.ref];
            const Segment& s = rec.seg;
            DiagramArrow a;
            a.segment = e.ref;
            a.flags = s.flags;
            a.payload_len = s.payload_len;
            a.retransmission = rec.retransmission;
            a.cookie = rec.why == Explain::CookieSynAck;
            a.forged = rec.why == Explain::ForgedSyn || rec.why == Explain::FloodSyn || rec.why == Explain::BlindSpoofAck;
            a.from = {host_x_[e.host], y};
            a.to = a.path_end = a.from;
            a.end = ArrowEnd::InFlight;
            a.sent_at = e.time;
            if (arrow_of_segment_.size() <= e.ref)
                arrow_of_segment_.resize(e.ref + 1, kNoArrow);
            arrow_of_segment_[e.ref] = static_cast<std::uint32_t>(arrows_.size());
            in_flight_.push_back(arrows_.size());
            arrows_.push_back(a);
            break;
        }
        case EventKind::SegmentDelivered:
        case EventKind::SegmentLost: {
            const std::size_t index = arrow_of_segment_[e.ref];
            DiagramArrow& a = changing_arrow(index);
            const SegmentRecord& rec = trace_.segments[e.ref];
            if (e.kind == EventKind::SegmentLost) {
                lose(a, rec, e.time);
            } else {
                a.end = ArrowEnd::Delivered;
                a.to = a.path_end = {receiver_x(rec, a.from.x()), y};
                row_arrival_starts_.push_back(a.from);
            }
            set_end_box(a);
            max_arrow_height_ = std::max(max_arrow_height_, a.bottom() - a.top());
            first_changed = std::min(first_changed, index);
            break;
        }
        case EventKind::SegmentDropped: {
            if (e.ref >= arrow_of_segment_.size() || arrow_of_segment_[e.ref] == kNoArrow)
                break;
            const std::size_t index = arrow_of_segment_[e.ref];
            DiagramArrow& a = changing_arrow(index);
            a.drop_why = e.why;
            if (a.end == ArrowEnd::Delivered)
                a.end = ArrowEnd::Dropped;
            set_end_box(a);
            first_changed = std::min(first_changed, index);
            break;
        }
        case EventKind::StateChanged: {
            row_has_state_ = true;
            const TcpState to = Trace::to_state(e);
            if (host_x_[e.host] < 0 || shown_[e.host] == to)
                break;
            if (shown_[e.host] && band_start_[e.host] < y)
                closed_bands_[e.host].push_back({e.host, band_start_[e.host], y, *shown_[e.host]});
            // A break that ends as TIME-WAIT or the FIN-WAIT-2 timeout runs out says so.
            if (row_after_break_ && (e.why == Explain::TimeWaitExpired || e.why == Explain::FinWait2Timeout) &&
                shown_[e.host]) {
                DiagramBreak& waited = changing_break(breaks_.size() - 1);
                waited.waited = *shown_[e.host];
                waited.waited_for = e.time - shown_since_[e.host];
            }
            shown_[e.host] = to;
            shown_since_[e.host] = e.time;
            band_start_[e.host] = y;
            const QSizeF sz = state_size(to);
            const double w = sz.width() + 2 * kBoxPadX, h = sz.height() + 2 * kBoxPadY;
            const DiagramStateMark mark{e.host, y, to,
                                        QRectF(host_x_[e.host] + state_offset(e.host, w), y + kStateGap, w, h), {}};
            // Two changes in one row (LISTEN, SYN-RECEIVED, ESTABLISHED in the
            // hypothetical two-way handshake): the row shows where the host ends up.
            auto same_row = std::find_if(states_.rbegin(), states_.rend(),
                                         [&](const DiagramStateMark& m) { return m.y < y || m.host == e.host; });
            if (same_row != states_.rend() && same_row->y == y && same_row->host == e.host)
                changing_state(std::size_t(same_row.base() - states_.begin()) - 1) = mark;
            else
                states_.push_back(mark);
            reach_[e.host] = std::max(reach_[e.host], state_offset(e.host, w) + w + 16);
            break;
        }
        case EventKind::TimerArmed: {
            // A state that ends on a timer says until when, under its name.
            const TimerArming arming = timer_arming(e);
            const bool time_wait = arming.purpose == TimerPurpose::TimeWait ||
                                   arming.purpose == TimerPurpose::LinuxTimeWait;
            if (host_x_[e.host] < 0 || (!time_wait && arming.purpose != TimerPurpose::FinWait2))
                break;
            const TcpState waiting = time_wait ? TcpState::TimeWait : TcpState::FinWait2;
            const auto last_mark = std::find_if(states_.rbegin(), states_.rend(),
                                                [&](const DiagramStateMark& m) { return m.host == e.host; });
            if (last_mark == states_.rend() || last_mark->state != waiting)
                break;
            DiagramStateMark* mark = &changing_state(std::size_t(last_mark.base() - states_.begin()) - 1);
            mark->until = Diagram::tr("until %1").arg(elapsed_text(e.time + arming.rto));
            const QSizeF name = state_size(waiting);
            const QSizeF until = metrics_.note(mark->until);
            const double w = std::max(name.width(), until.width()) + 2 * kBoxPadX;
            const double h = name.height() + until.height() + 2 * kBoxPadY;
            mark->box = QRectF(host_x_[e.host] + state_offset(e.host, w), mark->box.top(), w, h);
            reach_[e.host] = std::max(reach_[e.host], state_offset(e.host, w) + w + 16);
            if (mark->y == y)
                row_state_extra_ = std::max(row_state_extra_, until.height());
            break;
        }
        case EventKind::QueueDepth:
        case EventKind::AcceptQueueDepth: {
            // The queues are shown once the SYN queue held more than one request (a
            // flood), or once a slow application let a connection wait for accept().
            const QueueLevel level = queue_level(e);
            show_queue_ = show_queue_ || level.depth > 1 || level.accept;
            if (host_x_[e.host] < 0 || (e.step == 0 && level.depth == 0))
                break; // an empty queue at the start says nothing
            DiagramQueueMark mark{e.host, y, level, {}};
            const QSizeF sz = note_size(queue_text(mark.level));
            // Under the host's state label when it changed state in this row.
            const bool under_state = side_[e.host] != Side::Center && !states_.empty() &&
                                     states_.back().y == y && states_.back().host == e.host;
            double top = y + kStateGap + 2 + (under_state ? state_room_ - kStateGap : 0);
            // Both queues of a host in one row: the accept queue's mark goes under the other.
            if (!queue_marks_.empty() && queue_marks_.back().host == e.host && queue_marks_.back().y == y)
                top = queue_marks_.back().box.bottom();
            mark.box = QRectF(host_x_[e.host] + queue_offset(e.host), top, sz.width() + 8, sz.height() + 2);
            queue_marks_.push_back(mark);
            row_marks_hang_ = std::max(row_marks_hang_, queue_marks_.back().box.bottom() - y);
            reach_[e.host] = std::max(reach_[e.host], queue_offset(e.host) + mark.box.width() + 70); // room for " full"
            break;
        }
        default:
            break;
        }
        // Times on the left for rows where something is sent or changes state.
        if ((e.kind == EventKind::SegmentSent || e.kind == EventKind::StateChanged ||
             e.kind == EventKind::AcceptQueueDepth) &&
            e.time != last_time_mark_) {
            time_marks_.push_back({y, e.time});
            last_time_mark_ = e.time;
        }
    }
    if (n_events > events_done_)
        now_ = trace_.events[n_events - 1].time;
    events_done_ = n_events;

    // Segments still travelling end where they are now.
    const double last_y = row_y_.empty() ? header_height_ + 30 : row_y_.back();
    forget_arrived();
    // Their marks each keep clear of those placed before: none is left from an earlier pass.
    for (std::size_t i : in_flight_)
        arrows_[i].end_box = QRectF();
    double lowest = last_y + 40;
    for (std::size_t k = 0; k < in_flight_.size(); ++k) {
        // The tip is where it is now (at the newest row, or further on its way), on the
        // line to its receiver, which is drawn too. Segments that left one point for one
        // receiver fan out, as their arrivals will.
        DiagramArrow& a = arrows_[in_flight_[k]];
        const std::size_t index = in_flight_[k];
        const SegmentRecord& rec = trace_.segments[a.segment];
        const double x_to = receiver_x(rec, a.from.x());
        const double f = std::clamp(travelled(rec, a.sent_at, now_), kMinStub, 1.0);
        double fan = 0; // below each earlier arrow from the same point to the same receiver
        for (std::size_t j = index; j-- > 0 && arrows_[j].from.y() == a.from.y();)
            if (arrows_[j].from == a.from && trace_.segments[arrows_[j].segment].to_host == rec.to_host)
                fan += 2 * min_row_;
        const double height = std::max(travel_height(rec, a.sent_at), (last_y - a.from.y()) / f);
        a.path_end = {x_to, a.from.y() + height + fan};
        a.to = a.from + f * (a.path_end - a.from);
        place_in_flight_mark(index);
        lowest = std::max(lowest, a.path_end.y() + 16);
        max_arrow_height_ = std::max(max_arrow_height_, a.path_end.y() - a.from.y());
        first_changed = std::min(first_changed, index);
    }
    bottom_ = lowest;
    double width = std::max(columns_right_, headers_right_);
    for (const DiagramLifeline& l : lifelines_)
        width = std::max(width, l.x + reach_[l.host]);
    size_ = QSizeF(std::ceil(width), std::ceil(bottom_ + kBottomMargin)); // whole pixels: exports scale exactly
    // Labels of arrows that moved or are new are placed again when next looked at.
    labels_.resize(arrows_.size());
    block_placed_.resize((arrows_.size() + kLabelBlock - 1) / kLabelBlock, false);
    for (std::size_t b = first_changed / kLabelBlock; b < block_placed_.size(); ++b)
        block_placed_[b] = false;
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

std::vector<DiagramStateBand> DiagramLayout::bands() const
{
    return bands_between(0, bottom_);
}

std::vector<DiagramStateBand> DiagramLayout::bands_between(double y0, double y1) const
{
    // Per lifeline the bands are disjoint and in order; the last one is still open.
    std::vector<DiagramStateBand> out;
    for (std::size_t h = 0; h < closed_bands_.size(); ++h) {
        const auto& bands = closed_bands_[h];
        auto it = std::lower_bound(bands.begin(), bands.end(), y0,
                                   [](const DiagramStateBand& b, double y) { return b.y1 < y; });
        for (; it != bands.end() && it->y0 <= y1; ++it)
            out.push_back(*it);
        if (shown_[h] && band_start_[h] <= y1)
            out.push_back({static_cast<std::uint8_t>(h), band_start_[h], bottom_, *shown_[h]});
    }
    return out;
}

QString DiagramLayout::label_text(std::size_t arrow) const
{
    return QString::fromStdString(numbers_->label(arrows_[arrow].segment));
}

QString DiagramLayout::notation_text() const
{
    return QString::fromStdString(notation_title(options_.numbers, interface_wording()));
}

void DiagramLayout::update_lifeline_numbers(std::size_t segment_count)
{
    // Each lifeline's header names the ISNs its host sent: "ISN x = 100". A flood's
    // forged sources share one lifeline: the first symbols and the last stand for all.
    const auto& symbols = numbers_->symbols();
    const std::size_t before = symbols_shown_;
    for (; symbols_shown_ < symbols.size() && symbols[symbols_shown_].first_segment < segment_count; ++symbols_shown_) {
        const SeqSymbol& symbol = symbols[symbols_shown_];
        if (!symbol.from_syn)
            continue;
        if (!names_isn(symbol.kind)) { // u, v, w: after the ISNs, every one of them
            for (std::size_t l = 0; l < lifelines_.size(); ++l)
                if (symbol.host == lifelines_[l].host)
                    lifeline_symbols_[l].close.push_back(std::uint32_t(symbols_shown_));
            continue;
        }
        // Forged SYNs leave the attacker but count in the space of the source they claim.
        const Ipv4 source = trace_.segments[symbol.first_segment].seg.src_addr;
        for (std::size_t l = 0; l < lifelines_.size(); ++l) {
            const TraceHost& host = trace_.hosts[lifelines_[l].host];
            const Ipv4 mask = host.prefix_len == 0 ? 0 : ~Ipv4(0) << (32 - host.prefix_len);
            const bool own = symbol.kind == SymbolKind::ForgedIsn ? (source & mask) == (host.address & mask)
                                                                  : symbol.host == lifelines_[l].host;
            if (!own)
                continue;
            LifelineSymbols& mine = lifeline_symbols_[l];
            if (mine.first.empty())
                mine.first.push_back(std::uint32_t(symbols_shown_));
            mine.last = std::uint32_t(symbols_shown_);
            ++mine.count;
        }
    }
    if (before == symbols_shown_)
        return;
    const auto part = [&](std::uint32_t i) {
        const QString value = QString::number(symbols[i].base.raw());
        return options_.numbers == Notation::Symbolic
                   ? QStringLiteral("%1 = %2").arg(QString::fromStdString(numbers_->symbol_name(i)), value)
                   : value;
    };
    for (std::size_t l = 0; l < lifelines_.size(); ++l) {
        const LifelineSymbols& mine = lifeline_symbols_[l];
        QStringList parts;
        for (std::uint32_t i : mine.first)
            parts << part(i);
        if (mine.count > mine.first.size() + 1)
            parts << QStringLiteral("…");
        if (mine.count > mine.first.size())
            parts << part(mine.last);
        //: The ISNs a host sent, under its name at the head of its lifeline: "ISN x = 100".
        lifelines_[l].numbers =
            parts.isEmpty() ? QString() : Diagram::tr("ISN %1").arg(parts.join(QStringLiteral(", ")));
        QStringList close;
        for (std::uint32_t i : mine.close)
            close << part(i);
        if (!close.isEmpty())
            //: After the ISNs, the numbers of the close a host sent: "ISN x = 100 · u = 106".
            lifelines_[l].numbers = Diagram::tr("%1 · %2").arg(lifelines_[l].numbers, close.join(QStringLiteral(", ")));
    }
    place_headers();
}

QString break_text(const DiagramBreak& b, bool name_state)
{
    const QString later = Diagram::tr("%1 later").arg(elapsed_text(b.elapsed));
    if (b.waited == TcpState::Closed || !name_state)
        return later;
    //: A time break that a host spends waiting in a state: "59.99 s later · TIME-WAIT 60 s".
    return Diagram::tr("%1 · %2 %3")
        .arg(later, QString::fromLatin1(state_name(b.waited)), elapsed_text(b.waited_for));
}

QString DiagramLayout::note_text(std::size_t arrow) const
{
    return note_for(trace_, arrows_[arrow].segment);
}

QString DiagramLayout::end_text(std::size_t arrow) const
{
    return end_text(arrows_[arrow]);
}

QString DiagramLayout::end_text(const DiagramArrow& arrow)
{
    switch (arrow.end) {
    case ArrowEnd::Lost: return Diagram::tr("lost");
    case ArrowEnd::Dropped: return QString::fromStdString(drop_note(arrow.drop_why, interface_wording()));
    case ArrowEnd::InFlight: return Diagram::tr("in flight");
    case ArrowEnd::Delivered: break;
    }
    return {};
}

std::optional<std::size_t> DiagramLayout::arrow_at(QPointF point, double tolerance) const
{
    std::optional<std::size_t> best;
    double best_distance = tolerance;
    for (std::size_t i : arrows_between(point.y() - tolerance, point.y() + tolerance)) {
        const double d = point_segment_distance(point, arrows_[i].from, arrows_[i].to);
        if (d <= best_distance) {
            best_distance = d;
            best = i;
        }
    }
    return best;
}

} // namespace tcpviz
