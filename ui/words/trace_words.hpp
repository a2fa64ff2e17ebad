#pragma once
// The words every view uses for the same facts of a trace: a time span, a host's role,
// a queue's level and why it counts as full. One wording per fact: the diagram, the
// narration, the event log, the live values and the charts all say it this way.
#include "sim/trace.hpp"

#include <QString>

#include <cstdint>

namespace tcpviz {

QString elapsed_text(std::int64_t ns); // "10 ms", "1.03 s"
QString role_title(HostRole role);     // "Client", "Server", "Attacker"...
QString queue_text(const QueueLevel& level); // "SYN queue 5/4 full", "accept queue 1/1"
// Why "5/4" can be full: the one sentence the narration, the diagram's tooltip and the
// charts give (the built-in scenarios' descriptions say it in the same words).
QString queue_full_rule(std::uint32_t backlog);

} // namespace tcpviz
