// Simulation: the event loop. One step takes the next event (or the user action logged
// for that moment) and dispatches it; back() restores the nearest snapshot and replays
// without recording, so the trace is cut exactly where it was.
#include "sim/simulation.hpp"

#include <algorithm>

namespace tcpviz {
namespace {

constexpr std::uint32_t kMinSnapshotInterval = 64;
constexpr std::size_t kSnapshotBytesPerStep = 64;

} // namespace

void Simulation::record(EventKind kind, std::uint8_t host, std::uint32_t ref, std::uint32_t a, std::uint32_t b,
                        Explain why)
{
    if (recording_)
        trace_.events.push_back({world_.now, world_.step, ref, a, b, kind, host, why});
}

void Simulation::record_queue_depth(std::uint8_t host)
{
    const Listener& l = *world_.hosts[host].listener;
    record(EventKind::QueueDepth, host, 0, static_cast<std::uint32_t>(l.syn_queue.size()), l.backlog, Explain::None);
}

namespace {

std::uint64_t cancellable_key(EventType type, std::uint8_t host, std::uint32_t a)
{
    return std::uint64_t(type) << 40 | std::uint64_t(host) << 32 | a;
}

} // namespace

void Simulation::schedule(std::int64_t time, EventType type, std::uint8_t host, std::uint32_t a, std::uint32_t b)
{
    if (type == EventType::Timer || type == EventType::DelayedAck)
        world_.cancellable[cancellable_key(type, host, a)] = time;
    world_.queue.push({time, world_.order++, type, host, a, b}, time - world_.now);
}

void Simulation::unschedule(EventType type, std::uint8_t host, std::uint32_t a)
{
    // Cancelled events leave the queue at once, so the queue holds only what will
    // happen: a failed step() changes nothing and replay after back() stays exact.
    const auto pending = world_.cancellable.find(cancellable_key(type, host, a));
    if (pending == world_.cancellable.end())
        return;
    world_.queue.remove_first_at(pending->second, [&](const ScheduledEvent& ev) {
        return ev.type == type && ev.host == host && ev.a == a;
    });
    world_.cancellable.erase(pending);
}

const Simulation::TimedAction* Simulation::next_timeline_action() const
{
    return world_.next_action < timeline_order_.size() ? &timeline_order_[world_.next_action] : nullptr;
}

bool Simulation::advance()
{
    const std::uint32_t next = world_.step + 1;
    auto user = std::lower_bound(user_actions_.begin(), user_actions_.end(), next,
                                 [](const UserAction& u, std::uint32_t s) { return u.step < s; });
    if (user != user_actions_.end() && user->step == next) {
        world_.step = next;
        perform(user->action, kUserActionRef | static_cast<std::uint32_t>(user - user_actions_.begin()));
        return true;
    }
    // The timeline's next action comes first when it is due first, as if it had waited
    // in the queue since the start.
    const ScheduledEvent* queued = world_.queue.earliest();
    if (const TimedAction* action = next_timeline_action();
        action && (!queued || action->time < queued->time ||
                   (action->time == queued->time && action->order < queued->order))) {
        ++world_.next_action;
        world_.now = action->time;
        world_.step = next;
        perform(timeline_[action->index], action->index);
        return true;
    }
    ScheduledEvent ev;
    if (!world_.queue.pop(ev))
        return false;
    world_.now = ev.time;
    world_.step = next;
    if (ev.type == EventType::Timer || ev.type == EventType::DelayedAck)
        world_.cancellable.erase(cancellable_key(ev.type, ev.host, ev.a));
    dispatch(ev);
    return true;
}

void Simulation::dispatch(const ScheduledEvent& ev)
{
    switch (ev.type) {
    case EventType::Arrival:
        deliver(ev.a, ev.b);
        break;
    case EventType::Loss:
        record(EventKind::SegmentLost, ev.host, ev.a, ev.b, 0,
               ev.b == std::uint32_t(LossReason::Unreachable) ? Explain::Unreachable
               : ev.b == std::uint32_t(LossReason::RandomLoss) ? Explain::RandomLoss
                                                                : Explain::FaultDrop);
        break;
    case EventType::Timer:
        timer_expired(ev.host, ev.a);
        break;
    case EventType::ScenarioAction: // the timeline waits outside the queue (advance)
    case EventType::Cancelled: break;
    case EventType::FloodNext: {
        const Action& flood = action_by_ref(ev.a);
        forge_syn(flood, ev.b, Explain::FloodSyn);
        if (ev.b + 1 < flood.count)
            schedule(world_.now + flood.interval, EventType::FloodNext, flood.host, ev.a, ev.b + 1);
        break;
    }
    case EventType::Accept:
        accept_next(ev.host);
        break;
    case EventType::DelayedAck:
        delayed_ack_expired(ev.host, ev.a);
        break;
    case EventType::AppClose:
        if (const Endpoint* e = world_.hosts[ev.host].find(ev.a))
            application_closes(ev.host, ev.a, e->app.close_plan.how, kClosePlanRef);
        break;
    }
}

const Action& Simulation::action_by_ref(std::uint32_t ref) const
{
    return (ref & kUserActionRef) ? user_actions_[ref & ~kUserActionRef].action : timeline_[ref];
}

bool Simulation::step()
{
    if (!advance())
        return false;
    maybe_snapshot();
    return true;
}

void Simulation::maybe_snapshot()
{
    // Space snapshots by the size of the state they copy: back() then costs one copy
    // plus a replay of comparable work however long the trace is, and snapshots add at
    // most about kSnapshotBytesPerStep to each step's memory.
    std::size_t bytes = world_.queue.size() * sizeof(ScheduledEvent);
    for (const Host& h : world_.hosts)
        bytes += (h.connections.size() + (h.listener ? h.listener->syn_queue.size() : 0)) * sizeof(Endpoint);
    const std::size_t interval = std::max<std::size_t>(kMinSnapshotInterval, bytes / kSnapshotBytesPerStep);
    if (world_.step - last_snapshot_step_ >= interval) {
        snapshots_.push_back({world_});
        last_snapshot_step_ = world_.step;
    }
}

bool Simulation::back()
{
    if (world_.step == 0)
        return false;
    const std::uint32_t target = world_.step - 1;
    while (snapshots_.size() > 1 && snapshots_.back().world.step > target)
        snapshots_.pop_back();
    world_ = snapshots_.back().world;
    last_snapshot_step_ = world_.step;
    while (!user_actions_.empty() && user_actions_.back().step > target)
        user_actions_.pop_back();
    recording_ = false;
    while (world_.step < target && advance()) {
    }
    recording_ = true;
    trace_.truncate(target, world_.segments_sent);
    return true;
}

void Simulation::reset()
{
    world_ = snapshots_.front().world;
    snapshots_.resize(1);
    user_actions_.clear();
    last_snapshot_step_ = 0;
    trace_.truncate(0, world_.segments_sent);
}

std::uint32_t Simulation::run_to_end(std::uint32_t max_steps)
{
    std::uint32_t n = 0;
    while (n < max_steps && step())
        ++n;
    return n;
}

std::optional<std::int64_t> Simulation::next_event_time() const
{
    const ScheduledEvent* next = world_.queue.earliest();
    const TimedAction* action = next_timeline_action();
    if (next && action)
        return std::min(next->time, action->time);
    if (next)
        return next->time;
    if (action)
        return action->time;
    return std::nullopt;
}

bool Simulation::quiescent() const
{
    return !next_event_time().has_value();
}

std::uint32_t Simulation::run_until(std::int64_t t)
{
    std::uint32_t n = 0;
    for (auto next = next_event_time(); next && *next <= t; next = next_event_time()) {
        step();
        ++n;
    }
    return n;
}

std::vector<std::uint32_t> Simulation::in_flight() const
{
    std::vector<std::uint32_t> out;
    world_.queue.for_each([&](const ScheduledEvent& ev) {
        if (ev.type == EventType::Arrival || ev.type == EventType::Loss)
            out.push_back(ev.a);
    });
    std::sort(out.begin(), out.end());
    return out;
}

bool Simulation::apply(const Action& action)
{
    if (action.kind == ActionKind::LoseSegment) {
        // Only a segment still travelling (its arrival pending) can be lost.
        bool pending_arrival = false;
        world_.queue.for_each([&](const ScheduledEvent& ev) {
            pending_arrival |= ev.type == EventType::Arrival && ev.a == action.segment;
        });
        if (!pending_arrival)
            return false;
    }
    const bool host_ok = action.host == kNoHost || action.host < world_.hosts.size();
    const bool target_ok = action.target == kNoHost || action.target < world_.hosts.size();
    const bool as_ok = action.as == kNoHost || action.as < world_.hosts.size();
    if (!host_ok || !target_ok || !as_ok)
        return false;
    user_actions_.push_back({world_.step + 1, action});
    advance();
    maybe_snapshot();
    return true;
}

} // namespace tcpviz
