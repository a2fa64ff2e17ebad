#include "formats/capture_text.hpp"

#include "text/duration_text.hpp"
#include "text/message.hpp"

namespace tcpviz {

std::string conversation_line(const Conversation& c, const Wording& wording)
{
    const auto w = [&](const char* english) { return word(wording, "core", english); };
    return fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "%1  %2 -> %3  %4 packets  %5 + %6 bytes  %7  %8 %9")),
                   {std::to_string(c.number), ip_endpoint_text(c.originator), ip_endpoint_text(c.responder),
                    std::to_string(c.packets.size()), std::to_string(c.originator_bytes),
                    std::to_string(c.responder_bytes), duration_text(c.last_time - c.first_time, wording), c.state,
                    c.history}) +
           " (" + w(conn_state_meaning(c.state)) + ")";
}

std::string divergence_line(const Divergence& d, const Wording& wording)
{
    const auto w = [&](const char* english) { return word(wording, "core", english); };
    std::string segment = flags_name(d.flags) + (d.copy > 1 ? " #" + std::to_string(d.copy) : "");
    segment = fill_in(d.from_server ? w(TCPVIZ_TRANSLATE_NOOP("core", "%1 from the server"))
                                    : w(TCPVIZ_TRANSLATE_NOOP("core", "%1 from the client")),
                      {segment});
    const std::string captured = duration_text(d.captured, wording), modelled = duration_text(d.modelled, wording);
    switch (d.kind) {
    case Divergence::Kind::Later:
        return fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "%1 was sent at %2; the model sent it at %3, %4 earlier.")),
                       {segment, captured, modelled, duration_text(d.captured - d.modelled, wording)});
    case Divergence::Kind::Earlier:
        return fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "%1 was sent at %2; the model sent it at %3, %4 later.")),
                       {segment, captured, modelled, duration_text(d.modelled - d.captured, wording)});
    case Divergence::Kind::OnlyCaptured:
        return fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "%1 at %2 is in the capture only: the model does not send it.")),
                       {segment, captured});
    case Divergence::Kind::OnlyModelled:
        return fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "%1 at %2 is in the model only: the capture does not show it.")),
                       {segment, modelled});
    }
    return {};
}

std::string capture_skipped_note(std::uint64_t not_tcp, std::uint64_t headers_cut, std::uint64_t skipped_bytes,
                                 const Wording& wording)
{
    const auto w = [&](const char* english) { return word(wording, "core", english); };
    std::string out;
    const auto add = [&](const std::string& part) { out += (out.empty() ? "" : "; ") + part; };
    if (not_tcp)
        add(fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "%1 packets that are not TCP skipped")), {std::to_string(not_tcp)}));
    if (headers_cut)
        add(fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "%1 packets whose headers the snapshot length cut skipped")),
                    {std::to_string(headers_cut)}));
    if (skipped_bytes)
        add(fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "the capture ends inside a packet: its last %1 bytes skipped")),
                    {std::to_string(skipped_bytes)}));
    return out;
}

std::vector<std::string> capture_heading(const Trace& trace, const Wording& wording)
{
    const auto w = [&](const char* english) { return word(wording, "core", english); };
    const CaptureOrigin& o = *trace.capture;
    std::vector<std::string> lines;
    // Many connections are a range: "1 to 1000000".
    std::string numbers;
    const std::vector<std::uint32_t>& chosen = o.conversations;
    const bool consecutive = !chosen.empty() && chosen.back() - chosen.front() + 1 == chosen.size();
    if (chosen.size() > 3 && consecutive)
        numbers = fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "%1 to %2")),
                          {std::to_string(chosen.front()), std::to_string(chosen.back())});
    else
        for (std::size_t i = 0; i < chosen.size() && i < 10; ++i)
            numbers += (numbers.empty() ? "" : ", ") + std::to_string(chosen[i]) + (i == 9 ? ", …" : "");
    lines.push_back(fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "capture %1 (link type %2, %3 frames), conversation %4")),
                            {o.file, o.link_type, std::to_string(o.frames), numbers}));
    if (const std::string skipped = capture_skipped_note(o.not_tcp, o.headers_cut, o.skipped_bytes, wording);
        !skipped.empty())
        lines.push_back(skipped);
    for (std::size_t i = 0; i < o.capture_points.size() && o.capture_points.size() <= 4; ++i) {
        const CapturePoint& p = o.capture_points[i];
        if (!p.known) {
            lines.push_back(fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "conversation %1: no handshake seen, so where "
                                                                    "the capture point sat is not known: every "
                                                                    "segment is drawn arriving when it was captured")),
                                    {std::to_string(o.conversations[i])}));
            continue;
        }
        const char* where = p.from_originator < 0.25   ? TCPVIZ_TRANSLATE_NOOP("core", "near the originator")
                            : p.from_originator > 0.75 ? TCPVIZ_TRANSLATE_NOOP("core", "near the responder")
                                                       : TCPVIZ_TRANSLATE_NOOP("core", "between the two");
        lines.push_back(fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "conversation %1: initial RTT %2, captured %3; a "
                                                                "segment is drawn leaving and arriving as that "
                                                                "implies")),
                                {std::to_string(o.conversations[i]), duration_text(2 * p.one_way_delay, wording),
                                 w(where)}));
    }
    if (o.bad_checksums)
        lines.push_back(fill_in(w(TCPVIZ_TRANSLATE_NOOP("core", "%1 segments have a bad TCP checksum: normal in a "
                                                                "capture taken at their sender, whose network card "
                                                                "computes the checksum after the capture point "
                                                                "(checksum offload)")),
                                {std::to_string(o.bad_checksums)}));
    return lines;
}

} // namespace tcpviz
