#include "tcp/tcp_state.hpp"

namespace tcpviz {

const char* state_name(TcpState s)
{
    switch (s) {
    case TcpState::Closed: return "CLOSED";
    case TcpState::Listen: return "LISTEN";
    case TcpState::SynSent: return "SYN-SENT";
    case TcpState::SynReceived: return "SYN-RECEIVED";
    case TcpState::Established: return "ESTABLISHED";
    }
    return "CLOSED";
}

} // namespace tcpviz
