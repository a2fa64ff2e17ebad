#pragma once
// A capture's conversations as a trace, the same record a simulation leaves: one
// lifeline per endpoint (address:port), every segment at the times the capture point
// implies for its sending and its arrival, and each endpoint's state through the
// connection as RFC 9293's rules give it from what it sent and what it evidently got.
#include "capture/conversations.hpp"
#include "sim/trace.hpp"

#include <cstdint>
#include <vector>

namespace tcpviz {

// At most this many lifelines: beyond it the originators share lifelines by address,
// then one for all the rest (a flood's forged sources).
inline constexpr std::size_t kMaxImportedHosts = 24;

// `chosen` are conversation numbers (1-based) of `conversations`, all of `capture`.
Trace import_conversations(const Capture& capture, const ConversationList& conversations,
                           const std::vector<std::uint32_t>& chosen);
// The same from a capture and conversations no longer needed, let go as soon as the trace
// has what it needs of them (a flood's are most of the memory); when the chosen
// conversations hold all the packets, the trace takes over their bytes without a copy.
Trace import_conversations(Capture&& capture, ConversationList&& conversations,
                           const std::vector<std::uint32_t>& chosen);

} // namespace tcpviz
