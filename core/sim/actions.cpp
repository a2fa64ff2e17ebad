// Simulation: scenario and user actions — applications opening and writing, and the
// attacker's forged segments.
#include "sim/simulation.hpp"
#include "tcp/seeded_random.hpp"

#include <algorithm>

namespace tcpviz {
namespace {

std::uint16_t port_of(const Host& h)
{
    return h.listener ? h.listener->port : h.identity.port;
}

} // namespace

bool Simulation::perform(const Action& a, std::uint32_t ref)
{
    current_host_ = a.host;
    switch (a.kind) {
    case ActionKind::Connect: {
        Host& h = world_.hosts[a.host];
        const Host& peer = world_.hosts[a.target];
        // Each new connection from a host takes the next local port; a rebooted host
        // starts over, so its new incarnation reuses the old 4-tuple (Figure 9).
        const auto port = static_cast<std::uint16_t>(h.identity.port + h.connections.size());
        const FourTuple tuple{h.identity.address, port, peer.identity.address, port_of(peer)};
        record(EventKind::Action, a.host, ref, a.target, 0,
               h.identity.role == HostRole::Attacker ? Explain::ProbeConnection : Explain::ActiveOpen);
        Endpoint e = h.new_endpoint(a.host, tuple);
        e.open_active(h.isn.next(tuple, world_.now), *this);
        h.add_connection(e);
        return true;
    }
    case ActionKind::Send: {
        Host& h = world_.hosts[a.host];
        record(EventKind::Action, a.host, ref, a.text, a.text_len, Explain::AppSend);
        auto it = std::find_if(h.connections.rbegin(), h.connections.rend(),
                               [](const Endpoint& e) { return e.state != TcpState::Closed; });
        if (it != h.connections.rend())
            it->app_send({a.text, a.text_len}, *this);
        return true;
    }
    case ActionKind::Close: {
        // The application closes the connection it uses: the newest one still open.
        Host& h = world_.hosts[a.host];
        auto it = std::find_if(h.connections.rbegin(), h.connections.rend(),
                               [](const Endpoint& e) { return e.state != TcpState::Closed; });
        if (it == h.connections.rend()) {
            record(EventKind::Action, a.host, ref, 0, 0, Explain::AppClose);
            return true;
        }
        application_closes(a.host, it->id, a.how, ref);
        return true;
    }
    case ActionKind::ForgeSyn:
        record(EventKind::Action, a.host, ref, a.as, 0, Explain::ForgedSyn);
        forge_syn(a, 0, Explain::ForgedSyn);
        return true;
    case ActionKind::Flood:
        record(EventKind::Action, a.host, ref, a.count, static_cast<std::uint32_t>(a.interval / 1000), Explain::FloodSyn);
        forge_syn(a, 0, Explain::FloodSyn);
        if (a.count > 1)
            schedule(world_.now + a.interval, EventType::FloodNext, a.host, ref, 1);
        return true;
    case ActionKind::Inject: {
        const Host& from = world_.hosts[a.host];
        const Host& to = world_.hosts[a.target];
        record(EventKind::Action, a.host, ref, a.target, 0, Explain::OldDuplicate);
        Segment s;
        s.src_addr = from.identity.address;
        s.src_port = from.identity.port;
        s.dst_addr = to.identity.address;
        s.dst_port = port_of(to);
        s.flags = a.flags;
        s.seq = SeqNum(a.seq);
        s.ack = SeqNum(a.ack);
        s.window = from.window;
        if (a.flags & flag::SYN)
            s.options.mss = from.syn_options.mss;
        s.payload_len = a.text_len;
        s.payload_text = a.text;
        transmit(a.host, s, Explain::OldDuplicate, false);
        return true;
    }
    case ActionKind::Reboot: {
        Host& h = world_.hosts[a.host];
        record(EventKind::Action, a.host, ref, 0, 0, Explain::HostRebooted);
        for (Endpoint& e : h.connections) {
            if (e.state == TcpState::Closed)
                continue;
            e.stop_timer(Explain::HostRebooted, *this);
            e.set_state(TcpState::Closed, Explain::HostRebooted, *this);
        }
        h.forget_connections();
        if (h.listener && !h.listener->accept_queue.empty()) { // the connections it held are gone
            h.listener->accept_queue.clear();
            record(EventKind::AcceptQueueDepth, a.host, 0, 0, h.listener->backlog, Explain::HostRebooted);
        }
        return true;
    }
    case ActionKind::BlindAck:
        blind_ack(a);
        return true;
    case ActionKind::ArmLoss:
        record(EventKind::Action, kNoHost, ref, std::uint32_t(a.loss_kind), 0, Explain::LossArmed);
        world_.faults.push_back({FaultSpec::Type::Drop, a.loss_kind, 1, kNoHost, 0, 0});
        return true;
    case ActionKind::LoseSegment: {
        const std::uint8_t sender = recording_ ? trace_.segments[a.segment].from_host : kNoHost;
        record(EventKind::SegmentLost, sender, a.segment, std::uint32_t(LossReason::UserLoss), 0, Explain::UserLoss);
        // Its loss replaces the pending arrival in the queue.
        world_.queue.remove_first(
            [&](const ScheduledEvent& ev) { return ev.type == EventType::Arrival && ev.a == a.segment; });
        return true;
    }
    }
    return false;
}

void Simulation::forge_syn(const Action& a, std::uint32_t index, Explain why)
{
    // Forged sources cycle through the `as` host's range with distinct ports, so every
    // SYN of a flood is a new 4-tuple, as tools like hping3 --rand-source make them.
    const Host& as = world_.hosts[a.as];
    const Host& target = world_.hosts[a.target];
    const std::uint32_t range = as.identity.prefix_len >= 32 ? 1u : 1u << (32 - as.identity.prefix_len);
    Segment s;
    s.src_addr = as.identity.address + index % range;
    s.src_port = range == 1 ? as.identity.port : static_cast<std::uint16_t>(1024 + (index / range) % 64000);
    s.dst_addr = target.identity.address;
    s.dst_port = port_of(target);
    s.flags = flag::SYN;
    s.seq = SeqNum(static_cast<std::uint32_t>(splitmix64(world_.rng)));
    s.window = 64240;
    s.options.mss = 1460;
    world_.forged_isn = s.seq;
    world_.forged_syn_at = world_.now;
    transmit(a.host, s, why, false);
}

void Simulation::blind_ack(const Action& a)
{
    // The attacker never sees the SYN-ACK sent to the forged source. With 4.4BSD ISNs it
    // predicts it from its own probe connection: one connection later, plus 64,000 for
    // every 500 ms tick between the two SYNs' arrivals (estimated from the probe's RTT).
    const Host& attacker = world_.hosts[a.host];
    const Host& as = world_.hosts[a.as];
    const Host& target = world_.hosts[a.target];
    auto probe = std::find_if(attacker.connections.begin(), attacker.connections.end(),
                              [](const Endpoint& e) { return e.state == TcpState::Established; });
    SeqNum predicted(0);
    if (probe != attacker.connections.end()) {
        const std::int64_t one_way = probe->handshake_rtt / 2;
        const std::int64_t probe_tick = (probe->opened_at + one_way) / kBsdTickNs;
        const std::int64_t forged_tick = (world_.forged_syn_at + one_way) / kBsdTickNs;
        predicted = probe->irs + kBsdIsnIncrement * static_cast<std::uint32_t>(1 + forged_tick - probe_tick);
    }
    record(EventKind::Action, a.host, 0, predicted.raw(), a.as, Explain::BlindSpoofAck);
    Segment s;
    s.src_addr = as.identity.address;
    s.src_port = as.identity.port; // the port of the forged SYN (forge_syn, index 0)
    s.dst_addr = target.identity.address;
    s.dst_port = port_of(target);
    s.flags = flag::ACK;
    s.seq = world_.forged_isn + 1;
    s.ack = predicted + 1;
    s.window = 64240;
    transmit(a.host, s, Explain::BlindSpoofAck, false);
    if (a.text_len > 0) {
        s.flags = flag::PSH | flag::ACK;
        s.payload_len = a.text_len;
        s.payload_text = a.text;
        transmit(a.host, s, Explain::BlindSpoofAck, false);
    }
}

} // namespace tcpviz
