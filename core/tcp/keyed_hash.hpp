#pragma once
// SipHash-2-4 (libsodium crypto_shorthash) over a connection's 4-tuple: the keyed
// pseudo-random function F of RFC 9293 §3.4.1 and of Linux SYN cookies.
#include "tcp/segment.hpp"

#include <array>
#include <cstdint>

namespace tcpviz {

using HashKey = std::array<std::uint8_t, 16>;

struct FourTuple {
    Ipv4 local_addr = 0;
    std::uint16_t local_port = 0;
    Ipv4 remote_addr = 0;
    std::uint16_t remote_port = 0;
    friend bool operator==(const FourTuple&, const FourTuple&) = default;
};

// Low 32 bits of SipHash-2-4(key, tuple || extra).
std::uint32_t keyed_hash(const HashKey& key, const FourTuple& tuple, std::uint32_t extra = 0);

// Deterministic key material from a seed (the simulation never reads real entropy).
HashKey key_from_seed(std::uint64_t seed, std::uint64_t purpose);

// SplitMix64 step: small state, so snapshots stay cheap.
std::uint64_t splitmix64(std::uint64_t& state);

} // namespace tcpviz
