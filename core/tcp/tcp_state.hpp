#pragma once
// The connection states of RFC 9293 §3.3.2 (Figure 5): establishment, then the close.
#include <cstddef>
#include <cstdint>
#include <string>

namespace tcpviz {

enum class TcpState : std::uint8_t {
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,  // our FIN sent, waiting for its ACK or the peer's FIN
    FinWait2,  // our FIN acknowledged, waiting for the peer's FIN
    CloseWait, // the peer's FIN received, waiting for our application to close
    Closing,   // both FINs crossed, waiting for the ACK of ours
    LastAck,   // our FIN sent after theirs, waiting for its ACK
    TimeWait,  // waiting out old duplicates and the peer's last retransmitted FIN
};
inline constexpr std::size_t kStateCount = 11;

// "SYN-RECEIVED", as RFC 9293 spells them.
const char* state_name(TcpState s);

} // namespace tcpviz
