#pragma once
// Steps through a recorded trace (an imported capture) the way a Simulation steps
// through a scenario: the trace so far grows by one step forward and shrinks by one
// back, so every view reads it as it reads a simulation's.
#include "sim/trace.hpp"

#include <cstdint>
#include <optional>

namespace tcpviz {

class Replay {
public:
    explicit Replay(Trace recorded);

    const Trace& trace() const { return shown_; }       // up to the current step
    const Trace& recorded() const { return recorded_; } // all of it
    std::uint32_t current_step() const { return step_; }
    std::int64_t now() const { return shown_.events.empty() ? 0 : shown_.events.back().time; }
    bool quiescent() const { return next_event_ >= recorded_.events.size(); }
    std::optional<std::int64_t> next_event_time() const;

    bool step(); // false at the end
    bool back(); // false at step 0
    void reset();
    std::uint32_t run_to_end();
    std::uint32_t run_until(std::int64_t t); // steps while the next one is at or before t
    void go_to_step(std::uint32_t step);

private:
    Trace recorded_;
    Trace shown_;
    std::uint32_t step_ = 0;
    std::size_t next_event_ = 0; // the first event of recorded_ not shown
    std::uint32_t last_step_ = 0;
};

} // namespace tcpviz
