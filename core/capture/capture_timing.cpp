#include "capture/capture_timing.hpp"

#include <algorithm>
#include <climits>
#include "sim/flat_hash_map.hpp"

namespace tcpviz::inference {
namespace {

// Without a handshake's round trip, how long a receiver may stay silent before a
// segment counts as never received.
constexpr std::int64_t kSilencePatience = 1'000'000'000;

struct KeyHash {
    std::size_t operator()(std::uint64_t key) const { return mix_hash(key); }
};
// Tables kept from one conversation to the next (clearing is O(1)): a flood has a million.
template <typename Value>
using Scratch = FlatHashMap<std::uint64_t, Value, KeyHash>;

// The first and the latest earlier copy of a sequence number.
struct Copies {
    std::uint32_t first = 0, previous = 0;
};

} // namespace

std::uint32_t seg_len(const CapturedPacket& p)
{
    return p.payload_len + (p.segment.has(flag::SYN) ? 1u : 0u) + (p.segment.has(flag::FIN) ? 1u : 0u);
}

// A segment the capture saw but its receiver evidently did not get: its sender sends the
// same sequence number again with nothing from the peer acknowledging it in between, or
// the peer later resends what this segment had acknowledged, as if it never came.
void lost_after_capture(const Capture& capture, const Conversation& c, std::vector<bool>& lost)
{
    const std::size_t n = c.packets.size();
    lost.assign(n, false);
    const auto packet = [&](std::size_t i) -> const CapturedPacket& { return capture.packets[c.packets[i]]; };
    // Earlier copies by direction and sequence number; SYNs also by kind (a SYN-ACK after
    // one's own SYN answers the peer's SYN in a simultaneous open, RFC 9293 Figure 8).
    static thread_local Scratch<Copies> any_copies, syn_copies;
    any_copies.clear();
    syn_copies.clear();
    for (std::size_t j = 0; j < n; ++j) {
        const CapturedPacket& again = packet(j);
        const bool syn = again.segment.has(flag::SYN);
        const bool from_originator = c.from_originator(again);
        const std::uint64_t any_key = std::uint64_t(from_originator) << 33 | again.segment.seq.raw();
        const std::uint64_t syn_key = any_key | std::uint64_t(again.segment.has(flag::ACK)) << 32;
        const Copies* earlier = nullptr;
        if ((c.analysis[j].flags & analysis::AnyRetransmission) || syn)
            earlier = syn ? syn_copies.find(syn_key) : any_copies.find(any_key);
        const Copies copies = earlier ? *earlier : Copies{};
        if (seg_len(again) > 0) {
            any_copies.try_emplace(any_key, {std::uint32_t(j), 0}).first->previous = std::uint32_t(j);
            if (syn)
                syn_copies.try_emplace(syn_key, {std::uint32_t(j), 0}).first->previous = std::uint32_t(j);
        }
        if (!earlier)
            continue;
        const std::size_t first = copies.first, previous = copies.previous;
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
    static thread_local std::vector<bool> answered_later;
    answered_later.assign(n, false);
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

void place(const Capture& capture, const Conversation& c, std::uint32_t index, const CapturePoint& point,
           std::span<Placed> out)
{
    static thread_local std::vector<bool> lost;
    lost_after_capture(capture, c, lost);
    // By direction: when a segment ending at a sequence number arrived, and when the
    // latest one carrying an ACK number did: what an answer can be sent after.
    static thread_local Scratch<std::int64_t> arrival_of_end, arrival_of_ack;
    arrival_of_end.clear();
    arrival_of_ack.clear();
    const auto key = [](int direction, SeqNum number) { return std::uint64_t(direction) << 32 | number.raw(); };
    std::int64_t last_sent[2] = {INT64_MIN, INT64_MIN}, last_arrival[2] = {INT64_MIN, INT64_MIN};
    for (std::uint32_t i = 0; i < c.packets.size(); ++i) {
        const CapturedPacket& p = capture.packets[c.packets[i]];
        Placed pl;
        pl.conversation = index;
        pl.analysis = c.analysis[i];
        pl.packet = c.packets[i];
        pl.captured = p.time;
        pl.lost = lost[i];
        pl.from_originator = c.from_originator(p);
        const int d = pl.from_originator ? 0 : 1;
        const double from_sender = pl.from_originator ? point.from_originator : 1 - point.from_originator;
        pl.sent = p.time - std::int64_t(from_sender * double(point.one_way_delay));
        pl.arrives = p.time + std::int64_t((1 - from_sender) * double(point.one_way_delay));
        if (p.segment.has(flag::ACK)) {
            if (const std::int64_t* arrived = arrival_of_end.find(key(1 - d, p.segment.ack)))
                pl.sent = std::max(pl.sent, *arrived);
        } else if (p.segment.has(flag::RST)) { // RST <SEQ=SEG.ACK> answers the segment with that ACK
            if (const std::int64_t* arrived = arrival_of_ack.find(key(1 - d, p.segment.seq)))
                pl.sent = std::max(pl.sent, *arrived);
        }
        pl.sent = std::max(pl.sent, last_sent[d]);
        pl.arrives = std::max({pl.arrives, pl.sent + 1, last_arrival[d]});
        last_sent[d] = pl.sent;
        if (!pl.lost) {
            last_arrival[d] = pl.arrives;
            arrival_of_end.assign(key(d, p.segment.seq + seg_len(p)), pl.arrives);
            if (p.segment.has(flag::ACK))
                arrival_of_ack.assign(key(d, p.segment.ack), pl.arrives);
        }
        out[i] = pl;
    }
}

} // namespace tcpviz::inference
