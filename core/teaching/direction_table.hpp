#pragma once
// Where SeqNotation keeps the latest symbol of each direction of each connection. Both
// directions of a connection share one entry: a SYN-ACK looks up its own direction and
// the SYN's, and a flood's million connections miss the cache once each, not twice. A
// table of millions misses it on nearly every first lookup, so the lookups are fetched
// ahead; and the connections fall into two halves, which two threads can fill at once.
#include "sim/flat_hash_map.hpp"
#include "tcp/segment.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace tcpviz::notation {

struct Direction {
    Ipv4 src, dst;
    std::uint16_t sport, dport;
    friend bool operator==(const Direction&, const Direction&) = default;
};

class DirectionTable {
public:
    static constexpr std::uint32_t kNone = 0xffffffff;

    // Which half of the connections `d`'s falls in (0 or 1), both directions alike.
    static std::size_t half_of(const Direction& d) { return ConnectionHash{}(connection_of(d).first) >> 63; }

    // The entry of `d`, kNone when its connection was seen only the other way; null when
    // it was not seen at all.
    const std::uint32_t* find(const Direction& d) const
    {
        const auto [connection, way] = connection_of(d);
        const auto* entries = entries_.find(connection);
        return entries ? &(*entries)[way] : nullptr;
    }
    // The entry of `d`, made kNone if there was none.
    std::uint32_t& entry(const Direction& d)
    {
        const auto [connection, way] = connection_of(d);
        return (*entries_.try_emplace(connection, {kNone, kNone}).first)[way];
    }
    [[gnu::always_inline]] void prefetch(const Direction& d) const
    {
        entries_.prefetch_hash(ConnectionHash{}(connection_of(d).first));
    }
    // Room for the connections of `directions` directions, at most one each.
    void reserve(std::size_t directions) { entries_.reserve(directions); }
    // Calls f(entry) for every entry, kNone ones too, in no order; f may change it.
    template <typename F>
    void for_each(F&& f)
    {
        entries_.for_each([&](const Connection&, std::array<std::uint32_t, 2>& ways) {
            f(ways[0]);
            f(ways[1]);
        });
    }

private:
    // The lower endpoint first, so that both directions name it alike; a connection of an
    // endpoint with itself has one way.
    struct Connection {
        Ipv4 low_addr, high_addr;
        std::uint16_t low_port, high_port;
        friend bool operator==(const Connection&, const Connection&) = default;
    };
    struct ConnectionHash {
        std::size_t operator()(const Connection& c) const
        {
            const std::uint64_t low = std::uint64_t(c.low_addr) << 16 | c.low_port;
            const std::uint64_t high = std::uint64_t(c.high_addr) << 16 | c.high_port;
            return mix_hash(low * 0x9e3779b97f4a7c15ull ^ high);
        }
    };
    // Its connection, and which way it runs along it (0: from the lower endpoint).
    static std::pair<Connection, std::size_t> connection_of(const Direction& d)
    {
        const std::uint64_t from = std::uint64_t(d.src) << 16 | d.sport, to = std::uint64_t(d.dst) << 16 | d.dport;
        if (from <= to)
            return {{d.src, d.dst, d.sport, d.dport}, 0};
        return {{d.dst, d.src, d.dport, d.sport}, 1};
    }

    FlatHashMap<Connection, std::array<std::uint32_t, 2>, ConnectionHash> entries_;
};

} // namespace tcpviz::notation
