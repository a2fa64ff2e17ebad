#pragma once
// Test fixtures: small scenarios built in code, helpers that drive a Simulation and
// read back what it sent. "Replies" are the segments a host sent while processing one
// delivered segment, and nothing else.
#include "scenario/scenario_library.hpp"
#include "sim/simulation.hpp"

#include <string>
#include <vector>

namespace tcpviz::test {

// The sentence `parse` rejects `text` with, or "no error".
template <typename Parse>
std::string parse_error(Parse parse, const std::string& text)
{
    try {
        parse(text);
    } catch (const ScenarioError& e) {
        return e.what();
    }
    return "no error";
}

// A scenario run to quiescence.
inline Simulation finished(const Scenario& scenario)
{
    Simulation sim(scenario);
    sim.run_to_end();
    return sim;
}

inline Simulation finished(const char* builtin_name)
{
    return finished(*builtin_scenario(builtin_name));
}

// A built-in scenario without what its applications do once connected (the writes, the
// answer, the close): the handshake alone, as RFC 9293's figures draw it.
inline Scenario handshake_only(Scenario s)
{
    std::erase_if(s.timeline, [](const ActionSpec& a) { return a.kind == ActionKind::Send || a.kind == ActionKind::Close; });
    for (HostSpec& h : s.hosts) {
        h.reply.clear();
        h.close = {};
    }
    return s;
}

inline Scenario handshake_only(const char* builtin_name)
{
    return handshake_only(*builtin_scenario(builtin_name));
}

// Whether host `name` ever entered `state`.
inline bool reached(const Simulation& sim, const std::string& name, TcpState state)
{
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::StateChanged && e.host == sim.host_index(name) && Trace::to_state(e) == state)
            return true;
    return false;
}

inline HostSpec host(std::string name, HostRole role, Ipv4 address, std::uint16_t port, bool listens, bool live)
{
    HostSpec h;
    h.name = std::move(name);
    h.role = role;
    h.address = address;
    h.port = port;
    h.listens = listens;
    h.live = live;
    return h;
}

// "peer" (192.0.2.10:50000) and "server" (198.51.100.20:80), fixed ISNs 100 and 300.
inline Scenario two_hosts(bool peer_live, bool server_listens, bool server_live = true)
{
    Scenario s;
    s.name = "lab";
    s.options.isn = IsnMode::Fixed;
    s.hosts = {host("peer", HostRole::Client, kClientAddress, 50000, false, peer_live),
               host("server", HostRole::Server, kServerAddress, 80, server_listens, server_live)};
    return s;
}

inline ActionSpec spec(ActionKind kind, std::string host, std::string target = {}, double at_ms = 0)
{
    ActionSpec a;
    a.kind = kind;
    a.host = std::move(host);
    a.target = std::move(target);
    a.at = static_cast<std::int64_t>(at_ms * 1e6);
    return a;
}

inline FaultSpec drop_every(SegmentKind kind)
{
    FaultSpec f;
    f.kind = kind;
    f.nth = 0;
    return f;
}

inline Action inject(Simulation& sim, const std::string& from, const std::string& to, std::uint8_t flags,
                     std::uint32_t seq, std::uint32_t ack, const std::string& text = {})
{
    Action a;
    a.kind = ActionKind::Inject;
    a.host = sim.host_index(from);
    a.target = sim.host_index(to);
    a.flags = flags;
    a.seq = seq;
    a.ack = ack;
    a.text = sim.add_text(text);
    a.text_len = static_cast<std::uint16_t>(text.size());
    return a;
}

inline Action connect(const Simulation& sim, const std::string& from, const std::string& to)
{
    Action a;
    a.kind = ActionKind::Connect;
    a.host = sim.host_index(from);
    a.target = sim.host_index(to);
    return a;
}

// Segments sent during step `step`.
inline std::vector<Segment> sent_in_step(const Simulation& sim, std::uint32_t step)
{
    std::vector<Segment> out;
    const auto [lo, hi] = sim.trace().events_of_step(step);
    for (std::size_t i = lo; i < hi; ++i) {
        const TraceEvent& e = sim.trace().events[i];
        if (e.kind == EventKind::SegmentSent)
            out.push_back(sim.trace().segments[e.ref].seg);
    }
    return out;
}

// Sends a segment from `from` to `to` and steps until it is delivered (or lost);
// returns what the receiver sent in that delivery step.
inline std::vector<Segment> deliver(Simulation& sim, const std::string& from, const std::string& to,
                                    std::uint8_t flags, std::uint32_t seq, std::uint32_t ack,
                                    const std::string& text = {})
{
    sim.apply(inject(sim, from, to, flags, seq, ack, text));
    const std::uint32_t segment = static_cast<std::uint32_t>(sim.trace().segments.size() - 1);
    while (sim.step()) {
        const auto [lo, hi] = sim.trace().events_of_step(sim.current_step());
        for (std::size_t i = lo; i < hi; ++i) {
            const TraceEvent& e = sim.trace().events[i];
            if ((e.kind == EventKind::SegmentDelivered || e.kind == EventKind::SegmentLost) && e.ref == segment)
                return sent_in_step(sim, sim.current_step());
        }
    }
    return {};
}

// Explanation of the receiver's drop or first reply in the current step.
inline Explain step_explanation(const Simulation& sim)
{
    const auto [lo, hi] = sim.trace().events_of_step(sim.current_step());
    for (std::size_t i = lo; i < hi; ++i) {
        const TraceEvent& e = sim.trace().events[i];
        if (e.kind == EventKind::SegmentSent || e.kind == EventKind::SegmentDropped ||
            e.kind == EventKind::StateChanged)
            return e.why;
    }
    return Explain::None;
}

// The state of the last-changed connection on a host (what a lifeline shows).
inline TcpState host_state(const Simulation& sim, const std::string& name)
{
    const std::uint8_t h = sim.host_index(name);
    TcpState s = TcpState::Closed;
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::StateChanged && e.host == h)
            s = Trace::to_state(e);
    return s;
}

// "SYN-ACK 300 101 0" — flags, seq, ack (when ACK is set, else "-"), payload length.
inline std::string brief(const Segment& s)
{
    return flags_name(s.flags) + " " + std::to_string(s.seq.raw()) + " " +
           (s.has(flag::ACK) ? std::to_string(s.ack.raw()) : std::string("-")) + " " + std::to_string(s.payload_len);
}

inline std::vector<std::string> briefs(const std::vector<Segment>& segments)
{
    std::vector<std::string> out;
    for (const Segment& s : segments)
        out.push_back(brief(s));
    return out;
}

// Every segment of a run: "from>to FLAGS seq ack len" plus " lost" when lost.
inline std::vector<std::string> ladder(const Simulation& sim)
{
    const Trace& t = sim.trace();
    std::vector<std::string> out(t.segments.size());
    for (std::size_t i = 0; i < t.segments.size(); ++i) {
        const SegmentRecord& r = t.segments[i];
        out[i] = (r.from_host == kNoHost ? std::string("?") : t.hosts[r.from_host].name) + ">" +
                 (r.to_host == kNoHost ? std::string("?") : t.hosts[r.to_host].name) + " " + brief(r.seg);
    }
    for (const TraceEvent& e : t.events)
        if (e.kind == EventKind::SegmentLost)
            out[e.ref] += " lost";
    return out;
}

inline std::vector<double> send_times_ms(const Simulation& sim, std::uint8_t flags)
{
    std::vector<double> out;
    for (const TraceEvent& e : sim.trace().events)
        if (e.kind == EventKind::SegmentSent && sim.trace().segments[e.ref].seg.flags == flags)
            out.push_back(double(e.time) / 1e6);
    return out;
}

} // namespace tcpviz::test
