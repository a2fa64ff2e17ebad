#pragma once
// What a trace imported from a capture knows beyond its segments' headers: where each
// came from in the file, what Wireshark's analysis says of it, the bytes as captured,
// and where the capture point sat. A simulated trace has none of this.
#include "sim/chunked_vector.hpp"
#include "tcp/segment.hpp"
#include "tcp/wire.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tcpviz {

enum class ChecksumCheck : std::uint8_t { Good, Bad, Unknown }; // Unknown: the capture cut the segment

struct CapturedSegment {
    std::int64_t captured_at = 0;      // ns on the trace's clock when the capture point saw it
    std::int64_t since_first_copy = 0; // a retransmission: ns after the first copy of its sequence number
    std::uint64_t bytes_at = 0;        // the IP packet as captured, in CaptureOrigin::bytes
    std::uint32_t bytes_len = 0;
    std::uint16_t tcp_at = 0;          // where the TCP header starts in those bytes
    std::uint32_t frame = 0;           // 1-based frame number in the file
    std::uint32_t payload_len = 0;     // on the wire (Segment::payload_len stops at 65535)
    std::uint32_t sack_at = 0;         // into CaptureOrigin::sack_blocks
    std::uint32_t duplicate_ack = 0;   // a duplicate ACK: its number in the run (Wireshark's "#2")
    std::uint16_t analysis = 0;        // analysis:: flags (capture/tcp_analysis.hpp)
    std::uint8_t sack_count = 0;
    ChecksumCheck checksum = ChecksumCheck::Unknown;
    bool lost_after_capture = false;   // its receiver evidently never got it
    bool checksum_offload = false;     // every checksum of its sender is bad: the card computes them
};

// Where the capture point sat on each conversation's path, from its handshake's timing:
// a SYN-ACK that follows the SYN by microseconds was captured at the server.
struct CapturePoint {
    bool known = false;             // the handshake was seen; else both ways take no time
    double from_originator = 0.5;   // 0: at the originator, 1: at the responder
    std::int64_t one_way_delay = 0; // ns, half the initial RTT
};

struct CaptureOrigin {
    std::string file;
    std::string link_type;          // libpcap's name, "EN10MB", "LINUX_SLL2"
    std::int64_t epoch = 0;         // ns since the Unix epoch of the trace's time 0
    std::uint64_t frames = 0, not_tcp = 0, headers_cut = 0, skipped_bytes = 0;
    std::uint64_t bad_checksums = 0;
    std::vector<std::uint32_t> conversations;  // the numbers of those imported
    std::vector<CapturePoint> capture_points;  // one per imported conversation
    ChunkedVector<CapturedSegment> segments;   // by Trace::segments index
    std::vector<std::uint8_t> bytes;
    std::vector<SackBlock> sack_blocks;
    // The keys that stand for IPv6 addresses in Segment and TraceHost (0.x.y.z, which no
    // host sends from), and the address each stands for.
    std::map<Ipv4, std::string> ipv6_keys;
};

} // namespace tcpviz
