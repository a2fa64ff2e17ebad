#pragma once
// One line of plain text per trace event, for the event log.
#include "teaching/seq_notation.hpp"
#include "sim/trace.hpp"

#include <QString>

namespace tcpviz {

// Its numbers as `numbers` writes them (synchronized with the trace).
QString event_text(const Trace& trace, const SeqNotation& numbers, const TraceEvent& event);

} // namespace tcpviz
