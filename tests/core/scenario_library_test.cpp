// Every built-in scenario: its full segment sequence and the final states.
#include "support/lab.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace tcpviz;
using namespace tcpviz::test;

TEST_CASE("the library has exactly the documented scenarios", "[core][scenario]")
{
    std::vector<std::string> names;
    for (const Scenario& s : builtin_scenarios()) {
        names.push_back(s.name);
        CHECK_FALSE(s.description.empty());
    }
    CHECK(names == std::vector<std::string>{"normal", "lost-syn", "lost-synack", "lost-ack", "lost-ack-with-data",
                                            "closed-port", "syn-timeout", "syn-flood", "syn-flood-cookies", "slow-accept",
                                            "spoofed-syn-rst", "simultaneous-open", "old-duplicate-syn",
                                            "half-open-discovery", "two-way-handshake", "blind-spoofing",
                                            "close-three-way", "close-four-way", "simultaneous-close",
                                            "server-closes-first", "half-close", "close-unread-data-rst", "abort",
                                            "lost-fin", "lost-last-ack", "close-wait-forever"});
    CHECK(builtin_scenario("two-way-handshake")->hypothetical);
}

TEST_CASE("every scenario reaches quiescence and its defaults follow Linux", "[core][scenario]")
{
    for (const Scenario& s : builtin_scenarios()) {
        DYNAMIC_SECTION(s.name)
        {
            Simulation sim(s);
            sim.run_to_end(1'000'000);
            CHECK(sim.quiescent());
            CHECK(s.options.profile == ProfileKind::Linux);
            if (s.name != "syn-flood")
                CHECK(s.options.cookies == CookieMode::Overflow);
        }
    }
}

TEST_CASE("scenario: lost-syn", "[core][scenario]")
{
    const Simulation sim = finished(handshake_only("lost-syn"));
    CHECK(ladder(sim) == std::vector<std::string>{"client>server SYN 100 - 0 lost", "client>server SYN 100 - 0",
                                                  "server>client SYN-ACK 300 101 0", "client>server ACK 101 301 0"});
    CHECK(send_times_ms(sim, flag::SYN) == std::vector<double>{0, 1000});
    CHECK(host_state(sim, "client") == TcpState::Established);
    CHECK(host_state(sim, "server") == TcpState::Established);
}

TEST_CASE("scenario: lost-synack", "[core][scenario]")
{
    const Simulation sim = finished(handshake_only("lost-synack"));
    // At 1.01 s the server's timer and the client's repeated SYN both produce a
    // SYN-ACK (Linux re-sends for a duplicate SYN); the second draws a challenge ACK.
    CHECK(ladder(sim) == std::vector<std::string>{
                             "client>server SYN 100 - 0", "server>client SYN-ACK 300 101 0 lost",
                             "client>server SYN 100 - 0", "server>client SYN-ACK 300 101 0",
                             "server>client SYN-ACK 300 101 0", "client>server ACK 101 301 0",
                             "client>server ACK 101 301 0"});
    CHECK(sim.trace().segments[3].why == Explain::SynAckRetransmit);
    CHECK(sim.trace().segments[4].why == Explain::SynAckForDuplicateSyn);
    CHECK(sim.trace().segments[6].why == Explain::ChallengeAckSyn);
    CHECK(host_state(sim, "server") == TcpState::Established);
}

TEST_CASE("scenario: lost-ack-with-data", "[core][scenario]")
{
    const Simulation sim = finished("lost-ack-with-data");
    CHECK(ladder(sim) == std::vector<std::string>{
                             "client>server SYN 100 - 0", "server>client SYN-ACK 300 101 0",
                             "client>server ACK 101 301 0 lost", "client>server PSH-ACK 101 301 5",
                             "server>client ACK 301 106 0", "server>client PSH-ACK 301 106 5",
                             "client>server ACK 106 306 0", "client>server FIN-ACK 106 306 0",
                             "server>client FIN-ACK 306 107 0", "client>server ACK 107 307 0"});
    bool data_completed = false;
    for (const TraceEvent& e : sim.trace().events)
        data_completed |= e.kind == EventKind::StateChanged && e.why == Explain::DataCompletesHandshake;
    CHECK(data_completed);
}

TEST_CASE("scenario: closed-port", "[core][scenario]")
{
    const Simulation sim = finished("closed-port");
    CHECK(ladder(sim) == std::vector<std::string>{"client>server SYN 100 - 0", "server>client RST-ACK 0 101 0"});
    CHECK(host_state(sim, "client") == TcpState::Closed);
    CHECK(sim.trace().events.back().why == Explain::ConnectionRefused);
}

TEST_CASE("scenario: syn-flood (cookies off)", "[core][scenario]")
{
    const Simulation sim = finished(handshake_only("syn-flood"));
    const auto lines = ladder(sim);
    // 8 forged SYNs, 5 SYN-ACKs into the void, 3 SYNs dropped at the full queue.
    std::size_t forged = 0;
    for (const SegmentRecord& r : sim.trace().segments)
        forged += r.why == Explain::FloodSyn;
    CHECK(forged == 8);
    // The legitimate client's SYNs leave at 0.34 s and then per the linux profile; the
    // queue has room only after the oldest request gives up under pressure at 7.01 s.
    std::vector<double> client_syns;
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::SegmentSent && e.host == sim.host_index("client") &&
            sim.trace().segments[e.ref].seg.flags == flag::SYN)
            client_syns.push_back(double(e.time) / 1e6);
    CHECK(client_syns == std::vector<double>{340, 1340, 2340, 3340, 4340, 5340, 7340});
    CHECK(host_state(sim, "client") == TcpState::Established);
    // Every forged half-open request eventually gives up.
    std::size_t timed_out = 0;
    for (const TraceEvent& e : sim.trace().events)
        timed_out += e.kind == EventKind::StateChanged && e.why == Explain::RequestTimedOut;
    CHECK(timed_out == 5);
}

TEST_CASE("scenario: syn-flood-cookies", "[core][scenario]")
{
    const Simulation sim = finished(handshake_only("syn-flood-cookies"));
    const std::uint8_t client = sim.host_index("client");
    std::vector<std::string> client_lines;
    const auto lines = ladder(sim);
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (sim.trace().segments[i].from_host == client || sim.trace().segments[i].to_host == client)
            client_lines.push_back(lines[i]);
    REQUIRE(client_lines.size() == 3);
    CHECK(client_lines[0] == "client>server SYN 100 - 0");
    CHECK(sim.trace().segments[17].why == Explain::CookieSynAck);
    CHECK(host_state(sim, "client") == TcpState::Established);
    CHECK(send_times_ms(sim, flag::SYN).size() == 9); // the client never retransmits
}

TEST_CASE("scenario: spoofed-syn-rst", "[core][scenario]")
{
    const Simulation sim = finished("spoofed-syn-rst");
    const auto lines = ladder(sim);
    REQUIRE(lines.size() == 3);
    const SeqNum forged_isn = sim.trace().segments[0].seg.seq;
    CHECK(lines[1] == "server>spoofed SYN-ACK 300 " + std::to_string((forged_isn + 1).raw()) + " 0");
    CHECK(lines[2] == "spoofed>server RST " + std::to_string((forged_isn + 1).raw()) + " - 0");
    CHECK(host_state(sim, "server") == TcpState::Listen);
    CHECK(sim.world().hosts[1].listener->syn_queue.empty());
}

TEST_CASE("scenario: two-way-handshake opens a connection nobody asked for", "[core][scenario]")
{
    const Simulation sim = finished("two-way-handshake");
    CHECK(ladder(sim) == std::vector<std::string>{"client>server SYN 90 - 0", "server>client SYN-ACK 300 91 0",
                                                  "server>client PSH-ACK 301 91 5", "client>server RST 91 - 0",
                                                  "client>server RST 91 - 0"});
    std::vector<Explain> server_changes;
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::StateChanged && e.host == 1)
            server_changes.push_back(e.why);
    CHECK(server_changes == std::vector<Explain>{Explain::Listening, Explain::SynAckReply, Explain::TwoWayEstablished,
                                                 Explain::ResetToClosed});
}

TEST_CASE("scenario: blind-spoofing succeeds with 4.4BSD ISNs and fails with RFC 6528", "[core][scenario]")
{
    const Simulation bsd = finished("blind-spoofing");
    CHECK(ladder(bsd) == std::vector<std::string>{
                             "attacker>server SYN 1 - 0", "server>attacker SYN-ACK 1 2 0", "attacker>server ACK 2 2 0",
                             "attacker>server SYN 4097599004 - 0", "server>trusted SYN-ACK 64001 4097599005 0 lost",
                             "attacker>server ACK 4097599005 64002 0", "attacker>server PSH-ACK 4097599005 64002 19",
                             "server>trusted ACK 64002 4097599024 0 lost"});
    Scenario secure = *builtin_scenario("blind-spoofing");
    secure.options.isn = IsnMode::Rfc6528;
    Simulation sim(secure);
    sim.run_to_end();
    std::size_t rejected = 0, forged_established = 0;
    for (const TraceEvent& e : sim.trace().events) {
        rejected += e.kind == EventKind::SegmentSent && e.why == Explain::RstBadAckSynReceived;
        forged_established += e.kind == EventKind::StateChanged && e.host == 0 &&
                              Trace::to_state(e) == TcpState::Established && e.b == kTrustedAddress;
    }
    CHECK(rejected == 2);
    CHECK(forged_established == 0);
}

TEST_CASE("same scenario and seed give the same trace while another seed changes random parts", "[core][scenario]")
{
    for (const Scenario& base : builtin_scenarios()) {
        DYNAMIC_SECTION(base.name)
        {
            Scenario s = base;
            s.options.isn = IsnMode::Random;
            Simulation a(s), b(s);
            a.run_to_end(1'000'000);
            b.run_to_end(1'000'000);
            CHECK(a.trace().events == b.trace().events);
            CHECK(a.trace().segments == b.trace().segments);
            s.options.seed = 99;
            Simulation c(s);
            c.run_to_end(1'000'000);
            CHECK_FALSE(c.trace().segments == a.trace().segments);
        }
    }
}

TEST_CASE("latency 0 keeps a deterministic order of simultaneous events", "[core][scenario]")
{
    Scenario s = handshake_only("simultaneous-open");
    s.options.latency = 0;
    Simulation sim(s);
    sim.run_to_end();
    CHECK(ladder(sim) == std::vector<std::string>{"peer-a>peer-b SYN 100 - 0", "peer-b>peer-a SYN 300 - 0",
                                                  "peer-b>peer-a SYN-ACK 300 101 0", "peer-a>peer-b SYN-ACK 100 301 0",
                                                  "peer-a>peer-b ACK 101 301 0", "peer-b>peer-a ACK 301 101 0"});
    CHECK(host_state(sim, "peer-a") == TcpState::Established);
}
