#pragma once
// Predict, then reveal: before a segment is shown, the learner predicts its flags, Seq
// and Ack and the state its receiver will be in once it arrives. The answer is read
// from a copy of the simulation run ahead; marking accepts a number in any of the
// notations (symbolic x+1, relative, absolute), whichever the learner thinks in.
#include "teaching/seq_notation.hpp"
#include "sim/simulation.hpp"

#include <array>
#include <optional>
#include <string>

namespace tcpviz {

struct SegmentAnswer {
    std::uint32_t send_step = 0; // the step that will send it
    std::uint32_t segment = 0;   // its index in the trace, once sent
    std::uint8_t sender = kNoHost;
    std::uint8_t receiver = kNoHost; // kNoHost: no host has its destination address
    Segment seg;
    // Its Seq and Ack in each notation, indexed by Notation.
    std::array<std::string, 3> seq_text, ack_text;
    // In symbolic numbers the close's u, v, w also count from the ISN: "x+6" is right for u.
    std::string seq_from_isn, ack_from_isn;
    Explain why = Explain::None;            // why it is sent
    std::optional<TcpState> receiver_state; // once it arrived; none: it never does
    Explain arrival_why = Explain::None;    // what the receiver made of it
};

// The next segment `sim` will send, if one is sent within `max_steps` steps.
std::optional<SegmentAnswer> next_segment_answer(const Simulation& sim, std::uint32_t max_steps = 10'000);
// The next segment after `current_step` of a recorded trace (an imported capture), with
// its receiver's state as the trace records it.
std::optional<SegmentAnswer> next_segment_answer(const Trace& recorded, std::uint32_t current_step);

struct Prediction {
    std::uint8_t flags = 0;
    std::optional<std::string> seq;         // as typed; none: left blank, which is never right
    std::optional<std::string> ack;         // none: the segment acknowledges nothing
    std::optional<TcpState> receiver_state; // none: it never arrives
};

struct Marking {
    bool flags = false, seq = false, ack = false, state = false;
    int right() const { return int(flags) + int(seq) + int(ack) + int(state); }
    static constexpr int kFields = 4;
};

Marking mark(const SegmentAnswer& answer, const Prediction& prediction);
// Whether a typed number is `answer` in some notation, or `from_isn` (the close's u
// written as x+6): spaces, letter case, subscript digits (x₂ or x2), a minus sign and
// leading zeros do not matter.
bool same_number(const std::string& typed, const std::array<std::string, 3>& answer, const std::string& from_isn = {});

} // namespace tcpviz
