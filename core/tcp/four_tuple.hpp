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

struct FourTupleHash {
    std::size_t operator()(const FourTuple& t) const
    {
        const std::uint64_t a = std::uint64_t(t.local_addr) << 32 | t.remote_addr;
        const std::uint64_t p = std::uint64_t(t.local_port) << 16 | t.remote_port;
        return std::size_t((a ^ (p * 0x9e3779b97f4a7c15ull)) * 0xbf58476d1ce4e5b9ull >> 7);
    }
};

} // namespace tcpviz
