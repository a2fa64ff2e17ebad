#include "capture/capture_model.hpp"

#include "sim/simulation.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace tcpviz {
namespace {

constexpr const char* kClient = "client";
// An application writes or closes after what made it do so arrived: a capture stamps
// both at the same instant, the engine would run the timeline's action first.
constexpr std::int64_t kReaction = 1000;
// A segment sent this soon after what it answers arrived was the application's answer.
constexpr std::int64_t kAnswerWindow = 1'000'000;
constexpr const char* kServer = "server";

SegmentKind kind_of(const Segment& s)
{
    if (s.has(flag::RST))
        return SegmentKind::Rst;
    if (s.has(flag::SYN))
        return s.has(flag::ACK) ? SegmentKind::SynAck : SegmentKind::Syn;
    if (s.has(flag::FIN))
        return SegmentKind::Fin;
    return s.payload_len > 0 ? SegmentKind::Data : SegmentKind::Ack;
}

std::int64_t sent_at(const Trace& trace, std::uint32_t segment)
{
    for (const TraceEvent& e : trace.events)
        if (e.kind == EventKind::SegmentSent && e.ref == segment)
            return e.time;
    return 0;
}

// The payload as the application wrote it: the captured bytes, printable ones as they are.
std::string payload_text(const Trace& trace, std::uint32_t segment)
{
    const CapturedSegment& c = trace.capture->segments[segment];
    const std::uint8_t* bytes = trace.capture->bytes.data() + c.bytes_at;
    const std::size_t header = c.tcp_at + ((bytes[c.tcp_at + 12] >> 4) * 4u);
    std::string text;
    for (std::size_t i = header; i < c.bytes_len; ++i)
        text += char(bytes[i] >= 0x20 && bytes[i] < 0x7f ? bytes[i] : '.');
    text.resize(std::min<std::size_t>(c.payload_len, 65535), '.'); // what the snapshot length cut
    return text;
}

// After its FIN at `fin` the sender still takes the peer's data without a RST: it only
// shut its sending side (shutdown(SHUT_WR)), it did not close.
bool half_closes(const Trace& t, std::uint32_t fin)
{
    const std::uint8_t closer = t.segments[fin].from_host;
    bool data_after = false;
    for (std::uint32_t i = fin + 1; i < t.segments.size(); ++i) {
        const SegmentRecord& r = t.segments[i];
        if (r.from_host == closer && r.seg.has(flag::RST))
            return false;
        data_after = data_after || (r.from_host != closer && r.seg.payload_len > 0);
    }
    return data_after;
}

} // namespace

Scenario model_of(const Trace& t, const std::string& name)
{
    if (!t.capture || t.capture->conversations.size() != 1)
        throw CaptureError(Message(TCPVIZ_TRANSLATE_NOOP(
            "core", "a model is of one connection: choose one with --conversation N (see --conversations).")));
    if (!t.capture->ipv6_keys.empty())
        throw CaptureError(
            Message(TCPVIZ_TRANSLATE_NOOP("core", "the model speaks IPv4 only: this connection is over IPv6.")));
    Scenario s;
    s.name = name;
    s.description = "Built from " + t.capture->file + ": its hosts, ISNs and options, the latency of its handshake, "
                    "its losses, and when each application wrote and closed.";
    ScenarioOptions& o = s.options;
    o.isn = IsnMode::Fixed;
    o.cookies = CookieMode::Off;
    const CapturePoint& point = t.capture->capture_points.front();
    o.latency = std::max<std::int64_t>(point.one_way_delay, 1000);
    std::uint8_t client = kNoHost, server = kNoHost;
    for (std::uint8_t h = 0; h < t.hosts.size(); ++h)
        (t.hosts[h].role == HostRole::Server ? server : client) = h;
    HostSpec c, sv;
    c.name = kClient;
    c.role = HostRole::Client;
    sv.name = kServer;
    sv.role = HostRole::Server;
    sv.listens = true;
    if (client != kNoHost) {
        c.address = t.hosts[client].address;
        c.port = t.hosts[client].port;
    }
    if (server != kNoHost) {
        sv.address = t.hosts[server].address;
        sv.port = t.hosts[server].port;
    }
    // The engine routes by address: a conversation on one machine's loopback needs two.
    if (c.address == sv.address) {
        c.address = make_ipv4(192, 0, 2, 10);
        s.description += " The client, on the server's machine in the capture, is 192.0.2.10 here.";
    }
    // Both applications only write what the capture shows, when it shows it.
    c.close = {};
    sv.close = {};
    // When each side first got the other's data and FIN: a write or close that follows at
    // once is the application answering it (the scenario's reply, a close after EOF).
    std::int64_t data_arrived[2] = {-1, -1}, fin_arrived[2] = {-1, -1}; // by receiver: 0 client, 1 server
    std::int64_t established[2] = {-1, -1};
    for (const TraceEvent& e : t.events) {
        if (e.kind == EventKind::StateChanged && Trace::to_state(e) == TcpState::Established &&
            established[e.host == client ? 0 : 1] < 0)
            established[e.host == client ? 0 : 1] = e.time;
        if (e.kind != EventKind::SegmentDelivered)
            continue;
        const Segment& seg = t.segments[e.ref].seg;
        const int receiver = e.host == client ? 0 : 1;
        if (seg.payload_len > 0 && data_arrived[receiver] < 0)
            data_arrived[receiver] = e.time;
        if (seg.has(flag::FIN) && fin_arrived[receiver] < 0)
            fin_arrived[receiver] = e.time;
    }
    // Where each side's FIN ends: an answer that acknowledges it was written at end-of-file.
    std::optional<SeqNum> fin_end[2];
    for (std::uint32_t i = 0; i < t.segments.size(); ++i) {
        const SegmentRecord& r = t.segments[i];
        const int sender = r.from_host == client ? 0 : 1;
        if (r.seg.has(flag::FIN) && !fin_end[sender])
            fin_end[sender] = r.seg.seq + r.seg.seg_len();
    }
    const auto answers = [](std::int64_t arrived, std::int64_t sent) {
        return arrived >= 0 && sent >= arrived && sent - arrived <= kAnswerWindow;
    };
    std::map<std::pair<std::uint8_t, SegmentKind>, std::uint32_t> occurrences;
    bool connected = false, closed[2] = {false, false}, wrote[2] = {false, false};
    for (std::uint32_t i = 0; i < t.segments.size(); ++i) {
        const SegmentRecord& r = t.segments[i];
        const Segment& seg = r.seg;
        const bool from_client = r.from_host == client;
        const std::string host = from_client ? kClient : kServer;
        const SegmentKind kind = kind_of(seg);
        const std::uint32_t nth = ++occurrences[{r.from_host, kind}];
        const std::int64_t at = sent_at(t, i);
        if (kind == SegmentKind::Syn && from_client && !connected) {
            connected = true;
            c.first_isn = seg.seq.raw();
            o.mss = seg.options.mss ? seg.options.mss : o.mss;
            o.window_scale = std::int8_t(seg.options.window_scale);
            o.sack = seg.options.sack_permitted;
            o.timestamps = seg.options.timestamps;
            ActionSpec a;
            a.kind = ActionKind::Connect;
            a.at = at;
            a.host = kClient;
            a.target = kServer;
            s.timeline.push_back(a);
        }
        if (kind == SegmentKind::SynAck && !from_client && !sv.first_isn)
            sv.first_isn = seg.seq.raw();
        const int side = from_client ? 0 : 1;
        HostSpec& spec = from_client ? c : sv;
        // Data at the very instant the connection opened had been written before it did.
        if (seg.payload_len > 0 && !r.retransmission && !wrote[side] && established[side] >= 0 &&
            at - established[side] <= kReaction && !answers(data_arrived[side], at)) {
            spec.greeting = payload_text(t, i); // written as the connection opens (or waiting for it)
        } else if (seg.payload_len > 0 && !r.retransmission && !wrote[side] && answers(data_arrived[side], at)) {
            spec.reply = payload_text(t, i); // the application answers the first data
            spec.reply_at_eof = fin_end[1 - side] && seg.ack == *fin_end[1 - side]; // ...or the end of it
        } else if (seg.payload_len > 0 && !r.retransmission) {
            ActionSpec a;
            a.kind = ActionKind::Send;
            a.at = at + kReaction;
            a.host = host;
            a.text = payload_text(t, i);
            s.timeline.push_back(a);
        }
        wrote[side] = wrote[side] || seg.payload_len > 0;
        if (seg.has(flag::FIN) && !closed[side] && answers(fin_arrived[side], at)) {
            closed[side] = true;
            spec.close.after = CloseAfter::Eof; // it closes once it has read the peer's FIN
        } else if (seg.has(flag::FIN) && !closed[side]) {
            closed[side] = true;
            ActionSpec a;
            a.kind = ActionKind::Close;
            a.at = at + kReaction;
            a.host = host;
            a.how = half_closes(t, i) ? CloseHow::Shutdown : CloseHow::Close;
            s.timeline.push_back(a);
        }
        if (captured(t, i)->lost_after_capture) {
            FaultSpec f;
            f.type = FaultSpec::Type::Drop;
            f.kind = kind;
            f.nth = nth;
            f.from = host;
            s.faults.push_back(f);
        }
    }
    if (!connected)
        throw CaptureError(Message(TCPVIZ_TRANSLATE_NOOP(
            "core", "the capture holds no SYN of this connection: a model starts from the handshake.")));
    s.hosts = {c, sv};
    std::stable_sort(s.timeline.begin(), s.timeline.end(),
                     [](const ActionSpec& a, const ActionSpec& b) { return a.at < b.at; });
    return s;
}

std::vector<Divergence> compare_with_model(const Trace& captured_trace, const Trace& modelled, std::int64_t tolerance)
{
    // Both traces' segments in sending order, keyed by what they carry; the n-th of a key
    // in one is matched with the n-th in the other.
    using Key = std::tuple<bool, std::uint8_t, std::uint32_t, std::uint32_t, std::uint16_t>;
    struct Sent {
        Key key;
        std::uint32_t nth;
        std::int64_t at;
        std::uint8_t flags;
        std::uint32_t copy;
        bool from_server;
    };
    const auto listing = [](const Trace& t) {
        std::vector<Sent> out;
        std::map<Key, std::uint32_t> seen;
        std::map<std::pair<bool, std::uint8_t>, std::uint32_t> copies;
        for (const TraceEvent& e : t.events) {
            if (e.kind != EventKind::SegmentSent)
                continue;
            const SegmentRecord& r = t.segments[e.ref];
            const bool from_server = t.hosts[r.from_host].role == HostRole::Server;
            const Key key{from_server, r.seg.flags, r.seg.seq.raw(), r.seg.has(flag::ACK) ? r.seg.ack.raw() : 0,
                          r.seg.payload_len};
            out.push_back({key, ++seen[key], e.time, r.seg.flags, ++copies[{from_server, r.seg.flags}], from_server});
        }
        return out;
    };
    const std::vector<Sent> real = listing(captured_trace), model = listing(modelled);
    std::vector<Divergence> out;
    std::vector<bool> matched(model.size(), false);
    for (const Sent& r : real) {
        const auto it = std::find_if(model.begin(), model.end(), [&](const Sent& m) {
            return !matched[std::size_t(&m - model.data())] && m.key == r.key && m.nth == r.nth;
        });
        if (it == model.end()) {
            out.push_back({Divergence::Kind::OnlyCaptured, r.flags, r.copy, r.from_server, r.at, 0});
            continue;
        }
        matched[std::size_t(it - model.begin())] = true;
        if (r.at - it->at > tolerance)
            out.push_back({Divergence::Kind::Later, r.flags, r.copy, r.from_server, r.at, it->at});
        else if (it->at - r.at > tolerance)
            out.push_back({Divergence::Kind::Earlier, r.flags, r.copy, r.from_server, r.at, it->at});
    }
    for (std::size_t i = 0; i < model.size(); ++i)
        if (!matched[i])
            out.push_back({Divergence::Kind::OnlyModelled, model[i].flags, model[i].copy, model[i].from_server, 0,
                           model[i].at});
    std::stable_sort(out.begin(), out.end(), [](const Divergence& a, const Divergence& b) {
        const auto when = [](const Divergence& d) { return d.kind == Divergence::Kind::OnlyModelled ? d.modelled : d.captured; };
        return when(a) < when(b);
    });
    return out;
}

} // namespace tcpviz
