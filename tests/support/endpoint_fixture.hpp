#pragma once
// One Endpoint driven by hand, without a simulation or a scenario: the test is the
// world. The context records every segment sent, state change, timer and drop, so a
// test can expect exact segments and compare whole TCBs.
#include "tcp/endpoint.hpp"
#include "tcp/timing_profile.hpp"

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

} // namespace tcpviz::test
