#pragma once
// A connection's identity: local and remote address and port (RFC 9293 §3.3.1 calls it
// the socket pair).
#include "tcp/segment.hpp"

#include <cstdint>

namespace tcpviz {

struct FourTuple {
    Ipv4 local_addr = 0;
    std::uint16_t local_port = 0;
    Ipv4 remote_addr = 0;
    std::uint16_t remote_port = 0;
    friend bool operator==(const FourTuple&, const FourTuple&) = default;
};

} // namespace tcpviz
