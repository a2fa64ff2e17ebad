// The accept queue: connections ESTABLISHED in the kernel wait there for the
// application's accept(); the listen backlog bounds it (Linux sk_acceptq_is_full, so
// backlog + 1 fit), and when it is full Linux drops SYNs, cookie ACKs and third ACKs
// (tcp_abort_on_overflow 0).
#include "support/lab.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

// "time ms: depth why" for every accept-queue change.
std::vector<std::string> accept_queue_log(const Simulation& sim)
{
    std::vector<std::string> out;
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::AcceptQueueDepth)
            out.push_back(std::to_string(e.time / kMillisecond) + ": " + std::to_string(e.a) + "/" +
                          std::to_string(e.b) + " " + explain_id(e.why));
    return out;
}

std::vector<std::string> dropped(const Simulation& sim)
{
    std::vector<std::string> out;
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::SegmentDropped)
            out.push_back(std::to_string(e.time / kMillisecond) + " " + brief(sim.trace().segments[e.ref].seg) + " " +
                          explain_id(e.why));
    return out;
}

// A server whose application never calls accept(), backlog 0 (one connection fits),
// and clients "peer" and "second" connecting at 0 and `second_ms`.
Scenario stuck_server(CookieMode cookies, double second_ms)
{
    Scenario s = two_hosts(true, true);
    s.options.backlog = 0;
    s.options.cookies = cookies;
    s.hosts[1].accepts = false;
    s.hosts.push_back(host("second", HostRole::Client, kClientAddress + 1, 50001, false, true));
    s.timeline = {spec(ActionKind::Connect, "peer", "server"), spec(ActionKind::Connect, "second", "server", second_ms)};
    return s;
}

} // namespace

TEST_CASE("slow-accept: the queue fills, the third ACK is dropped, SYN-ACKs repeat until there is room",
          "[core][accept]")
{
    const Simulation sim = finished("slow-accept");
    CHECK(ladder(sim) == std::vector<std::string>{
                             "client>server SYN 100 - 0",
                             "server>client SYN-ACK 300 101 0",
                             "client>server ACK 101 301 0",
                             "client>server PSH-ACK 101 301 5",
                             "server>client ACK 301 106 0", // the kernel ACKs; the application has not accepted
                             "client-2>server SYN 100 - 0",
                             "client-3>server SYN 100 - 0",
                             "server>client-2 SYN-ACK 400 101 0",
                             "server>client-3 SYN-ACK 500 101 0",
                             "client-2>server ACK 101 401 0",
                             "client-3>server ACK 101 501 0", // dropped: the queue holds backlog + 1 = 2
                             "server>client-3 SYN-ACK 500 101 0",
                             "client-3>server ACK 101 501 0", // dropped again
                             "server>client PSH-ACK 301 106 5", // the reply, once accept() took the connection
                             "client>server ACK 106 306 0",
                             "server>client-3 SYN-ACK 500 101 0",
                             "client-3>server ACK 101 501 0", // room now: the handshake completes
                         });
    CHECK(dropped(sim) == std::vector<std::string>{"135 ACK 101 501 0 accept_queue_full",
                                                   "1135 ACK 101 501 0 accept_queue_full"});
    // SYN-ACK retransmissions of the request whose ACK was dropped: 1 s, then 2 s later.
    CHECK(send_times_ms(sim, flag::SYN | flag::ACK) == std::vector<double>{10, 110, 115, 1115, 3115});
    // Established at 30 and 130 ms; accept() every 1.5 s, one connection at a time.
    CHECK(accept_queue_log(sim) == std::vector<std::string>{
                                       "30: 1/1 connection_queued", "130: 2/1 connection_queued",
                                       "1530: 1/1 app_accepted", "3030: 0/1 app_accepted",
                                       "3135: 1/1 connection_queued", "4635: 0/1 app_accepted"});
    CHECK(sim.world().hosts[sim.host_index("server")].listener->accept_queue.empty());
    CHECK(sim.world().hosts[sim.host_index("server")].listener->syn_queue.empty());
}

TEST_CASE("a full accept queue drops SYNs and the client retransmits into it", "[core][accept]")
{
    Simulation sim(stuck_server(CookieMode::Overflow, 100));
    sim.run_until(5 * kSecond);
    // peer fills the queue at 30 ms (backlog 0: one fits); second's SYNs find it full.
    CHECK(accept_queue_log(sim) == std::vector<std::string>{"30: 1/0 connection_queued"});
    CHECK(dropped(sim) == std::vector<std::string>{"110 SYN 100 - 0 accept_queue_full",
                                                   "1110 SYN 100 - 0 accept_queue_full",
                                                   "2110 SYN 100 - 0 accept_queue_full",
                                                   "3110 SYN 100 - 0 accept_queue_full",
                                                   "4110 SYN 100 - 0 accept_queue_full"});
    CHECK(host_state(sim, "second") == TcpState::SynSent);
}

TEST_CASE("a full accept queue drops a valid cookie ACK and keeps nothing", "[core][accept]")
{
    Simulation sim(finished(stuck_server(CookieMode::Always, 5)));
    const Trace& t = sim.trace();
    // Both SYNs find room and are answered with cookies; second's ACK carries a valid
    // cookie but comes after peer's has filled the accept queue.
    CHECK(accept_queue_log(sim) == std::vector<std::string>{"30: 1/0 connection_queued"});
    REQUIRE(t.segments[3].to_host == sim.host_index("second"));
    CHECK(t.segments[3].why == Explain::CookieSynAck);
    CHECK(dropped(sim) == std::vector<std::string>{"35 ACK 101 " + std::to_string(t.segments[3].seg.seq.raw() + 1) +
                                                   " 0 accept_queue_full"});
    CHECK(host_state(sim, "second") == TcpState::Established); // it believes it is connected
    const Host& server = sim.world().hosts[sim.host_index("server")];
    CHECK(server.connections.size() == 1);
    CHECK(server.listener->syn_queue.empty());
}

TEST_CASE("an application that accepts at once leaves no trace of the accept queue", "[core][accept]")
{
    const Simulation sim = finished("normal");
    CHECK(accept_queue_log(sim).empty());
    CHECK(sim.world().hosts[sim.host_index("server")].listener->accept_queue.empty());
}

TEST_CASE("a reboot empties the accept queue with the connections it held", "[core][accept]")
{
    Scenario s = stuck_server(CookieMode::Overflow, 5);
    s.hosts[1].accepts = true;
    s.hosts[1].accept_delay = 500 * kMillisecond; // would accept peer's connection at 530 ms
    s.timeline.push_back(spec(ActionKind::Reboot, "server", {}, 100));
    const Simulation sim = finished(s);
    CHECK(accept_queue_log(sim) == std::vector<std::string>{"30: 1/0 connection_queued", "100: 0/0 host_rebooted"});
    CHECK(sim.world().hosts[sim.host_index("server")].listener->accept_queue.empty());
}
