#include "capture/capture_timing.hpp"

#include <algorithm>
#include <climits>
#include <unordered_map>

namespace tcpviz::inference {
namespace {

// Without a handshake's round trip, how long a receiver may stay silent before a
// segment counts as never received.
constexpr std::int64_t kSilencePatience = 1'000'000'000;

} // namespace

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

} // namespace tcpviz::inference
