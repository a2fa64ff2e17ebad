#pragma once
// What the narration's sentences are made of, shared by narration.cpp (the handshake and
// everything else) and narration_close.cpp (the close): the step's facts, looked up by
// what a sentence needs. Private to the two. Each declares its own anonymous
// `struct Narration` for tr(): the context Qt Linguist files the texts under.
#include "sim/trace.hpp"
#include "teaching/seq_notation.hpp"

#include <QString>

#include <optional>
#include <tuple>
#include <vector>

namespace tcpviz {
QString host_title(const Trace& trace, std::uint8_t host);
namespace narration_parts {

inline QString kind_of(const Segment& s)
{
    return QString::fromStdString(flags_name(s.flags));
}

// The events of one step, looked up by what the sentences need.
class StepFacts {
public:
    StepFacts(const Trace& trace, const SeqNotation& numbers, std::uint32_t step) : trace_(trace), numbers_(numbers)
    {
        std::size_t first = 0;
        std::tie(first, last_) = trace.events_of_step(step);
        for (std::size_t i = first; i < last_; ++i)
            events_.push_back(&trace.events[i]);
    }

    const std::vector<const TraceEvent*>& events() const { return events_; }
    const Trace& trace() const { return trace_; }
    // Numbers in the notation in force: a segment's own fields, or another number of
    // the space its Seq or its Ack counts in.
    QString seq(std::size_t segment) const { return QString::fromStdString(numbers_.seq(segment)); }
    QString ack(std::size_t segment) const { return QString::fromStdString(numbers_.ack(segment)); }
    QString seq_space(std::size_t segment, SeqNum v) const
    {
        return QString::fromStdString(numbers_.in_seq_space(segment, v));
    }
    QString ack_space(std::size_t segment, SeqNum v) const
    {
        return QString::fromStdString(numbers_.in_ack_space(segment, v));
    }

    const TraceEvent* find(EventKind kind, std::optional<Explain> why = std::nullopt) const
    {
        for (const TraceEvent* e : events_)
            if (e->kind == kind && (!why || e->why == *why))
                return e;
        return nullptr;
    }
    // The last such event of the step: a timer armed twice in one step (FIN-WAIT-2's,
    // then TIME-WAIT's as the FIN follows the ACK) runs as it was armed last.
    const TraceEvent* find_last(EventKind kind) const
    {
        for (auto it = events_.rbegin(); it != events_.rend(); ++it)
            if ((*it)->kind == kind)
                return *it;
        return nullptr;
    }
    // The segment that arrived in this step, if one did.
    const TraceEvent* received() const { return find(EventKind::SegmentDelivered); }
    QString who(const TraceEvent& e) const { return host_title(trace_, e.host); }
    // The SYN queue (QueueDepth) or accept queue depth as last recorded for `host`,
    // in this step or before.
    const TraceEvent* last_queue_depth(std::uint8_t host, EventKind queue = EventKind::QueueDepth) const
    {
        for (std::size_t i = last_; i-- > 0;) {
            const TraceEvent& e = trace_.events[i];
            if (e.kind == queue && e.host == host)
                return &e;
        }
        return nullptr;
    }

private:
    const Trace& trace_;
    const SeqNotation& numbers_;
    std::size_t last_ = 0; // the end of the step's events in the trace
    std::vector<const TraceEvent*> events_;
};

// The sentence for one of the close's explanation ids (narration_close.cpp); empty if
// the facts it needs are not in the step.
QString close_sentence(const StepFacts& f, const TraceEvent& e);

} // namespace narration_parts
} // namespace tcpviz
