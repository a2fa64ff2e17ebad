#include "capture/capture_import.hpp"

#include "capture/capture_timing.hpp"
#include "capture/endpoint_inference.hpp"
#include "parallel/two_threads.hpp"
#include "sim/flat_hash_map.hpp"
#include "system/memory_ahead.hpp"
#include "system/uninitialized_array.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

namespace tcpviz {
namespace {

using inference::Placed;
using inference::Recorder;
using inference::Side;

// The lifelines: one per endpoint while they fit; else servers keep theirs while they
// take at most half the lifelines, and the rest go by address, then together as one
// range per role ("*", a flood's forged sources). Responders come first, leftmost.
struct Lifelines {
    std::vector<TraceHost> hosts;
    std::vector<std::array<std::uint8_t, 2>> of_conversation; // the originator's, the responder's
};

struct AddressHash {
    std::size_t operator()(const IpAddress& a) const { return IpEndpointHash{}({a, 0}); }
};

class AddressKeys {
public:
    Ipv4 key(const IpAddress& a)
    {
        if (!a.v6)
            return a.ipv4();
        auto [it, added] = keys_.try_emplace(a, Ipv4(keys_.size() + 1));
        if (added)
            names_[it->second] = ip_address_text(a);
        return it->second;
    }
    std::map<Ipv4, std::string> names() const { return names_; }

private:
    std::map<IpAddress, Ipv4> keys_;
    std::map<Ipv4, std::string> names_;
};

Lifelines lifelines(const std::vector<const Conversation*>& chosen, AddressKeys& keys)
{
    Lifelines out;
    // How many endpoints of a role, counted only as far as the lifelines go.
    const auto distinct = [&](bool responders) {
        FlatHashMap<IpEndpoint, bool, IpEndpointHash> seen;
        for (std::size_t k = 0; k < chosen.size() && seen.size() <= kMaxImportedHosts; ++k)
            seen.try_emplace(responders ? chosen[k]->responder : chosen[k]->originator, true);
        return seen.size();
    };
    const std::size_t responders = distinct(true), originators = distinct(false);
    const bool responders_own = responders + originators <= kMaxImportedHosts || responders <= kMaxImportedHosts / 2;
    const std::size_t responder_lines = responders_own ? responders : kMaxImportedHosts / 2; // at most
    const bool own_lines[2] = {responder_lines + originators <= kMaxImportedHosts, responders_own};

    const auto add = [&](const IpEndpoint& e, HostRole role, bool with_port) {
        TraceHost h;
        h.role = role;
        h.address = keys.key(e.address);
        h.port = with_port ? e.port : 0;
        h.name = with_port ? ip_endpoint_text(e) : ip_address_text(e.address);
        out.hosts.push_back(h);
        return std::uint8_t(out.hosts.size() - 1);
    };
    // Few entries each, whatever the capture: these lookups stay in the cache.
    FlatHashMap<IpEndpoint, std::uint8_t, IpEndpointHash> of_endpoint;
    FlatHashMap<IpAddress, std::uint8_t, AddressHash> of_address[2];
    std::uint8_t rest[2] = {kNoHost, kNoHost};
    const auto line_of = [&](const IpEndpoint& e, int role) { // 0: originator, 1: responder
        if (const std::uint8_t* own = of_endpoint.find(e))
            return *own; // a responder that also originates keeps its line (simultaneous open)
        const HostRole kind = role == 1 ? HostRole::Server : HostRole::Client;
        if (own_lines[role]) {
            const std::uint8_t line = add(e, kind, true);
            of_endpoint.assign(e, line);
            return line;
        }
        if (const std::uint8_t* shared = of_address[role].find(e.address))
            return *shared;
        // Room for another address while one line stays for the rest of its role.
        const std::size_t limit = role == 1 ? responder_lines : kMaxImportedHosts;
        if (out.hosts.size() + 1 < limit) {
            const std::uint8_t line = add(e, kind, false);
            of_address[role].assign(e.address, line);
            return line;
        }
        if (rest[role] == kNoHost) {
            rest[role] = add(e, role == 1 ? HostRole::Server : HostRole::Forged, false);
            out.hosts[rest[role]].prefix_len = 0;
            out.hosts[rest[role]].name = std::string(role == 1 ? "*:*" : "*");
        }
        return rest[role];
    };
    for (const Conversation* c : chosen)
        line_of(c->responder, 1);
    out.of_conversation.reserve(chosen.size());
    for (const Conversation* c : chosen)
        out.of_conversation.push_back({line_of(c->originator, 0), line_of(c->responder, 1)});
    return out;
}

// `spare` is `capture` and `spare_conversations` are `conversations` when they may be
// taken apart.
Trace import(const Capture& capture, Capture* spare, const ConversationList& conversations,
             ConversationList* spare_conversations, const std::vector<std::uint32_t>& chosen)
{
    std::vector<const Conversation*> picked;
    std::size_t packets = 0;
    for (std::uint32_t number : chosen) {
        picked.push_back(&conversations.at(number - 1));
        packets += picked.back()->packets.size();
    }
    auto origin = std::make_shared<CaptureOrigin>();
    origin->file = capture.file;
    origin->link_type = capture.link_type;
    origin->frames = capture.frames;
    origin->not_tcp = capture.not_tcp;
    origin->headers_cut = capture.headers_cut;
    origin->skipped_bytes = capture.skipped_bytes;
    origin->conversations = chosen;
    // Every packet imported: the bytes stay where they are, each segment's at its packet's.
    const bool takes_bytes = spare && packets == capture.packets.size();
    if (takes_bytes) {
        origin->bytes = std::move(spare->bytes);
        origin->sack_blocks = std::move(spare->sack_blocks);
    }

    Trace trace;
    trace.texts = {""}; // payloads are in the capture's bytes, not in the text table
    AddressKeys keys;
    Lifelines lines;

    // Each conversation's packets placed on the clock, and how its endpoints began: the
    // conversations shared between two threads in pieces of about equal packets, while
    // this one first draws up the lifelines.
    struct Opening {
        bool answers_syn_with_ack = false, responder_listens = false;
    };
    std::vector<Opening> opening(picked.size());
    std::vector<std::size_t> first_placed(picked.size() + 1, 0);
    for (std::uint32_t k = 0; k < picked.size(); ++k)
        first_placed[k + 1] = first_placed[k] + picked[k]->packets.size();
    UninitializedArray<Placed> placed(packets); // each written by its conversation's placing
    origin->capture_points.resize(picked.size());
    const auto place_conversations = [&](std::uint32_t from, std::uint32_t to) {
        for (std::uint32_t k = from; k < to; ++k) {
            const Conversation& c = *picked[k];
            origin->capture_points[k] = inference::capture_point(c);
            inference::place(capture, c, k, origin->capture_points[k],
                             placed.span().subspan(first_placed[k], c.packets.size()));
            opening[k] = {inference::answers_syn_with_ack(capture, c), inference::responder_listens(capture, c)};
        }
    };
    const std::size_t pieces = packets < kWorthAThread ? 1 : 64;
    const auto piece_start = [&](std::size_t piece) {
        const auto at = std::lower_bound(first_placed.begin(), first_placed.end(), packets * piece / pieces);
        return piece == pieces ? std::uint32_t(picked.size())
                               : std::min(std::uint32_t(at - first_placed.begin()), std::uint32_t(picked.size()));
    };
    const auto place_piece = [&](std::size_t piece) { place_conversations(piece_start(piece), piece_start(piece + 1)); };
    const auto draw_lifelines = [&] { lines = lifelines(picked, keys); };
    if (pieces == 1) {
        draw_lifelines();
        place_piece(0);
    } else {
        share_pieces(pieces, place_piece, draw_lifelines);
    }
    trace.hosts = lines.hosts;
    const std::vector<std::array<std::uint8_t, 2>>& host_of = lines.of_conversation;
    // The order of sending, ties as placed (by conversation): small keys sorted, not Placed;
    // the earlier half and the later one each on a thread of its own, in place (the
    // capture and its conversations are still held: no room to merge into).
    std::vector<std::pair<std::int64_t, std::uint32_t>> sending(placed.size());
    for (std::uint32_t i = 0; i < placed.size(); ++i)
        sending[i] = {placed[i].sent, i};
    if (!std::is_sorted(sending.begin(), sending.end())) {
        const auto middle = sending.begin() + std::ptrdiff_t(sending.size() / 2);
        std::nth_element(sending.begin(), middle, sending.end());
        run_both(sending.size(), [&] { std::sort(sending.begin(), middle); },
                 [&] { std::sort(middle, sending.end()); });
    }
    const std::int64_t zero = sending.empty() ? 0 : sending.front().first;
    origin->epoch = zero;

    // Each conversation's two endpoints, and where they stood when the capture began.
    Recorder recorder(trace);
    std::vector<std::array<Side, 2>> sides(picked.size());
    std::vector<bool> listening(trace.hosts.size(), false);
    for (std::uint32_t k = 0; k < picked.size(); ++k) {
        const Conversation& c = *picked[k];
        const CapturedPacket& first = capture.packets[c.packets.front()];
        for (int s = 0; s < 2; ++s) {
            Side& side = sides[k][std::size_t(s)];
            const IpEndpoint& peer = s == 0 ? c.responder : c.originator;
            side.host = host_of[k][std::size_t(s)];
            side.endpoint = 1 + 2 * k + std::uint32_t(s);
            side.peer_address = keys.key(peer.address);
            side.peer_port = peer.port;
        }
        if (!first.segment.has(flag::SYN)) { // the capture began in the middle of the connection
            for (Side& side : sides[k])
                recorder.change(side, TcpState::Established, 0, Explain::CapturedMidstream);
            continue;
        }
        if (opening[k].answers_syn_with_ack) // a half-open connection from before (RFC 9293 §3.5.1)
            recorder.change(sides[k][1], TcpState::Established, 0, Explain::CapturedMidstream);
        if (opening[k].responder_listens) {
            Side& server = sides[k][1];
            server.listener = true;
            if (!listening[server.host]) {
                listening[server.host] = true;
                recorder.record(EventKind::StateChanged, 0, server.host, 0,
                                std::uint32_t(TcpState::Closed) | std::uint32_t(TcpState::Listen) << 8, 0,
                                Explain::Listening);
            }
            if (server.state == TcpState::Closed)
                server.state = TcpState::Listen;
        }
    }

    // Each packet's analysis went with its placing: the conversations may go.
    picked.clear();
    if (spare_conversations)
        *spare_conversations = {};

    // Segments in the order they were sent, with what the capture knows of each; when
    // every packet is imported, each segment's facts are its packet's alone and the two
    // halves are made on two threads.
    trace.segments.grow_for_writing(placed.size());
    origin->segments.grow_for_writing(placed.size());
    const auto make_segments = [&](std::uint32_t from, std::uint32_t to) {
        for (std::uint32_t i = from; i < to; ++i) {
            Placed& pl = placed[sending[i].second];
            pl.segment = i;
            const CapturedPacket& p = capture.packets[pl.packet];
            const PacketAnalysis& a = pl.analysis;
            // Each side holds its peer's address key: the sender's is the receiver's peer.
            const std::array<Side, 2>& ends = sides[pl.conversation];
            const Side& sender = ends[pl.from_originator ? 0 : 1];
            const Side& receiver = ends[pl.from_originator ? 1 : 0];
            SegmentRecord& rec = trace.segments[i];
            rec = {};
            rec.seg = p.segment;
            rec.seg.src_addr = receiver.peer_address;
            rec.seg.dst_addr = sender.peer_address;
            rec.arrives_at = pl.arrives - zero;
            rec.from_host = sender.host;
            rec.to_host = receiver.host;
            rec.retransmission = (a.flags & analysis::AnyRetransmission) != 0;
            CapturedSegment& facts = origin->segments[i];
            facts = {};
            facts.captured_at = p.time - zero;
            facts.since_first_copy = a.since_first_copy;
            facts.frame = p.frame;
            facts.payload_len = p.payload_len;
            facts.duplicate_ack = a.duplicate_of;
            facts.analysis = a.flags;
            facts.checksum = p.checksum;
            facts.lost_after_capture = pl.lost;
            facts.sack_count = p.sack_count;
            facts.bytes_len = p.bytes_len;
            facts.tcp_at = p.tcp_at;
            if (takes_bytes) {
                facts.sack_at = p.sack_at;
                facts.bytes_at = p.bytes_at;
            } else { // in order, on this thread alone
                facts.sack_at = std::uint32_t(origin->sack_blocks.size());
                origin->sack_blocks.insert(origin->sack_blocks.end(), capture.sack_blocks.begin() + p.sack_at,
                                           capture.sack_blocks.begin() + p.sack_at + p.sack_count);
                const auto bytes = capture.packet_bytes(p);
                facts.bytes_at = origin->bytes.size();
                origin->bytes.insert(origin->bytes.end(), bytes.begin(), bytes.end());
            }
        }
    };
    const auto count = std::uint32_t(placed.size());
    if (takes_bytes)
        run_both(count, [&] { make_segments(0, count / 2); }, [&] { make_segments(count / 2, count); });
    else
        make_segments(0, count);
    // From here on only the trace is read.
    if (spare)
        spare->packets.clear(); // frees its chunks
    // A sender all of whose checksums are bad computes them after the capture point.
    std::vector<bool> all_bad(trace.hosts.size(), true);
    for (std::uint32_t i = 0; i < trace.segments.size(); ++i) {
        const bool bad = origin->segments[i].checksum == ChecksumCheck::Bad;
        origin->bad_checksums += bad ? 1 : 0;
        if (!bad)
            all_bad[trace.segments[i].from_host] = false;
    }
    for (std::uint32_t i = 0; i < trace.segments.size(); ++i)
        origin->segments[i].checksum_offload = all_bad[trace.segments[i].from_host];
    origin->ipv6_keys = keys.names();

    // Then every sending and every arrival in time order, one step each; an arrival
    // before a sending at the same instant, and at the same instant each in sending order.
    // The sendings are in order already: the arrivals are sorted, and the two merged as
    // they are recorded.
    struct Arrival {
        std::int64_t time;
        std::uint32_t placed;
    };
    std::vector<Arrival> arrivals;
    arrivals.reserve(sending.size());
    for (const auto& [sent, i] : sending) {
        // A loss is drawn past the capture point, halfway to where it would have arrived.
        const Placed& pl = placed[i];
        const std::int64_t ends =
            pl.lost ? std::clamp((pl.captured + pl.arrives) / 2, pl.sent + 1, pl.arrives) : pl.arrives;
        arrivals.push_back({ends - zero, i});
    }
    const auto earlier = [](const Arrival& a, const Arrival& b) { return a.time < b.time; };
    if (!std::is_sorted(arrivals.begin(), arrivals.end(), earlier))
        std::stable_sort(arrivals.begin(), arrivals.end(), earlier);
    // Millions of events recorded one after another: their chunks made on the other core.
    std::optional<ChunksAhead<TraceEvent>> ahead;
    if (sending.size() > 2 * ChunkedVector<TraceEvent>::kChunkSize)
        ahead.emplace(trace.events, 2);
    for (std::size_t next_sent = 0, next_arrival = 0; next_sent < sending.size() || next_arrival < arrivals.size();) {
        const bool arrival =
            next_arrival < arrivals.size() &&
            (next_sent == sending.size() || arrivals[next_arrival].time <= sending[next_sent].first - zero);
        const std::int64_t time = arrival ? arrivals[next_arrival].time : sending[next_sent].first - zero;
        const Placed& pl = placed[arrival ? arrivals[next_arrival++].placed : sending[next_sent++].second];
        recorder.next_step();
        SegmentRecord& rec = trace.segments[pl.segment];
        const CapturedSegment& facts = origin->segments[pl.segment];
        Side& sender = sides[pl.conversation][pl.from_originator ? 0 : 1];
        Side& receiver = sides[pl.conversation][pl.from_originator ? 1 : 0];
        if (!arrival) {
            rec.why = inference::on_send(recorder, sender, rec.seg, facts, time);
            // The segment goes out after the state change its sending made.
            recorder.record(EventKind::SegmentSent, time, rec.from_host, pl.segment, rec.to_host,
                            rec.retransmission ? 1 : 0, rec.why);
        } else if (pl.lost) {
            recorder.record(EventKind::SegmentLost, time, rec.from_host, pl.segment,
                            std::uint32_t(LossReason::AfterCapturePoint), 0, Explain::LostAfterCapture);
        } else {
            recorder.record(EventKind::SegmentDelivered, time, rec.to_host, pl.segment, 0, 0, Explain::None);
            inference::on_arrival(recorder, receiver, rec.seg, facts.payload_len, time);
        }
    }
    ahead.reset();
    trace.capture = std::move(origin);
    return trace;
}

} // namespace

Trace import_conversations(const Capture& capture, const ConversationList& conversations,
                           const std::vector<std::uint32_t>& chosen)
{
    return import(capture, nullptr, conversations, nullptr, chosen);
}

Trace import_conversations(Capture&& capture, ConversationList&& conversations,
                           const std::vector<std::uint32_t>& chosen)
{
    return import(capture, &capture, conversations, &conversations, chosen);
}

} // namespace tcpviz
