#include "teaching/prediction.hpp"

#include <algorithm>
#include <cctype>

namespace tcpviz {
namespace {

// The state of the endpoint that `seg` reaches at `host`: its connection or queued
// request on that 4-tuple, else the listening socket, else CLOSED.
TcpState state_for(const World& world, std::uint8_t host, const Segment& seg)
{
    const Host& h = world.hosts[host];
    const FourTuple tuple{seg.dst_addr, seg.dst_port, seg.src_addr, seg.src_port};
    if (const Endpoint* e = h.connection(tuple))
        return e->state;
    if (h.listener && h.listener->port == seg.dst_port) {
        if (const Endpoint* request = h.listener->request(tuple))
            return request->state;
        return TcpState::Listen;
    }
    return TcpState::Closed;
}

} // namespace

namespace {

SegmentAnswer answer_for(const Trace& trace, std::uint32_t segment, std::uint32_t send_step)
{
    SegmentAnswer a;
    a.send_step = send_step;
    a.segment = segment;
    const SegmentRecord& rec = trace.segments[segment];
    a.sender = rec.from_host;
    a.receiver = rec.to_host;
    a.seg = rec.seg;
    a.why = rec.why;
    for (Notation n : {Notation::Symbolic, Notation::Relative, Notation::Absolute}) {
        const SeqNotation numbers(trace, n);
        a.seq_text[std::size_t(n)] = numbers.seq(segment);
        a.ack_text[std::size_t(n)] = numbers.ack(segment);
        if (n == Notation::Symbolic) {
            a.seq_from_isn = numbers.from_isn(segment, rec.seg.seq, true);
            a.ack_from_isn = numbers.from_isn(segment, rec.seg.ack, false);
        }
    }
    return a;
}

} // namespace

std::optional<SegmentAnswer> next_segment_answer(const Trace& recorded, std::uint32_t current_step)
{
    const auto sent = std::find_if(recorded.events.begin(), recorded.events.end(), [&](const TraceEvent& e) {
        return e.step > current_step && e.kind == EventKind::SegmentSent;
    });
    if (sent == recorded.events.end())
        return std::nullopt;
    SegmentAnswer a = answer_for(recorded, sent->ref, sent->step);
    const Segment& seg = a.seg;
    // The state the receiver's endpoint for this segment is in at the end of its arrival step.
    std::optional<TcpState> state;
    for (auto e = sent; e != recorded.events.end(); ++e) {
        if (e->ref == a.segment && e->kind == EventKind::SegmentLost)
            return a;
        const bool arrival = e->ref == a.segment && e->kind == EventKind::SegmentDelivered;
        if (arrival) {
            const auto [first, last] = recorded.events_of_step(e->step);
            for (std::size_t f = first; f < last && a.arrival_why == Explain::None; ++f)
                if (recorded.events[f].host == e->host)
                    a.arrival_why = recorded.events[f].why;
            for (std::size_t f = 0; f < last; ++f) {
                const TraceEvent& c = recorded.events[f];
                if (c.kind != EventKind::StateChanged || c.host != e->host)
                    continue;
                const StateChange change = state_change(c);
                const bool listener = change.peer_address == 0 && change.peer_port == 0;
                if (listener && !state)
                    state = change.to;
                else if (change.peer_address == seg.src_addr && change.peer_port == seg.src_port)
                    state = change.to;
            }
            a.receiver_state = state.value_or(TcpState::Closed);
            return a;
        }
    }
    return a;
}

std::optional<SegmentAnswer> next_segment_answer(const Simulation& sim, std::uint32_t max_steps)
{
    Simulation ahead = sim;
    const Trace& trace = ahead.trace();
    const std::size_t sent_before = trace.segments.size();
    for (std::uint32_t i = 0; i < max_steps && trace.segments.size() == sent_before; ++i)
        if (!ahead.step())
            return std::nullopt;
    if (trace.segments.size() == sent_before)
        return std::nullopt;

    SegmentAnswer a = answer_for(trace, std::uint32_t(sent_before), ahead.current_step());

    // Run on until it arrives or is lost.
    for (std::uint32_t i = 0; i < max_steps; ++i) {
        const auto [first, last] = trace.events_of_step(ahead.current_step());
        for (std::size_t e = first; e < last; ++e) {
            const TraceEvent& ev = trace.events[e];
            const bool about_it = ev.ref == a.segment;
            if (about_it && ev.kind == EventKind::SegmentLost)
                return a;
            if (about_it && (ev.kind == EventKind::SegmentDelivered || ev.kind == EventKind::SegmentDropped)) {
                a.receiver_state = state_for(ahead.world(), ev.host, a.seg);
                // What the receiver made of it: the first explained event of that step.
                for (std::size_t f = first; f < last && a.arrival_why == Explain::None; ++f)
                    if (trace.events[f].host == ev.host)
                        a.arrival_why = trace.events[f].why;
                return a;
            }
        }
        if (!ahead.step())
            break;
    }
    return a;
}

namespace {

std::string normalized(const std::string& text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        // Subscript digits U+2080..2089 are E2 82 80..89; the minus sign U+2212 is E2 88 92.
        if (c == 0xe2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x82 &&
            static_cast<unsigned char>(text[i + 2]) >= 0x80 && static_cast<unsigned char>(text[i + 2]) <= 0x89) {
            out += char('0' + (static_cast<unsigned char>(text[i + 2]) - 0x80));
            i += 3;
        } else if (c == 0xe2 && text.compare(i, 3, "\xe2\x88\x92") == 0) {
            out += '-';
            i += 3;
        } else {
            if (c != ' ' && c != '\t')
                out += char(std::tolower(c));
            ++i;
        }
    }
    // Leading zeros of a plain number.
    if (!out.empty() && out.find_first_not_of("0123456789") == std::string::npos) {
        out.erase(0, std::min(out.find_first_not_of('0'), out.size() - 1));
    }
    return out;
}

} // namespace

bool same_number(const std::string& typed, const std::array<std::string, 3>& answer, const std::string& from_isn)
{
    const std::string t = normalized(typed);
    return !t.empty() && (std::any_of(answer.begin(), answer.end(), [&](const std::string& a) { return normalized(a) == t; }) ||
                          (!from_isn.empty() && normalized(from_isn) == t));
}

Marking mark(const SegmentAnswer& answer, const Prediction& p)
{
    const Segment& s = answer.seg;
    Marking m;
    m.flags = p.flags == s.flags;
    m.seq = p.seq && same_number(*p.seq, answer.seq_text, answer.seq_from_isn);
    if (s.has(flag::ACK))
        m.ack = p.ack && same_number(*p.ack, answer.ack_text, answer.ack_from_isn);
    else
        m.ack = !p.ack;
    m.state = p.receiver_state == answer.receiver_state;
    return m;
}

} // namespace tcpviz
