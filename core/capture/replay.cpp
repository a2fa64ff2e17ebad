#include "capture/replay.hpp"

#include <algorithm>

namespace tcpviz {

Replay::Replay(Trace recorded) : recorded_(std::move(recorded))
{
    shown_.hosts = recorded_.hosts;
    shown_.texts = recorded_.texts;
    shown_.capture = recorded_.capture;
    last_step_ = recorded_.last_step();
    reset();
}

std::optional<std::int64_t> Replay::next_event_time() const
{
    if (quiescent())
        return std::nullopt;
    return recorded_.events[next_event_].time;
}

bool Replay::step()
{
    if (quiescent())
        return false;
    ++step_;
    while (next_event_ < recorded_.events.size() && recorded_.events[next_event_].step <= step_) {
        const TraceEvent& e = recorded_.events[next_event_++];
        if (e.kind == EventKind::SegmentSent)
            while (shown_.segments.size() <= e.ref)
                shown_.segments.push_back(recorded_.segments[shown_.segments.size()]);
        shown_.events.push_back(e);
    }
    return true;
}

bool Replay::back()
{
    if (step_ == 0)
        return false;
    go_to_step(step_ - 1);
    return true;
}

void Replay::reset()
{
    go_to_step(0);
}

void Replay::go_to_step(std::uint32_t step)
{
    if (step < step_ || step == 0) {
        // Segments are numbered as they are sent, so those sent in the steps undone go:
        // from the first of them on.
        const std::size_t last = recorded_.events_of_step(step).second;
        std::size_t segments = shown_.segments.size();
        for (std::size_t i = last; i < shown_.events.size(); ++i)
            if (shown_.events[i].kind == EventKind::SegmentSent)
                segments = std::min<std::size_t>(segments, shown_.events[i].ref);
        shown_.truncate(step, segments);
        step_ = step;
        next_event_ = last;
        if (step == 0) { // the setup: who listens, who was connected before the capture
            while (shown_.events.size() < last)
                shown_.events.push_back(recorded_.events[shown_.events.size()]);
        }
        return;
    }
    while (step_ < step && this->step())
        ;
}

std::uint32_t Replay::run_to_end()
{
    std::uint32_t steps = 0;
    while (step())
        ++steps;
    return steps;
}

std::uint32_t Replay::run_until(std::int64_t t)
{
    std::uint32_t steps = 0;
    while (next_event_time() && *next_event_time() <= t && step())
        ++steps;
    return steps;
}

} // namespace tcpviz
