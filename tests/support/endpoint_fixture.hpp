#pragma once
// One Endpoint driven by hand, without a simulation or a scenario: the test is the
// world. The context records every segment sent, state change, timer and drop, so a
// test can expect exact segments and compare whole TCBs.
#include "tcp/endpoint.hpp"
#include "tcp/timing_profile.hpp"

#include <string>
#include <vector>

namespace tcpviz::test {

struct Sent {
    Segment seg;
    Explain why = Explain::None;
    bool retransmission = false;
};

struct StateStep {
    TcpState from = TcpState::Closed, to = TcpState::Closed;
    Explain why = Explain::None;
    friend bool operator==(const StateStep&, const StateStep&) = default;
};

class RecordingContext final : public EndpointContext
{
public:
    std::int64_t time = 0;
    TimingProfile timing = TimingProfile::linux_default();
    std::vector<Sent> sent;
    std::vector<StateStep> states;
    std::vector<std::int64_t> deadlines; // each arming's
    std::vector<Explain> timer_stops;
    std::vector<Explain> drops;
    std::vector<std::int64_t> ack_delays;  // each delayed ACK's deadline
    std::vector<Explain> acks_carried;     // the segment each delayed ACK rode on
    std::vector<std::int64_t> close_plans; // each close plan's due time
    std::vector<std::int64_t> rtt_samples;

    std::int64_t now() const override { return time; }
    const TimingProfile& profile() const override { return timing; }
    void send(const Endpoint&, const Segment& seg, Explain why, bool retransmission) override
    {
        sent.push_back({seg, why, retransmission});
    }
    void state_changed(const Endpoint& e, TcpState from, Explain why) override
    {
        states.push_back({from, e.state, why});
    }
    void timer_armed(const Endpoint& e) override { deadlines.push_back(e.timer.deadline); }
    void timer_stopped(const Endpoint&, Explain why) override { timer_stops.push_back(why); }
    void dropped(Explain why) override { drops.push_back(why); }
    void ack_delayed(const Endpoint& e, Explain) override { ack_delays.push_back(e.delayed_ack_deadline); }
    void delayed_ack_carried(const Endpoint&, Explain why) override { acks_carried.push_back(why); }
    void close_planned(const Endpoint&, std::int64_t delay) override { close_plans.push_back(time + delay); }
    void rtt_measured(const Endpoint&, std::int64_t sample) override { rtt_samples.push_back(sample); }

    // What the endpoint sent since the last call, and forgets it.
    std::vector<Sent> take_sent()
    {
        std::vector<Sent> out;
        out.swap(sent);
        return out;
    }
};

inline constexpr Ipv4 kLocal = 0xc000020a;  // 192.0.2.10
inline constexpr Ipv4 kRemote = 0xc6336414; // 198.51.100.20

// A fresh TCB on 192.0.2.10:50000 for 198.51.100.20:80 (or the reverse), offering
// Linux's SYN options.
inline Endpoint endpoint(bool client_side)
{
    Endpoint e;
    e.id = 1;
    e.tuple = client_side ? FourTuple{kLocal, 50000, kRemote, 80} : FourTuple{kRemote, 80, kLocal, 50000};
    e.our_syn_options.mss = 1460;
    e.our_syn_options.sack_permitted = true;
    e.our_syn_options.timestamps = true;
    e.our_syn_options.window_scale = 7;
    return e;
}

inline constexpr std::int64_t ms = 1'000'000;

// "FIN-ACK 100 300 0 win 501 active_close": flags, Seq, Ack, length, window, why.
inline std::string brief(const Sent& s)
{
    const Segment& g = s.seg;
    return flags_name(g.flags) + " " + std::to_string(g.seq.raw()) + " " + std::to_string(g.ack.raw()) + " " +
           std::to_string(g.payload_len) + " win " + std::to_string(g.window) + " " + explain_id(s.why);
}

struct Handshake {
    RecordingContext client_ctx, server_ctx;
    Endpoint client = endpoint(true);
    Endpoint server = endpoint(false);
    Segment syn, syn_ack, ack;

    // The client connects at 0; each segment takes 10 ms.
    explicit Handshake(std::uint32_t client_isn, std::uint32_t server_isn,
                       const TimingProfile& timing = TimingProfile::linux_default())
    {
        client_ctx.timing = server_ctx.timing = timing;
        client.open_active(SeqNum(client_isn), client_ctx);
        syn = client_ctx.take_sent().at(0).seg;
        server_ctx.time = 10 * ms;
        server.open_passive(syn, SeqNum(server_isn), server_ctx);
        syn_ack = server_ctx.take_sent().at(0).seg;
        client_ctx.time = 20 * ms;
        client.on_segment(syn_ack, client_ctx);
        ack = client_ctx.take_sent().at(0).seg;
        server_ctx.time = 30 * ms;
        server.on_segment(ack, server_ctx);
    }

    Endpoint& tcb(bool client_side) { return client_side ? client : server; }
    RecordingContext& ctx(bool client_side) { return client_side ? client_ctx : server_ctx; }
    // One side receives `seg` at `at`; what it sends in answer.
    std::vector<Sent> deliver(bool to_client, const Segment& seg, std::int64_t at)
    {
        ctx(to_client).time = at;
        tcb(to_client).on_segment(seg, ctx(to_client));
        return ctx(to_client).take_sent();
    }
    // One side's application calls shutdown(SHUT_WR) at `at`; what it sends.
    std::vector<Sent> shutdown(bool client_side, std::int64_t at)
    {
        ctx(client_side).time = at;
        tcb(client_side).shutdown(ctx(client_side));
        return ctx(client_side).take_sent();
    }
    // One side's application calls close() at `at`; what it sends.
    std::vector<Sent> close(bool client_side, std::int64_t at)
    {
        ctx(client_side).time = at;
        tcb(client_side).close(ctx(client_side));
        return ctx(client_side).take_sent();
    }
    // One side's delayed-ACK timer fires at its deadline; what it sends.
    std::vector<Sent> expire_delayed_ack(bool client_side)
    {
        ctx(client_side).time = tcb(client_side).delayed_ack_deadline;
        tcb(client_side).on_delayed_ack(ctx(client_side));
        return ctx(client_side).take_sent();
    }
    // One side's timer fires at its deadline; what it sends.
    std::vector<Sent> expire(bool client_side)
    {
        ctx(client_side).time = tcb(client_side).timer.deadline;
        tcb(client_side).on_timer(0, ctx(client_side));
        return ctx(client_side).take_sent();
    }
};

} // namespace tcpviz::test
