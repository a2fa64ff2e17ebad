#include "formats/ladder.hpp"
#include "text/display_width.hpp"

#include "formats/capture_text.hpp"
#include "formats/diagram_text.hpp"
#include "teaching/segment_note.hpp"
#include "text/message.hpp"


#include <algorithm>
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
    if (const std::size_t w = display_width(s); w < width)
        s.append(width - w, ' ');
    return s;
}

std::string rpad(std::string s, std::size_t width)
{
    if (const std::size_t w = display_width(s); w < width)
        s.insert(0, width - w, ' ');
    return s;
}

} // namespace

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

std::string ladder_text(const Scenario& scenario, const Trace& trace, Notation notation, const Wording& wording)
{
    const SeqNotation numbers(trace, notation);
    const auto w = [&](const char* english) { return word(wording, "core", english); };
    const ScenarioOptions& o = scenario.options;
    std::string out = "# " + fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "tcpviz ladder: %1")), {scenario.name}) +
                      (scenario.hypothetical ? w(TCPVIZ_TRANSLATE_NOOP("core", " (hypothetical)")) : "") + "\n";
    if (!scenario.description.empty())
        out += "# " + word(wording, "scenario", scenario.description.c_str()) + "\n";
    if (trace.capture)
        for (const std::string& line : capture_heading(trace, wording))
            out += "# " + line + "\n";
    else
        out += "# " +
               fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "isn %1, profile %2, cookies %3, latency %4 ms, seed %5")),
                       {isn_mode_name(o.isn), profile_name(o.profile), cookie_mode_name(o.cookies),
                        short_ms(o.latency), std::to_string(o.seed)}) +
               "\n";
    out += "# " + notation_note(numbers, trace, trace.segments.size(), wording) + "\n";
    out += "# " + w(TCPVIZ_TRANSLATE_NOOP("core", "hosts:"));
    const std::vector<bool> taking_part = hosts_taking_part(trace, trace.events.size());
    for (std::size_t i = 0; i < trace.hosts.size(); ++i) {
        if (!taking_part[i])
            continue;
        const TraceHost& h = trace.hosts[i];
        out += " " + h.name;
        if (!trace.capture) // an imported host is named by its address already
            out += "=" + address_text(trace, h.address);
        if (h.prefix_len < 32) {
            out += '/';
            out += std::to_string(h.prefix_len);
        }
    }
    std::size_t name_width = 10; // an imported trace names hosts by address and port
    for (const TraceHost& h : trace.hosts)
        name_width = std::max(name_width, display_width(h.name));
    // The column titles line up with the rows below, whatever the language.
    out += "\n#\n#";
    out += rpad(w(TCPVIZ_TRANSLATE_NOOP("core", "sent ms")), 9) + "  " +
           rpad(w(TCPVIZ_TRANSLATE_NOOP("core", "arrive ms")), 10) + "  " +
           pad(w(TCPVIZ_TRANSLATE_NOOP("core", "from")), name_width) + " -> " +
           pad(w(TCPVIZ_TRANSLATE_NOOP("core", "to")), name_width) + " " + pad(w(TCPVIZ_TRANSLATE_NOOP("core", "flags")), 10) +
           " " + pad(w(TCPVIZ_TRANSLATE_NOOP("core", "seq")), 11) + " " +
           pad(w(TCPVIZ_TRANSLATE_NOOP("core", "ack")), 11) + " " + rpad(w(TCPVIZ_TRANSLATE_NOOP("core", "len")), 4) +
           "  " + w(TCPVIZ_TRANSLATE_NOOP("core", "states after")) + "\n";

    auto host_name = [&](std::uint8_t h) {
        return h == kNoHost ? w(TCPVIZ_TRANSLATE_NOOP("core", "(nobody)")) : trace.hosts[h].name;
    };
    auto states = [&](const LadderRow& r) {
        std::string s;
        for (const auto& [h, st] : r.states_after)
            s += (s.empty() ? "" : ", ") + trace.hosts[h].name + " " + state_name(st);
        return s;
    };
    for (const LadderRow& r : ladder_rows(trace)) {
        if (!r.is_segment) {
            out += rpad(ms(r.time), 10) + "  " + std::string(10, ' ') + "  " + host_name(r.host) + ": " +
                   states(r) + " (" + word(wording, "Narration", explain_phrase(r.why)) + ")\n";
            continue;
        }
        const SegmentRecord& rec = trace.segments[r.segment];
        const Segment& s = rec.seg;
        std::string line = rpad(ms(r.time), 10) + "  " +
                           rpad(r.end_time < 0 ? "..."
                                : r.lost       ? w(TCPVIZ_TRANSLATE_NOOP("core", "lost"))
                                               : ms(r.end_time),
                                10) +
                           "  " + pad(host_name(rec.from_host), name_width) + " -> " +
                           pad(host_name(rec.to_host), name_width) + " " +
                           pad(flags_name(s.flags), 10) + " " + pad(numbers.seq(r.segment), 11) + " " +
                           pad(s.has(flag::ACK) ? numbers.ack(r.segment) : "-", 11) + " " +
                           rpad(std::to_string(s.payload_len), 4) + "  " + states(r);
        const std::string note = line_note(trace, r.segment, r.dropped_why, wording);
        if (!note.empty())
            line += (r.states_after.empty() ? "" : "  ") + std::string("[") + note + "]";
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + "\n";
    }
    return out;
}

} // namespace tcpviz
