#pragma once
// Connection states of RFC 9293 §3.3.2 (Figure 5) that establishment touches.
#include <cstdint>
#include <string>

namespace tcpviz {

enum class TcpState : std::uint8_t { Closed, Listen, SynSent, SynReceived, Established };

// "SYN-RECEIVED", as RFC 9293 spells them.
const char* state_name(TcpState s);

} // namespace tcpviz
