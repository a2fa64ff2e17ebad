#include "tcp/isn_generator.hpp"
#include "tcp/seeded_random.hpp"

namespace tcpviz {

IsnGenerator::IsnGenerator(IsnMode mode, std::uint64_t seed, std::uint32_t fixed_first)
    : mode_(mode), key_(key_from_seed(seed, 1)), rng_(seed ^ 0x15aull), fixed_next_(fixed_first)
{
}

SeqNum IsnGenerator::next(const FourTuple& tuple, std::int64_t now_ns)
{
    const auto now = static_cast<std::uint64_t>(now_ns);
    switch (mode_) {
    case IsnMode::Fixed: {
        const std::uint32_t isn = fixed_next_;
        fixed_next_ += kFixedIsnStep;
        return SeqNum(isn);
    }
    case IsnMode::Random:
        return SeqNum(static_cast<std::uint32_t>(splitmix64(rng_)));
    case IsnMode::Rfc6528:
        return SeqNum(static_cast<std::uint32_t>(now / 4000) + keyed_hash(key_, tuple));
    case IsnMode::Linux:
        return SeqNum(keyed_hash(key_, tuple) + static_cast<std::uint32_t>(now >> 6));
    case IsnMode::Bsd: {
        // 4.4BSD tcp_iss starts at 1 and is global to the host.
        const auto ticks = static_cast<std::uint32_t>(now_ns / kBsdTickNs);
        const std::uint32_t isn = 1 + kBsdIsnIncrement * (ticks + connections_);
        ++connections_;
        return SeqNum(isn);
    }
    }
    return SeqNum(0);
}

std::vector<IsnSample> isn_samples(IsnMode mode, std::uint64_t seed, std::size_t count, std::int64_t spacing_ns)
{
    IsnGenerator generator(mode, seed, 100);
    std::vector<IsnSample> out;
    for (std::size_t i = 0; i < count; ++i) {
        const std::int64_t t = static_cast<std::int64_t>(i) * spacing_ns;
        const FourTuple tuple{make_ipv4(198, 51, 100, 20), 80, make_ipv4(192, 0, 2, 10),
                              static_cast<std::uint16_t>(50000 + i)};
        out.push_back({t, generator.next(tuple, t).raw()});
    }
    return out;
}

const char* isn_mode_name(IsnMode mode)
{
    switch (mode) {
    case IsnMode::Fixed: return "fixed";
    case IsnMode::Random: return "random";
    case IsnMode::Rfc6528: return "rfc6528";
    case IsnMode::Linux: return "linux";
    case IsnMode::Bsd: return "bsd";
    }
    return "fixed";
}

bool parse_isn_mode(const std::string& text, IsnMode& out)
{
    for (IsnMode m : {IsnMode::Fixed, IsnMode::Random, IsnMode::Rfc6528, IsnMode::Linux, IsnMode::Bsd}) {
        if (text == isn_mode_name(m)) {
            out = m;
            return true;
        }
    }
    return false;
}

} // namespace tcpviz
