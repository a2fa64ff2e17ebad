#include "tcp/rtt_estimator.hpp"

#include <algorithm>
#include <cstdlib>

namespace tcpviz {

void RttEstimator::sample(std::int64_t r, const TimingProfile& profile)
{
    if (samples == 0) { // §2.2: the first measurement
        srtt = r;
        rttvar = r / 2;
    } else { // §2.3, with alpha = 1/8 and beta = 1/4; RTTVAR uses the SRTT before this sample
        rttvar = (3 * rttvar + std::llabs(srtt - r)) / 4;
        srtt = (7 * srtt + r) / 8;
    }
    ++samples;
    const std::int64_t k_rttvar = 4 * rttvar;
    if (profile.kind == ProfileKind::Linux)
        rto = srtt + std::max(k_rttvar, profile.rto_min);
    else
        rto = std::max(profile.rto_min, srtt + std::max(kClockGranularity, k_rttvar));
    rto = std::min(rto, profile.max_rto);
}

std::int64_t RttEstimator::backed_off(unsigned retransmissions, const TimingProfile& profile) const
{
    std::int64_t t = current(profile);
    for (unsigned i = 0; i < retransmissions && t < profile.max_rto; ++i)
        t *= 2;
    return std::min(t, profile.max_rto);
}

} // namespace tcpviz
