// Every built-in scenario written as a pcap and imported back: the same segments, and
// the same state changes as the simulation, except what a passive observer cannot know.
#include "capture/capture_import.hpp"
#include "formats/ladder.hpp"
#include "formats/pcap_writer.hpp"
#include "support/capture_files.hpp"
#include "support/lab.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <tuple>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

using Key = std::tuple<Ipv4, std::uint16_t, Ipv4, std::uint16_t>; // local, remote
using Changes = std::map<Key, std::vector<std::pair<TcpState, TcpState>>>;

std::string text(const Changes& changes)
{
    std::string out;
    for (const auto& [key, steps] : changes) {
        out += ipv4_text(std::get<0>(key)) + ":" + std::to_string(std::get<1>(key)) + " with " +
               ipv4_text(std::get<2>(key)) + ":" + std::to_string(std::get<3>(key)) + ":";
        for (const auto& [from, to] : steps)
            out += std::string(" ") + state_name(from) + ">" + state_name(to);
        out += "\n";
    }
    return out;
}

// What no segment shows: a timer that ends a state (TIME-WAIT's 2 MSL, a connect() that
// gives up, a half-open request that expires, an orphan's FIN-WAIT-2), and a socket
// listening before any SYN came (a passive observer sees a listener only when it answers).
bool observable(const TraceEvent& e)
{
    switch (e.why) {
    case Explain::TimeWaitExpired:
    case Explain::SynTimeout:
    case Explain::RequestTimedOut:
    case Explain::FinWait2Timeout:
    case Explain::CloseTimedOut:
    case Explain::Listening:
    case Explain::HostRebooted: return false;
    default: return true;
    }
}

// The state changes of every endpoint a passive observer can follow. `simulated` names
// the hosts whose addresses are forged: the observer takes a forged SYN for its source's
// own, so their endpoints are left out.
bool trace_host_sends_as(const Trace& trace, const TraceEvent& sent, const TraceHost& host)
{
    const Ipv4 source = trace.segments[sent.ref].seg.src_addr;
    const Ipv4 mask = host.prefix_len == 0 ? 0 : ~Ipv4(0) << (32 - host.prefix_len);
    return (source & mask) == (host.address & mask);
}

Changes state_changes(const Trace& trace, const Trace& simulated)
{
    std::set<Ipv4> forged;
    for (const TraceHost& h : simulated.hosts)
        if (h.role == HostRole::Forged || h.role == HostRole::Spoofed)
            for (const TraceEvent& e : simulated.events)
                if (e.kind == EventKind::SegmentSent && trace_host_sends_as(simulated, e, h))
                    forged.insert(simulated.segments[e.ref].seg.src_addr);
    Changes out;
    for (const TraceEvent& e : trace.events) {
        if (e.kind != EventKind::StateChanged || !observable(e))
            continue;
        const StateChange c = state_change(e);
        const TraceHost& h = trace.hosts[e.host];
        if (forged.contains(h.address))
            continue;
        // A SYN cookie spares the server SYN-RECEIVED; nothing on the wire says so.
        out[{h.address, h.port, c.peer_address, c.peer_port}].emplace_back(
            e.why == Explain::CookieAccepted ? TcpState::SynReceived : c.from, c.to);
    }
    for (const TraceEvent& e : trace.events)
        if (e.kind == EventKind::SegmentSent && e.why == Explain::CookieSynAck) {
            const Segment& s = trace.segments[e.ref].seg;
            auto& steps = out[{s.src_addr, s.src_port, s.dst_addr, s.dst_port}];
            steps.emplace(steps.begin(), TcpState::Listen, TcpState::SynReceived);
        }
    return out;
}

// One line per segment with every header field and option.
std::string sent_segments(const Trace& trace)
{
    std::string out;
    for (const TraceEvent& e : trace.events)
        if (e.kind == EventKind::SegmentSent) {
            const Segment& s = trace.segments[e.ref].seg;
            const TcpOptions& o = s.options;
            out += ipv4_text(s.src_addr) + ":" + std::to_string(s.src_port) + ">" + ipv4_text(s.dst_addr) + ":" +
                   std::to_string(s.dst_port) + " " + flags_name(s.flags) + " " + std::to_string(s.seq.raw()) + " " +
                   std::to_string(s.ack.raw()) + " win " + std::to_string(s.window) + " len " +
                   std::to_string(s.payload_len) + " mss " + std::to_string(o.mss) + " ws " +
                   std::to_string(o.window_scale) + (o.sack_permitted ? " sack" : "") +
                   (o.timestamps ? " ts " + std::to_string(o.ts_val) + "/" + std::to_string(o.ts_ecr) : "") + "\n";
        }
    return out;
}

} // namespace

TEST_CASE("every scenario's pcap imports back with the same segments and state changes", "[capture][import]")
{
    std::vector<Scenario> scenarios = builtin_scenarios();
    // And a flood big enough that its conversations and its import are shared between two threads.
    Scenario flood = *builtin_scenario("syn-flood-cookies");
    flood.name = "syn-flood-cookies-5000";
    flood.timeline.resize(1);
    flood.timeline[0].count = 5000;
    scenarios.push_back(flood);
    for (const Scenario& scenario : scenarios) {
        INFO(scenario.name);
        const Simulation sim = finished(scenario);
        const std::string path = temp_capture_path(scenario.name + ".pcap");
        write_pcap(path, sim.trace());
        const Capture capture = read_capture(path);
        const ConversationList conversations = find_conversations(capture);
        std::vector<std::uint32_t> all;
        for (const Conversation& c : conversations)
            all.push_back(c.number);
        const Trace imported = import_conversations(capture, conversations, all);

        // The pcap holds segments as they left their senders, in that order; so does the import.
        CHECK(sent_segments(imported) == sent_segments(sim.trace()));
        // A hypothetical scenario breaks RFC 9293's rules, which the import follows.
        if (!scenario.hypothetical)
            CHECK(text(state_changes(imported, sim.trace())) == text(state_changes(sim.trace(), sim.trace())));
        std::remove(path.c_str());
    }
}

TEST_CASE("a capture of many connections keeps its lifelines and its ladder heading short", "[capture][import]")
{
    Scenario flood = *builtin_scenario("syn-flood-cookies");
    flood.timeline.resize(1);
    flood.timeline[0].count = 500;
    const Simulation sim = finished(flood);
    const std::string path = temp_capture_path("many.pcap");
    write_pcap(path, sim.trace());
    const Capture capture = read_capture(path);
    std::remove(path.c_str());
    const ConversationList conversations = find_conversations(capture);
    REQUIRE(conversations.size() == 500);
    std::vector<std::uint32_t> all;
    for (const Conversation& c : conversations)
        all.push_back(c.number);
    const Trace trace = import_conversations(capture, conversations, all);
    CHECK(trace.hosts.size() <= kMaxImportedHosts);
    CHECK(trace.segments.size() == capture.packets.size());
    const std::string ladder = ladder_text(Scenario(), trace, Notation::Symbolic);
    // Every heading line fits a wide terminal: ranges, not 500 numbers or symbols.
    for (std::size_t at = 0; at < ladder.size() && ladder[at] == '#';) {
        const std::size_t end = ladder.find('\n', at);
        CHECK(end - at < 400);
        at = end + 1;
    }
    CHECK(ladder.find("conversation 1 to 500") != std::string::npos);
    CHECK(ladder.find("the ISNs of the hosts that open") != std::string::npos);
}
