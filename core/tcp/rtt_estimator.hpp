#pragma once
// Round-trip estimation after RFC 6298 §2, with Karn's rule (§3): only a segment sent
// once is timed. The profile decides the floor: rfc6298 keeps RTO at 1 s or more
// (§2.4); linux computes SRTT + max(4·RTTVAR, tcp_rto_min) as tcp_set_rto() does, so
// a short path retransmits a little over 200 ms after sending.
#include "tcp/timing_profile.hpp"

#include <cstdint>

namespace tcpviz {

struct RttEstimator {
    std::int64_t srtt = 0;   // ns
    std::int64_t rttvar = 0; // ns
    std::int64_t rto = 0;    // ns; 0 until the first measurement (the profile's initial RTO)
    std::uint32_t samples = 0;

    // Takes one measurement R (ns) and recomputes RTO (§2.2, §2.3).
    void sample(std::int64_t r, const TimingProfile& profile);
    // The RTO a new timer uses: measured, else the profile's initial 1 s (§2.1).
    std::int64_t current(const TimingProfile& profile) const { return samples ? rto : profile.initial_rto; }
    // After `retransmissions` expiries: doubled each time, capped (§5.5, §2.5).
    std::int64_t backed_off(unsigned retransmissions, const TimingProfile& profile) const;
    friend bool operator==(const RttEstimator&, const RttEstimator&) = default;
};

// RFC 6298 §2: the clock granularity G; TSval and the timers tick in 1 ms.
inline constexpr std::int64_t kClockGranularity = kMillisecond;

} // namespace tcpviz
