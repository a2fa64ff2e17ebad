#pragma once
// Linux SYN cookies (net/ipv4/syncookies.c; RFC 4987 §3.6): the SYN-ACK's ISN encodes
// what the listener would otherwise have kept in its SYN queue.
//   ISN = H(k0; 4-tuple) + client ISN + (minute << 24)
//         + ((H(k1; 4-tuple, minute) + MSS index) mod 2^24)
#include "tcp/keyed_hash.hpp"
#include "tcp/segment.hpp"

#include <array>
#include <cstdint>
#include <optional>

namespace tcpviz {

inline constexpr std::array<std::uint16_t, 4> kCookieMssTable = {536, 1300, 1440, 1460};
inline constexpr unsigned kCookieBits = 24;
inline constexpr std::uint32_t kMaxCookieAgeMinutes = 2; // MAX_SYNCOOKIE_AGE
inline constexpr std::int64_t kCookieMinuteNs = 60'000'000'000;

struct SynCookieSecrets {
    HashKey k0{};
    HashKey k1{};
    friend bool operator==(const SynCookieSecrets&, const SynCookieSecrets&) = default;
};

// Index of the largest table MSS not above the client's (rounded down), 0 when below all.
unsigned cookie_mss_index(std::uint16_t client_mss);
std::uint32_t cookie_minute(std::int64_t now_ns);

// `tuple` is from the listener's side: local = server, remote = client.
SeqNum encode_syn_cookie(const SynCookieSecrets& s, const FourTuple& tuple, SeqNum client_isn,
                         std::uint32_t minute, unsigned mss_index);

// Checks the ACK of a cookie SYN-ACK (ack - 1 is the cookie, seq - 1 the client ISN).
// Returns the MSS index, or nullopt for a forged or stale (>= 2 minutes) cookie.
std::optional<unsigned> check_syn_cookie(const SynCookieSecrets& s, const FourTuple& tuple,
                                         SeqNum cookie, SeqNum client_isn, std::uint32_t minute);

// With TCP timestamps the options a cookie cannot hold ride in the low 6 bits of TSval
// (cookie_init_timestamp): window scale (0xf = none), bit 4 SACK, bit 5 ECN.
struct CookieOptions {
    std::int8_t window_scale = -1;
    bool sack_permitted = false;
};
std::uint32_t cookie_timestamp(std::uint32_t now_ts, const CookieOptions& options);
CookieOptions decode_cookie_timestamp(std::uint32_t ts_ecr);

} // namespace tcpviz
