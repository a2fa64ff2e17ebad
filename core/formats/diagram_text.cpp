#include "formats/diagram_text.hpp"

#include "formats/ladder.hpp"
#include "teaching/segment_note.hpp"

#include <functional>
#include <optional>
#include <vector>

namespace tcpviz {
namespace {

// One walk over the trace, calling the format's writers in order.
struct TextWriter {
    std::function<std::string(std::size_t index, const TraceHost& host)> participant;
    std::function<std::string(std::size_t from, std::size_t to, bool lost, const std::string& label)> message;
    std::function<std::string(std::size_t host, const std::string& text)> note;
    std::function<std::string(std::size_t first, std::size_t last, const std::string& text)> note_across;
};

std::string walk(const Trace& trace, const TextDiagramOptions& options, const Wording& wording, const TextWriter& w)
{
    std::size_t n_events = trace.events.size();
    if (options.upto_step)
        n_events = trace.events_of_step(*options.upto_step).second;
    std::size_t n_segments = 0;
    const std::vector<bool> used = hosts_taking_part(trace, n_events);
    std::vector<bool> lost;
    std::vector<Explain> dropped_why;
    for (std::size_t i = 0; i < n_events; ++i)
        if (trace.events[i].kind == EventKind::SegmentSent)
            n_segments = std::max<std::size_t>(n_segments, trace.events[i].ref + 1);
    lost.assign(n_segments, false);
    dropped_why.assign(n_segments, Explain::None);
    for (std::size_t i = 0; i < n_events; ++i) {
        const TraceEvent& e = trace.events[i];
        if (e.kind == EventKind::SegmentLost)
            lost[e.ref] = true;
        else if (e.kind == EventKind::SegmentDropped)
            dropped_why[e.ref] = e.why;
    }
    const SeqNotation numbers(trace, options.numbers);

    std::string out;
    std::size_t first_used = trace.hosts.size(), last_used = 0;
    for (std::size_t h = 0; h < trace.hosts.size(); ++h)
        if (used[h]) {
            out += w.participant(h, trace.hosts[h]);
            first_used = std::min(first_used, h);
            last_used = h;
        }
    if (first_used < trace.hosts.size())
        out += w.note_across(first_used, last_used, notation_note(numbers, trace, n_segments, wording));
    std::vector<std::optional<TcpState>> shown(trace.hosts.size());
    for (std::size_t i = 0; i < n_events; ++i) {
        const TraceEvent& e = trace.events[i];
        if (e.kind == EventKind::SegmentSent) {
            const SegmentRecord& r = trace.segments[e.ref];
            std::string label = numbers.label(e.ref);
            const std::string note = line_note(trace, e.ref, dropped_why[e.ref], wording);
            if (!note.empty())
                label += " (" + note + ")";
            const std::size_t to = r.to_host == kNoHost ? e.host : r.to_host;
            out += w.message(e.host, to, lost[e.ref] || r.to_host == kNoHost, label);
        } else if (e.kind == EventKind::StateChanged && shown[e.host] != Trace::to_state(e)) {
            shown[e.host] = Trace::to_state(e);
            out += w.note(e.host, state_name(Trace::to_state(e)));
        }
    }
    return out;
}

} // namespace

std::string notation_note(const SeqNotation& numbers, const Trace& trace, std::size_t segment_count,
                          const Wording& wording)
{
    std::string text = notation_title(numbers.notation(), wording);
    const auto legend = notation_legend(numbers, trace, segment_count, wording);
    for (std::size_t i = 0; i < legend.size(); ++i)
        text += (i == 0 ? ": " : ", ") + legend[i].symbols + (legend[i].value.empty() ? "" : " = " + legend[i].value) +
                " " + legend[i].meaning;
    return text;
}

std::string lifeline_title(const TraceHost& host, const Wording& wording)
{
    std::string title = host_role_title(host.role, wording);
    if (host.name != role_name(host.role))
        title += " · " + host.name;
    return title;
}

LifelineHeading lifeline_heading(const Trace& trace, const TraceHost& host, const Wording& wording)
{
    if (trace.capture) // an imported host is named by its address, or its range ("*")
        return {host_role_title(host.role, wording), host.name};
    const std::string text = address_text(trace, host.address);
    std::string address = text.find(':') != std::string::npos ? "[" + text + "]" : text;
    address += host.prefix_len < 32 ? '/' : ':';
    address += std::to_string(host.prefix_len < 32 ? host.prefix_len : host.port);
    return {lifeline_title(host, wording), address};
}

std::string host_role_title(HostRole role, const Wording& wording)
{
    switch (role) {
    case HostRole::Client: return word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "Client"));
    case HostRole::Server: return word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "Server"));
    case HostRole::Attacker: return word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "Attacker"));
    case HostRole::Spoofed: return word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "Spoofed host"));
    case HostRole::Forged: return word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "Forged source"));
    }
    return {};
}

std::string mermaid_text(const Scenario& scenario, const Trace& trace, const TextDiagramOptions& options,
                         const Wording& wording)
{
    const std::string lost_word = " " + word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "lost"));
    const TextWriter w{
        [&](std::size_t i, const TraceHost& h) {
            const LifelineHeading heading = lifeline_heading(trace, h, wording);
            return "    participant h" + std::to_string(i) + " as " + heading.title + " " + heading.address + "\n";
        },
        [&](std::size_t from, std::size_t to, bool lost, const std::string& label) {
            return "    h" + std::to_string(from) + (lost ? "-x" : "->>") + "h" + std::to_string(to) + ": " + label +
                   (lost ? lost_word : "") + "\n";
        },
        [](std::size_t host, const std::string& text) {
            return "    Note over h" + std::to_string(host) + ": " + text + "\n";
        },
        [](std::size_t first, std::size_t last, const std::string& text) {
            return "    Note over h" + std::to_string(first) + ",h" + std::to_string(last) + ": " + text + "\n";
        },
    };
    return "%% tcpviz: " + scenario.name + "\nsequenceDiagram\n" + walk(trace, options, wording, w);
}

std::string plantuml_text(const Scenario& scenario, const Trace& trace, const TextDiagramOptions& options,
                          const Wording& wording)
{
    const std::string lost_word = " " + word(wording, "core", TCPVIZ_TRANSLATE_NOOP("core", "lost"));
    const TextWriter w{
        [&](std::size_t i, const TraceHost& h) {
            const LifelineHeading heading = lifeline_heading(trace, h, wording);
            return "participant \"" + heading.title + "\\n" + heading.address + "\" as h" + std::to_string(i) + "\n";
        },
        [&](std::size_t from, std::size_t to, bool lost, const std::string& label) {
            return "h" + std::to_string(from) + (lost ? " ->x h" : " -> h") + std::to_string(to) + " : " + label +
                   (lost ? lost_word : "") + "\n";
        },
        [](std::size_t host, const std::string& text) {
            return "hnote over h" + std::to_string(host) + " : " + text + "\n";
        },
        [](std::size_t first, std::size_t last, const std::string& text) {
            return "note over h" + std::to_string(first) + ", h" + std::to_string(last) + " : " + text + "\n";
        },
    };
    return "@startuml\ntitle tcpviz: " + scenario.name + "\n" + walk(trace, options, wording, w) + "@enduml\n";
}

} // namespace tcpviz
