#pragma once
// Initial sequence numbers (RFC 9293 §3.4.1). One generator per host; its state is a
// plain value so a simulation snapshot copies it.
#include "tcp/keyed_hash.hpp"
#include "tcp/seq_num.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace tcpviz {

enum class IsnMode {
    Fixed,   // teaching values: the host's first ISN, then +100 per connection
    Random,  // seeded uniform random
    Rfc6528, // M (4 µs clock) + SipHash of the 4-tuple (RFC 6528, RFC 9293 §3.4.1)
    Linux,   // secure_tcp_seq: SipHash of the 4-tuple + (ns >> 6), a 64 ns tick
    Bsd,     // 4.4BSD: +64,000 every 500 ms and +64,000 per connection; predictable
};

inline constexpr std::uint32_t kBsdIsnIncrement = 64'000;
inline constexpr std::int64_t kBsdTickNs = 500'000'000;
inline constexpr std::uint32_t kFixedIsnStep = 100;

class IsnGenerator {
public:
    IsnGenerator() = default;
    IsnGenerator(IsnMode mode, std::uint64_t seed, std::uint32_t fixed_first);

    IsnMode mode() const { return mode_; }
    // The ISN for a new connection on `tuple` at virtual time `now_ns`.
    SeqNum next(const FourTuple& tuple, std::int64_t now_ns);
    friend bool operator==(const IsnGenerator&, const IsnGenerator&) = default;

private:
    IsnMode mode_ = IsnMode::Fixed;
    HashKey key_{};
    std::uint64_t rng_ = 0;
    std::uint32_t fixed_next_ = 0;
    std::uint32_t connections_ = 0;
};

// ISNs a fresh host would pick for `count` new connections, one every `spacing_ns`,
// each from another client port: how predictable a mode is, for the ISN chart.
struct IsnSample {
    std::int64_t time = 0;
    std::uint32_t isn = 0;
};
std::vector<IsnSample> isn_samples(IsnMode mode, std::uint64_t seed, std::size_t count, std::int64_t spacing_ns);

const char* isn_mode_name(IsnMode mode);
bool parse_isn_mode(const std::string& text, IsnMode& out);

} // namespace tcpviz
