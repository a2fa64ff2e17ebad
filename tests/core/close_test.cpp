// Closing, TCB by TCB (RFC 9293 §3.10.4, §3.10.7.4, §3.6.1): Figures 12 and 13 with exact
// Seq/Ack and states, TIME-WAIT and its deadline under both profiles, a lost last ACK,
// a FIN retransmitted, an orphan's FIN-WAIT-2 timeout, RST in every closing state, and
// the close across the 2^32 wrap.
#include "support/endpoint_fixture.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

constexpr bool kClient = true, kServer = false;

std::vector<std::string> briefs(const std::vector<Sent>& sent)
{
    std::vector<std::string> out;
    for (const Sent& s : sent)
        out.push_back(brief(s));
    return out;
}

// After the handshake the client sends from 100 and the server from 300, as in Figure 12.
Handshake figure_12_start(ProfileKind profile = ProfileKind::Linux)
{
    Handshake h(99, 299, profile == ProfileKind::Linux ? TimingProfile::linux_default() : TimingProfile::rfc6298());
    for (RecordingContext* c : {&h.client_ctx, &h.server_ctx}) {
        c->states.clear();
        c->deadlines.clear();
    }
    return h;
}

// `side` receives the peer's FIN in ESTABLISHED at `at` and, its application silent,
// acknowledges it when the delayed-ACK timer expires 40 ms later (linux).
std::vector<Sent> fin_acked_late(Handshake& h, bool side, const Segment& fin, std::int64_t at)
{
    CHECK(h.deliver(side, fin, at).empty());
    CHECK(h.tcb(side).delayed_ack_deadline == at + h.ctx(side).timing.delayed_ack);
    return h.expire_delayed_ack(side);
}

// Each closing state, reached by hand, and the side that is in it.
std::pair<Handshake, bool> reach(TcpState target)
{
    Handshake h = figure_12_start();
    const auto fin_a = h.close(kClient, 100 * ms);
    if (target == TcpState::FinWait1)
        return std::pair{h, kClient};
    if (target == TcpState::Closing) { // the FINs cross
        const auto fin_b = h.close(kServer, 100 * ms);
        h.deliver(kClient, fin_b.at(0).seg, 110 * ms);
        return std::pair{h, kClient};
    }
    const auto ack_b = fin_acked_late(h, kServer, fin_a.at(0).seg, 110 * ms);
    if (target == TcpState::CloseWait)
        return std::pair{h, kServer};
    h.deliver(kClient, ack_b.at(0).seg, 160 * ms);
    if (target == TcpState::FinWait2)
        return std::pair{h, kClient};
    const auto fin_b = h.close(kServer, 1110 * ms);
    if (target == TcpState::LastAck)
        return std::pair{h, kServer};
    h.deliver(kClient, fin_b.at(0).seg, 1120 * ms);
    return std::pair{h, kClient}; // TIME-WAIT
}

} // namespace

TEST_CASE("Figure 12: the client closes first and waits in TIME-WAIT", "[core][close][figure]")
{
    for (const ProfileKind profile : {ProfileKind::Linux, ProfileKind::Rfc6298}) {
        Handshake h = figure_12_start(profile);
        const auto fin_a = h.close(kClient, 100 * ms);
        CHECK(briefs(fin_a) == std::vector<std::string>{"FIN-ACK 100 300 0 win 501 active_close"});
        CHECK(h.client.state == TcpState::FinWait1);
        // The FIN's ACK waits on the delayed-ACK timer: 40 ms (Linux), 200 ms (rfc6298).
        CHECK(h.deliver(kServer, fin_a.at(0).seg, 110 * ms).empty());
        CHECK(h.server.state == TcpState::CloseWait);
        const std::int64_t delack = profile == ProfileKind::Linux ? 40 * ms : 200 * ms;
        CHECK(h.server_ctx.ack_delays == std::vector<std::int64_t>{110 * ms + delack});
        const auto ack_b = h.expire_delayed_ack(kServer);
        CHECK(briefs(ack_b) == std::vector<std::string>{"ACK 300 101 0 win 501 delayed_ack"});
        CHECK(h.deliver(kClient, ack_b.at(0).seg, 110 * ms + delack + 10 * ms).empty());
        CHECK(h.client.state == TcpState::FinWait2);
        const auto fin_b = h.close(kServer, 1110 * ms);
        CHECK(briefs(fin_b) == std::vector<std::string>{"FIN-ACK 300 101 0 win 501 passive_close"});
        CHECK(h.server.state == TcpState::LastAck);
        const auto last_ack = h.deliver(kClient, fin_b.at(0).seg, 1120 * ms);
        CHECK(briefs(last_ack) == std::vector<std::string>{"ACK 101 301 0 win 501 peer_fin_in_fin_wait_2"});
        CHECK(h.client.state == TcpState::TimeWait);
        // TIME-WAIT: Linux's 60 s, or 2 MSL = 4 min.
        const std::int64_t time_wait = profile == ProfileKind::Linux ? 60'000 * ms : 240'000 * ms;
        CHECK(h.client.timer.deadline == 1120 * ms + time_wait);
        CHECK(h.deliver(kServer, last_ack.at(0).seg, 1130 * ms).empty());
        CHECK(h.server.state == TcpState::Closed);
        CHECK(h.expire(kClient).empty());
        CHECK(h.client.state == TcpState::Closed);
        CHECK(h.client_ctx.states ==
              std::vector<StateStep>{{TcpState::Established, TcpState::FinWait1, Explain::ActiveClose},
                                     {TcpState::FinWait1, TcpState::FinWait2, Explain::FinAcked},
                                     {TcpState::FinWait2, TcpState::TimeWait, Explain::PeerFinInFinWait2},
                                     {TcpState::TimeWait, TcpState::Closed, Explain::TimeWaitExpired}});
        CHECK(h.server_ctx.states ==
              std::vector<StateStep>{{TcpState::Established, TcpState::CloseWait, Explain::PeerFin},
                                     {TcpState::CloseWait, TcpState::LastAck, Explain::PassiveClose},
                                     {TcpState::LastAck, TcpState::Closed, Explain::LastAckAcked}});
    }
}

TEST_CASE("Figure 13: both close at once, each passes CLOSING to TIME-WAIT", "[core][close][figure]")
{
    Handshake h = figure_12_start();
    const auto fin_a = h.close(kClient, 100 * ms);
    const auto fin_b = h.close(kServer, 100 * ms);
    CHECK(briefs(fin_a) == std::vector<std::string>{"FIN-ACK 100 300 0 win 501 active_close"});
    CHECK(briefs(fin_b) == std::vector<std::string>{"FIN-ACK 300 100 0 win 501 active_close"});
    const auto ack_a = h.deliver(kClient, fin_b.at(0).seg, 110 * ms);
    const auto ack_b = h.deliver(kServer, fin_a.at(0).seg, 110 * ms);
    CHECK(briefs(ack_a) == std::vector<std::string>{"ACK 101 301 0 win 501 simultaneous_close"});
    CHECK(briefs(ack_b) == std::vector<std::string>{"ACK 301 101 0 win 501 simultaneous_close"});
    CHECK(h.client.state == TcpState::Closing);
    CHECK(h.server.state == TcpState::Closing);
    CHECK(h.deliver(kClient, ack_b.at(0).seg, 120 * ms).empty());
    CHECK(h.deliver(kServer, ack_a.at(0).seg, 120 * ms).empty());
    for (const bool side : {kClient, kServer}) {
        CHECK(h.tcb(side).state == TcpState::TimeWait);
        CHECK(h.tcb(side).timer.deadline == 120 * ms + 60'000 * ms);
        CHECK(h.ctx(side).states.back() == StateStep{TcpState::Closing, TcpState::TimeWait, Explain::ClosingAcked});
    }
}

TEST_CASE("a lost last ACK: LAST-ACK resends its FIN and TIME-WAIT acknowledges it again", "[core][close]")
{
    for (const ProfileKind profile : {ProfileKind::Linux, ProfileKind::Rfc6298}) {
        Handshake h = figure_12_start(profile);
        const auto fin_a = h.close(kClient, 100 * ms);
        const auto ack_b = fin_acked_late(h, kServer, fin_a.at(0).seg, 110 * ms);
        h.deliver(kClient, ack_b.at(0).seg, 400 * ms);
        const auto fin_b = h.close(kServer, 1110 * ms);
        const auto lost = h.deliver(kClient, fin_b.at(0).seg, 1120 * ms); // this ACK never arrives
        REQUIRE(lost.size() == 1);
        // The FIN's RTO from the SYN-ACK's measured 20 ms round trip (RFC 6298 §2.2):
        // linux 20 + max(4 x 10, 200) = 220 ms; rfc6298 max(1 s, 20 + 40) = 1 s.
        const std::int64_t rto = profile == ProfileKind::Linux ? 220 * ms : 1000 * ms;
        CHECK(h.server.timer.deadline == 1110 * ms + rto);
        const auto again = h.expire(kServer);
        CHECK(briefs(again) == std::vector<std::string>{"FIN-ACK 300 101 0 win 501 fin_retransmit"});
        CHECK(again.at(0).retransmission);
        CHECK(h.server.timer.deadline == 1110 * ms + 3 * rto); // backed off to twice the RTO
        const auto re_ack = h.deliver(kClient, again.at(0).seg, 1120 * ms + rto);
        CHECK(briefs(re_ack) == std::vector<std::string>{"ACK 101 301 0 win 501 time_wait_fin_again"});
        // It echoes the retransmitted FIN's timestamp, not the lost ACK's (RFC 7323 §4.3).
        CHECK(re_ack.at(0).seg.options.ts_ecr == again.at(0).seg.options.ts_val);
        CHECK(h.client.state == TcpState::TimeWait);
        CHECK(h.client.timer.deadline == 1120 * ms + rto + h.client_ctx.timing.time_wait); // TIME-WAIT starts over
        CHECK(h.deliver(kServer, re_ack.at(0).seg, 1130 * ms + rto).empty());
        CHECK(h.server.state == TcpState::Closed);
    }
}

TEST_CASE("an orphan's FIN-WAIT-2 ends after tcp_fin_timeout under linux and never under rfc6298",
          "[core][close][timers]")
{
    for (const ProfileKind profile : {ProfileKind::Linux, ProfileKind::Rfc6298}) {
        Handshake h = figure_12_start(profile);
        const auto fin_a = h.close(kClient, 100 * ms);
        const auto ack_b = fin_acked_late(h, kServer, fin_a.at(0).seg, 110 * ms);
        h.deliver(kClient, ack_b.at(0).seg, 400 * ms);
        REQUIRE(h.client.state == TcpState::FinWait2);
        if (profile == ProfileKind::Linux) {
            CHECK(h.client.timer.deadline == 400 * ms + 60'000 * ms);
            CHECK(h.expire(kClient).empty());
            CHECK(h.client_ctx.states.back() ==
                  StateStep{TcpState::FinWait2, TcpState::Closed, Explain::FinWait2Timeout});
        } else {
            CHECK_FALSE(h.client.timer.armed());
        }
        CHECK(h.server.state == TcpState::CloseWait); // its application never closed
    }
}

TEST_CASE("half-close: the side in CLOSE-WAIT still sends and FIN-WAIT-2 still receives", "[core][close]")
{
    Handshake h = figure_12_start();
    const auto fin_a = h.shutdown(kClient, 100 * ms);
    CHECK(briefs(fin_a) == std::vector<std::string>{"FIN-ACK 100 300 0 win 501 active_close"});
    const auto ack_b = fin_acked_late(h, kServer, fin_a.at(0).seg, 110 * ms);
    h.deliver(kClient, ack_b.at(0).seg, 160 * ms);
    h.server_ctx.time = 200 * ms;
    h.server.app_send({0, 5}, h.server_ctx);
    const auto data = h.server_ctx.take_sent();
    CHECK(briefs(data) == std::vector<std::string>{"PSH-ACK 300 101 5 win 501 data_sent"});
    const auto ack = h.deliver(kClient, data.at(0).seg, 210 * ms);
    CHECK(briefs(ack) == std::vector<std::string>{"ACK 101 305 0 win 501 data_accepted"});
    CHECK(h.client.state == TcpState::FinWait2);
    CHECK_FALSE(h.client.timer.armed()); // not an orphan: FIN-WAIT-2 waits as long as it takes
}

TEST_CASE("data for an application that has closed draws RST and ends the connection", "[core][close][rst]")
{
    // RFC 9293 §3.10.7.4 SHLD-3 and RFC 2525 §2.17; Linux counts it as TCPAbortOnData.
    Handshake h = figure_12_start();
    const auto fin_a = h.close(kClient, 100 * ms);
    const auto ack_b = fin_acked_late(h, kServer, fin_a.at(0).seg, 110 * ms);
    h.deliver(kClient, ack_b.at(0).seg, 160 * ms);
    h.server_ctx.time = 200 * ms;
    h.server.app_send({0, 5}, h.server_ctx);
    const auto data = h.server_ctx.take_sent();
    const auto rst = h.deliver(kClient, data.at(0).seg, 210 * ms);
    CHECK(briefs(rst) == std::vector<std::string>{"RST 101 0 0 win 0 data_after_close"});
    CHECK(h.client.state == TcpState::Closed);
    CHECK(h.client_ctx.states.back() == StateStep{TcpState::FinWait2, TcpState::Closed, Explain::DataAfterClose});
    // The RST is acceptable at the server: its SEQ is the server's RCV.NXT.
    CHECK(h.deliver(kServer, rst.at(0).seg, 220 * ms).empty());
    CHECK(h.server.state == TcpState::Closed);
}

TEST_CASE("RST in every closing state: exact SEQ closes, in-window SEQ draws a challenge ACK", "[core][close][rst]")
{
    // Each closing state, reached by hand, with the RCV.NXT the peer's RST must match.
    for (const TcpState state : {TcpState::FinWait1, TcpState::FinWait2, TcpState::CloseWait, TcpState::Closing,
                                 TcpState::LastAck, TcpState::TimeWait}) {
        INFO(state_name(state));
        auto [h, side] = reach(state);
        REQUIRE(h.tcb(side).state == state);
        const Endpoint& e = h.tcb(side);
        Segment rst = h.tcb(!side).make(flag::RST, e.rcv_nxt + 10, SeqNum(0), 2000 * ms);
        const auto challenge = h.deliver(side, rst, 2000 * ms);
        REQUIRE(challenge.size() == 1);
        CHECK(challenge[0].why == Explain::ChallengeAckRst);
        CHECK(h.tcb(side).state == state);
        rst.seq = h.tcb(side).rcv_nxt;
        CHECK(h.deliver(side, rst, 2010 * ms).empty());
        CHECK(h.tcb(side).state == TcpState::Closed);
    }
}

TEST_CASE("what arrives in each closing state draws the reply RFC 9293 §3.10.7.4 gives it", "[core][close]")
{
    // Probes from the peer, built on the numbers the state's TCB expects; each on a
    // fresh TCB in that state. "" is no reply at all.
    struct Row {
        TcpState state;
        const char* data; // the reply to 5 new bytes in order
        TcpState after_data;
    };
    const Row rows[] = {
        // The application has closed: nothing can read new data (SHLD-3, RFC 2525 §2.17).
        {TcpState::FinWait1, "RST data_after_close", TcpState::Closed},
        {TcpState::FinWait2, "RST data_after_close", TcpState::Closed},
        // The peer's FIN came before: text after it "should not occur" and is ignored.
        {TcpState::CloseWait, "", TcpState::CloseWait},
        {TcpState::Closing, "", TcpState::Closing},
        {TcpState::LastAck, "", TcpState::LastAck},
        {TcpState::TimeWait, "", TcpState::TimeWait},
    };
    const auto reply = [](const std::vector<Sent>& sent) {
        if (sent.empty())
            return std::string();
        REQUIRE(sent.size() == 1);
        return flags_name(sent[0].seg.flags) + " " + explain_id(sent[0].why);
    };
    for (const Row& row : rows) {
        INFO(state_name(row.state));
        for (int probe = 0; probe < 5; ++probe) {
            INFO("probe " << probe);
            auto [h, side] = reach(row.state);
            const Endpoint& e = h.tcb(side);
            const Endpoint& peer = h.tcb(!side);
            const SeqNum snd_nxt = e.snd_nxt, rcv_nxt = e.rcv_nxt;
            Segment seg = peer.make(flag::ACK, rcv_nxt, snd_nxt, 3000 * ms);
            std::string want;
            TcpState after = row.state;
            switch (probe) {
            case 0: // a SYN in a synchronized state: the challenge ACK (RFC 5961 §4)
                seg.flags = flag::SYN;
                want = "ACK challenge_ack_syn";
                break;
            case 1: // old data, below the window: ACK <SEQ=SND.NXT><ACK=RCV.NXT>
                seg.seq = rcv_nxt - 100;
                seg.payload_len = 5;
                want = "ACK ack_for_unacceptable_seq";
                break;
            case 2: // an ACK of something never sent: ACK, and drop it
                seg.ack = snd_nxt + 100;
                want = "ACK ack_too_new";
                break;
            case 3: // no ACK bit: dropped without a word
                seg.flags = flag::PSH;
                break;
            case 4: // 5 new bytes, acknowledging nothing new (so no FIN of ours either)
                seg.flags = flag::PSH | flag::ACK;
                seg.ack = e.snd_una;
                seg.payload_len = 5;
                want = row.data;
                after = row.after_data;
                break;
            }
            const auto sent = h.deliver(side, seg, 3000 * ms);
            CHECK(reply(sent) == want);
            CHECK(h.tcb(side).state == after);
            if (!sent.empty() && sent[0].seg.has(flag::ACK)) { // the ACK says what the TCB expects
                CHECK(sent[0].seg.seq == snd_nxt);
                CHECK(sent[0].seg.ack == rcv_nxt);
            }
            if (probe == 3)
                CHECK(h.ctx(side).drops.back() == Explain::NoAckDropped);
        }
    }
}

TEST_CASE("a close across the 2^32 wrap: the FIN at 2^32-1 is acknowledged with 0", "[core][close][wrap]")
{
    Handshake h(0xfffffffd, 299); // the client sends from 0xfffffffe
    const auto fin_a = h.close(kClient, 100 * ms);
    CHECK(briefs(fin_a) == std::vector<std::string>{"FIN-ACK 4294967294 300 0 win 501 active_close"});
    const auto ack_b = fin_acked_late(h, kServer, fin_a.at(0).seg, 110 * ms);
    CHECK(briefs(ack_b) == std::vector<std::string>{"ACK 300 4294967295 0 win 501 delayed_ack"});
    h.deliver(kClient, ack_b.at(0).seg, 160 * ms);
    CHECK(h.client.state == TcpState::FinWait2);
    CHECK(h.client.snd_nxt.raw() == 0xffffffff);
}

TEST_CASE("close() where RFC 9293 §3.10.4 allows it and nowhere else", "[core][close]")
{
    RecordingContext ctx;
    Endpoint connecting = endpoint(true);
    connecting.open_active(SeqNum(100), ctx);
    CHECK(connecting.close(ctx));
    CHECK(connecting.state == TcpState::Closed); // SYN-SENT: the TCB is deleted, nothing sent
    CHECK(ctx.states.back().why == Explain::ClosedBeforeEstablished);
    CHECK_FALSE(connecting.timer.armed());
    Handshake h = figure_12_start();
    h.close(kClient, 100 * ms);
    CHECK_FALSE(h.client.close(h.client_ctx)); // FIN-WAIT-1: "connection closing"
    CHECK(h.client_ctx.take_sent().empty());
}

TEST_CASE("the segment kind fin names every segment that carries a FIN", "[core][close][faults]")
{
    Segment s;
    s.flags = flag::FIN | flag::ACK;
    CHECK(segment_is_kind(s, SegmentKind::Fin));
    CHECK_FALSE(segment_is_kind(s, SegmentKind::Ack)); // a FIN is not a bare ACK
    s.payload_len = 5;                                 // the FIN riding on the last data
    CHECK(segment_is_kind(s, SegmentKind::Fin));
    CHECK(segment_is_kind(s, SegmentKind::Data));
    s.flags = flag::ACK;
    CHECK_FALSE(segment_is_kind(s, SegmentKind::Fin));
    s.flags = flag::RST | flag::FIN; // a reset is a reset
    CHECK_FALSE(segment_is_kind(s, SegmentKind::Fin));
    for (int k = 0; k <= int(SegmentKind::Fin); ++k) {
        SegmentKind read = SegmentKind::Any;
        REQUIRE(parse_segment_kind(segment_kind_name(SegmentKind(k)), read));
        CHECK(read == SegmentKind(k));
    }
    CHECK(std::string(segment_kind_name(SegmentKind::Fin)) == "fin");
}
