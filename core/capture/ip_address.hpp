#pragma once
// An IPv4 or IPv6 address as a capture carries it. The simulation speaks IPv4 only; an
// imported trace stands each IPv6 address in for a key (see capture_import.hpp).
#include "sim/flat_hash_map.hpp" // mix_hash

#include <array>
#include <compare>
#include <cstdint>
#include <cstring>
#include <string>

namespace tcpviz {

struct IpAddress {
    bool v6 = false;
    std::array<std::uint8_t, 16> bytes{}; // IPv4: the first four

    static IpAddress from_ipv4(std::uint32_t a)
    {
        IpAddress out;
        for (int i = 0; i < 4; ++i)
            out.bytes[std::size_t(i)] = std::uint8_t(a >> (24 - 8 * i));
        return out;
    }
    std::uint32_t ipv4() const
    {
        return std::uint32_t(bytes[0]) << 24 | std::uint32_t(bytes[1]) << 16 | std::uint32_t(bytes[2]) << 8 | bytes[3];
    }
    friend auto operator<=>(const IpAddress&, const IpAddress&) = default;
    // Two loads, not a call to memcmp: conversations compare endpoints on every packet.
    friend bool operator==(const IpAddress& a, const IpAddress& b)
    {
        std::uint64_t x[2], y[2];
        std::memcpy(x, a.bytes.data(), sizeof x);
        std::memcpy(y, b.bytes.data(), sizeof y);
        return a.v6 == b.v6 && x[0] == y[0] && x[1] == y[1];
    }
};

// "192.0.2.1", or "2001:db8::1" in the shortest form of RFC 5952.
std::string ip_address_text(const IpAddress& address);

struct IpEndpoint {
    IpAddress address;
    std::uint16_t port = 0;
    friend auto operator<=>(const IpEndpoint&, const IpEndpoint&) = default;
    friend bool operator==(const IpEndpoint& a, const IpEndpoint& b) { return a.port == b.port && a.address == b.address; }
};

// For the hash tables of endpoints: address and port mixed into every bit. Inline: the
// conversations of a capture hash two endpoints per packet.
struct IpEndpointHash {
    std::size_t operator()(const IpEndpoint& e) const
    {
        std::uint64_t half[2];
        std::memcpy(half, e.address.bytes.data(), sizeof half);
        return mix_hash(mix_hash(half[0] ^ (std::uint64_t(e.port) << 1 | (e.address.v6 ? 1 : 0))) ^ half[1]);
    }
};

// "192.0.2.1:80", "[2001:db8::1]:80" (RFC 5952 §6).
std::string ip_endpoint_text(const IpEndpoint& endpoint);

} // namespace tcpviz
