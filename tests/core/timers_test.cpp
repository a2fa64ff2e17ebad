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
                             // the client writes only at 1.5 s, then the exchange and the close
                             "client>server PSH-ACK 101 301 5",
                             "server>client ACK 301 106 0",
                             "server>client PSH-ACK 301 106 5",
                             "client>server ACK 106 306 0",
                             "client>server FIN-ACK 106 306 0",
                             "server>client FIN-ACK 306 107 0",
                             "client>server ACK 107 307 0",
                         });
    CHECK(send_times_ms(sim, flag::SYN | flag::ACK) == std::vector<double>{10, 1010});
    CHECK(time_of_state(sim, "server", TcpState::Established, Explain::HandshakeComplete) == 1030);
}

namespace {

// When each segment left, by index (SegmentSent events).
std::vector<std::int64_t> send_times(const Trace& trace)
{
    std::vector<std::int64_t> at(trace.segments.size(), -1);
    for (const TraceEvent& e : trace.events)
        if (e.kind == EventKind::SegmentSent)
            at[e.ref] = e.time;
    return at;
}

bool timer_resend(Explain why)
{
    return why == Explain::SynRetransmit || why == Explain::SynAckRetransmit || why == Explain::DataRetransmit ||
           why == Explain::FinRetransmit;
}

} // namespace

TEST_CASE("every timer retransmission records the RTO that expired since its previous copy", "[core][timers]")
{
    for (const Scenario& scenario : builtin_scenarios()) {
        for (const ProfileKind profile : {ProfileKind::Linux, ProfileKind::Rfc6298}) {
            Scenario s = scenario;
            s.options.profile = profile;
            Simulation sim(s);
            sim.run_to_end(200'000);
            const Trace& t = sim.trace();
            const auto sent_at = send_times(t);
            std::size_t resends = 0;
            for (std::size_t i = 0; i < t.segments.size(); ++i) {
                const SegmentRecord& r = t.segments[i];
                INFO(scenario.name << " segment " << i);
                CHECK((expired_rto(r) > 0) == timer_resend(r.why));
                if (expired_rto(r) == 0)
                    continue;
                ++resends;
                // The previous copy: the same sender, flags and Seq, sent exactly one RTO before.
                std::int64_t previous = -1;
                for (std::size_t j = 0; j < i; ++j)
                    if (t.segments[j].from_host == r.from_host && t.segments[j].seg.flags == r.seg.flags &&
                        t.segments[j].seg.seq == r.seg.seq && t.segments[j].seg.src_port == r.seg.src_port)
                        previous = sent_at[j];
                CHECK(previous >= 0);
                CHECK(sent_at[i] - previous == expired_rto(r));
            }
            if (scenario.name == "lost-syn" || scenario.name == "lost-ack")
                CHECK(resends > 0); // the property was measured, not skipped
        }
    }
}

TEST_CASE("a repeated SYN-ACK for a duplicate SYN is a retransmission no timer sent", "[core][timers]")
{
    Simulation sim = finished("lost-synack");
    std::size_t repeats = 0;
    for (std::size_t i = 0; i < sim.trace().segments.size(); ++i)
        if (sim.trace().segments[i].why == Explain::SynAckForDuplicateSyn) {
            ++repeats;
            CHECK(sim.trace().segments[i].retransmission);
            CHECK(expired_rto(sim.trace().segments[i]) == 0);
        }
    CHECK(repeats > 0);
}

TEST_CASE("every stopped timer records why it is no longer needed", "[core][timers]")
{
    bool data_acked = false;
    for (const Scenario& scenario : builtin_scenarios()) {
        Simulation sim(scenario);
        sim.run_to_end(200'000);
        const auto sent_at = send_times(sim.trace());
        for (const TraceEvent& e : sim.trace().events) {
            if (e.kind != EventKind::TimerCancelled)
                continue;
            INFO(scenario.name << " step " << e.step);
            CHECK(e.why != Explain::None);
            if (e.why == Explain::DataAcked) {
                data_acked = true;
                // RFC 6298 §5.2: the ACK that stops it covers the last data the endpoint sent.
                const auto [first, last] = sim.trace().events_of_step(e.step);
                bool covered = false;
                for (std::size_t k = first; k < last; ++k) {
                    const TraceEvent& d = sim.trace().events[k];
                    if (d.kind == EventKind::SegmentDelivered && d.host == e.host)
                        for (std::size_t j = 0; j < sim.trace().segments.size(); ++j) {
                            const SegmentRecord& mine = sim.trace().segments[j];
                            if (mine.from_host == e.host && mine.seg.payload_len > 0 && sent_at[j] < e.time)
                                covered = sim.trace().segments[d.ref].seg.ack == mine.seg.seq + mine.seg.seg_len();
                        }
                }
                CHECK(covered);
            }
        }
    }
    CHECK(data_acked);
}
