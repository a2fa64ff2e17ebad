#pragma once
// Predict, then reveal: before a segment is shown, the learner predicts its flags, Seq
// and Ack and the state its receiver will be in once it arrives. The answer is read
// from a copy of the simulation run ahead; marking accepts absolute or relative
// (Wireshark-style) numbers, since the diagram shows either.
#include "simulation.hpp"

#include <optional>

namespace tcpviz {

struct SegmentAnswer {
    std::uint32_t send_step = 0; // the step that will send it
    std::uint32_t segment = 0;   // its index in the trace, once sent
    std::uint8_t sender = kNoHost;
    std::uint8_t receiver = kNoHost; // kNoHost: no host has its destination address
    Segment seg;
    std::uint32_t relative_seq = 0, relative_ack = 0;
    Explain why = Explain::None;            // why it is sent
    std::optional<TcpState> receiver_state; // once it arrived; none: it never does
    Explain arrival_why = Explain::None;    // what the receiver made of it
};

// The next segment `sim` will send, if one is sent within `max_steps` steps.
std::optional<SegmentAnswer> next_segment_answer(const Simulation& sim, std::uint32_t max_steps = 10'000);

struct Prediction {
    std::uint8_t flags = 0;
    std::optional<std::uint32_t> seq;           // none: left blank, which is never right
    std::optional<std::uint32_t> ack;       // none: the segment acknowledges nothing
    std::optional<TcpState> receiver_state; // none: it never arrives
};

struct Marking {
    bool flags = false, seq = false, ack = false, state = false;
    int right() const { return int(flags) + int(seq) + int(ack) + int(state); }
    static constexpr int kFields = 4;
};

Marking mark(const SegmentAnswer& answer, const Prediction& prediction);

} // namespace tcpviz
