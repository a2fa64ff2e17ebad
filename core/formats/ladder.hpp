#pragma once
// Text renderings of a trace: the RFC-style ladder (one line per segment with the
// states it leaves behind) and the full trace as JSON.
#include "scenario/scenario.hpp"
#include "teaching/seq_notation.hpp"
#include "text/wording.hpp"
#include "sim/trace.hpp"

#include <string>
#include <vector>

namespace tcpviz {

struct LadderRow {
    bool is_segment = true;
    std::uint32_t segment = 0; // is_segment
    std::int64_t time = 0;     // sent, or the state change
    std::int64_t end_time = -1;
    bool lost = false;
    std::uint8_t host = kNoHost; // state rows
    Explain why = Explain::None;
    Explain dropped_why = Explain::None; // the receiver discarded it without a reply
    std::vector<std::pair<std::uint8_t, TcpState>> states_after;
};

// Rows in trace order; the diagram's text exports use the same rows.
std::vector<LadderRow> ladder_rows(const Trace& trace);
// The Seq and Ack columns in `numbers`; a header line says which notation and its symbols.
std::string ladder_text(const Scenario& scenario, const Trace& trace, Notation numbers = Notation::Symbolic,
                        const Wording& wording = {});

} // namespace tcpviz
