#pragma once
// Captures for the tests: the recorded ones in tests/data/captures, and small ones
// written on the spot through libpcap, with any link-layer header in front.
#include "capture/capture_file.hpp"
#include "capture/capture_import.hpp"

#include <pcap/pcap.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace tcpviz::test {

inline std::string recorded_capture(const std::string& name)
{
    return std::string(TCPVIZ_CAPTURE_DIR) + "/" + name;
}

// Every conversation of `capture`, imported.
inline Trace import_all(const Capture& capture)
{
    const ConversationList conversations = find_conversations(capture);
    std::vector<std::uint32_t> all;
    for (const Conversation& c : conversations)
        all.push_back(c.number);
    return import_conversations(capture, conversations, all);
}

inline std::string temp_capture_path(const std::string& name)
{
    return (std::filesystem::temp_directory_path() / ("tcpviz-capture-test-" + name)).string();
}

struct Frame {
    std::int64_t time_ns = 0;
    std::vector<std::uint8_t> bytes;
    std::uint32_t wire_len = 0; // 0: as long as `bytes`
};

// Writes `frames` as a pcap of link type `dlt` (µs timestamps unless `nanosecond`).
inline void write_frames(const std::string& path, int dlt, const std::vector<Frame>& frames, bool nanosecond = false,
                         int snaplen = 262144)
{
    std::unique_ptr<pcap_t, decltype(&pcap_close)> dead(
        pcap_open_dead_with_tstamp_precision(dlt, snaplen,
                                             nanosecond ? PCAP_TSTAMP_PRECISION_NANO : PCAP_TSTAMP_PRECISION_MICRO),
        &pcap_close);
    std::unique_ptr<pcap_dumper_t, decltype(&pcap_dump_close)> out(pcap_dump_open(dead.get(), path.c_str()),
                                                                   &pcap_dump_close);
    for (const Frame& f : frames) {
        pcap_pkthdr h{};
        h.ts.tv_sec = time_t(f.time_ns / 1'000'000'000);
        h.ts.tv_usec = suseconds_t(f.time_ns % 1'000'000'000 / (nanosecond ? 1 : 1000));
        h.caplen = std::uint32_t(f.bytes.size());
        h.len = f.wire_len ? f.wire_len : h.caplen;
        pcap_dump(reinterpret_cast<u_char*>(out.get()), &h, f.bytes.data());
    }
}

// The IP packets of a capture, with their times: to wrap in another link layer.
inline std::vector<Frame> ip_packets(const Capture& capture)
{
    std::vector<Frame> out;
    for (const CapturedPacket& p : capture.packets) {
        const auto bytes = capture.packet_bytes(p);
        out.push_back({p.time, {bytes.begin(), bytes.end()}, 0});
    }
    return out;
}

} // namespace tcpviz::test

#include "tcp/wire.hpp"

namespace tcpviz::test {

// A TCP/IPv4 packet between 10.0.0.1:40000 (the client) and 10.0.0.2:80, as a raw-IP frame.
struct Wire {
    std::int64_t time_ns;
    bool from_client;
    std::uint8_t flags;
    std::uint32_t seq, ack;
    std::uint16_t payload = 0;
    std::uint16_t window = 1000;
};

inline Frame wire_frame(const Wire& w)
{
    Segment s;
    s.src_addr = w.from_client ? make_ipv4(10, 0, 0, 1) : make_ipv4(10, 0, 0, 2);
    s.dst_addr = w.from_client ? make_ipv4(10, 0, 0, 2) : make_ipv4(10, 0, 0, 1);
    s.src_port = w.from_client ? 40000 : 80;
    s.dst_port = w.from_client ? 80 : 40000;
    s.seq = SeqNum(w.seq);
    s.ack = SeqNum(w.ack);
    s.flags = w.flags;
    s.window = w.window;
    const std::vector<std::uint8_t> payload(w.payload, 'x');
    return {w.time_ns, encode_ipv4(s, payload), 0};
}

inline Capture capture_of(const std::vector<Wire>& packets, const std::string& name)
{
    std::vector<Frame> frames;
    for (const Wire& w : packets)
        frames.push_back(wire_frame(w));
    const std::string path = temp_capture_path(name);
    write_frames(path, DLT_RAW, frames);
    Capture c = read_capture(path);
    std::filesystem::remove(path);
    return c;
}

} // namespace tcpviz::test
