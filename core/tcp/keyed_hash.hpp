#pragma once
// SipHash-2-4 (libsodium crypto_shorthash) over a connection's 4-tuple: the keyed
// pseudo-random function F of RFC 9293 §3.4.1 and of Linux SYN cookies.
#include "tcp/four_tuple.hpp"

#include <array>
#include <cstdint>

namespace tcpviz {

using HashKey = std::array<std::uint8_t, 16>;

// Low 32 bits of SipHash-2-4(key, tuple || extra).
std::uint32_t keyed_hash(const HashKey& key, const FourTuple& tuple, std::uint32_t extra = 0);

// Deterministic key material from a seed (the simulation never reads real entropy).
HashKey key_from_seed(std::uint64_t seed, std::uint64_t purpose);

} // namespace tcpviz
