#include "tcp/keyed_hash.hpp"
#include "tcp/seeded_random.hpp"

#include <sodium.h>

namespace tcpviz {

std::uint32_t keyed_hash(const HashKey& key, const FourTuple& t, std::uint32_t extra)
{
    const std::uint8_t in[16] = {
        std::uint8_t(t.local_addr >> 24),  std::uint8_t(t.local_addr >> 16),
        std::uint8_t(t.local_addr >> 8),   std::uint8_t(t.local_addr),
        std::uint8_t(t.remote_addr >> 24), std::uint8_t(t.remote_addr >> 16),
        std::uint8_t(t.remote_addr >> 8),  std::uint8_t(t.remote_addr),
        std::uint8_t(t.local_port >> 8),   std::uint8_t(t.local_port),
        std::uint8_t(t.remote_port >> 8),  std::uint8_t(t.remote_port),
        std::uint8_t(extra >> 24),         std::uint8_t(extra >> 16),
        std::uint8_t(extra >> 8),          std::uint8_t(extra),
    };
    unsigned char out[crypto_shorthash_BYTES];
    crypto_shorthash(out, in, sizeof in, key.data());
    return std::uint32_t(out[0]) | std::uint32_t(out[1]) << 8 | std::uint32_t(out[2]) << 16 |
           std::uint32_t(out[3]) << 24;
}

HashKey key_from_seed(std::uint64_t seed, std::uint64_t purpose)
{
    std::uint64_t state = seed ^ (purpose * 0x2545f4914f6cdd1dull);
    HashKey key{};
    for (std::size_t i = 0; i < key.size(); i += 8) {
        const std::uint64_t v = splitmix64(state);
        for (std::size_t b = 0; b < 8; ++b)
            key[i + b] = static_cast<std::uint8_t>(v >> (8 * b));
    }
    return key;
}

} // namespace tcpviz
