// Retransmission deadlines for both timing profiles, read from the trace: when every
// SYN (or every SYN-ACK) is lost, when each copy leaves and when the endpoint gives up.
#include "support/lab.hpp"
#include "tcp/timing_profile.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

Simulation every_syn_lost(ProfileKind profile)
{
    Scenario s = two_hosts(true, true);
    s.options.profile = profile;
    s.faults = {drop_every(SegmentKind::Syn)};
    s.timeline = {spec(ActionKind::Connect, "peer", "server")};
    Simulation sim(s);
    sim.run_to_end();
    return sim;
}

double time_of_state(const Simulation& sim, const std::string& host, TcpState to, Explain why)
{
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::StateChanged && e.host == sim.host_index(host) && Trace::to_state(e) == to &&
            e.why == why)
            return double(e.time) / 1e6;
    return -1;
}

// A forged SYN from an unreachable source: the request's SYN-ACKs go nowhere.
Simulation unanswered_request(ProfileKind profile)
{
    Scenario s = *builtin_scenario("spoofed-syn-rst");
    s.options.profile = profile;
    s.options.latency = 0;
    s.hosts[3].live = false;
    Simulation sim(s);
    sim.run_to_end();
    return sim;
}

} // namespace

TEST_CASE("linux profile: SYN at 0,1,2,3,4,5,7,11,19,35,67 s, connect() fails at 131 s", "[core][timers]")
{
    const Simulation sim = every_syn_lost(ProfileKind::Linux);
    CHECK(send_times_ms(sim, flag::SYN) ==
          std::vector<double>{0, 1000, 2000, 3000, 4000, 5000, 7000, 11000, 19000, 35000, 67000});
    CHECK(time_of_state(sim, "peer", TcpState::Closed, Explain::SynTimeout) == 131000);
}

TEST_CASE("linux profile: TimerArmed records each exact deadline", "[core][timers]")
{
    const Simulation sim = every_syn_lost(ProfileKind::Linux);
    std::vector<double> deadlines;
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::TimerArmed && e.host == 0)
            deadlines.push_back(double(e.time) / 1e6 + double(e.a) / 1e3);
    CHECK(deadlines == std::vector<double>{1000, 2000, 3000, 4000, 5000, 7000, 11000, 19000, 35000, 67000, 131000});
}

TEST_CASE("rfc6298 profile: pure doubling, RTO capped at 60 s, retries for at least 3 minutes", "[core][timers]")
{
    const Simulation sim = every_syn_lost(ProfileKind::Rfc6298);
    CHECK(send_times_ms(sim, flag::SYN) == std::vector<double>{0, 1000, 3000, 7000, 15000, 31000, 63000, 123000});
    CHECK(time_of_state(sim, "peer", TcpState::Closed, Explain::SynTimeout) == 183000);
}

TEST_CASE("syn_retries counts on top of the linear timeouts", "[core][timers]")
{
    const Simulation sim(*builtin_scenario("syn-timeout"));
    Simulation run = sim;
    run.run_to_end();
    CHECK(send_times_ms(run, flag::SYN) == std::vector<double>{0, 1000, 2000, 3000, 4000, 5000, 7000, 11000});
    CHECK(time_of_state(run, "client", TcpState::Closed, Explain::SynTimeout) == 19000);
}

TEST_CASE("linux profile: SYN-ACK at 0,1,3,7,15,31 s, request dropped at 63 s", "[core][timers]")
{
    const Simulation sim = unanswered_request(ProfileKind::Linux);
    CHECK(send_times_ms(sim, flag::SYN | flag::ACK) == std::vector<double>{0, 1000, 3000, 7000, 15000, 31000});
    CHECK(time_of_state(sim, "server", TcpState::Listen, Explain::RequestTimedOut) == 63000);
}

TEST_CASE("rfc6298 profile: SYN-ACK retried for 3 minutes", "[core][timers]")
{
    const Simulation sim = unanswered_request(ProfileKind::Rfc6298);
    CHECK(send_times_ms(sim, flag::SYN | flag::ACK) ==
          std::vector<double>{0, 1000, 3000, 7000, 15000, 31000, 63000, 123000});
    CHECK(time_of_state(sim, "server", TcpState::Listen, Explain::RequestTimedOut) == 183000);
}

TEST_CASE("TimingProfile arithmetic", "[core][timers]")
{
    const TimingProfile linux_profile = TimingProfile::linux_default();
    CHECK(linux_profile.syn_rto(0) == kSecond);
    CHECK(linux_profile.syn_rto(4) == kSecond);
    CHECK(linux_profile.syn_rto(5) == 2 * kSecond);
    CHECK(linux_profile.syn_rto(10) == 64 * kSecond);
    CHECK(linux_profile.syn_rto(20) == 120 * kSecond); // capped
    CHECK(linux_profile.backoff_rto(5) == 32 * kSecond);
    CHECK(TimingProfile::rfc6298().backoff_rto(9) == 60 * kSecond);
}

TEST_CASE("a lost third ACK: the server's SYN-ACK retransmission at 1 s is answered", "[core][timers][scenario]")
{
    Simulation sim(*builtin_scenario("lost-ack"));
    sim.run_to_end();
    CHECK(ladder(sim) == std::vector<std::string>{
                             "client>server SYN 100 - 0",
                             "server>client SYN-ACK 300 101 0",
                             "client>server ACK 101 301 0 lost",
                             "server>client SYN-ACK 300 101 0",
                             "client>server ACK 101 301 0",
                         });
    CHECK(send_times_ms(sim, flag::SYN | flag::ACK) == std::vector<double>{10, 1010});
    CHECK(time_of_state(sim, "server", TcpState::Established, Explain::HandshakeComplete) == 1030);
}
