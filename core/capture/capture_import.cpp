#include "capture/capture_import.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

namespace tcpviz {
namespace {

// Without a handshake's round trip, how long a receiver may stay silent before a
// segment counts as never received.
constexpr std::int64_t kSilencePatience = 1'000'000'000;

std::uint32_t seg_len(const CapturedPacket& p)
{
    return p.payload_len + (p.segment.has(flag::SYN) ? 1u : 0u) + (p.segment.has(flag::FIN) ? 1u : 0u);
}

// A segment the capture saw but its receiver evidently did not get: its sender sends the
// same sequence number again with nothing from the peer acknowledging it in between, or
// the peer later resends what this segment had acknowledged, as if it never came.
std::vector<bool> lost_after_capture(const Capture& capture, const Conversation& c)
{
    const std::size_t n = c.packets.size();
    std::vector<bool> lost(n, false);
    const auto packet = [&](std::size_t i) -> const CapturedPacket& { return capture.packets[c.packets[i]]; };
    for (std::size_t j = 0; j < n; ++j) {
        const CapturedPacket& again = packet(j);
        const bool syn = again.segment.has(flag::SYN);
        if (!(c.analysis[j].flags & analysis::AnyRetransmission) && !syn)
            continue;
        const bool from_originator = c.from_originator(again);
        // A copy: the same sequence number, and for a SYN the same kind (a SYN-ACK after one's
        // own SYN answers the peer's SYN in a simultaneous open, RFC 9293 Figure 8).
        const auto copy = [&](const CapturedPacket& p) {
            return c.from_originator(p) == from_originator && p.segment.seq == again.segment.seq && seg_len(p) > 0 &&
                   (!syn || (p.segment.has(flag::SYN) && p.segment.has(flag::ACK) == again.segment.has(flag::ACK)));
        };
        std::size_t first = n, previous = n;
        for (std::size_t i = 0; i < j; ++i) {
            const CapturedPacket& p = packet(i);
            if (copy(p)) {
                first = first == n ? i : first;
                previous = i;
            }
        }
        if (previous == n)
            continue;
        // Two copies within a round trip crossed whatever could have answered the first.
        const std::int64_t round_trip = c.handshake.known ? c.handshake.initial_rtt() : 0;
        bool acknowledged = again.time - packet(previous).time <= round_trip;
        for (std::size_t k = previous + 1; k < j; ++k) {
            const Segment& s = packet(k).segment;
            acknowledged = acknowledged || (c.from_originator(packet(k)) != from_originator && s.has(flag::ACK) &&
                                            after(s.ack, again.segment.seq));
        }
        if (!acknowledged)
            lost[previous] = true;
        // The peer's segments that had acknowledged it, if they had time to arrive before
        // it was sent again: a crossing within one round trip is no evidence.
        const SeqNum end = again.segment.seq + seg_len(again);
        for (std::size_t k = first + 1; k < j; ++k) {
            const CapturedPacket& p = packet(k);
            if (c.from_originator(p) != from_originator && p.segment.has(flag::ACK) &&
                after_or_equal(p.segment.ack, end) && again.time - p.time > round_trip)
                lost[k] = true;
        }
    }
    // A segment that asks for an answer (it takes sequence space) to which its receiver
    // never sends anything, though the capture goes on for two round trips and more.
    const std::int64_t patience = c.handshake.known ? 2 * c.handshake.initial_rtt() : kSilencePatience;
    const std::int64_t end_of_capture = packet(n - 1).time;
    std::vector<bool> answered_later(n, false);
    bool seen_from[2] = {false, false};
    for (std::size_t i = n; i-- > 0;) {
        const int side = c.from_originator(packet(i)) ? 0 : 1;
        answered_later[i] = seen_from[1 - side];
        seen_from[side] = true;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (seg_len(packet(i)) > 0 && !packet(i).segment.has(flag::RST) && !answered_later[i] &&
            end_of_capture - packet(i).time > patience)
            lost[i] = true;
    return lost;
}

CapturePoint capture_point(const Conversation& c)
{
    CapturePoint point;
    if (!c.handshake.known || c.handshake.initial_rtt() <= 0)
        return point;
    point.known = true;
    point.one_way_delay = c.handshake.initial_rtt() / 2;
    point.from_originator = double(c.handshake.syn_ack_to_ack) / double(c.handshake.initial_rtt());
    return point;
}

struct Placed {
    std::uint32_t conversation = 0; // index into the chosen ones
    std::uint32_t position = 0;     // within the conversation
    std::uint32_t packet = 0;       // into Capture::packets
    std::int64_t captured = 0, sent = 0, arrives = 0;
    bool lost = false;
    bool from_originator = false;
    std::uint32_t segment = 0; // its index in the trace
};

// Places each packet's sending and arrival on the capture's clock. An answer is sent no
// earlier than what it acknowledges arrived, and each direction keeps its order.
std::vector<Placed> place(const Capture& capture, const Conversation& c, std::uint32_t index,
                          const CapturePoint& point)
{
    const std::vector<bool> lost = lost_after_capture(capture, c);
    std::vector<Placed> out;
    // By direction: when a segment ending at a sequence number arrived, and when the
    // latest one carrying an ACK number did: what an answer can be sent after.
    std::unordered_map<std::uint32_t, std::int64_t> arrival_of_end[2], arrival_of_ack[2];
    std::int64_t last_sent[2] = {INT64_MIN, INT64_MIN}, last_arrival[2] = {INT64_MIN, INT64_MIN};
    for (std::uint32_t i = 0; i < c.packets.size(); ++i) {
        const CapturedPacket& p = capture.packets[c.packets[i]];
        Placed pl;
        pl.conversation = index;
        pl.position = i;
        pl.packet = c.packets[i];
        pl.captured = p.time;
        pl.lost = lost[i];
        pl.from_originator = c.from_originator(p);
        const int d = pl.from_originator ? 0 : 1;
        const double from_sender = pl.from_originator ? point.from_originator : 1 - point.from_originator;
        pl.sent = p.time - std::int64_t(from_sender * double(point.one_way_delay));
        pl.arrives = p.time + std::int64_t((1 - from_sender) * double(point.one_way_delay));
        if (p.segment.has(flag::ACK)) {
            if (auto it = arrival_of_end[1 - d].find(p.segment.ack.raw()); it != arrival_of_end[1 - d].end())
                pl.sent = std::max(pl.sent, it->second);
        } else if (p.segment.has(flag::RST)) { // RST <SEQ=SEG.ACK> answers the segment with that ACK
            if (auto it = arrival_of_ack[1 - d].find(p.segment.seq.raw()); it != arrival_of_ack[1 - d].end())
                pl.sent = std::max(pl.sent, it->second);
        }
        pl.sent = std::max(pl.sent, last_sent[d]);
        pl.arrives = std::max({pl.arrives, pl.sent + 1, last_arrival[d]});
        last_sent[d] = pl.sent;
        if (!pl.lost) {
            last_arrival[d] = pl.arrives;
            arrival_of_end[d][(p.segment.seq + seg_len(p)).raw()] = pl.arrives;
            if (p.segment.has(flag::ACK))
                arrival_of_ack[d][p.segment.ack.raw()] = pl.arrives;
        }
        out.push_back(pl);
    }
    return out;
}

// The lifelines: one per endpoint while they fit, else originators by address, else the
// rest together as one range.
struct Lifelines {
    std::vector<TraceHost> hosts;
    std::map<IpEndpoint, std::uint8_t> of_endpoint;
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
    std::vector<IpEndpoint> responders, originators; // each once, in the order they first appear
    std::set<IpEndpoint> seen_responders, seen_originators;
    for (const Conversation* c : chosen) {
        if (seen_responders.insert(c->responder).second)
            responders.push_back(c->responder);
        if (seen_originators.insert(c->originator).second)
            originators.push_back(c->originator);
    }
    const auto add = [&](const IpEndpoint& e, HostRole role, bool with_port) {
        TraceHost h;
        h.role = role;
        h.address = keys.key(e.address);
        h.port = with_port ? e.port : 0;
        h.name = with_port ? ip_endpoint_text(e) : ip_address_text(e.address);
        out.hosts.push_back(h);
        return std::uint8_t(out.hosts.size() - 1);
    };
    for (const IpEndpoint& e : responders)
        if (!out.of_endpoint.contains(e))
            out.of_endpoint[e] = add(e, HostRole::Server, true);
    const bool by_endpoint = out.hosts.size() + originators.size() <= kMaxImportedHosts;
    std::map<IpAddress, std::uint8_t> by_address;
    std::uint8_t rest = kNoHost;
    for (const IpEndpoint& e : originators) {
        if (out.of_endpoint.contains(e))
            continue; // also a responder (simultaneous open, or both directions on one port)
        if (by_endpoint) {
            out.of_endpoint[e] = add(e, HostRole::Client, true);
        } else if (auto it = by_address.find(e.address); it != by_address.end()) {
            out.of_endpoint[e] = it->second;
        } else if (out.hosts.size() + 1 < kMaxImportedHosts) {
            out.of_endpoint[e] = by_address[e.address] = add(e, HostRole::Client, false);
        } else {
            if (rest == kNoHost) {
                rest = add(e, HostRole::Forged, false);
                out.hosts[rest].prefix_len = 0;
                out.hosts[rest].name.assign(1, '*');
            }
            out.of_endpoint[e] = rest;
        }
    }
    return out;
}

// One endpoint of a conversation as RFC 9293 §3.10 moves it, from what it sends and
// what reaches it.
struct Side {
    TcpState state = TcpState::Closed;
    std::uint8_t host = kNoHost;
    std::uint32_t endpoint = 0;
    Ipv4 peer_address = 0;
    std::uint16_t peer_port = 0;
    bool iss_sent = false;
    SeqNum iss;
    bool fin_sent = false;
    SeqNum fin_seq;
    bool was_listening = false; // SYN-RECEIVED entered from LISTEN
    bool listener = false;      // its port has a listening socket
    Explain owes = Explain::None; // what its next bare ACK answers
    bool data_received = false;
};

class Recorder {
public:
    explicit Recorder(Trace& trace) : trace_(trace) {}
    void record(EventKind kind, std::int64_t time, std::uint8_t host, std::uint32_t ref, std::uint32_t a,
                std::uint32_t b, Explain why)
    {
        trace_.events.push_back({time, step_, ref, a, b, kind, host, why});
    }
    void change(Side& s, TcpState to, std::int64_t time, Explain why)
    {
        if (s.state == to)
            return;
        record(EventKind::StateChanged, time, s.host, s.endpoint,
               std::uint32_t(s.state) | std::uint32_t(to) << 8 | std::uint32_t(s.peer_port) << 16, s.peer_address, why);
        s.state = to;
    }
    void next_step() { ++step_; }

private:
    Trace& trace_;
    std::uint32_t step_ = 0;
};

bool synchronized(TcpState s)
{
    return s != TcpState::Closed && s != TcpState::Listen && s != TcpState::SynSent && s != TcpState::SynReceived;
}

// Sending: what the segment does to its sender, and the explanation it goes with.
Explain on_send(Recorder& r, Side& me, const CapturedPacket& p, const CapturedSegment& facts, std::int64_t time)
{
    const Segment& s = p.segment;
    const bool again = facts.analysis & analysis::AnyRetransmission;
    if (s.has(flag::RST)) {
        if (std::exchange(me.owes, Explain::None) == Explain::RstBadAckSynSent)
            return Explain::RstBadAckSynSent; // SYN-SENT stays: the SYN-ACK answered another SYN
        const bool had_connection = me.state != TcpState::Closed && me.state != TcpState::Listen;
        r.change(me, me.was_listening && me.state == TcpState::SynReceived ? TcpState::Listen : TcpState::Closed, time,
                 Explain::CapturedReset);
        return had_connection ? Explain::CapturedReset : Explain::RstForClosedPort;
    }
    if (s.has(flag::SYN) && !s.has(flag::ACK)) {
        if (me.iss_sent && me.iss == s.seq)
            return Explain::SynRetransmit;
        if (me.iss_sent && me.state == TcpState::SynSent)
            return Explain::OldDuplicate; // another ISN while the first is unanswered: an old SYN (Figure 9)
        me.iss_sent = true;
        me.iss = s.seq;
        r.change(me, TcpState::SynSent, time, Explain::ActiveOpen);
        return Explain::ActiveOpen;
    }
    if (s.has(flag::SYN)) {
        const bool resent = me.iss_sent && me.iss == s.seq;
        me.iss_sent = true;
        me.iss = s.seq;
        if (me.state == TcpState::Listen || me.state == TcpState::Closed) // its SYN was not captured
            r.change(me, TcpState::SynReceived, time, Explain::SynAckReply);
        const Explain owed = std::exchange(me.owes, Explain::None);
        return resent ? (owed == Explain::SynAckForDuplicateSyn ? owed : Explain::SynAckRetransmit)
                      : me.state == TcpState::SynReceived && !me.was_listening ? Explain::SimultaneousOpen
                                                                               : Explain::SynAckReply;
    }
    Explain why = Explain::CapturedAck;
    if (p.payload_len > 0)
        why = again ? Explain::DataRetransmit : me.data_received ? Explain::DataReply : Explain::DataSent;
    else if (me.owes != Explain::None)
        why = me.owes;
    me.owes = Explain::None;
    if (s.has(flag::FIN)) {
        if (me.fin_sent && me.fin_seq == s.seq + p.payload_len)
            return Explain::FinRetransmit;
        me.fin_sent = true;
        me.fin_seq = s.seq + p.payload_len;
        if (me.state == TcpState::CloseWait) {
            r.change(me, TcpState::LastAck, time, Explain::PassiveClose);
            return Explain::PassiveClose;
        }
        r.change(me, TcpState::FinWait1, time, Explain::ActiveClose);
        return Explain::ActiveClose;
    }
    return why;
}

// Arriving: what the segment does to its receiver (RFC 9293 §3.10.7).
void on_arrival(Recorder& r, Side& me, const CapturedPacket& p, std::int64_t time)
{
    const Segment& s = p.segment;
    if (s.has(flag::RST)) {
        if (me.state == TcpState::SynSent)
            r.change(me, TcpState::Closed, time, Explain::ConnectionRefused);
        else if (me.state == TcpState::SynReceived && me.was_listening)
            r.change(me, TcpState::Listen, time, Explain::ResetToListen);
        else if (me.state != TcpState::TimeWait && me.state != TcpState::Listen)
            r.change(me, TcpState::Closed, time, Explain::ResetToClosed);
        return;
    }
    if (s.has(flag::SYN) && !s.has(flag::ACK)) {
        if (me.state == TcpState::Closed && me.listener)
            me.state = TcpState::Listen; // the listening socket answers a new SYN
        if (me.state == TcpState::Listen) {
            me.was_listening = true;
            r.change(me, TcpState::SynReceived, time, Explain::SynAckReply);
        } else if (me.state == TcpState::SynSent) {
            r.change(me, TcpState::SynReceived, time, Explain::SimultaneousOpen);
        } else if (me.state == TcpState::SynReceived) {
            me.owes = Explain::SynAckForDuplicateSyn;
        } else if (synchronized(me.state)) {
            me.owes = Explain::ChallengeAckSyn;
        }
        return;
    }
    const bool acks_syn = s.has(flag::ACK) && me.iss_sent && after(s.ack, me.iss);
    if (s.has(flag::SYN)) {
        if (me.state == TcpState::SynSent && acks_syn && s.ack == me.iss + 1) {
            r.change(me, TcpState::Established, time, Explain::HandshakeAck);
            me.owes = Explain::HandshakeAck;
        } else if (me.state == TcpState::SynSent) {
            me.owes = Explain::RstBadAckSynSent; // RFC 9293 §3.10.7.3: an ACK outside ISS..SND.NXT
        } else if (me.state == TcpState::SynReceived && acks_syn) {
            r.change(me, TcpState::Established, time, Explain::SimultaneousSynAck);
        } else if (synchronized(me.state)) {
            me.owes = Explain::SimultaneousOpenAck;
        }
        return;
    }
    if (me.state == TcpState::SynSent) { // an ACK without SYN: RFC 9293 §3.10.7.3 answers a bad one with RST
        if (s.has(flag::ACK) && s.ack != me.iss + 1)
            me.owes = Explain::RstBadAckSynSent;
        return;
    }
    if (me.state == TcpState::SynReceived && acks_syn)
        r.change(me, TcpState::Established, time,
                 p.payload_len > 0 ? Explain::DataCompletesHandshake : Explain::HandshakeComplete);
    const bool acks_fin = s.has(flag::ACK) && me.fin_sent && after(s.ack, me.fin_seq);
    if (acks_fin && me.state == TcpState::FinWait1)
        r.change(me, TcpState::FinWait2, time, Explain::FinAcked);
    else if (acks_fin && me.state == TcpState::Closing)
        r.change(me, TcpState::TimeWait, time, Explain::ClosingAcked);
    else if (acks_fin && me.state == TcpState::LastAck)
        r.change(me, TcpState::Closed, time, Explain::LastAckAcked);
    if (p.payload_len > 0) {
        me.data_received = true;
        me.owes = Explain::DataAccepted;
    }
    if (!s.has(flag::FIN))
        return;
    switch (me.state) {
    case TcpState::Established:
        r.change(me, TcpState::CloseWait, time, Explain::PeerFin);
        me.owes = Explain::PeerFin;
        break;
    case TcpState::FinWait1:
        r.change(me, TcpState::Closing, time, Explain::SimultaneousClose);
        me.owes = Explain::SimultaneousClose;
        break;
    case TcpState::FinWait2:
        r.change(me, TcpState::TimeWait, time, Explain::PeerFinInFinWait2);
        me.owes = Explain::PeerFinInFinWait2;
        break;
    case TcpState::TimeWait: me.owes = Explain::TimeWaitFinAgain; break;
    default: break;
    }
}

// The responder listened: it answered with a SYN-ACK and never sent a SYN of its own
// (which would make it a simultaneous open, RFC 9293 Figure 8).
bool responder_listens(const Capture& capture, const Conversation& c)
{
    bool syn_ack = false;
    for (std::uint32_t i : c.packets) {
        const CapturedPacket& p = capture.packets[i];
        if (c.from_originator(p) || !p.segment.has(flag::SYN))
            continue;
        if (!p.segment.has(flag::ACK))
            return false;
        syn_ack = true;
    }
    return syn_ack;
}

// The responder's first segment is a bare ACK to the SYN: it answers from a connection it
// still holds (the challenge ACK of RFC 5961 §4), so it was ESTABLISHED before the SYN.
bool answers_syn_with_ack(const Capture& capture, const Conversation& c)
{
    for (std::uint32_t i : c.packets) {
        const Segment& s = capture.packets[i].segment;
        if (!c.from_originator(capture.packets[i]))
            return !s.has(flag::SYN) && !s.has(flag::RST) && s.has(flag::ACK);
    }
    return false;
}

} // namespace

Trace import_conversations(const Capture& capture, const std::vector<Conversation>& conversations,
                           const std::vector<std::uint32_t>& chosen)
{
    std::vector<const Conversation*> picked;
    for (std::uint32_t number : chosen)
        picked.push_back(&conversations.at(number - 1));
    auto origin = std::make_shared<CaptureOrigin>();
    origin->file = capture.file;
    origin->link_type = capture.link_type;
    origin->frames = capture.frames;
    origin->not_tcp = capture.not_tcp;
    origin->headers_cut = capture.headers_cut;
    origin->skipped_bytes = capture.skipped_bytes;
    origin->conversations = chosen;

    Trace trace;
    trace.texts = {""}; // payloads are in the capture's bytes, not in the text table
    AddressKeys keys;
    Lifelines lines = lifelines(picked, keys);
    trace.hosts = lines.hosts;

    // Each conversation's two lifelines, looked up once: a flood has a million conversations.
    std::vector<std::array<std::uint8_t, 2>> host_of(picked.size());
    for (std::uint32_t k = 0; k < picked.size(); ++k)
        host_of[k] = {lines.of_endpoint.at(picked[k]->originator), lines.of_endpoint.at(picked[k]->responder)};
    std::vector<Placed> placed;
    for (std::uint32_t k = 0; k < picked.size(); ++k) {
        origin->capture_points.push_back(capture_point(*picked[k]));
        const std::vector<Placed> one = place(capture, *picked[k], k, origin->capture_points.back());
        placed.insert(placed.end(), one.begin(), one.end());
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.sent < b.sent; });
    const std::int64_t zero = placed.empty() ? 0 : placed.front().sent;
    origin->epoch = zero;

    // Segments in the order they were sent, with what the capture knows of each.
    for (std::uint32_t i = 0; i < placed.size(); ++i) {
        Placed& pl = placed[i];
        pl.segment = i;
        const CapturedPacket& p = capture.packets[pl.packet];
        const Conversation& c = *picked[pl.conversation];
        const PacketAnalysis& a = c.analysis[pl.position];
        SegmentRecord rec;
        rec.seg = p.segment;
        rec.seg.src_addr = keys.key(p.src.address);
        rec.seg.dst_addr = keys.key(p.dst.address);
        rec.arrives_at = pl.arrives - zero;
        rec.from_host = host_of[pl.conversation][pl.from_originator ? 0 : 1];
        rec.to_host = host_of[pl.conversation][pl.from_originator ? 1 : 0];
        rec.retransmission = (a.flags & analysis::AnyRetransmission) != 0;
        trace.segments.push_back(rec);
        CapturedSegment facts;
        facts.captured_at = p.time - zero;
        facts.since_first_copy = a.since_first_copy;
        facts.frame = p.frame;
        facts.payload_len = p.payload_len;
        facts.duplicate_ack = a.duplicate_of;
        facts.analysis = a.flags;
        facts.checksum = p.checksum;
        facts.lost_after_capture = pl.lost;
        facts.sack_at = std::uint32_t(origin->sack_blocks.size());
        facts.sack_count = p.sack_count;
        origin->sack_blocks.insert(origin->sack_blocks.end(), capture.sack_blocks.begin() + p.sack_at,
                                   capture.sack_blocks.begin() + p.sack_at + p.sack_count);
        const auto bytes = capture.packet_bytes(p);
        facts.bytes_at = origin->bytes.size();
        facts.bytes_len = std::uint32_t(bytes.size());
        facts.tcp_at = p.tcp_at;
        origin->bytes.insert(origin->bytes.end(), bytes.begin(), bytes.end());
        origin->bad_checksums += p.checksum == ChecksumCheck::Bad ? 1 : 0;
        origin->segments.push_back(facts);
    }
    // A sender all of whose checksums are bad computes them after the capture point.
    std::vector<bool> all_bad(trace.hosts.size(), true);
    for (std::uint32_t i = 0; i < trace.segments.size(); ++i)
        if (origin->segments[i].checksum != ChecksumCheck::Bad)
            all_bad[trace.segments[i].from_host] = false;
    for (std::uint32_t i = 0; i < trace.segments.size(); ++i)
        origin->segments[i].checksum_offload = all_bad[trace.segments[i].from_host];
    origin->ipv6_keys = keys.names();

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
        if (answers_syn_with_ack(capture, c)) // a half-open connection from before (RFC 9293 §3.5.1)
            recorder.change(sides[k][1], TcpState::Established, 0, Explain::CapturedMidstream);
        if (responder_listens(capture, c)) {
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

    // Then every sending and every arrival in time order, one step each; an arrival
    // before a sending at the same instant.
    struct Happening {
        std::int64_t time;
        bool arrival;
        std::uint32_t placed;
    };
    std::vector<Happening> happenings;
    happenings.reserve(placed.size() * 2);
    for (std::uint32_t i = 0; i < placed.size(); ++i) {
        happenings.push_back({placed[i].sent - zero, false, i});
        // A loss is drawn past the capture point, halfway to where it would have arrived.
        const Placed& pl = placed[i];
        const std::int64_t ends = pl.lost ? std::clamp((pl.captured + pl.arrives) / 2, pl.sent + 1, pl.arrives) : pl.arrives;
        happenings.push_back({ends - zero, true, i});
    }
    std::stable_sort(happenings.begin(), happenings.end(), [](const Happening& a, const Happening& b) {
        return a.time != b.time ? a.time < b.time : a.arrival > b.arrival;
    });
    for (const Happening& h : happenings) {
        recorder.next_step();
        const Placed& pl = placed[h.placed];
        const CapturedPacket& p = capture.packets[pl.packet];
        SegmentRecord& rec = trace.segments[pl.segment];
        Side& sender = sides[pl.conversation][pl.from_originator ? 0 : 1];
        Side& receiver = sides[pl.conversation][pl.from_originator ? 1 : 0];
        if (!h.arrival) {
            rec.why = on_send(recorder, sender, p, origin->segments[pl.segment], h.time);
            // The segment goes out after the state change its sending made.
            recorder.record(EventKind::SegmentSent, h.time, rec.from_host, pl.segment, rec.to_host,
                            rec.retransmission ? 1 : 0, rec.why);
        } else if (pl.lost) {
            recorder.record(EventKind::SegmentLost, h.time, rec.from_host, pl.segment,
                            std::uint32_t(LossReason::AfterCapturePoint), 0, Explain::LostAfterCapture);
        } else {
            recorder.record(EventKind::SegmentDelivered, h.time, rec.to_host, pl.segment, 0, 0, Explain::None);
            on_arrival(recorder, receiver, p, h.time);
        }
    }
    trace.capture = std::move(origin);
    return trace;
}

} // namespace tcpviz
