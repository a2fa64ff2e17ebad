// RFC 9293 §3.5 Figures 6-11 as two-endpoint runs with exact Seq/Ack and states.
#include "support/lab.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

Simulation run(const Scenario& s)
{
    Simulation sim(s);
    sim.run_to_end();
    return sim;
}

Scenario named(const char* name)
{
    return *builtin_scenario(name);
}

} // namespace

TEST_CASE("Figure 6: basic three-way handshake", "[core][figure]")
{
    Scenario s = named("normal");
    s.timeline = {spec(ActionKind::Connect, "client", "server")}; // the handshake alone
    const Simulation sim = run(s);
    CHECK(ladder(sim) == std::vector<std::string>{
                             "client>server SYN 100 - 0",
                             "server>client SYN-ACK 300 101 0",
                             "client>server ACK 101 301 0",
                         });
    CHECK(host_state(sim, "client") == TcpState::Established);
    CHECK(host_state(sim, "server") == TcpState::Established);
}

TEST_CASE("Figure 6: data follows with the same SEQ as the third segment", "[core][figure]")
{
    const Simulation sim = run(named("normal"));
    CHECK(ladder(sim) == std::vector<std::string>{
                             "client>server SYN 100 - 0",
                             "server>client SYN-ACK 300 101 0",
                             "client>server ACK 101 301 0",
                             "client>server PSH-ACK 101 301 5",
                             "server>client ACK 301 106 0", // Linux's quick-ack, before the answer
                             "server>client PSH-ACK 301 106 5",
                             "client>server ACK 106 306 0",
                             "client>server FIN-ACK 106 306 0", // then the close in three segments
                             "server>client FIN-ACK 306 107 0",
                             "client>server ACK 107 307 0",
                         });
}

TEST_CASE("Figure 7: simultaneous open ends ESTABLISHED on both sides without a third ACK", "[core][figure]")
{
    const Simulation sim = run(handshake_only("simultaneous-open"));
    CHECK(ladder(sim) == std::vector<std::string>{
                             "peer-a>peer-b SYN 100 - 0",
                             "peer-b>peer-a SYN 300 - 0",
                             "peer-b>peer-a SYN-ACK 300 101 0",
                             "peer-a>peer-b SYN-ACK 100 301 0",
                             // Linux acknowledges the crossing SYN-ACKs; Figure 7 does not.
                             "peer-a>peer-b ACK 101 301 0",
                             "peer-b>peer-a ACK 301 101 0",
                         });
    // Every state each side passes through, in order.
    std::vector<std::string> path_a, path_b;
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::StateChanged)
            (e.host == 0 ? path_a : path_b).push_back(state_name(Trace::to_state(e)));
    const std::vector<std::string> expected{"SYN-SENT", "SYN-RECEIVED", "ESTABLISHED"};
    CHECK(path_a == expected);
    CHECK(path_b == expected);
}

TEST_CASE("Figure 8: an old duplicate SYN is reset and the real handshake completes", "[core][figure]")
{
    const Simulation sim = run(handshake_only("old-duplicate-syn"));
    CHECK(ladder(sim) == std::vector<std::string>{
                             "client>server SYN 100 - 0", // delayed in the network
                             "client>server SYN 90 - 0",  // the old duplicate
                             "server>client SYN-ACK 300 91 0",
                             "client>server RST 91 - 0",
                             "server>client SYN-ACK 400 101 0",
                             "client>server ACK 101 401 0",
                         });
    std::vector<std::string> server_path;
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::StateChanged && e.host == 1)
            server_path.push_back(state_name(Trace::to_state(e)));
    CHECK(server_path ==
          std::vector<std::string>{"LISTEN", "SYN-RECEIVED", "LISTEN", "SYN-RECEIVED", "ESTABLISHED"});
}

TEST_CASE("a segment the fault plan holds back records how long at its arrival", "[core][faults]")
{
    for (const Scenario& scenario : builtin_scenarios()) {
        Simulation sim(scenario);
        sim.run_to_end(200'000);
        const Trace& t = sim.trace();
        std::vector<std::int64_t> sent_at(t.segments.size(), -1);
        std::size_t delayed = 0;
        for (const TraceEvent& e : t.events) {
            if (e.kind == EventKind::SegmentSent)
                sent_at[e.ref] = e.time;
            if (e.kind != EventKind::SegmentDelivered)
                continue;
            INFO(scenario.name << " segment " << e.ref);
            // Every arrival comes after the path's latency plus what the plan held it back.
            CHECK(e.time - sent_at[e.ref] == scenario.options.latency + held_back(e));
            CHECK((e.why == Explain::Delayed) == (held_back(e) > 0));
            delayed += e.why == Explain::Delayed;
        }
        if (scenario.name == "old-duplicate-syn") {
            CHECK(delayed == 1); // the client's first SYN, by the scenario's 40 ms
            for (const TraceEvent& e : t.events)
                if (e.why == Explain::Delayed)
                    CHECK((e.ref == 0 && held_back(e) == 40'000'000));
        } else {
            CHECK(delayed == 0);
        }
    }
}

TEST_CASE("Figure 9: half-open connection discovery", "[core][figure]")
{
    const Simulation sim = run(handshake_only("half-open-discovery"));
    CHECK(ladder(sim) == std::vector<std::string>{
                             "client>server SYN 400 - 0",
                             "server>client ACK 300 100 0", // B still thinks send 300, receive 100
                             "client>server RST 100 - 0",
                             "client>server SYN 400 - 0", // retransmitted after 1 s
                             "server>client SYN-ACK 300 401 0",
                             "client>server ACK 401 301 0",
                         });
    bool aborted = false;
    for (const TraceEvent& e : sim.trace().events)
        aborted |= e.kind == EventKind::StateChanged && e.host == 1 && Trace::from_state(e) == TcpState::Established &&
                   Trace::to_state(e) == TcpState::Closed && e.why == Explain::ResetToClosed;
    CHECK(aborted);
    CHECK(host_state(sim, "client") == TcpState::Established);
}

TEST_CASE("Figure 10: data reaching a rebooted host draws a RST that aborts the other side", "[core][figure]")
{
    Scenario s = two_hosts(true, false);
    s.hosts[1].established = PresetConnection{"peer", 300, 100};
    ActionSpec send;
    send.kind = ActionKind::Send;
    send.host = "server";
    send.text = "hello";
    s.timeline = {send};
    const Simulation sim = run(s);
    CHECK(ladder(sim) == std::vector<std::string>{
                             "server>peer PSH-ACK 300 100 5",
                             "peer>server RST 100 - 0",
                         });
    CHECK(host_state(sim, "server") == TcpState::Closed);
}

TEST_CASE("Figure 11: an old SYN between two listeners ends with both in LISTEN", "[core][figure]")
{
    Scenario s = two_hosts(true, true);
    s.hosts[0].listens = true;
    ActionSpec old_syn;
    old_syn.kind = ActionKind::Inject;
    old_syn.host = "peer";
    old_syn.target = "server";
    old_syn.flags = flag::SYN;
    old_syn.seq = 90;
    s.timeline = {old_syn};
    const Simulation sim = run(s);
    CHECK(ladder(sim) == std::vector<std::string>{
                             "peer>server SYN 90 - 0",
                             "server>peer SYN-ACK 300 91 0",
                             "peer>server RST 91 - 0",
                         });
    CHECK(host_state(sim, "peer") == TcpState::Listen);
    CHECK(host_state(sim, "server") == TcpState::Listen);
}
