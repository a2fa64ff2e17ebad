// Two TCBs driven by hand, segment by segment, with no simulation and no scenario
// timeline: exact segments out, and the whole TCB compared at the end (every field,
// as smoltcp's socket tests do), so a rule that changes any of it shows here.
#include "scenario/scenario_library.hpp"
#include "sim/simulation.hpp"
#include "support/endpoint_fixture.hpp"
#include "support/lab.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <sstream>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

// Every field of a TCB, for a readable difference when two disagree.
std::string describe(const Endpoint& e)
{
    std::ostringstream o;
    const TcpOptions& n = e.negotiated;
    o << state_name(e.state) << (e.passive ? " passive" : "") << " iss=" << e.iss.raw() << " irs=" << e.irs.raw()
      << " una=" << e.snd_una.raw() << " nxt=" << e.snd_nxt.raw() << " rcv_nxt=" << e.rcv_nxt.raw()
      << " rcv_wnd=" << e.rcv_wnd << " snd_wnd=" << e.snd_wnd << " wl=" << e.snd_wl1.raw() << "/" << e.snd_wl2.raw()
      << " mss=" << n.mss << " ws=" << n.window_scale << " sack=" << n.sack_permitted << " ts=" << n.timestamps
      << " ts_recent=" << e.ts_recent << " timer=" << e.timer.deadline << "/" << e.timer.rto << "/"
      << e.timer.retransmissions << "/" << e.timer.first_sent << " opened=" << e.opened_at << " rtt=" << e.handshake_rtt
      << " unacked=" << e.unacked.length << "@" << e.unacked_seq.raw() << " app=" << e.app.greeting.length << "/"
      << e.app.reply.length << "/" << e.app.pending.length << "/" << e.app.replied << "/" << e.app.accepted
      << " unread=" << e.app.unread << " srtt=" << e.rtt.srtt << " rttvar=" << e.rtt.rttvar
      << " rto=" << e.rtt.rto << " samples=" << e.rtt.samples << " timed=" << e.timed_at << "/" << e.timed_end.raw()
      << " delack=" << e.delayed_ack_deadline;
    return o.str();
}

void check_tcb(const Endpoint& got, const Endpoint& want)
{
    CHECK(describe(got) == describe(want));
    CHECK(got == want); // and whatever describe() leaves out
}

// The TCB both sides hold after the handshake, from RFC 9293 §3.10 by hand.
Endpoint established(bool client_side, std::uint32_t iss, std::uint32_t irs)
{
    Endpoint e = endpoint(client_side);
    e.state = TcpState::Established;
    e.passive = !client_side;
    e.iss = SeqNum(iss);
    e.irs = SeqNum(irs);
    e.snd_una = e.snd_nxt = SeqNum(iss) + 1;
    e.rcv_nxt = SeqNum(irs) + 1;
    // The client learns the window from the SYN-ACK, never scaled (RFC 7323 §2.2); the
    // server from the third segment, whose 501 is scaled by the client's shift of 7.
    e.snd_wnd = client_side ? 64240 : 501 << 7;
    e.snd_wl1 = SeqNum(irs) + (client_side ? 0 : 1); // the SYN-ACK, or the third segment
    e.snd_wl2 = SeqNum(iss) + 1;
    e.negotiated = e.our_syn_options;
    e.negotiated.ts_val = e.negotiated.ts_ecr = 0;
    e.ts_recent = client_side ? 10 : 20; // the peer's last TSval, in ms (1 ms clock)
    e.timer.rto = 1000 * ms;
    e.timer.first_sent = client_side ? 0 : 10 * ms;
    e.opened_at = client_side ? 0 : 10 * ms;
    e.handshake_rtt = client_side ? 20 * ms : 0;
    // Both measured the handshake's 20 ms round trip (RFC 6298 §2.2): RTTVAR = R/2, and
    // Linux's RTO = SRTT + max(4 RTTVAR, 200 ms).
    e.rtt = {20 * ms, 10 * ms, 220 * ms, 1};
    return e;
}

} // namespace

TEST_CASE("a handshake by hand: exact segments and both whole TCBs", "[core][endpoint]")
{
    Handshake h(100, 300);
    CHECK(brief({h.syn, Explain::ActiveOpen}) == "SYN 100 0 0 win 64240 active_open");
    CHECK(h.syn.options.mss == 1460);
    CHECK(h.syn.options.window_scale == 7);
    CHECK(brief({h.syn_ack, Explain::SynAckReply}) == "SYN-ACK 300 101 0 win 64240 syn_ack_reply");
    CHECK(h.syn_ack.options.ts_ecr == 0); // the SYN's TSval at 0 ms
    CHECK(h.syn_ack.options.ts_val == 10);
    // The third segment's window is scaled by the client's shift: 64240 >> 7.
    CHECK(brief({h.ack, Explain::HandshakeAck}) == "ACK 101 301 0 win 501 handshake_ack");
    CHECK(h.client_ctx.states ==
          std::vector<StateStep>{{TcpState::Closed, TcpState::SynSent, Explain::ActiveOpen},
                                 {TcpState::SynSent, TcpState::Established, Explain::HandshakeAck}});
    CHECK(h.server_ctx.states ==
          std::vector<StateStep>{{TcpState::Listen, TcpState::SynReceived, Explain::SynAckReply},
                                 {TcpState::SynReceived, TcpState::Established, Explain::HandshakeComplete}});
    CHECK(h.client_ctx.deadlines == std::vector<std::int64_t>{1000 * ms}); // SYN RTO 1 s
    CHECK(h.server_ctx.deadlines == std::vector<std::int64_t>{1010 * ms}); // SYN-ACK RTO 1 s
    CHECK(h.client_ctx.timer_stops == std::vector<Explain>{Explain::HandshakeAck});
    CHECK(h.server_ctx.timer_stops == std::vector<Explain>{Explain::HandshakeComplete});
    CHECK(h.server_ctx.sent.empty()); // the third segment draws no reply
    Endpoint client = established(true, 100, 300);
    client.timer.deadline = -1;
    check_tcb(h.client, client);
    Endpoint server = established(false, 300, 100);
    server.timer.deadline = -1;
    server.ts_recent = 20;
    check_tcb(h.server, server);
}

TEST_CASE("a request and its answer by hand: quick-ack under linux and the reply on the ACK under rfc6298",
          "[core][endpoint]")
{
    for (const bool linux_profile : {true, false}) {
        INFO((linux_profile ? "linux" : "rfc6298"));
        const TimingProfile timing = linux_profile ? TimingProfile::linux_default() : TimingProfile::rfc6298();
        Handshake h(100, 300, timing);
        h.server.app.reply = {1, 5};
        h.client_ctx.time = 40 * ms;
        h.client.app_send({0, 5}, h.client_ctx);
        const auto request = h.client_ctx.take_sent();
        REQUIRE(request.size() == 1);
        CHECK(brief(request[0]) == "PSH-ACK 101 301 5 win 501 data_sent");
        h.server_ctx.time = 50 * ms;
        h.server.on_segment(request[0].seg, h.server_ctx);
        const auto answer = h.server_ctx.take_sent();
        // Linux acknowledges at once by a segment of its own, then sends the answer; under
        // rfc6298 the answer written at once carries the ACK.
        std::vector<std::string> want{"PSH-ACK 301 106 5 win 501 data_reply"};
        if (linux_profile)
            want.insert(want.begin(), "ACK 301 106 0 win 501 data_accepted");
        std::vector<std::string> got;
        for (const Sent& s : answer)
            got.push_back(brief(s));
        CHECK(got == want);
        h.client_ctx.time = 60 * ms;
        h.client.on_segment(answer.back().seg, h.client_ctx);
        const auto last = h.client_ctx.take_sent();
        REQUIRE(last.size() == 1);
        CHECK(brief(last[0]) == "ACK 106 306 0 win 501 data_accepted");
        // The data timer armed at 40 ms with the handshake's RTO stops when the reply
        // acknowledges the request; the 20 ms it took is the client's second sample.
        const std::int64_t rto = linux_profile ? 220 * ms : 1000 * ms;
        CHECK(h.client_ctx.deadlines.back() == 40 * ms + rto);
        CHECK(h.client_ctx.timer_stops.back() == Explain::DataAcked);
        CHECK(h.client_ctx.rtt_samples == std::vector<std::int64_t>{20 * ms, 20 * ms});

        Endpoint client = established(true, 100, 300);
        client.snd_una = client.snd_nxt = SeqNum(106);
        client.rcv_nxt = SeqNum(306);
        client.unacked_seq = SeqNum(101);
        client.snd_wnd = 501 << 7; // now from the reply, which is scaled
        client.snd_wl1 = SeqNum(301);
        client.snd_wl2 = SeqNum(106);
        client.timer = {-1, rto, 0, 40 * ms};
        client.ts_recent = 50;
        client.timed_end = SeqNum(106);
        // §2.3: RTTVAR = 3/4 x 10 + 1/4 x |20 - 20| = 7.5 ms; SRTT stays 20 ms.
        client.rtt = {20 * ms, 7'500'000, linux_profile ? 220 * ms : 1000 * ms, 2};
        check_tcb(h.client, client);
        Endpoint server = established(false, 300, 100);
        server.snd_nxt = SeqNum(306); // its reply is not yet acknowledged
        server.rcv_nxt = SeqNum(106);
        server.unacked = {1, 5};
        server.unacked_seq = SeqNum(301);
        server.snd_wl1 = SeqNum(101); // the request
        server.snd_wl2 = SeqNum(301);
        server.app.reply = {1, 5};
        server.app.replied = true;
        server.timer = {50 * ms + rto, rto, 0, 50 * ms};
        server.ts_recent = 40;
        server.timed_at = 50 * ms; // the reply is being timed
        server.timed_end = SeqNum(306);
        if (!linux_profile)
            server.rtt.rto = 1000 * ms;
        check_tcb(h.server, server);
    }
}

TEST_CASE("a handshake across the 2^32 wrap: SND.NXT and RCV.NXT wrap to 0", "[core][endpoint][wrap]")
{
    Handshake h(0xffffffff, 0xfffffffe);
    CHECK(brief({h.syn_ack, Explain::SynAckReply}) == "SYN-ACK 4294967294 0 0 win 64240 syn_ack_reply");
    CHECK(brief({h.ack, Explain::HandshakeAck}) == "ACK 0 4294967295 0 win 501 handshake_ack");
    Endpoint client = established(true, 0xffffffff, 0xfffffffe);
    client.timer.deadline = -1;
    check_tcb(h.client, client);
    CHECK(h.client.snd_nxt.raw() == 0);
    Endpoint server = established(false, 0xfffffffe, 0xffffffff);
    server.timer.deadline = -1;
    server.ts_recent = 20;
    check_tcb(h.server, server);
    CHECK(h.server.rcv_nxt.raw() == 0);
}

TEST_CASE("every synchronized TCB of every scenario knows its peer's window as the peer scaled it", "[core][endpoint]")
{
    std::size_t checked = 0;
    for (const Scenario& scenario : builtin_scenarios()) {
        Simulation sim(handshake_only(scenario)); // the TCBs left ESTABLISHED
        sim.run_to_end(200'000);
        for (const Host& host : sim.world().hosts)
            for (const Endpoint& e : host.connections) {
                if (e.state != TcpState::Established)
                    continue;
                for (const Host& other : sim.world().hosts)
                    for (const Endpoint& peer : other.connections) {
                        if (peer.tuple.local_addr != e.tuple.remote_addr ||
                            peer.tuple.local_port != e.tuple.remote_port ||
                            peer.tuple.remote_port != e.tuple.local_port || peer.state != TcpState::Established)
                            continue;
                        INFO(scenario.name << " " << describe(e));
                        // The window of the last segment it took from the peer, read with
                        // the peer's shift unless it was a SYN (RFC 7323 §2.2-2.3).
                        const Trace& t = sim.trace();
                        std::optional<Segment> last;
                        for (const TraceEvent& d : t.events)
                            if (d.kind == EventKind::SegmentDelivered &&
                                t.segments[d.ref].seg.src_port == peer.tuple.local_port &&
                                t.segments[d.ref].seg.dst_port == e.tuple.local_port &&
                                t.segments[d.ref].seg.src_addr == e.tuple.remote_addr)
                                last = t.segments[d.ref].seg;
                        REQUIRE(last);
                        const int shift = last->has(flag::SYN) ? 0 : std::max<int>(e.negotiated.window_scale, 0);
                        CHECK(e.snd_wnd == std::uint32_t(last->window) << shift);
                        ++checked;
                    }
            }
    }
    CHECK(checked >= 10);
}
