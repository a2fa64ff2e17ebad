#pragma once
// An IPv4 or IPv6 address as a capture carries it. The simulation speaks IPv4 only; an
// imported trace stands each IPv6 address in for a key (see capture_import.hpp).
#include <array>
#include <compare>
#include <cstdint>
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
};

// "192.0.2.1", or "2001:db8::1" in the shortest form of RFC 5952.
std::string ip_address_text(const IpAddress& address);

struct IpEndpoint {
    IpAddress address;
    std::uint16_t port = 0;
    friend auto operator<=>(const IpEndpoint&, const IpEndpoint&) = default;
};

// "192.0.2.1:80", "[2001:db8::1]:80" (RFC 5952 §6).
std::string ip_endpoint_text(const IpEndpoint& endpoint);

} // namespace tcpviz
