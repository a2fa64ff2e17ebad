#include "capture/ip_address.hpp"

#include "sim/flat_hash_map.hpp"

#include "tcp/segment.hpp"

#include <cstdio>

namespace tcpviz {

std::string ip_address_text(const IpAddress& a)
{
    if (!a.v6)
        return ipv4_text(a.ipv4());
    std::array<unsigned, 8> group{};
    for (std::size_t i = 0; i < 8; ++i)
        group[i] = unsigned(a.bytes[2 * i]) << 8 | a.bytes[2 * i + 1];
    // RFC 5952 §4.2: the longest run of two or more zero groups becomes "::", the first if tied.
    std::size_t best_at = 8, best_len = 1;
    for (std::size_t i = 0; i < 8;) {
        std::size_t j = i;
        while (j < 8 && group[j] == 0)
            ++j;
        if (j - i > best_len) {
            best_at = i;
            best_len = j - i;
        }
        i = j == i ? i + 1 : j;
    }
    std::string out;
    char buf[8];
    for (std::size_t i = 0; i < 8; ++i) {
        if (i == best_at) {
            out += "::";
            i += best_len - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':')
            out += ':';
        std::snprintf(buf, sizeof buf, "%x", group[i]);
        out += buf;
    }
    return out;
}

std::string ip_endpoint_text(const IpEndpoint& e)
{
    const std::string address = ip_address_text(e.address);
    return (e.address.v6 ? "[" + address + "]" : address) + ":" + std::to_string(e.port);
}

} // namespace tcpviz
