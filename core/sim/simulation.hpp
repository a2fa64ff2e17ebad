#pragma once
// The discrete-event loop. step() processes exactly one event (a delivery, a loss, a
// timer expiry, a scenario action); back() restores the state before the last step
// exactly, from periodic snapshots plus deterministic replay; acting after back()
// branches the future. The engine never reads a clock or global RNG: time and seeds
// are inputs, so every run is reproducible.
#include "tcp/endpoint.hpp"
#include "sim/event_queue.hpp"
#include "sim/host.hpp"
#include "scenario/scenario.hpp"
#include "sim/trace.hpp"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace tcpviz {

// Trace and event references to user actions carry this bit over their index.
inline constexpr std::uint32_t kUserActionRef = 0x8000'0000u;

// A scenario action with its names resolved to host and text indices.
struct Action : ActionDetails {
    std::uint8_t host = kNoHost;
    std::uint8_t target = kNoHost;
    std::uint8_t as = kNoHost;
    std::uint16_t text = 0; // into Trace::texts
    std::uint16_t text_len = 0;
    friend bool operator==(const Action&, const Action&) = default;
};

struct FaultRule {
    FaultSpec::Type type = FaultSpec::Type::Drop;
    SegmentKind kind = SegmentKind::Any;
    std::uint32_t nth = 1;
    std::uint8_t from = kNoHost;
    std::int64_t extra_delay = 0;
    std::uint32_t seen = 0;
    friend bool operator==(const FaultRule&, const FaultRule&) = default;
};

// Everything step() changes except the trace: copying it is a snapshot.
struct World {
    std::int64_t now = 0;
    std::uint32_t step = 0;
    std::uint64_t order = 0;
    std::uint32_t segments_sent = 0;
    std::uint64_t rng = 0;
    std::vector<Host> hosts;
    EventQueue queue;
    std::vector<FaultRule> faults;
    SeqNum forged_isn;                         // the attacker's last forged SYN
    std::int64_t forged_syn_at = 0;
    std::uint32_t next_action = 0; // the scenario timeline's next action, in time order
    // When each endpoint's pending timer and delayed ACK are due, by (type, host, id):
    // stopping one finds it in the queue without a scan.
    std::unordered_map<std::uint64_t, std::int64_t> cancellable;
    friend bool operator==(const World&, const World&) = default;
};

class Simulation final : private EndpointContext {
public:
    // Compiles `scenario` into a world, with the hosts live actions use added
    // (with_live_action_hosts). Throws ScenarioError.
    explicit Simulation(const Scenario& scenario);

    const Scenario& scenario() const { return scenario_; }
    const Trace& trace() const { return trace_; }
    const World& world() const { return world_; }
    std::uint32_t current_step() const { return world_.step; }
    std::int64_t now() const override { return world_.now; }
    const TimingProfile& profile() const override { return profile_; }

    // Processes the next event; false when nothing is left (quiescent).
    bool step();
    // Undoes the last step; false at step 0.
    bool back();
    void reset();
    // Steps until quiescent or `max_steps`; returns the number of steps taken.
    std::uint32_t run_to_end(std::uint32_t max_steps = 50'000'000);
    // Steps while the next event is at or before `t`.
    std::uint32_t run_until(std::int64_t t);
    bool quiescent() const;
    std::optional<std::int64_t> next_event_time() const;

    // A live action (lose, forge, flood...) applied now as one step of its own.
    // Returns false, changing nothing, when it cannot apply (e.g. the segment is no
    // longer in flight).
    bool apply(const Action& action);
    // Host index by name, or kNoHost.
    std::uint8_t host_index(const std::string& name) const;
    std::uint16_t add_text(const std::string& text);
    // Segments sent and neither delivered nor lost yet.
    std::vector<std::uint32_t> in_flight() const;
    std::size_t snapshot_count() const { return snapshots_.size(); }

private:
    struct Snapshot {
        World world;
    };
    struct UserAction {
        std::uint32_t step;
        Action action;
    };

    // network.cpp: EndpointContext, what endpoints do, recorded
    void send(const Endpoint& from, const Segment& seg, Explain why, bool retransmission) override;
    void state_changed(const Endpoint& e, TcpState from, Explain why) override;
    void timer_armed(const Endpoint& e) override;
    void timer_stopped(const Endpoint& e, Explain why) override;
    void dropped(Explain why) override;
    void ack_delayed(const Endpoint& e, Explain why) override;
    void delayed_ack_carried(const Endpoint& e, Explain carried_by) override;
    void close_planned(const Endpoint& e, std::int64_t delay) override;
    void rtt_measured(const Endpoint& e, std::int64_t sample) override;

    void build_world(); // compile.cpp

    // simulation.cpp: the event loop
    bool advance(); // one step from the queue, the timeline or the user-action log
    struct TimedAction;
    const TimedAction* next_timeline_action() const;
    void unschedule(EventType type, std::uint8_t host, std::uint32_t a);
    void schedule(std::int64_t time, EventType type, std::uint8_t host, std::uint32_t a, std::uint32_t b = 0);
    void dispatch(const ScheduledEvent& ev);
    // A scenario action by index, or a user action by kUserActionRef | index.
    const Action& action_by_ref(std::uint32_t ref) const;
    void maybe_snapshot();
    void record(EventKind kind, std::uint8_t host, std::uint32_t ref, std::uint32_t a, std::uint32_t b, Explain why);
    void record_queue_depth(std::uint8_t host);

    // network.cpp: routes, latency and the fault plan
    std::uint8_t route(Ipv4 address) const;
    void transmit(std::uint8_t from_host, const Segment& seg, Explain why, bool retransmission,
                  std::int64_t expired_rto = 0);

    // host_stack.cpp: demultiplexing, LISTEN and CLOSED rules, cookies, both queues
    void deliver(std::uint32_t segment_index, std::uint32_t held_back_us);
    void closed_arrives(std::uint8_t host, const Segment& seg);
    void listen_arrives(std::uint8_t host, const Segment& seg);
    void accept_cookie(std::uint8_t host, const Segment& seg, unsigned mss_index);
    void request_settled(std::uint8_t host, std::uint32_t id);
    // A connection of a listening host is ESTABLISHED: to the application, or to the
    // accept queue while the application is slow to accept().
    void connection_ready(std::uint8_t host, const Endpoint& connection);
    void accept_next(std::uint8_t host);
    void timer_expired(std::uint8_t host, std::uint32_t id);
    void delayed_ack_expired(std::uint8_t host, std::uint32_t id);
    // The application closes connection `id` as `how` says; `ref` is the timeline
    // action, or kClosePlanRef for the host's close plan.
    void application_closes(std::uint8_t host, std::uint32_t id, CloseHow how, std::uint32_t ref);

    // actions.cpp: scenario and live actions, the attacker's among them
    bool perform(const Action& action, std::uint32_t ref);
    void forge_syn(const Action& action, std::uint32_t index, Explain why);
    void blind_ack(const Action& action);

    Scenario scenario_;
    TimingProfile profile_;
    std::vector<Action> timeline_;
    // The timeline in time order (stable), each with the order number it would have had
    // had it been queued at the start: it waits outside the queue, one action at a time.
    struct TimedAction {
        std::int64_t time;
        std::uint64_t order;
        std::uint32_t index;
    };
    std::vector<TimedAction> timeline_order_;
    Trace trace_;
    World world_;
    std::vector<Snapshot> snapshots_;
    std::vector<UserAction> user_actions_;
    std::uint32_t last_snapshot_step_ = 0;
    bool recording_ = true;
    std::uint32_t current_segment_ = 0;
    std::uint8_t current_host_ = kNoHost;
};

} // namespace tcpviz
