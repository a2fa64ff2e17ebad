#include "tcp/timing_profile.hpp"

#include <algorithm>

namespace tcpviz {

TimingProfile TimingProfile::linux_default()
{
    return TimingProfile{};
}

TimingProfile TimingProfile::rfc6298()
{
    TimingProfile p;
    p.kind = ProfileKind::Rfc6298;
    p.max_rto = 60 * kSecond;
    p.syn_linear_timeouts = 0;
    p.give_up_after = 180 * kSecond;
    p.time_wait = 240 * kSecond;
    p.fin_wait_2_timeout = 0;
    p.rto_min = kSecond;
    p.quick_ack = false;
    p.delayed_ack = 200 * kMillisecond;
    p.acks_crossing_syn_ack = false;
    return p;
}

std::int64_t TimingProfile::backoff_rto(unsigned retransmissions) const
{
    std::int64_t rto = initial_rto;
    for (unsigned i = 0; i < retransmissions && rto < max_rto; ++i)
        rto *= 2;
    return std::min(rto, max_rto);
}

std::int64_t TimingProfile::syn_rto(unsigned retransmissions) const
{
    // Linux tcp_retransmit_timer: the backoff only starts counting once the linear
    // timeouts are used up (1, 1, 1, 1, 1, 2, 4 ... for 4 linear timeouts).
    if (retransmissions <= syn_linear_timeouts)
        return initial_rto;
    return backoff_rto(retransmissions - syn_linear_timeouts);
}

bool TimingProfile::syn_gives_up(unsigned retransmissions, std::int64_t elapsed) const
{
    if (give_up_after > 0)
        return elapsed >= give_up_after;
    return retransmissions >= syn_retries + syn_linear_timeouts;
}

bool TimingProfile::synack_gives_up(unsigned retransmissions, unsigned max_retries,
                                    std::int64_t elapsed) const
{
    if (give_up_after > 0)
        return elapsed >= give_up_after;
    return retransmissions >= max_retries;
}

const char* profile_name(ProfileKind kind)
{
    return kind == ProfileKind::Linux ? "linux" : "rfc6298";
}

bool parse_profile(const std::string& text, ProfileKind& out)
{
    if (text == "linux")
        out = ProfileKind::Linux;
    else if (text == "rfc6298")
        out = ProfileKind::Rfc6298;
    else
        return false;
    return true;
}

} // namespace tcpviz
