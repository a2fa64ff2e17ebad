#pragma once
// The trace as a JSON file a student's script or notebook reads without the source:
// format "tcpviz-trace", version 2, documented in the README ("The trace file").
// Every time is in ns; states, flags, kinds and reasons are words, not numbers.
#include "scenario/scenario.hpp"
#include "sim/trace.hpp"

#include <string>

namespace tcpviz {

inline constexpr int kTraceFileVersion = 2;

std::string trace_json_text(const Scenario& scenario, const Trace& trace);

} // namespace tcpviz
