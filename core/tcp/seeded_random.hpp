#pragma once
// Deterministic randomness: the simulation never reads real entropy, so a seed
// reproduces a run (random ISNs, random loss, forged sequence numbers).
#include <cstdint>

namespace tcpviz {

// One SplitMix64 step: a single 64-bit state, so snapshots stay cheap.
inline std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

} // namespace tcpviz
