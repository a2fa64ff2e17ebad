// The listener's SYN queue (backlog + 1 entries fit, Linux 6.x), the three cookie
// modes, the cookie encoding itself and what a cookie connection loses.
#include "support/lab.hpp"
#include "tcp/syn_cookie.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

const FourTuple kTuple{kServerAddress, 80, kClientAddress, 50000};

SynCookieSecrets secrets()
{
    return {key_from_seed(7, 2), key_from_seed(7, 3)};
}

std::vector<std::uint32_t> queue_depths(const Simulation& sim)
{
    std::vector<std::uint32_t> out;
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::QueueDepth)
            out.push_back(e.a);
    return out;
}

std::size_t count_why(const Simulation& sim, EventKind kind, Explain why)
{
    std::size_t n = 0;
    for (const TraceEvent& e : sim.trace().events)
        n += e.kind == kind && e.why == why;
    return n;
}

Simulation flood_until(const char* name, CookieMode cookies, double until_ms)
{
    Scenario s = *builtin_scenario(name);
    s.options.cookies = cookies;
    Simulation sim(s);
    sim.run_until(static_cast<std::int64_t>(until_ms * 1e6));
    return sim;
}

} // namespace

TEST_CASE("cookie round trip: encode, then validate from the ACK", "[core][cookies]")
{
    const SeqNum client_isn(0xffff'fff0u); // near the wrap on purpose
    for (unsigned mss_index = 0; mss_index < kCookieMssTable.size(); ++mss_index) {
        const SeqNum cookie = encode_syn_cookie(secrets(), kTuple, client_isn, 1000, mss_index);
        // The ACK acknowledges cookie + 1 and carries client ISN + 1.
        const auto decoded = check_syn_cookie(secrets(), kTuple, (cookie + 1) - 1, (client_isn + 1) - 1, 1000);
        REQUIRE(decoded);
        CHECK(*decoded == mss_index);
        // Still good a minute later, stale at two minutes (MAX_SYNCOOKIE_AGE).
        CHECK(check_syn_cookie(secrets(), kTuple, cookie, client_isn, 1001) == mss_index);
        CHECK_FALSE(check_syn_cookie(secrets(), kTuple, cookie, client_isn, 1002));
    }
}

TEST_CASE("cookies reject a different 4-tuple, client ISN, key or a guessed value", "[core][cookies]")
{
    const SeqNum cookie = encode_syn_cookie(secrets(), kTuple, SeqNum(100), 5, 3);
    FourTuple other = kTuple;
    other.remote_port = 50001;
    CHECK_FALSE(check_syn_cookie(secrets(), other, cookie, SeqNum(100), 5));
    CHECK_FALSE(check_syn_cookie(secrets(), kTuple, cookie, SeqNum(100 + 1000), 5));
    // As in Linux, the client ISN is simply added in: one off shifts the MSS index by
    // one, which still decodes (a blind attacker must hit 4 of 2^24 values).
    CHECK(check_syn_cookie(secrets(), kTuple, cookie, SeqNum(101), 5) == 2u);
    CHECK_FALSE(check_syn_cookie({key_from_seed(8, 2), key_from_seed(8, 3)}, kTuple, cookie, SeqNum(100), 5));
    CHECK_FALSE(check_syn_cookie(secrets(), kTuple, cookie + 1, SeqNum(100), 5));
}

TEST_CASE("cookie MSS index rounds the client's MSS down", "[core][cookies]")
{
    CHECK(cookie_mss_index(1460) == 3);
    CHECK(cookie_mss_index(1459) == 2);
    CHECK(cookie_mss_index(1440) == 2);
    CHECK(cookie_mss_index(1300) == 1);
    CHECK(cookie_mss_index(536) == 0);
    CHECK(cookie_mss_index(100) == 0);
}

TEST_CASE("cookie timestamps carry window scale and SACK in the low 6 bits", "[core][cookies]")
{
    const std::uint32_t ts = cookie_timestamp(123'456, {7, true});
    CHECK(ts <= 123'456u);
    CHECK((ts & 0x3f) == (7u | 0x10u));
    const CookieOptions back = decode_cookie_timestamp(ts);
    CHECK(back.window_scale == 7);
    CHECK(back.sack_permitted);
    const CookieOptions none = decode_cookie_timestamp(cookie_timestamp(999, {}));
    CHECK(none.window_scale == -1);
    CHECK_FALSE(none.sack_permitted);
}

TEST_CASE("backlog 4 holds 5 half-open requests and with cookies off the rest are dropped silently",
          "[core][syn-queue]")
{
    const Simulation sim = flood_until("syn-flood", CookieMode::Off, 400);
    CHECK(queue_depths(sim) == std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5});
    // SYNs 6, 7, 8 and the legitimate client's first SYN.
    CHECK(count_why(sim, EventKind::SegmentDropped, Explain::SynQueueFull) == 4);
    CHECK(count_why(sim, EventKind::SegmentSent, Explain::CookieSynAck) == 0);
}

TEST_CASE("cookies on overflow: stateless SYN-ACKs once full, legitimate client connects", "[core][syn-queue]")
{
    Simulation sim = flood_until("syn-flood-cookies", CookieMode::Overflow, 400);
    CHECK(queue_depths(sim) == std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5});
    CHECK(count_why(sim, EventKind::SegmentSent, Explain::CookieSynAck) == 4);
    CHECK(count_why(sim, EventKind::StateChanged, Explain::CookieAccepted) == 1);
    CHECK(host_state(sim, "client") == TcpState::Established);
    // No state was kept for the cookie, so no SYN-ACK to the client is ever repeated.
    sim.run_to_end();
    std::size_t synacks_to_client = 0;
    for (const SegmentRecord& r : sim.trace().segments)
        synacks_to_client += r.to_host == sim.host_index("client") && r.seg.has(flag::SYN);
    CHECK(synacks_to_client == 1);
}

TEST_CASE("cookies always: every SYN is answered statelessly and the queue stays empty", "[core][syn-queue]")
{
    Simulation sim = flood_until("syn-flood-cookies", CookieMode::Always, 400);
    CHECK(queue_depths(sim) == std::vector<std::uint32_t>{0});
    CHECK(count_why(sim, EventKind::SegmentSent, Explain::CookieSynAck) == 9);
    CHECK(host_state(sim, "client") == TcpState::Established);
}

TEST_CASE("a cookie connection keeps options only when timestamps carry them", "[core][cookies]")
{
    for (bool timestamps : {true, false}) {
        DYNAMIC_SECTION("timestamps " << timestamps)
        {
            Scenario s = two_hosts(true, true);
            s.options.cookies = CookieMode::Always;
            s.options.timestamps = timestamps;
            s.timeline = {spec(ActionKind::Connect, "peer", "server")};
            Simulation sim(s);
            sim.run_to_end();
            const Host& server = sim.world().hosts[1];
            REQUIRE(server.connections.size() == 1);
            const Endpoint& e = server.connections[0];
            CHECK(e.state == TcpState::Established);
            CHECK(e.negotiated.mss == 1460);
            CHECK(e.negotiated.window_scale == (timestamps ? 7 : -1));
            CHECK(e.negotiated.sack_permitted == timestamps);
            // The SYN-ACK itself no longer offers what the cookie cannot keep.
            const Segment& synack = sim.trace().segments[1].seg;
            CHECK(synack.options.window_scale == (timestamps ? 7 : -1));
            CHECK(synack.options.sack_permitted == timestamps);
        }
    }
}

TEST_CASE("a forged ACK without a valid cookie is answered with RST", "[core][cookies]")
{
    Scenario s = two_hosts(false, true);
    s.options.cookies = CookieMode::Always;
    Simulation sim(s);
    CHECK(briefs(deliver(sim, "peer", "server", flag::ACK, 101, 12345)) == std::vector<std::string>{"RST 12345 - 0"});
    CHECK(step_explanation(sim) == Explain::CookieRejected);
}

TEST_CASE("queue pressure lowers the SYN-ACK retries of old requests down to 2", "[core][syn-queue]")
{
    Listener l;
    l.backlog = 4;
    for (std::uint32_t i = 0; i < 5; ++i) {
        Endpoint r;
        r.timer.retransmissions = 1; // none young
        l.syn_queue.push_back(r);
    }
    CHECK(l.retry_limit(5) == 2);
    l.syn_queue[0].timer.retransmissions = 0;
    l.syn_queue[1].timer.retransmissions = 0;
    l.syn_queue[2].timer.retransmissions = 0;
    CHECK(l.retry_limit(5) == 5); // 3 young: qlen 5 < 6
    l.syn_queue.pop_back();
    l.syn_queue.pop_back();
    CHECK(l.retry_limit(5) == 5); // 3 requests: not more than half of max(8, backlog)
}

TEST_CASE("ISN modes: 4.4BSD is a straight line, RFC 6528 and Linux are not", "[core][isn]")
{
    const auto bsd = isn_samples(IsnMode::Bsd, 1, 6, 250 * kMillisecond);
    // +64,000 per connection and +64,000 per 500 ms tick: 1, 64001, 192001, ...
    std::vector<std::uint32_t> values;
    for (const IsnSample& s : bsd)
        values.push_back(s.isn);
    CHECK(values == std::vector<std::uint32_t>{1, 64'001, 192'001, 256'001, 384'001, 448'001});
    const auto fixed = isn_samples(IsnMode::Fixed, 1, 3, kSecond);
    CHECK(fixed[0].isn == 100);
    CHECK(fixed[2].isn == 300);
    // Keyed hashes of different 4-tuples: consecutive ISNs differ unpredictably.
    for (IsnMode mode : {IsnMode::Rfc6528, IsnMode::Linux, IsnMode::Random}) {
        const auto s = isn_samples(mode, 1, 50, kMillisecond);
        std::size_t increasing = 0;
        for (std::size_t i = 1; i < s.size(); ++i)
            increasing += s[i].isn > s[i - 1].isn;
        CHECK(increasing > 5);
        CHECK(increasing < 45);
    }
    // RFC 6528: the same 4-tuple moves with the 4 µs clock only.
    IsnGenerator g(IsnMode::Rfc6528, 9, 0);
    const FourTuple t{kServerAddress, 80, kClientAddress, 50000};
    CHECK(g.next(t, 4'000'000).raw() - g.next(t, 0).raw() == 1000u);
}
