#include "ladder.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <optional>

namespace tcpviz {
namespace {

std::string short_ms(std::int64_t ns)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", double(ns) / double(kMillisecond));
    return buf;
}

std::string ms(std::int64_t ns)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", double(ns) / double(kMillisecond));
    return buf;
}

std::string pad(std::string s, std::size_t width)
{
    if (s.size() < width)
        s.append(width - s.size(), ' ');
    return s;
}

std::string rpad(std::string s, std::size_t width)
{
    if (s.size() < width)
        s.insert(0, width - s.size(), ' ');
    return s;
}

} // namespace

std::string segment_note(const SegmentRecord& r)
{
    switch (r.why) {
    case Explain::SynRetransmit:
    case Explain::SynAckRetransmit:
    case Explain::DataRetransmit: return "retransmission";
    case Explain::SynAckForDuplicateSyn: return "resent for duplicate SYN";
    case Explain::CookieSynAck: return "SYN cookie";
    case Explain::ChallengeAckSyn:
    case Explain::ChallengeAckRst: return "challenge ACK";
    case Explain::ForgedSyn:
    case Explain::FloodSyn: return "forged source " + ipv4_text(r.seg.src_addr);
    case Explain::OldDuplicate: return "old duplicate";
    case Explain::BlindSpoofAck: return "blind guess, forged source " + ipv4_text(r.seg.src_addr);
    case Explain::AckForUnacceptableSeq: return "ACK for out-of-window segment";
    case Explain::RstForClosedPort: return "no connection or listener";
    case Explain::RstBadAckSynSent:
    case Explain::RstBadAckSynReceived: return "unacceptable ACK";
    default: return r.retransmission ? "retransmission" : "";
    }
}

std::vector<LadderRow> ladder_rows(const Trace& trace)
{
    std::vector<LadderRow> rows;
    std::vector<std::optional<TcpState>> state(trace.hosts.size());
    std::map<std::uint32_t, std::size_t> row_of_segment;
    std::vector<std::pair<std::size_t, std::uint8_t>> awaiting; // rows wanting states at step end
    std::uint32_t step = 0;
    bool step_has_segment = false;
    std::vector<LadderRow> step_state_rows; // shown only for steps without segments
    auto close_step = [&] {
        for (auto [row, host] : awaiting)
            if (host != kNoHost && state[host])
                rows[row].states_after.emplace_back(host, *state[host]);
        awaiting.clear();
        if (!step_has_segment)
            rows.insert(rows.end(), step_state_rows.begin(), step_state_rows.end());
        step_state_rows.clear();
    };
    for (const TraceEvent& e : trace.events) {
        if (e.step != step) {
            close_step();
            step = e.step;
            step_has_segment = false;
        }
        switch (e.kind) {
        case EventKind::SegmentSent: {
            LadderRow r;
            r.segment = e.ref;
            r.time = e.time;
            r.why = e.why;
            row_of_segment[e.ref] = rows.size();
            awaiting.emplace_back(rows.size(), e.host);
            rows.push_back(r);
            step_has_segment = true;
            break;
        }
        case EventKind::SegmentDelivered:
        case EventKind::SegmentLost: {
            auto it = row_of_segment.find(e.ref);
            if (it == row_of_segment.end())
                break;
            LadderRow& r = rows[it->second];
            r.end_time = e.time;
            r.lost = e.kind == EventKind::SegmentLost;
            if (!r.lost)
                awaiting.emplace_back(it->second, e.host);
            step_has_segment = true;
            break;
        }
        case EventKind::SegmentDropped: {
            auto it = row_of_segment.find(e.ref);
            if (it != row_of_segment.end())
                rows[it->second].dropped_why = e.why;
            break;
        }
        case EventKind::StateChanged: {
            state[e.host] = Trace::to_state(e);
            LadderRow r;
            r.is_segment = false;
            r.time = e.time;
            r.host = e.host;
            r.why = e.why;
            r.states_after.emplace_back(e.host, Trace::to_state(e));
            step_state_rows.push_back(r);
            break;
        }
        default:
            break;
        }
    }
    close_step();
    return rows;
}

std::string ladder_text(const Scenario& scenario, const Trace& trace)
{
    const ScenarioOptions& o = scenario.options;
    std::string out = "# tcpviz ladder: " + scenario.name + (scenario.hypothetical ? " (hypothetical)" : "") + "\n";
    if (!scenario.description.empty())
        out += "# " + scenario.description + "\n";
    out += std::string("# isn ") + isn_mode_name(o.isn) + ", profile " + profile_name(o.profile) + ", cookies " +
           cookie_mode_name(o.cookies) + ", latency " + short_ms(o.latency) + " ms, seed " + std::to_string(o.seed) + "\n";
    out += "# hosts:";
    for (const TraceHost& h : trace.hosts)
        out += " " + h.name + "=" + ipv4_text(h.address) + (h.prefix_len < 32 ? "/" + std::to_string(h.prefix_len) : "");
    out += "\n#\n";
    out += "#  sent ms   arrive ms  from       -> to         flags      seq         ack          len  states after\n";

    auto host_name = [&](std::uint8_t h) { return h == kNoHost ? std::string("(nobody)") : trace.hosts[h].name; };
    auto states = [&](const LadderRow& r) {
        std::string s;
        for (const auto& [h, st] : r.states_after)
            s += (s.empty() ? "" : ", ") + trace.hosts[h].name + " " + state_name(st);
        return s;
    };
    for (const LadderRow& r : ladder_rows(trace)) {
        if (!r.is_segment) {
            out += rpad(ms(r.time), 10) + "  " + std::string(10, ' ') + "  " + host_name(r.host) + ": " +
                   states(r) + " (" + explain_id(r.why) + ")\n";
            continue;
        }
        const SegmentRecord& rec = trace.segments[r.segment];
        const Segment& s = rec.seg;
        std::string line = rpad(ms(r.time), 10) + "  " +
                           rpad(r.end_time < 0 ? "..." : r.lost ? "lost" : ms(r.end_time), 10) + "  " +
                           pad(host_name(rec.from_host), 10) + " -> " + pad(host_name(rec.to_host), 10) + " " +
                           pad(flags_name(s.flags), 10) + " " + pad(std::to_string(s.seq.raw()), 11) + " " +
                           pad(s.has(flag::ACK) ? std::to_string(s.ack.raw()) : "-", 11) + " " +
                           rpad(std::to_string(s.payload_len), 4) + "  " + states(r);
        std::string note = segment_note(rec);
        if (r.dropped_why != Explain::None)
            note += std::string(note.empty() ? "" : "; ") + "dropped: " + explain_id(r.dropped_why);
        if (!note.empty())
            line += (r.states_after.empty() ? "" : "  ") + std::string("[") + note + "]";
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + "\n";
    }
    return out;
}

std::string trace_json_text(const Scenario& scenario, const Trace& trace)
{
    using nlohmann::json;
    json j = {{"format", "tcpviz-trace"}, {"version", 1}, {"scenario", scenario.name}};
    j["hosts"] = json::array();
    for (const TraceHost& h : trace.hosts)
        j["hosts"].push_back({{"name", h.name},
                              {"role", role_name(h.role)},
                              {"address", ipv4_text(h.address)},
                              {"prefix_len", h.prefix_len},
                              {"port", h.port}});
    j["segments"] = json::array();
    for (const SegmentRecord& r : trace.segments) {
        const Segment& s = r.seg;
        json js = {{"from", r.from_host == kNoHost ? json(nullptr) : json(trace.hosts[r.from_host].name)},
                   {"to", r.to_host == kNoHost ? json(nullptr) : json(trace.hosts[r.to_host].name)},
                   {"src", ipv4_text(s.src_addr) + ":" + std::to_string(s.src_port)},
                   {"dst", ipv4_text(s.dst_addr) + ":" + std::to_string(s.dst_port)},
                   {"flags", flags_name(s.flags)},
                   {"seq", s.seq.raw()},
                   {"ack", s.ack.raw()},
                   {"window", s.window},
                   {"len", s.payload_len},
                   {"arrives_ns", r.arrives_at},
                   {"why", explain_id(r.why)},
                   {"retransmission", r.retransmission}};
        json opts = json::object();
        if (s.options.mss)
            opts["mss"] = s.options.mss;
        if (s.options.window_scale >= 0)
            opts["window_scale"] = s.options.window_scale;
        if (s.options.sack_permitted)
            opts["sack_permitted"] = true;
        if (s.options.timestamps)
            opts["timestamps"] = {s.options.ts_val, s.options.ts_ecr};
        js["options"] = opts;
        if (s.payload_len)
            js["payload"] = trace.texts[s.payload_text];
        j["segments"].push_back(js);
    }
    j["events"] = json::array();
    for (const TraceEvent& e : trace.events)
        j["events"].push_back({{"step", e.step},
                               {"time_ns", e.time},
                               {"kind", event_kind_id(e.kind)},
                               {"host", e.host == kNoHost ? json(nullptr) : json(trace.hosts[e.host].name)},
                               {"ref", e.ref},
                               {"a", e.a},
                               {"b", e.b},
                               {"why", explain_id(e.why)}});
    return j.dump(1) + "\n";
}

} // namespace tcpviz
