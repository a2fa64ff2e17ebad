#pragma once
// One line of plain text per trace event, for the event log.
#include "trace.hpp"

#include <QString>

namespace tcpviz {

QString event_text(const Trace& trace, const TraceEvent& event);

} // namespace tcpviz
