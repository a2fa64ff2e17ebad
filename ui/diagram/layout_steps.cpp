// How the layout follows the run without being laid out again: Back cuts it back to a
// checkpoint of its forward pass and lays out what follows; another notation relabels it.
#include "diagram/diagram_layout.hpp"

#include <algorithm>

namespace tcpviz {

bool DiagramLayout::retract()
{
    // What is left must have the same lifelines, the same column (the label that
    // widened it still there, unless the column is as narrow as it gets) and, if
    // arrows cross, the first crossing: then it is drawn exactly as it was drawn
    // when the pass first went by.
    const std::size_t n_events = trace_.events.size();
    for (const DiagramLifeline& l : lifelines_)
        if (first_part_[l.host] >= n_events)
            return false;
    if (widest_event_ >= n_events && column_for(0) != column_)
        return false;
    if (crossing_ && crossing_event_ >= n_events)
        return false;

    // Undo, newest first, what the pass changed since the checkpoint it goes back to.
    std::size_t first_changed = arrows_.size();
    while (true) {
        Checkpoint& c = checkpoints_.back();
        for (auto it = c.arrows_before.rbegin(); it != c.arrows_before.rend(); ++it) {
            arrows_[it->first] = it->second;
            first_changed = std::min<std::size_t>(first_changed, it->first);
        }
        for (auto it = c.states_before.rbegin(); it != c.states_before.rend(); ++it)
            states_[it->first] = it->second;
        for (auto it = c.breaks_before.rbegin(); it != c.breaks_before.rend(); ++it)
            breaks_[it->first] = it->second;
        c.arrows_before.clear();
        c.states_before.clear();
        c.breaks_before.clear();
        if (c.events <= n_events)
            break;
        checkpoints_.pop_back();
    }
    const Checkpoint& c = checkpoints_.back();
    for (std::size_t i = c.arrows; i < arrows_.size(); ++i)
        arrow_of_segment_[arrows_[i].segment] = kNoArrow;
    first_changed = std::min(first_changed, c.arrows);
    arrows_.resize(c.arrows);
    states_.resize(c.states);
    queue_marks_.resize(c.queue_marks);
    row_time_.resize(c.rows);
    row_y_.resize(c.rows);
    breaks_.resize(c.breaks);
    time_marks_.resize(c.time_marks);
    for (std::size_t h = 0; h < closed_bands_.size(); ++h)
        closed_bands_[h].resize(c.closed_bands[h]);
    events_done_ = c.events;
    now_ = c.now;
    last_time_mark_ = c.last_time_mark;
    reach_ = c.reach;
    max_arrow_height_ = c.max_arrow_height;
    row_state_extra_ = c.row_state_extra;
    row_marks_hang_ = c.row_marks_hang;
    row_has_state_ = c.row_has_state;
    row_after_break_ = c.row_after_break;
    show_queue_ = c.show_queue;
    in_flight_ = c.in_flight;
    row_arrival_starts_ = c.row_arrival_starts;
    shown_ = c.shown;
    shown_since_ = c.shown_since;
    band_start_ = c.band_start;
    labels_.resize(arrows_.size());
    block_placed_.resize((arrows_.size() + kLabelBlock - 1) / kLabelBlock);
    for (std::size_t b = first_changed / kLabelBlock; b < block_placed_.size(); ++b)
        block_placed_[b] = false;

    // The segments travelling at the checkpoint, counted by direction for note_crossings.
    in_flight_between_.clear();
    for (std::size_t i : in_flight_) {
        const SegmentRecord& rec = trace_.segments[arrows_[i].segment];
        if (arrows_[i].end == ArrowEnd::InFlight && rec.to_host != kNoHost && rec.from_host != kNoHost)
            ++in_flight_between_[direction(rec.from_host, rec.to_host)];
    }
    if (own_numbers_)
        own_numbers_->sync(trace_);
    renumber_lifelines();
    return lay_out_to(n_events);
}

bool DiagramLayout::renumber(Notation notation, const SeqNotation* shared)
{
    // The geometry depends on the numbers only through the column. Another notation
    // relabels the arrows and moves none of them: the columns stay where the new
    // labels fit them (shorter ones too), and widen where not.
    if (options_.upto_step || trace_.lineage != lineage_ || trace_.events.size() != events_done_)
        return false;
    column_floor_ = column_;
    options_.numbers = notation;
    own_numbers_ = shared ? nullptr : std::make_unique<SeqNotation>(trace_, notation);
    numbers_ = shared ? shared : own_numbers_.get();
    widest_label_ = 0;
    longest_label_ = 0;
    note_measured_ = {};
    measure_widest(0, events_done_);
    if (const double column = column_for(widest_label_); column != column_) {
        if (crossing_)
            return false; // the rows keep crossing arrows' slope, which the column sets
        widen_columns(column);
    }
    renumber_lifelines();
    process(events_done_); // the size, with the headers' new width
    std::fill(block_placed_.begin(), block_placed_.end(), false);
    return true;
}

void DiagramLayout::widen_columns(double column)
{
    // Without crossing arrows nothing but x depends on the column. Every arrow leaves
    // from a lifeline, and ends where the pass ended it; each mark keeps its place
    // beside its lifeline. Put again as the pass put them, they are where a new layout
    // would put them, to the last bit.
    std::vector<std::pair<double, double>> moves; // each lifeline's x before, and now
    for (const DiagramLifeline& l : lifelines_)
        moves.emplace_back(l.x, 0.0);
    column_ = column;
    place_lifelines();
    for (std::size_t l = 0; l < lifelines_.size(); ++l)
        moves[l].second = lifelines_[l].x;
    const auto moved = [&](QPointF p) {
        for (const auto& [before, now] : moves)
            if (p.x() == before)
                return QPointF(now, p.y());
        return p;
    };
    std::unordered_map<std::uint32_t, std::int64_t> lost_at; // by segment
    for (std::size_t i = 0; i < events_done_; ++i)
        if (trace_.events[i].kind == EventKind::SegmentLost)
            lost_at[trace_.events[i].ref] = trace_.events[i].time;
    const auto move_arrow = [&](DiagramArrow& a) {
        const SegmentRecord& rec = trace_.segments[a.segment];
        const QPointF from = a.from, path_end = a.path_end;
        a.from = moved(a.from);
        if (a.end == ArrowEnd::InFlight) {
            // The pass places its tip and its mark again when it ends (or, kept for Back,
            // when Back ends); until then it stays as far along its way.
            const double share = path_end.x() == from.x() ? 0 : (a.to.x() - from.x()) / (path_end.x() - from.x());
            a.path_end.setX(receiver_x(rec, a.from.x()));
            a.to.setX(a.from.x() + share * (a.path_end.x() - a.from.x()));
            return;
        }
        if (a.end == ArrowEnd::Lost)
            lose(a, rec, lost_at.at(a.segment));
        else
            a.to = a.path_end = QPointF(receiver_x(rec, a.from.x()), a.to.y());
        set_end_box(a);
    };
    const auto move_state = [&](DiagramStateMark& m) {
        m.box.moveLeft(host_x_[m.host] + state_offset(m.host, m.box.width()));
    };
    for (DiagramArrow& a : arrows_)
        move_arrow(a);
    for (DiagramStateMark& m : states_)
        move_state(m);
    for (DiagramQueueMark& m : queue_marks_)
        m.box.moveLeft(host_x_[m.host] + queue_offset(m.host));
    for (QPointF& p : row_arrival_starts_)
        p = moved(p);
    std::fill(block_placed_.begin(), block_placed_.end(), false); // labels go with their arrows
    for (Checkpoint& c : checkpoints_) {
        for (auto& kept : c.arrows_before)
            move_arrow(kept.second);
        for (auto& kept : c.states_before)
            move_state(kept.second);
        for (QPointF& p : c.row_arrival_starts)
            p = moved(p);
    }
}

void DiagramLayout::renumber_lifelines()
{
    symbols_shown_ = 0;
    lifeline_symbols_.assign(lifelines_.size(), {});
    for (DiagramLifeline& l : lifelines_)
        l.numbers.clear();
    place_headers();
    update_lifeline_numbers(trace_.segments.size());
}

void DiagramLayout::take_checkpoint(std::size_t events)
{
    Checkpoint c;
    c.events = events;
    c.arrows = arrows_.size();
    c.states = states_.size();
    c.queue_marks = queue_marks_.size();
    c.rows = row_time_.size();
    c.breaks = breaks_.size();
    c.time_marks = time_marks_.size();
    c.now = events > 0 ? trace_.events[events - 1].time : 0;
    c.last_time_mark = last_time_mark_;
    c.reach = reach_;
    c.max_arrow_height = max_arrow_height_;
    c.row_state_extra = row_state_extra_;
    c.row_marks_hang = row_marks_hang_;
    c.row_has_state = row_has_state_;
    c.row_after_break = row_after_break_;
    c.show_queue = show_queue_;
    for (const auto& bands : closed_bands_)
        c.closed_bands.push_back(bands.size());
    // The list keeps arrows that have since arrived until the pass ends: a long pass
    // would copy ever more of them.
    forget_arrived();
    c.in_flight = in_flight_;
    c.row_arrival_starts = row_arrival_starts_;
    c.shown = shown_;
    c.shown_since = shown_since_;
    c.band_start = band_start_;
    checkpoints_.push_back(std::move(c));
}

void DiagramLayout::forget_arrived()
{
    std::erase_if(in_flight_, [this](std::size_t i) { return arrows_[i].end != ArrowEnd::InFlight; });
}

DiagramArrow& DiagramLayout::changing_arrow(std::size_t index)
{
    if (index < checkpoints_.back().arrows)
        checkpoints_.back().arrows_before.emplace_back(std::uint32_t(index), arrows_[index]);
    return arrows_[index];
}

DiagramStateMark& DiagramLayout::changing_state(std::size_t index)
{
    if (index < checkpoints_.back().states)
        checkpoints_.back().states_before.emplace_back(std::uint32_t(index), states_[index]);
    return states_[index];
}

DiagramBreak& DiagramLayout::changing_break(std::size_t index)
{
    if (index < checkpoints_.back().breaks)
        checkpoints_.back().breaks_before.emplace_back(std::uint32_t(index), breaks_[index]);
    return breaks_[index];
}

} // namespace tcpviz
