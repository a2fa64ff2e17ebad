#pragma once
// Reading a pcap or pcapng file through libpcap: every TCP segment it holds, decoded
// from whichever link layer the capture used, with the IP packet's bytes kept for the
// inspector. Non-TCP packets are counted and skipped.
#include "capture/capture_origin.hpp"
#include "capture/ip_address.hpp"
#include "tcp/segment.hpp"
#include "tcp/wire.hpp"
#include "text/message.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace tcpviz {

// A capture tcpviz cannot read, in one sentence naming the file and the problem.
class CaptureError {
public:
    explicit CaptureError(Message message) : message_(std::move(message)) {}
    const Message& message() const { return message_; }

private:
    Message message_;
};

struct CapturedPacket {
    std::int64_t time = 0;   // ns since the Unix epoch, as the capture stamped it
    std::uint32_t frame = 0; // 1-based position in the file, as Wireshark numbers frames
    IpEndpoint src, dst;
    Segment segment; // addresses left 0: the importer gives them keys
    std::uint32_t payload_len = 0; // the TCP payload's length on the wire (Segment holds 16 bits)
    std::uint32_t sack_at = 0;     // first of this packet's SACK blocks in Capture::sack_blocks
    std::uint8_t sack_count = 0;
    ChecksumCheck checksum = ChecksumCheck::Unknown;
    std::uint64_t bytes_at = 0; // the IP packet as captured, in Capture::bytes
    std::uint32_t bytes_len = 0;
    std::uint16_t tcp_at = 0; // the TCP header's offset in those bytes
};

struct Capture {
    std::string file;           // as given
    std::string link_type;      // libpcap's name, "EN10MB"
    ChunkedVector<CapturedPacket> packets; // chunked: millions, never copied as they grow
    std::vector<SackBlock> sack_blocks;
    std::vector<std::uint8_t> bytes;
    std::uint64_t frames = 0;        // every packet record read
    std::uint64_t not_tcp = 0;       // ARP, UDP, ICMP, other IP protocols, later fragments
    std::uint64_t headers_cut = 0;   // TCP whose headers the snapshot length cut
    std::uint64_t skipped_bytes = 0; // an incomplete last record, left out
    std::uint32_t snaplen = 0;

    std::span<const std::uint8_t> packet_bytes(const CapturedPacket& p) const
    {
        return std::span(bytes).subspan(std::size_t(p.bytes_at), p.bytes_len);
    }
};

// Reads `path` ("-" is standard input). Throws CaptureError for anything that is not a
// capture with TCP in it; a capture cut short in its last record keeps what was complete
// and says how much it skipped in `skipped_bytes`.
Capture read_capture(const std::string& path);
// The same on bytes in memory, for the fuzzer and tests; `name` names it in messages.
Capture read_capture_bytes(std::span<const std::uint8_t> data, const std::string& name);

// Decodes one link-layer frame of type `dlt` (a libpcap DLT_ value) into `capture`:
// appends a CapturedPacket when it holds TCP, else counts why not. `caplen` bytes are
// present of a frame `wire_len` long.
void decode_frame(Capture& capture, int dlt, std::span<const std::uint8_t> frame, std::uint32_t wire_len,
                  std::int64_t time);

} // namespace tcpviz
