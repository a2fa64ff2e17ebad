#include "tcp/syn_cookie.hpp"

namespace tcpviz {
namespace {
constexpr std::uint32_t kCookieMask = (1u << kCookieBits) - 1;
constexpr std::uint32_t kTsOptionBits = 6;
constexpr std::uint32_t kTsWscaleMask = 0x0f;
constexpr std::uint32_t kTsSack = 1u << 4;
} // namespace

unsigned cookie_mss_index(std::uint16_t client_mss)
{
    unsigned index = 0;
    for (unsigned i = 0; i < kCookieMssTable.size(); ++i)
        if (kCookieMssTable[i] <= client_mss)
            index = i;
    return index;
}

std::uint32_t cookie_minute(std::int64_t now_ns)
{
    return static_cast<std::uint32_t>(now_ns / kCookieMinuteNs);
}

SeqNum encode_syn_cookie(const SynCookieSecrets& s, const FourTuple& tuple, SeqNum client_isn,
                         std::uint32_t minute, unsigned mss_index)
{
    const std::uint32_t cookie = keyed_hash(s.k0, tuple) + client_isn.raw() + (minute << kCookieBits) +
                                 ((keyed_hash(s.k1, tuple, minute) + mss_index) & kCookieMask);
    return SeqNum(cookie);
}

std::optional<unsigned> check_syn_cookie(const SynCookieSecrets& s, const FourTuple& tuple,
                                         SeqNum cookie, SeqNum client_isn, std::uint32_t minute)
{
    const std::uint32_t rest = cookie.raw() - keyed_hash(s.k0, tuple) - client_isn.raw();
    const std::uint32_t age = (minute - (rest >> kCookieBits)) & (0xffffffffu >> kCookieBits);
    if (age >= kMaxCookieAgeMinutes)
        return std::nullopt;
    const std::uint32_t mss_index = (rest - keyed_hash(s.k1, tuple, minute - age)) & kCookieMask;
    if (mss_index >= kCookieMssTable.size())
        return std::nullopt;
    return mss_index;
}

std::uint32_t cookie_timestamp(std::uint32_t now_ts, const CookieOptions& o)
{
    std::uint32_t options = o.window_scale >= 0 ? static_cast<std::uint32_t>(o.window_scale) : kTsWscaleMask;
    if (o.sack_permitted)
        options |= kTsSack;
    std::uint32_t ts = ((now_ts >> kTsOptionBits) << kTsOptionBits) | options;
    if (ts > now_ts) // never run ahead of the real timestamp clock
        ts -= 1u << kTsOptionBits;
    return ts;
}

CookieOptions decode_cookie_timestamp(std::uint32_t ts_ecr)
{
    CookieOptions o;
    const std::uint32_t ws = ts_ecr & kTsWscaleMask;
    if (ws != kTsWscaleMask && ws <= 14)
        o.window_scale = static_cast<std::int8_t>(ws);
    o.sack_permitted = (ts_ecr & kTsSack) != 0;
    return o;
}

} // namespace tcpviz
