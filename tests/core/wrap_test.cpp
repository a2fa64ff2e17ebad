// A whole handshake and data exchange with ISNs just below 2^32.
#include "support/lab.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;
using namespace tcpviz::test;

TEST_CASE("handshake and data across the 2^32 wrap", "[core][wrap]")
{
    Scenario s = *builtin_scenario("normal");
    s.hosts[0].first_isn = 0xffff'ffffu; // SYN takes the last number; data starts at 0
    s.hosts[1].first_isn = 0xffff'fffcu; // server's data crosses the wrap
    Simulation sim(s);
    sim.run_to_end();
    CHECK(ladder(sim) == std::vector<std::string>{
                             "client>server SYN 4294967295 - 0",
                             "server>client SYN-ACK 4294967292 0 0",
                             "client>server ACK 0 4294967293 0",
                             "client>server PSH-ACK 0 4294967293 5",
                             "server>client ACK 4294967293 5 0",
                             "server>client PSH-ACK 4294967293 5 5",
                             "client>server ACK 5 2 0",
                             "client>server FIN-ACK 5 2 0", // each FIN takes one more number
                             "server>client FIN-ACK 2 6 0",
                             "client>server ACK 6 3 0",
                         });
    for (const Host& h : sim.world().hosts)
        for (const Endpoint& e : h.connections) {
            CHECK(e.state == TcpState::Closed);
            CHECK(e.snd_una == e.snd_nxt);
            CHECK(e.unacked.empty());
        }
}

TEST_CASE("SYN-SENT ACK check across the wrap", "[core][wrap][syn-sent]")
{
    Scenario s = two_hosts(true, false, false);
    s.hosts[0].first_isn = 0xffff'ffffu;
    Simulation sim(s);
    sim.apply(connect(sim, "peer", "server"));
    // ISS = 2^32-1, SND.NXT = 0: ACK 0 is acceptable, ACK 0xffffffff (= ISS) is not.
    Simulation bad = sim;
    CHECK(briefs(deliver(bad, "server", "peer", flag::SYN | flag::ACK, 7, 0xffff'ffffu)) ==
          std::vector<std::string>{"RST 4294967295 - 0"});
    CHECK(briefs(deliver(sim, "server", "peer", flag::SYN | flag::ACK, 7, 0)) == std::vector<std::string>{"ACK 0 8 0"});
    CHECK(host_state(sim, "peer") == TcpState::Established);
}
