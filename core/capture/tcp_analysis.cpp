#include "capture/tcp_analysis.hpp"

#include "sim/flat_hash_map.hpp"

namespace tcpviz {
namespace {

// Wireshark's out-of-order threshold when the initial RTT is not known (packet-tcp.c).
constexpr std::int64_t kDefaultOutOfOrderNs = 3'000'000;
// A fast retransmission follows the peer's last ACK within this (packet-tcp.c).
constexpr std::int64_t kFastRetransmissionNs = 20'000'000;

struct Direction {
    bool seen = false;
    SeqNum next_seq; // one past the highest sequence number sent
    std::int64_t next_seq_time = 0;
    SeqNum last_seq, last_ack;
    std::uint16_t last_window = 0;
    bool last_had_ack = false;
    std::int64_t last_ack_time = 0;
    std::uint32_t duplicate_acks = 0;
    bool syn_seen = false;
    SeqNum isn;               // of the latest SYN
    bool syn_had_ack = false; // it was a SYN-ACK
};

struct SeqHash {
    std::size_t operator()(std::uint32_t seq) const { return mix_hash(seq); }
};
using FirstCopies = FlatHashMap<std::uint32_t, std::int64_t, SeqHash>; // seq -> time of its first copy

} // namespace

const char* analysis_field(std::uint16_t flag)
{
    switch (flag) {
    case analysis::Retransmission: return "tcp.analysis.retransmission";
    case analysis::SpuriousRetransmission: return "tcp.analysis.spurious_retransmission";
    case analysis::FastRetransmission: return "tcp.analysis.fast_retransmission";
    case analysis::OutOfOrder: return "tcp.analysis.out_of_order";
    case analysis::DuplicateAck: return "tcp.analysis.duplicate_ack";
    case analysis::PreviousSegmentNotCaptured: return "tcp.analysis.lost_segment";
    case analysis::AckedUnseenSegment: return "tcp.analysis.ack_lost_segment";
    case analysis::PortNumbersReused: return "tcp.analysis.reused_ports";
    case analysis::ZeroWindow: return "tcp.analysis.zero_window";
    case analysis::KeepAlive: return "tcp.analysis.keep_alive";
    case analysis::WindowUpdate: return "tcp.analysis.window_update";
    default: return "";
    }
}

void analyse_tcp(const Capture& capture, std::span<const std::uint32_t> packets, const IpEndpoint& originator,
                 bool reused, HandshakeTiming& handshake, std::span<PacketAnalysis> out)
{
    Direction dir[2]; // 0: from the originator
    // Kept from one conversation to the next: a flood has a million of them.
    static thread_local FirstCopies first_copies[2];
    first_copies[0].clear();
    first_copies[1].clear();
    std::int64_t syn_time = -1, syn_ack_time = -1;
    handshake = {};
    for (std::size_t i = 0; i < packets.size(); ++i) {
        const CapturedPacket& p = capture.packets[packets[i]];
        const Segment& s = p.segment;
        Direction& d = dir[p.src == originator ? 0 : 1];
        Direction& peer = dir[p.src == originator ? 1 : 0];
        FirstCopies& first_sent = first_copies[p.src == originator ? 0 : 1];
        PacketAnalysis& a = out[i];
        a = {};
        const bool syn = s.has(flag::SYN), fin = s.has(flag::FIN), rst = s.has(flag::RST);
        const std::uint32_t seg_len = p.payload_len + (syn ? 1 : 0) + (fin ? 1 : 0);

        // iRTT: the first pure ACK after the most recent pure SYN (and the SYN-ACK between).
        if (syn && !s.has(flag::ACK)) {
            syn_time = p.time;
            syn_ack_time = -1;
        } else if (syn && syn_time >= 0 && syn_ack_time < 0) {
            syn_ack_time = p.time;
        } else if (!syn && !handshake.known && syn_ack_time >= 0 && s.has(flag::ACK) && p.src == originator) {
            handshake = {true, syn_ack_time - syn_time, p.time - syn_ack_time};
        }
        // A SYN with another ISN starts the direction's numbers afresh (an old duplicate SYN,
        // RFC 9293 Figure 9); a SYN-ACK after one's own SYN answers a simultaneous open.
        if (syn && d.syn_seen && (s.seq != d.isn || s.has(flag::ACK) != d.syn_had_ack)) {
            d.seen = false;
            first_sent.clear();
        }
        if (syn && !d.seen) {
            d.isn = s.seq;
            d.syn_had_ack = s.has(flag::ACK);
        }
        if (i == 0 && reused)
            a.flags |= analysis::PortNumbersReused;
        if (s.window == 0 && !syn && !fin && !rst)
            a.flags |= analysis::ZeroWindow;
        if (d.seen && !rst) {
            const bool keep_alive = p.payload_len <= 1 && !syn && !fin && s.seq == d.next_seq - 1;
            if (keep_alive) {
                a.flags |= analysis::KeepAlive;
            } else if (after(s.seq, d.next_seq)) {
                a.flags |= analysis::PreviousSegmentNotCaptured;
            } else if (seg_len > 0 && before(s.seq, d.next_seq)) {
                const std::int64_t threshold = handshake.known ? handshake.initial_rtt() : kDefaultOutOfOrderNs;
                if (!syn && !fin && p.payload_len > 0 && peer.last_had_ack &&
                    before_or_equal(s.seq + p.payload_len, peer.last_ack))
                    a.flags |= analysis::SpuriousRetransmission;
                else if (peer.duplicate_acks >= 2 && s.seq == peer.last_ack &&
                         p.time - peer.last_ack_time < kFastRetransmissionNs)
                    a.flags |= analysis::FastRetransmission;
                else if (p.time - d.next_seq_time < threshold && !syn && !first_sent.contains(s.seq.raw()))
                    a.flags |= analysis::OutOfOrder;
                else
                    a.flags |= analysis::Retransmission;
                if (const std::int64_t* first = first_sent.find(s.seq.raw()))
                    a.since_first_copy = p.time - *first;
            }
            const bool bare = p.payload_len == 0 && !syn && !fin && s.has(flag::ACK);
            const bool same_numbers = d.last_had_ack && s.seq == d.last_seq && s.ack == d.last_ack;
            if (bare && same_numbers && !(a.flags & analysis::KeepAlive) && d.syn_seen == peer.syn_seen) {
                if (s.window == d.last_window && s.window != 0) {
                    a.flags |= analysis::DuplicateAck;
                    a.duplicate_of = ++d.duplicate_acks;
                } else if (s.window != d.last_window) {
                    a.flags |= analysis::WindowUpdate;
                }
            }
        }
        if (!(a.flags & analysis::DuplicateAck))
            d.duplicate_acks = 0;
        if (s.has(flag::ACK) && peer.seen && !rst && after(s.ack, peer.next_seq))
            a.flags |= analysis::AckedUnseenSegment;

        if (seg_len > 0)
            first_sent.try_emplace(s.seq.raw(), p.time);
        if (!d.seen || after(s.seq + seg_len, d.next_seq)) {
            d.next_seq = s.seq + seg_len;
            d.next_seq_time = p.time;
        }
        d.seen = true;
        d.syn_seen = d.syn_seen || syn;
        d.last_seq = s.seq;
        if (s.has(flag::ACK)) {
            d.last_ack_time = p.time; // packet-tcp.c keeps the time of the latest ACK, duplicates too
            d.last_ack = s.ack;
            d.last_had_ack = true;
        }
        d.last_window = s.window;
    }
}

} // namespace tcpviz
