#pragma once
// Text renderings of a trace: the RFC-style ladder (one line per segment with the
// states it leaves behind) and the full trace as JSON.
#include "formats/output_file.hpp"
#include "scenario/scenario.hpp"
#include "teaching/seq_notation.hpp"
#include "text/wording.hpp"
#include "sim/trace.hpp"

#include <array>
#include <span>
#include <string>
#include <vector>

namespace tcpviz {

struct HostState {
    std::uint8_t host = kNoHost;
    TcpState state = TcpState::Closed;
};

struct LadderRow {
    bool is_segment = true;
    std::uint32_t segment = 0; // is_segment
    std::int64_t time = 0;     // sent, or the state change
    std::int64_t end_time = -1;
    bool lost = false;
    std::uint8_t host = kNoHost; // state rows
    Explain why = Explain::None;
    Explain dropped_why = Explain::None; // the receiver discarded it without a reply
    // After the sending (the sender's) and after the arrival (the receiver's); a state
    // row's one. Inline: a flood has millions of rows.
    std::array<HostState, 2> states_after_at{};
    std::uint8_t states_after_count = 0;

    std::span<const HostState> states_after() const { return {states_after_at.data(), states_after_count}; }
    void add_state_after(std::uint8_t who, TcpState state)
    {
        if (states_after_count < states_after_at.size())
            states_after_at[states_after_count++] = {who, state};
    }
};

// Rows in trace order; the diagram's text exports use the same rows.
std::vector<LadderRow> ladder_rows(const Trace& trace);
// The Seq and Ack columns in `numbers`; a header line says which notation and its symbols.
std::string ladder_text(const Scenario& scenario, const Trace& trace, Notation numbers = Notation::Symbolic,
                        const Wording& wording = {});
// The same text handed to `sink` a piece at a time, for a ladder of millions of lines:
// the heading, then the lines in pieces of `rows_per_piece` rows, made on two threads.
inline constexpr std::size_t kLadderRowsPerPiece = 16384;
void write_ladder(const TextSink& sink, const Scenario& scenario, const Trace& trace,
                  Notation numbers = Notation::Symbolic, const Wording& wording = {},
                  std::size_t rows_per_piece = kLadderRowsPerPiece);

} // namespace tcpviz
