// The built-in close scenarios, run whole under both timing profiles: every segment with
// the moment it left, every state each side passes through and when, and the timers
// (delayed ACK, RTO, TIME-WAIT, FIN-WAIT-2) that decide those moments.
#include "support/lab.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

using Lines = std::vector<std::string>;

std::string ms_text(std::int64_t ns)
{
    std::ostringstream o;
    o << double(ns) / 1e6;
    return o.str();
}

// "240 client>server FIN-ACK 106 306 0": when it left, then ladder()'s line.
Lines timed_ladder(const Simulation& sim)
{
    Lines out = ladder(sim);
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::SegmentSent)
            out[e.ref] = ms_text(e.time) + " " + out[e.ref];
    return out;
}

// "FIN-WAIT-1@240": each state a host's connections enter, with when.
Lines state_path(const Simulation& sim, const std::string& host)
{
    Lines out;
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::StateChanged && e.host == sim.host_index(host))
            out.push_back(std::string(state_name(Trace::to_state(e))) + "@" + ms_text(e.time));
    return out;
}

// Each arming of a host's timer for `purpose`: "60000@260" (its length, when armed).
Lines timers(const Simulation& sim, const std::string& host, TimerPurpose purpose)
{
    Lines out;
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::TimerArmed && e.host == sim.host_index(host) && timer_arming(e).purpose == purpose)
            out.push_back(ms_text(timer_arming(e).rto) + "@" + ms_text(e.time));
    return out;
}

// Each delayed ACK: "40@250" (how long it may wait, when the FIN came).
Lines ack_delays(const Simulation& sim, const std::string& host)
{
    Lines out;
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::AckDelayed && e.host == sim.host_index(host))
            out.push_back(ms_text(ack_delay(e)) + "@" + ms_text(e.time));
    return out;
}

Simulation run(const char* name, ProfileKind profile)
{
    Scenario s = *builtin_scenario(name);
    s.options.profile = profile;
    return finished(s);
}

// The handshake and the exchange every close scenario starts with. Under linux the
// server's quick-ack acknowledges the request by a segment of its own at 30 ms.
Lines opening(ProfileKind profile)
{
    Lines l{"0 client>server SYN 100 - 0", "10 server>client SYN-ACK 300 101 0", "20 client>server ACK 101 301 0",
            "20 client>server PSH-ACK 101 301 5"};
    if (profile == ProfileKind::Linux)
        l.push_back("30 server>client ACK 301 106 0");
    l.insert(l.end(), {"30 server>client PSH-ACK 301 106 5", "40 client>server ACK 106 306 0"});
    return l;
}

Lines then(Lines first, const Lines& more)
{
    first.insert(first.end(), more.begin(), more.end());
    return first;
}

constexpr ProfileKind kLinux = ProfileKind::Linux, kRfc = ProfileKind::Rfc6298;
constexpr ProfileKind kBoth[] = {kLinux, kRfc};

const char* name_of(ProfileKind p)
{
    return profile_name(p);
}

} // namespace

TEST_CASE("close-three-way: the server's FIN carries its delayed ACK", "[core][close][scenario]")
{
    for (const ProfileKind p : kBoth) {
        INFO(name_of(p));
        const Simulation sim = run("close-three-way", p);
        CHECK(timed_ladder(sim) == then(opening(p), {"240 client>server FIN-ACK 106 306 0",
                                                     "250 server>client FIN-ACK 306 107 0",
                                                     "260 client>server ACK 107 307 0"}));
        const std::string closed = p == kLinux ? "CLOSED@60260" : "CLOSED@240260";
        // The server's FIN acknowledges the client's: FIN-WAIT-2, then at once TIME-WAIT
        // (RFC 9293 §3.10.7.4 fifth step, then eighth; Linux does the same).
        CHECK(state_path(sim, "client") == Lines{"SYN-SENT@0", "ESTABLISHED@20", "FIN-WAIT-1@240", "FIN-WAIT-2@260",
                                                 "TIME-WAIT@260", closed});
        CHECK(state_path(sim, "server") == Lines{"LISTEN@0", "SYN-RECEIVED@10", "ESTABLISHED@30", "CLOSE-WAIT@250",
                                                 "LAST-ACK@250", "CLOSED@270"});
        CHECK(timers(sim, "client", p == kLinux ? TimerPurpose::LinuxTimeWait : TimerPurpose::TimeWait) ==
              Lines{p == kLinux ? "60000@260" : "240000@260"});
        // The ACK of the client's FIN was owed, and the FIN took it along.
        CHECK(ack_delays(sim, "server") == Lines{p == kLinux ? "40@250" : "200@250"});
        std::size_t carried = 0;
        for (const TraceEvent& e : sim.trace().events)
            carried += e.kind == EventKind::DelayedAckCarried && e.why == Explain::PassiveClose && e.time == 250'000'000;
        CHECK(carried == 1);
    }
}

TEST_CASE("close-four-way: the delayed ACK goes alone and the FIN follows a second later", "[core][close][scenario]")
{
    for (const ProfileKind p : kBoth) {
        INFO(name_of(p));
        const Simulation sim = run("close-four-way", p);
        const std::string ack_at = p == kLinux ? "290" : "450"; // 250 + the delayed-ACK timeout
        CHECK(timed_ladder(sim) == then(opening(p), {"240 client>server FIN-ACK 106 306 0",
                                                     ack_at + " server>client ACK 306 107 0",
                                                     "1250 server>client FIN-ACK 306 107 0",
                                                     "1260 client>server ACK 107 307 0"}));
        CHECK(sim.trace().segments[sim.trace().segments.size() - 3].why == Explain::DelayedAck);
        const std::string fw2 = "FIN-WAIT-2@" + std::to_string(std::stoi(ack_at) + 10);
        CHECK(state_path(sim, "client") == Lines{"SYN-SENT@0", "ESTABLISHED@20", "FIN-WAIT-1@240", fw2,
                                                 "TIME-WAIT@1260", p == kLinux ? "CLOSED@61260" : "CLOSED@241260"});
        CHECK(state_path(sim, "server") == Lines{"LISTEN@0", "SYN-RECEIVED@10", "ESTABLISHED@30", "CLOSE-WAIT@250",
                                                 "LAST-ACK@1250", "CLOSED@1270"});
        // The client's FIN-WAIT-2 timeout runs while it waits (Linux), and stops at the FIN.
        CHECK(timers(sim, "client", TimerPurpose::FinWait2) == (p == kLinux ? Lines{"60000@" + fw2.substr(11)} : Lines{}));
    }
}

TEST_CASE("simultaneous-close: both FINs cross and both sides pass CLOSING to TIME-WAIT", "[core][close][scenario]")
{
    for (const ProfileKind p : kBoth) {
        INFO(name_of(p));
        const Simulation sim = run("simultaneous-close", p);
        CHECK(timed_ladder(sim) == then(opening(p), {"240 client>server FIN-ACK 106 306 0",
                                                     "240 server>client FIN-ACK 306 106 0",
                                                     "250 server>client ACK 307 107 0",
                                                     "250 client>server ACK 107 307 0"}));
        const std::string closed = p == kLinux ? "CLOSED@60260" : "CLOSED@240260";
        CHECK(state_path(sim, "client") ==
              Lines{"SYN-SENT@0", "ESTABLISHED@20", "FIN-WAIT-1@240", "CLOSING@250", "TIME-WAIT@260", closed});
        CHECK(state_path(sim, "server") == Lines{"LISTEN@0", "SYN-RECEIVED@10", "ESTABLISHED@30", "FIN-WAIT-1@240",
                                                 "CLOSING@250", "TIME-WAIT@260", closed});
    }
}

TEST_CASE("server-closes-first: the server is the active closer and waits in TIME-WAIT", "[core][close][scenario]")
{
    for (const ProfileKind p : kBoth) {
        INFO(name_of(p));
        const Simulation sim = run("server-closes-first", p);
        // The client reads end-of-file at 240 and closes 200 ms later. Under linux its
        // delayed ACK (40 ms) goes first; under rfc6298 (200 ms) its FIN carries it.
        Lines close{"230 server>client FIN-ACK 306 106 0"};
        if (p == kLinux)
            close.push_back("280 client>server ACK 106 307 0");
        close.insert(close.end(), {"440 client>server FIN-ACK 106 307 0", "450 server>client ACK 307 107 0"});
        CHECK(timed_ladder(sim) == then(opening(p), close));
        // Under rfc6298 the client's FIN brings the ACK of the server's: FIN-WAIT-2 and
        // TIME-WAIT at the same moment.
        const std::string fw2 = p == kLinux ? "FIN-WAIT-2@290" : "FIN-WAIT-2@450";
        const Lines server{"LISTEN@0",       "SYN-RECEIVED@10", "ESTABLISHED@30", "FIN-WAIT-1@230", fw2,
                           "TIME-WAIT@450", p == kLinux ? "CLOSED@60450" : "CLOSED@240450"};
        CHECK(state_path(sim, "server") == server);
        CHECK(state_path(sim, "client") ==
              Lines{"SYN-SENT@0", "ESTABLISHED@20", "CLOSE-WAIT@240", "LAST-ACK@440", "CLOSED@460"});
    }
}

TEST_CASE("half-close: the server answers through the open half and then closes", "[core][close][scenario]")
{
    for (const ProfileKind p : kBoth) {
        INFO(name_of(p));
        const Simulation sim = run("half-close", p);
        // The FIN follows the request at once; the server's answer, written at
        // end-of-file, carries the ACK of the FIN (x+7).
        CHECK(timed_ladder(sim) == Lines{"0 client>server SYN 100 - 0", "10 server>client SYN-ACK 300 101 0",
                                         "20 client>server ACK 101 301 0", "20 client>server PSH-ACK 101 301 5",
                                         "20 client>server FIN-ACK 106 301 0", "30 server>client ACK 301 106 0",
                                         "30 server>client PSH-ACK 301 107 5", "40 client>server ACK 107 306 0",
                                         "230 server>client FIN-ACK 306 107 0", "240 client>server ACK 107 307 0"});
        CHECK(state_path(sim, "client") == Lines{"SYN-SENT@0", "ESTABLISHED@20", "FIN-WAIT-1@20", "FIN-WAIT-2@40",
                                                 "TIME-WAIT@240", p == kLinux ? "CLOSED@60240" : "CLOSED@240240"});
        // shutdown() is no close(): the client is no orphan, so no FIN-WAIT-2 timeout.
        CHECK(timers(sim, "client", TimerPurpose::FinWait2).empty());
    }
}

TEST_CASE("close-unread-data-rst: close() with the request unread sends RST instead of FIN", "[core][close][scenario]")
{
    for (const ProfileKind p : kBoth) {
        INFO(name_of(p));
        const Simulation sim = run("close-unread-data-rst", p);
        CHECK(timed_ladder(sim) == Lines{"0 client>server SYN 100 - 0", "10 server>client SYN-ACK 300 101 0",
                                         "20 client>server ACK 101 301 0", "20 client>server PSH-ACK 101 301 5",
                                         "30 server>client ACK 301 106 0", "230 server>client RST-ACK 301 106 0"});
        CHECK(sim.trace().segments.back().why == Explain::UnreadDataReset);
        CHECK(state_path(sim, "server").back() == "CLOSED@230");
        CHECK(state_path(sim, "client").back() == "CLOSED@240");
        bool five_unread = false;
        for (const TraceEvent& e : sim.trace().events)
            five_unread |= e.kind == EventKind::Action && e.why == Explain::AppClose && app_close_call(e).unread == 5 &&
                           app_close_call(e).planned;
        CHECK(five_unread);
    }
}

TEST_CASE("abort: one RST ends both sides with no FIN and no TIME-WAIT", "[core][close][scenario]")
{
    for (const ProfileKind p : kBoth) {
        INFO(name_of(p));
        const Simulation sim = run("abort", p);
        CHECK(timed_ladder(sim) == then(opening(p), {"240 client>server RST-ACK 106 306 0"}));
        CHECK(sim.trace().segments.back().why == Explain::Abort);
        CHECK(state_path(sim, "client") == Lines{"SYN-SENT@0", "ESTABLISHED@20", "CLOSED@240"});
        CHECK(state_path(sim, "server").back() == "CLOSED@250");
    }
}

TEST_CASE("lost-fin: the FIN is sent again after the RTO the round trips gave", "[core][close][scenario][timers]")
{
    for (const ProfileKind p : kBoth) {
        INFO(name_of(p));
        const Simulation sim = run("lost-fin", p);
        // RTT 20 ms: linux 20 + max(4 x RTTVAR, 200) = 220 ms; rfc6298 its 1 s floor.
        const std::int64_t again = p == kLinux ? 460 : 1240;
        CHECK(timed_ladder(sim) ==
              then(opening(p),
                   {"240 client>server FIN-ACK 106 306 0 lost", std::to_string(again) + " client>server FIN-ACK 106 306 0",
                    std::to_string(again + 10) + " server>client FIN-ACK 306 107 0",
                    std::to_string(again + 20) + " client>server ACK 107 307 0"}));
        const SegmentRecord& resent = sim.trace().segments[sim.trace().segments.size() - 3];
        CHECK(resent.why == Explain::FinRetransmit);
        CHECK(expired_rto(resent) == (again - 240) * 1'000'000);
    }
}

TEST_CASE("lost-last-ack: LAST-ACK resends its FIN and TIME-WAIT acknowledges it again", "[core][close][scenario]")
{
    for (const ProfileKind p : kBoth) {
        INFO(name_of(p));
        const Simulation sim = run("lost-last-ack", p);
        const std::int64_t again = p == kLinux ? 470 : 1250;
        CHECK(timed_ladder(sim) == then(opening(p), {"240 client>server FIN-ACK 106 306 0",
                                                     "250 server>client FIN-ACK 306 107 0",
                                                     "260 client>server ACK 107 307 0 lost",
                                                     std::to_string(again) + " server>client FIN-ACK 306 107 0",
                                                     std::to_string(again + 10) + " client>server ACK 107 307 0"}));
        CHECK(sim.trace().segments.back().why == Explain::TimeWaitFinAgain);
        // TIME-WAIT starts over when the FIN comes again.
        const std::string restart = std::to_string(again + 10);
        CHECK(timers(sim, "client", p == kLinux ? TimerPurpose::LinuxTimeWait : TimerPurpose::TimeWait) ==
              (p == kLinux ? Lines{"60000@260", "60000@" + restart} : Lines{"240000@260", "240000@" + restart}));
        CHECK(state_path(sim, "server").back() == "CLOSED@" + std::to_string(again + 20));
    }
}

TEST_CASE("close-wait-forever: CLOSE-WAIT lasts while the orphan's FIN-WAIT-2 ends under linux",
          "[core][close][scenario]")
{
    for (const ProfileKind p : kBoth) {
        INFO(name_of(p));
        const Simulation sim = run("close-wait-forever", p);
        const std::string ack_at = p == kLinux ? "290" : "450";
        CHECK(timed_ladder(sim) == then(opening(p), {"240 client>server FIN-ACK 106 306 0",
                                                     ack_at + " server>client ACK 306 107 0"}));
        CHECK(state_path(sim, "server").back() == "CLOSE-WAIT@250");
        const std::string fw2 = std::to_string(std::stoi(ack_at) + 10);
        if (p == kLinux)
            CHECK(state_path(sim, "client") == Lines{"SYN-SENT@0", "ESTABLISHED@20", "FIN-WAIT-1@240",
                                                     "FIN-WAIT-2@" + fw2, "CLOSED@60" + fw2});
        else // RFC 9293 has no such timer: it waits as long as the server does
            CHECK(state_path(sim, "client").back() == "FIN-WAIT-2@" + fw2);
    }
}

TEST_CASE("every close is undone exactly by back and survives the 2^32 wrap", "[core][close][back][wrap]")
{
    for (const Scenario& builtin : builtin_scenarios()) {
        Scenario s = builtin;
        // Each side's numbers cross 2^32 during the exchange or the close.
        for (HostSpec& h : s.hosts)
            h.first_isn = h.role == HostRole::Server ? 0xffff'fffau : 0xffff'fffcu;
        INFO(s.name);
        Simulation sim(s);
        std::vector<World> worlds{sim.world()};
        while (sim.step() && worlds.size() < 400)
            worlds.push_back(sim.world());
        while (sim.current_step() > 0) {
            REQUIRE(sim.back());
            worlds.pop_back();
            CHECK(sim.world() == worlds.back());
        }
        // Every FIN takes one number past the data, across the wrap too.
        Simulation whole(s);
        whole.run_to_end(200'000);
        for (const SegmentRecord& r : whole.trace().segments)
            if (r.seg.has(flag::FIN) && r.why == Explain::ActiveClose && s.name == "close-three-way")
                CHECK(r.seg.seq.raw() == 0xffff'fffcu + 1 + 5);
    }
}
