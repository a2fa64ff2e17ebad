#pragma once
// Pure geometry of the sequence diagram, computed from a Trace: lifelines, rows (time
// running down, long idle stretches broken), slanted arrows, lost-segment marks, state
// labels and the placement of every arrow label so that none overlaps another label or
// an arrow. Painting is DiagramPainter's job; this class never draws.
#include "diagram/oriented_box.hpp"
#include "teaching/seq_notation.hpp"
#include "sim/trace.hpp"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace tcpviz {

struct DiagramOptions {
    Notation numbers = Notation::Symbolic;
    std::optional<std::uint32_t> upto_step; // the diagram as it stands after K steps
    double px_per_ms = 3.0;      // vertical scale of virtual time
    double max_gap_px = 60.0;    // idle stretches taller than this are broken
    double min_row_px = 32.0;    // rows never come closer than this
    double min_column_px = 250.0;
    // Back resumes the layout from the nearest of its checkpoints, every so many events
    // (the tests make them close).
    std::size_t checkpoint_events = 32768;
};

// Text metrics come from the caller: real font metrics when painting, a fixed
// estimate in tests that do not need fonts.
struct LabelMetrics {
    std::function<QSizeF(const QString&)> label;     // arrow label
    std::function<QSizeF(const QString&)> note;      // small second line
    std::function<QSizeF(const QString&)> state;     // state name on a lifeline
    std::function<QSizeF(const QString&)> header;    // a lifeline's role, at the head of it
    std::function<QSizeF(const QString&)> address;   // the address and the ISNs under the role
    std::function<QSizeF(const QString&)> time;      // times on the left, the notation in the corner
};

enum class ArrowEnd : std::uint8_t { Delivered, Lost, Dropped, InFlight };

struct DiagramArrow {
    std::uint32_t segment = 0;
    QPointF from;
    QPointF to;            // where it ends: the receiver, the loss point, or "now"
    QPointF path_end;      // where it was headed: `to`, or the receiver for one in flight or lost
    ArrowEnd end = ArrowEnd::Delivered;
    std::uint8_t flags = 0;
    std::uint16_t payload_len = 0;
    bool retransmission = false;
    bool cookie = false;
    bool forged = false;
    Explain drop_why = Explain::None; // why the receiver discarded it, if it did
    std::int64_t sent_at = 0;
    QRectF end_box;                   // "lost", the drop reason or "in flight", beside the end
    double top() const { return std::min(from.y(), to.y()); }
    double bottom() const { return std::max({from.y(), to.y(), path_end.y()}); }
};

struct PlacedLabel {
    OrientedBox box;       // label and note together, turned to the arrow's slope
    QPointF anchor;        // the point on the arrow it belongs to
    bool leader = false;   // moved away from its arrow: draw a line back to the anchor
    bool above = true;     // above the arrow (its note on top), or below (its note under it)
    QRectF bounds() const { return box.bounds(); }
};

struct DiagramLifeline {
    std::uint8_t host = 0;
    double x = 0;
    QString role;
    QString address;
    QString numbers; // the ISNs it sent and what they are called: "ISN x = 100"
    QRectF header;   // the box at its head that holds the three
};

struct DiagramStateMark {
    std::uint8_t host = 0;
    double y = 0;
    TcpState state = TcpState::Closed;
    QRectF box;
    // Under the name of a state that ends on a timer (TIME-WAIT, an orphan's
    // FIN-WAIT-2): when it ends, "until 61.26 s", kept up to date when the timer restarts.
    QString until;
};

struct DiagramQueueMark {
    std::uint8_t host = 0;
    double y = 0;
    QueueLevel level;
    QRectF box;
};

// A band of the lifeline in one state, from y0 to y1.
struct DiagramStateBand {
    std::uint8_t host = 0;
    double y0 = 0;
    double y1 = 0;
    TcpState state = TcpState::Closed;
};

struct DiagramBreak {
    double y = 0;              // middle of the compressed stretch
    std::int64_t elapsed = 0;  // ns of virtual time it stands for
    // When the stretch is a host waiting out TIME-WAIT or an orphan's FIN-WAIT-2, that
    // state (else CLOSED) and how long it lasted in all.
    TcpState waited = TcpState::Closed;
    std::int64_t waited_for = 0;
};
// "59.99 s later", or "59.99 s later · TIME-WAIT 60 s": the words on a time break;
// without the state where states are left for the reader to fill in.
QString break_text(const DiagramBreak& b, bool name_state = true);

struct DiagramTimeMark {
    double y = 0;
    std::int64_t time = 0;
};

class DiagramLayout {
public:
    static constexpr double kLeftMargin = 96; // at least: the times on the left, then the arrows
    static constexpr double kBottomMargin = 40;

    // `shared`: the notation the other views read (in options.numbers), which its owner
    // keeps in step with the trace; without it the layout makes and follows its own.
    DiagramLayout(const Trace& trace, const DiagramOptions& options, const LabelMetrics& metrics,
                  const SeqNotation* shared = nullptr);
    // Follows the trace: takes in the steps it gained since, or gives up those it lost
    // (Back), at a cost that does not grow with the trace; a label wider than its column
    // moves the lifelines apart. False when that is not possible (another run, a lifeline
    // more or less, the widest label gone, or a wider one between crossing arrows); then
    // the caller builds a new layout.
    bool extend();

    // The same diagram in another notation: the labels and the lifelines' ISNs change,
    // and nothing else while the new labels fit the columns; where they do not, the
    // lifelines move apart and all that hangs on them with them. False when that is
    // not possible (another run, or arrows that cross, whose rows the columns set); then
    // the caller builds a new layout.
    bool renumber(Notation notation, const SeqNotation* shared = nullptr);

    QSizeF size() const { return size_; }
    // The band of lifeline headers at the top (kept in view while the diagram scrolls).
    double header_height() const { return header_height_; }
    double now_y() const { return bottom_ - 40; } // the row of the newest event
    const std::vector<DiagramLifeline>& lifelines() const { return lifelines_; }
    const std::vector<DiagramArrow>& arrows() const { return arrows_; }
    const std::vector<DiagramStateMark>& states() const { return states_; }
    std::vector<DiagramStateBand> bands() const;
    // Bands that meet [y0, y1]: per lifeline they are disjoint and in order.
    std::vector<DiagramStateBand> bands_between(double y0, double y1) const;
    const std::vector<DiagramQueueMark>& queue_marks() const { return show_queue_ ? queue_marks_ : no_queue_marks_; }
    const std::vector<DiagramBreak>& breaks() const { return breaks_; }
    const std::vector<DiagramTimeMark>& time_marks() const { return time_marks_; }
    // Where the times on the left end, right-aligned there: as far in as the widest time
    // of the trace needs, and no label or lifeline comes left of it.
    double time_right() const { return time_right_; }
    double lifeline_x(std::uint8_t host) const;

    // Arrow indices whose vertical extent meets [y0, y1], in order.
    std::vector<std::size_t> arrows_between(double y0, double y1) const;
    // The label of arrow i; placed on first use, a block of arrows at a time, so that
    // a million-segment trace lays out only what is looked at.
    const PlacedLabel& label(std::size_t arrow) const;
    // Texts are made on demand: a flood has millions of arrows and shows a few dozen.
    QString label_text(std::size_t arrow) const; // "SYN-ACK  Seq=y Ack=x+1"
    QString note_text(std::size_t arrow) const;  // "retransmission after RTO 1 s", or empty
    QString end_text(std::size_t arrow) const;   // "lost", "dropped: SYN queue full", "in flight"
    // The notation in force, for the corner of the diagram: "Symbolic numbers"; as drawn
    // there, on one line or more, and where, left of the first lifeline's header.
    QString notation_text() const;
    QString notation_caption() const { return notation_caption_; }
    QRectF notation_box() const { return notation_box_; }
    const SeqNotation& numbers() const { return *numbers_; }
    // The arrow under a point (for hover and clicks), if any within `tolerance` px.
    std::optional<std::size_t> arrow_at(QPointF point, double tolerance) const;

private:
    // Shared by the layout and the label placer (label_placement.cpp).
    static constexpr std::size_t kLabelBlock = 512; // arrows whose labels are placed together
    static constexpr double kBreakHalfHeight = 14;  // the painter's zigzag band: 9 px and 4 px teeth
    static constexpr double kLabelGap = 3.0;        // between an arrow and its label
    enum class Side { Left, Center, Right };
    static constexpr std::uint32_t kNoArrow = 0xffffffff;

    void place_block(std::size_t block) const;
    QSizeF measured(const QString& text, bool note) const; // a label's, or a note's
    void process(std::size_t n_events); // lays out events [events_done_, n_events)
    void start_row(std::int64_t time, double min_gap_px = 0);
    void set_end_box(DiagramArrow& arrow);
    void place_in_flight_mark(std::size_t arrow); // its end box, clear of those placed
    // Meets no lifeline, state mark or other arrow's end mark.
    bool free_for_end_mark(const QRectF& box, std::size_t arrow) const;
    static QString end_text(const DiagramArrow& arrow);
    void lose(DiagramArrow& arrow, const SegmentRecord& rec, std::int64_t at) const;
    // Where the times end: as far in as the widest time of the first `n_events` events needs.
    double time_column_right(const Trace& trace, std::size_t n_events) const;
    // Lifelines a column apart, from column_; and where state and queue marks go from
    // their lifeline, by the side it has its states on.
    void place_lifelines();
    void place_headers();       // from the lifelines' x and texts
    void place_notation_name(); // before the first header
    double state_offset(std::uint8_t host, double width) const;
    double queue_offset(std::uint8_t host) const;
    // Moves the lifelines to columns of `column` right of the times (time_right_), and all
    // that was laid out on them; their labels are placed again when next looked at.
    void widen_columns(double column);
    double receiver_x(const SegmentRecord& rec, double x_from) const;
    // The share of its way a segment has travelled at `at`, from 0 to 1.
    static double travelled(const SegmentRecord& rec, std::int64_t sent_at, std::int64_t at);
    double travel_height(const SegmentRecord& rec, std::int64_t sent_at) const;
    // Follows the segments of events [first, last) in flight, for crossing_.
    void note_crossings(std::size_t first_event, std::size_t last_event);
    // Takes the labels and notes of events [first, last) into widest_label_.
    void measure_widest(std::size_t first_event, std::size_t last_event);
    bool retract(); // back to the trace's fewer events
    // From events_done_ to n_events, unless a label needs a wider column between crossing arrows.
    bool lay_out_to(std::size_t n_events);
    double column_for(double widest_label) const;
    // A key for the segments travelling from one lifeline to another.
    static std::uint16_t direction(std::uint8_t from, std::uint8_t to) { return std::uint16_t(from << 8 | to); }
    void update_lifeline_numbers(std::size_t segment_count);
    void renumber_lifelines(); // from the first symbol

    const Trace& trace_;
    std::uint64_t lineage_;
    DiagramOptions options_;
    std::unique_ptr<SeqNotation> own_numbers_;
    const SeqNotation* numbers_;
    std::size_t symbols_shown_ = 0; // symbols already in the lifeline headers
    struct LifelineSymbols {
        std::vector<std::uint32_t> first;
        std::uint32_t last = 0;
        std::size_t count = 0;
        std::vector<std::uint32_t> close; // u, v, w
    };
    std::vector<LifelineSymbols> lifeline_symbols_; // by lifeline
    LabelMetrics metrics_;
    QSizeF size_;
    double header_height_ = 0;
    std::vector<DiagramLifeline> lifelines_;
    std::vector<DiagramArrow> arrows_;
    std::vector<DiagramStateMark> states_;
    std::vector<DiagramQueueMark> queue_marks_, no_queue_marks_;

    // The forward pass, kept so that extend() can resume it.
    std::size_t events_done_ = 0;
    std::vector<std::size_t> first_part_;                    // by host: its first event, for Back
    std::size_t widest_event_ = 0, crossing_event_ = 0;      // where the widest label, the first crossing are
    std::int64_t now_ = 0;
    double column_floor_ = 0; // the column a notation change kept
    double column_ = 0, columns_right_ = 0, bottom_ = 0, widest_label_ = 0, widest_title_ = 0;
    // By host: how far right of its lifeline its state and queue marks reach, with room
    // after them; with columns_right_ this sets the width, whatever the column.
    std::vector<double> reach_;
    bool crossing_ = false;                                    // two arrows between the same lifelines cross
    std::unordered_map<std::uint16_t, int> in_flight_between_; // segments travelling, by (sender, receiver)
    double state_room_ = 0, end_room_ = 0, min_row_ = 0, widest_state_ = 0;
    double label_block_ = 0; // the height of a label with its note
    int longest_label_ = 0;
    std::array<bool, 256> note_measured_{};
    std::vector<Side> side_;
    std::vector<std::int64_t> row_time_;
    std::vector<double> row_y_;
    bool row_has_state_ = false;
    double row_state_extra_ = 0; // a state mark in the row is taller: it says until when
    double row_marks_hang_ = 0; // how far the last row's queue marks reach below it
    bool row_after_break_ = false; // the current row comes right after a time break
    std::vector<QPointF> row_arrival_starts_; // where the arrows that arrived in the last row left from
    std::vector<std::uint32_t> arrow_of_segment_;
    std::vector<std::size_t> in_flight_;
    std::vector<std::optional<TcpState>> shown_;
    std::vector<std::int64_t> shown_since_; // when each lifeline entered the state it shows
    std::vector<double> band_start_;
    std::vector<std::vector<DiagramStateBand>> closed_bands_;
    // Measuring text is slow and a flood repeats a few texts millions of times: each is
    // measured once (notes: ends of arrows, queue levels; the names of the states).
    QSizeF note_size(const QString& text);
    // The label with its digits as 0 when the font's digits are all as wide: what its
    // width depends on.
    static std::string label_shape(std::string text, bool tabular);
    bool tabular_digits();
    std::optional<bool> tabular_digits_;
    std::unordered_map<std::string, double> label_widths_; // by label_shape()
    QSizeF state_size(TcpState state);
    std::map<QString, QSizeF> note_sizes_;
    std::array<std::optional<QSizeF>, kStateCount> state_sizes_;
    bool show_queue_ = false;
    std::int64_t last_time_mark_ = -1;
    std::vector<DiagramBreak> breaks_;
    std::vector<DiagramTimeMark> time_marks_;
    std::vector<double> host_x_;
    double max_arrow_height_ = 0;
    double headers_right_ = 0; // where the widest lifeline header ends
    std::vector<double> title_widths_; // by lifeline: the wider of its role and address
    double widest_caption_ = 0;        // the widest word of the three notations' names
    double time_right_ = kLeftMargin - 10;
    QString notation_caption_;
    QRectF notation_box_;
    // Back: the forward pass as it stood every options_.checkpoint_events, and what it
    // changed since in what was already there, to put back.
    struct Checkpoint {
        std::size_t events = 0, arrows = 0, states = 0, queue_marks = 0, rows = 0, breaks = 0, time_marks = 0;
        std::int64_t now = 0, last_time_mark = -1;
        double max_arrow_height = 0, row_state_extra = 0, row_marks_hang = 0;
        bool row_has_state = false, row_after_break = false, show_queue = false;
        std::vector<std::size_t> closed_bands, in_flight;
        std::vector<QPointF> row_arrival_starts;
        std::vector<std::optional<TcpState>> shown;
        std::vector<std::int64_t> shown_since;
        std::vector<double> band_start, reach;
        std::vector<std::pair<std::uint32_t, DiagramArrow>> arrows_before;
        std::vector<std::pair<std::uint32_t, DiagramStateMark>> states_before;
        std::vector<std::pair<std::uint32_t, DiagramBreak>> breaks_before;
    };
    void take_checkpoint(std::size_t events); // before events[events]
    void forget_arrived(); // from in_flight_
    // The arrow, state mark or break at `index`, about to change: kept as it was if it
    // was there at the last checkpoint.
    DiagramArrow& changing_arrow(std::size_t index);
    DiagramStateMark& changing_state(std::size_t index);
    DiagramBreak& changing_break(std::size_t index);
    std::vector<Checkpoint> checkpoints_;
    mutable std::vector<PlacedLabel> labels_;
    mutable std::vector<bool> block_placed_;
    mutable std::unordered_map<QString, QSizeF> measured_[2]; // label and note sizes, by text
};

} // namespace tcpviz
