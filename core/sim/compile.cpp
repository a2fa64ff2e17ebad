// Simulation: compiling a scenario into a world. Hosts with their ISN generators,
// listeners and SYN-cookie secrets, the fault plan, and the timeline with every name
// resolved, each refused with a sentence naming what is wrong.
#include "sim/simulation.hpp"

#include "scenario/scenario_library.hpp"

namespace tcpviz {
namespace {

std::uint32_t fixed_isn_for(HostRole role)
{
    // RFC 9293 figures use 100 for the active side and 300 for the passive side.
    switch (role) {
    case HostRole::Client: return 100;
    case HostRole::Server: return 300;
    case HostRole::Attacker: return 500;
    case HostRole::Forged:
    case HostRole::Spoofed: return 700;
    }
    return 100;
}

TimingProfile profile_for(const ScenarioOptions& o)
{
    TimingProfile p = o.profile == ProfileKind::Linux ? TimingProfile::linux_default() : TimingProfile::rfc6298();
    p.syn_retries = o.syn_retries;
    p.synack_retries = o.synack_retries;
    return p;
}

} // namespace

Simulation::Simulation(const Scenario& scenario)
    : scenario_(with_live_action_hosts(scenario)), profile_(profile_for(scenario.options))
{
    build_world();
}

std::uint8_t Simulation::host_index(const std::string& name) const
{
    for (std::size_t i = 0; i < trace_.hosts.size(); ++i)
        if (trace_.hosts[i].name == name)
            return static_cast<std::uint8_t>(i);
    return kNoHost;
}

std::uint16_t Simulation::add_text(const std::string& text)
{
    if (text.empty())
        return 0;
    for (std::size_t i = 0; i < trace_.texts.size(); ++i)
        if (trace_.texts[i] == text)
            return static_cast<std::uint16_t>(i);
    trace_.texts.push_back(text);
    return static_cast<std::uint16_t>(trace_.texts.size() - 1);
}

void Simulation::build_world()
{
    const ScenarioOptions& o = scenario_.options;
    if (scenario_.hosts.size() >= kNoHost)
        throw ScenarioError(Message(
            TCPVIZ_TRANSLATE_NOOP("core", "the scenario defines more hosts than the simulator supports (254).")));
    trace_ = Trace{};
    trace_.texts.push_back(""); // index 0: no payload
    world_ = World{};
    world_.rng = o.seed * 0x9e3779b97f4a7c15ull + 7;

    auto message = [this](const std::string& text) {
        return AppMessage{add_text(text), static_cast<std::uint16_t>(text.size())};
    };
    for (std::size_t i = 0; i < scenario_.hosts.size(); ++i) {
        const HostSpec& spec = scenario_.hosts[i];
        if (host_index(spec.name) != kNoHost)
            throw ScenarioError(Message(TCPVIZ_TRANSLATE_NOOP("core", "host name '%1' is used twice."), {spec.name}));
        Host h;
        h.identity = {spec.name, spec.role, spec.address, spec.prefix_len, spec.port};
        if (h.identity.port == 0)
            h.identity.port = spec.role == HostRole::Server ? 80 : static_cast<std::uint16_t>(50000 + i);
        h.live = spec.live;
        h.window = spec.role == HostRole::Server ? 65160 : 64240;
        h.syn_options.mss = o.mss;
        h.syn_options.window_scale = o.window_scale;
        h.syn_options.sack_permitted = o.sack;
        h.syn_options.timestamps = o.timestamps;
        h.application.reply = message(spec.reply);
        h.application.greeting = message(spec.greeting);
        h.application.reads = spec.reads;
        h.application.reply_at_eof = spec.reply_at_eof;
        h.application.close_plan = spec.close;
        h.isn = IsnGenerator(o.isn, o.seed + 0x1000 * (i + 1), spec.first_isn.value_or(fixed_isn_for(spec.role)));
        if (spec.listens) {
            Listener l;
            l.port = h.identity.port;
            l.backlog = o.backlog;
            l.cookies = o.cookies;
            l.two_way_handshake = o.two_way_handshake;
            l.accept_delay = spec.accept_delay;
            l.accepts = spec.accepts;
            l.secrets = {key_from_seed(o.seed + i, 2), key_from_seed(o.seed + i, 3)};
            h.listener = std::move(l);
        }
        trace_.hosts.push_back(h.identity);
        world_.hosts.push_back(std::move(h));
    }

    auto resolve = [this](const std::string& name, const Message& what) -> std::uint8_t {
        if (name.empty())
            return kNoHost;
        const std::uint8_t index = host_index(name);
        if (index == kNoHost)
            throw ScenarioError(
                Message(TCPVIZ_TRANSLATE_NOOP("core", "%1 names host '%2', which the scenario does not define."),
                        {what, name}));
        return index;
    };

    // Step 0: listening sockets and preset connections.
    for (std::size_t i = 0; i < world_.hosts.size(); ++i) {
        Host& h = world_.hosts[i];
        const auto hi = static_cast<std::uint8_t>(i);
        if (h.listener) {
            record(EventKind::StateChanged, hi, 0,
                   std::uint32_t(TcpState::Closed) | std::uint32_t(TcpState::Listen) << 8, 0, Explain::Listening);
            record_queue_depth(hi);
        }
        if (const auto& preset = scenario_.hosts[i].established) {
            const std::uint8_t peer =
                resolve(preset->peer, Message(TCPVIZ_TRANSLATE_NOOP("core", "the preset connection of host '%1'"),
                                              {h.identity.name}));
            const Host& p = world_.hosts[peer];
            Endpoint e = h.new_endpoint(hi, {h.identity.address, h.identity.port, p.identity.address, p.identity.port});
            e.preset_established(SeqNum(preset->snd_nxt), SeqNum(preset->rcv_nxt));
            e.negotiated.mss = o.mss;
            h.add_connection(e);
            record(EventKind::StateChanged, hi, e.id,
                   std::uint32_t(TcpState::Closed) | std::uint32_t(TcpState::Established) << 8 |
                       std::uint32_t(p.identity.port) << 16,
                   p.identity.address, Explain::PresetEstablished);
        }
    }

    for (std::size_t i = 0; i < scenario_.faults.size(); ++i) {
        const FaultSpec& f = scenario_.faults[i];
        world_.faults.push_back(
            {f.type, f.kind, f.nth,
             resolve(f.from, Message(TCPVIZ_TRANSLATE_NOOP("core", "fault %1"), {std::to_string(i + 1)})),
             f.extra_delay, 0});
    }

    timeline_.clear();
    timeline_order_.clear();
    for (std::size_t i = 0; i < scenario_.timeline.size(); ++i) {
        const ActionSpec& s = scenario_.timeline[i];
        const Message what(TCPVIZ_TRANSLATE_NOOP("core", "timeline action %1 (%2)"),
                           {std::to_string(i + 1), std::string(action_kind_name(s.kind))});
        Action a{s}; // the details as written; the names resolved below
        a.host = resolve(s.host, what);
        a.target = resolve(s.target, what);
        a.as = resolve(s.as, what);
        a.text = add_text(s.text);
        a.text_len = static_cast<std::uint16_t>(s.text.size());
        const bool needs_target = a.kind == ActionKind::Connect || a.kind == ActionKind::ForgeSyn ||
                                  a.kind == ActionKind::Flood || a.kind == ActionKind::Inject ||
                                  a.kind == ActionKind::BlindAck;
        if (a.host == kNoHost && a.kind != ActionKind::ArmLoss && a.kind != ActionKind::LoseSegment)
            throw ScenarioError(Message(TCPVIZ_TRANSLATE_NOOP("core", "%1 has no \"host\"."), {what}));
        if (needs_target && a.target == kNoHost)
            throw ScenarioError(Message(TCPVIZ_TRANSLATE_NOOP("core", "%1 has no \"target\"."), {what}));
        if ((a.kind == ActionKind::ForgeSyn || a.kind == ActionKind::Flood || a.kind == ActionKind::BlindAck) &&
            a.as == kNoHost)
            throw ScenarioError(
                Message(TCPVIZ_TRANSLATE_NOOP("core", "%1 has no \"as\" (the forged source host)."), {what}));
        if (a.kind == ActionKind::Flood && (a.count == 0 || a.interval < 0))
            throw ScenarioError(Message(
                TCPVIZ_TRANSLATE_NOOP("core", "%1 needs a positive \"count\" and a non-negative \"interval_ms\"."),
                {what}));
        timeline_.push_back(a);
        timeline_order_.push_back({a.at, world_.order++, static_cast<std::uint32_t>(i)});
    }
    std::stable_sort(timeline_order_.begin(), timeline_order_.end(),
                     [](const TimedAction& x, const TimedAction& y) { return x.time < y.time; });

    snapshots_.clear();
    snapshots_.push_back({world_});
    user_actions_.clear();
    last_snapshot_step_ = 0;
}

} // namespace tcpviz
