// The RTO estimator against RFC 6298's own formulas (§2.2, §2.3, §2.4, §5.5) and Linux's
// floor, and Karn's rule (§3) on a connection: a segment sent twice is never timed.
#include "support/endpoint_fixture.hpp"
#include "tcp/rtt_estimator.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

// RFC 6298 §2 written out as the RFC writes it, in doubles, for a list of samples.
struct Reference {
    double srtt = 0, rttvar = 0;
    bool first = true;
    void sample(double r)
    {
        if (first) {
            srtt = r;
            rttvar = r / 2;
            first = false;
        } else {
            rttvar = (1 - 0.25) * rttvar + 0.25 * std::abs(srtt - r);
            srtt = (1 - 0.125) * srtt + 0.125 * r;
        }
    }
};

} // namespace

TEST_CASE("SRTT RTTVAR and RTO follow RFC 6298 sample by sample under both floors", "[core][timers][rtt]")
{
    const double samples_ms[] = {20, 20, 35, 12, 400, 90, 90, 3000, 5, 5, 5, 5};
    for (const TimingProfile& profile : {TimingProfile::linux_default(), TimingProfile::rfc6298()}) {
        INFO(profile_name(profile.kind));
        RttEstimator e;
        Reference ref;
        CHECK(e.current(profile) == kSecond); // §2.1: 1 s before any measurement
        for (const double r : samples_ms) {
            e.sample(std::int64_t(r * 1e6), profile);
            ref.sample(r * 1e6);
            INFO("sample " << r << " ms");
            // Integer ns drift from the real-number formulas by a few ns over the run.
            CHECK(std::abs(double(e.srtt) - ref.srtt) <= 50);
            CHECK(std::abs(double(e.rttvar) - ref.rttvar) <= 50);
            const double k_rttvar = 4 * ref.rttvar;
            const double want = profile.kind == ProfileKind::Linux
                                    ? ref.srtt + std::max(k_rttvar, 200e6) // Linux tcp_set_rto
                                    : std::max(1e9, ref.srtt + std::max(1e6, k_rttvar)); // §2.3, §2.4, G = 1 ms
            CHECK(std::abs(double(e.rto) - std::min(want, double(profile.max_rto))) <= 250);
        }
    }
}

TEST_CASE("a backed-off RTO doubles and stops at the cap", "[core][timers][rtt]")
{
    RttEstimator e;
    const TimingProfile linux_profile = TimingProfile::linux_default();
    e.sample(20 * ms, linux_profile);
    CHECK(e.current(linux_profile) == 220 * ms);
    CHECK(e.backed_off(1, linux_profile) == 440 * ms);
    CHECK(e.backed_off(3, linux_profile) == 1760 * ms);
    CHECK(e.backed_off(20, linux_profile) == 120 * kSecond); // Linux TCP_RTO_MAX
    const TimingProfile rfc = TimingProfile::rfc6298();
    RttEstimator r;
    r.sample(20 * ms, rfc);
    CHECK(r.current(rfc) == kSecond); // §2.4's floor
    CHECK(r.backed_off(10, rfc) == 60 * kSecond); // §2.5
}

TEST_CASE("Karn: the ACK of a FIN sent twice times nothing and keeps the backed-off RTO", "[core][timers][rtt]")
{
    Handshake h(99, 299);
    h.close(true, 100 * ms);
    REQUIRE(h.client.timer.armed());
    CHECK(h.client.timer.deadline == 100 * ms + 220 * ms); // from the handshake's 20 ms
    const auto again = h.expire(true);
    REQUIRE(again.size() == 1);
    CHECK(again[0].why == Explain::FinRetransmit);
    const std::size_t samples = h.client_ctx.rtt_samples.size();
    // The server acknowledges it (it is in ESTABLISHED: its ACK waits 40 ms).
    CHECK(h.deliver(false, again[0].seg, 330 * ms).empty());
    const auto ack = h.expire_delayed_ack(false);
    REQUIRE(ack.size() == 1);
    h.deliver(true, ack[0].seg, 380 * ms);
    CHECK(h.client.state == TcpState::FinWait2);
    CHECK(h.client_ctx.rtt_samples.size() == samples); // the ambiguous ACK measured nothing
    CHECK(h.client.rtt.samples == 1);
}
