// Simulation: the network between hosts (routing, latency, the fault plan) and the
// EndpointContext callbacks that record what endpoints do.
#include "sim/simulation.hpp"
#include "tcp/seeded_random.hpp"

namespace tcpviz {

std::uint8_t Simulation::route(Ipv4 address) const
{
    // Exact addresses win over the ranges that forged-source hosts stand for.
    std::uint8_t range_match = kNoHost;
    for (std::size_t i = 0; i < world_.hosts.size(); ++i) {
        const Host& h = world_.hosts[i];
        if (h.identity.address == address)
            return static_cast<std::uint8_t>(i);
        if (range_match == kNoHost && h.owns(address))
            range_match = static_cast<std::uint8_t>(i);
    }
    return range_match;
}

void Simulation::transmit(std::uint8_t from_host, const Segment& seg, Explain why, bool retransmission,
                          std::int64_t expired_rto)
{
    const std::uint32_t index = world_.segments_sent++;
    const std::uint8_t to = route(seg.dst_addr);
    std::int64_t held_back = 0;
    bool dropped = false;
    for (FaultRule& rule : world_.faults) {
        if (!segment_is_kind(seg, rule.kind) || (rule.from != kNoHost && rule.from != from_host))
            continue;
        ++rule.seen;
        if (rule.nth != 0 && rule.seen != rule.nth)
            continue;
        if (rule.type == FaultSpec::Type::Drop)
            dropped = true;
        else
            held_back += rule.extra_delay;
    }
    const std::int64_t delay = scenario_.options.latency + held_back;
    LossReason reason = LossReason::FaultPlan;
    if (!dropped && scenario_.options.loss_probability > 0.0) {
        const double draw = double(splitmix64(world_.rng) >> 11) * 0x1.0p-53;
        if (draw < scenario_.options.loss_probability) {
            dropped = true;
            reason = LossReason::RandomLoss;
        }
    }
    const std::int64_t arrival = world_.now + delay;
    if (recording_) {
        trace_.segments.push_back({.seg = seg,
                                   .expired_rto_us = static_cast<std::uint32_t>(expired_rto / 1000),
                                   .arrives_at = arrival,
                                   .from_host = from_host,
                                   .to_host = to,
                                   .why = why,
                                   .retransmission = retransmission});
        record(EventKind::SegmentSent, from_host, index, to, retransmission ? 1u : 0u, why);
    }
    if (dropped)
        schedule(world_.now + delay / 2, EventType::Loss, from_host, index, std::uint32_t(reason));
    else if (to == kNoHost || !world_.hosts[to].live)
        schedule(arrival, EventType::Loss, from_host, index, std::uint32_t(LossReason::Unreachable));
    else
        schedule(arrival, EventType::Arrival, to, index, static_cast<std::uint32_t>(held_back / 1000));
}

void Simulation::send(const Endpoint& from, const Segment& seg, Explain why, bool retransmission)
{
    // on_timer disarms the timer before it resends, so a resend with the timer off is the
    // timer's; one with it running (a SYN-ACK repeated for a duplicate SYN) waited no RTO.
    transmit(from.host, seg, why, retransmission, retransmission && !from.timer.armed() ? from.timer.rto : 0);
}

void Simulation::state_changed(const Endpoint& e, TcpState from, Explain why)
{
    if (e.state == TcpState::Closed) // a closed TCB owes no delayed ACK (Endpoint::set_state)
        unschedule(EventType::DelayedAck, e.host, e.id);
    record(EventKind::StateChanged, e.host, e.id,
           std::uint32_t(from) | std::uint32_t(e.state) << 8 | std::uint32_t(e.tuple.remote_port) << 16,
           e.tuple.remote_addr, why);
}

void Simulation::timer_armed(const Endpoint& e)
{
    unschedule(EventType::Timer, e.host, e.id);
    schedule(e.timer.deadline, EventType::Timer, e.host, e.id);
    const TimerPurpose purpose = e.timer_purpose(profile_.kind);
    record(EventKind::TimerArmed, e.host, e.id, static_cast<std::uint32_t>(e.timer.rto / 1000),
           (e.timer.retransmissions & 0xffffff) | std::uint32_t(purpose) << 24, Explain::None);
}

void Simulation::timer_stopped(const Endpoint& e, Explain why)
{
    unschedule(EventType::Timer, e.host, e.id);
    record(EventKind::TimerCancelled, e.host, e.id, 0, 0, why);
}

void Simulation::ack_delayed(const Endpoint& e, Explain why)
{
    schedule(e.delayed_ack_deadline, EventType::DelayedAck, e.host, e.id);
    record(EventKind::AckDelayed, e.host, e.id, static_cast<std::uint32_t>((e.delayed_ack_deadline - now()) / 1000), 0,
           why);
}

void Simulation::delayed_ack_carried(const Endpoint& e, Explain carried_by)
{
    unschedule(EventType::DelayedAck, e.host, e.id);
    record(EventKind::DelayedAckCarried, e.host, e.id, 0, 0, carried_by);
}

void Simulation::close_planned(const Endpoint& e, std::int64_t delay)
{
    schedule(now() + delay, EventType::AppClose, e.host, e.id);
}

void Simulation::rtt_measured(const Endpoint& e, std::int64_t sample)
{
    if (!recording_)
        return;
    const auto index = static_cast<std::uint32_t>(trace_.rtt_readings.size());
    trace_.rtt_readings.push_back({world_.step, sample, e.rtt.srtt, e.rtt.rttvar, e.rtt.rto});
    record(EventKind::RttMeasured, e.host, e.id, index, 0, Explain::None);
}

void Simulation::dropped(Explain why)
{
    record(EventKind::SegmentDropped, current_host_, current_segment_, 0, 0, why);
}

} // namespace tcpviz
