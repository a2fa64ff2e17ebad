#pragma once
// An imported capture has no TCBs to read: each endpoint's RFC 9293 variables as far as
// the segments so far show them (what it sent, what reached it), for the live values.
#include "sim/trace.hpp"

#include <optional>
#include <vector>

namespace tcpviz {

struct CapturedEndpoint {
    std::uint8_t host = kNoHost;
    Ipv4 local_address = 0, peer_address = 0;
    std::uint16_t local_port = 0, peer_port = 0;
    TcpState state = TcpState::Closed;
    std::optional<SeqNum> iss, irs, snd_una, snd_nxt, rcv_nxt; // none: not shown yet
};

// The endpoints that have had a state so far (a closed port that only answered RST had
// none), in the order they first sent or received.
std::vector<CapturedEndpoint> captured_endpoints(const Trace& trace);

} // namespace tcpviz
