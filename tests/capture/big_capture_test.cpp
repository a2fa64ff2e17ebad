// A capture big enough that its memory is made ready on a helper thread while it is read
// (system/memory_ahead): every packet is there once, in order, as it was written.
#include "capture/capture_import.hpp"
#include "support/capture_files.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace tcpviz;
using namespace tcpviz::test;

TEST_CASE("a big capture read with its memory made ahead holds every packet once and in order", "[capture][big]")
{
    // 320,000 SYNs of 40 bytes with their 16-byte record headers: 18 MB, past the 16 MB
    // from which the reader takes a helper, and 20 chunks of packets.
    constexpr std::uint32_t count = 320'000;
    std::vector<Frame> frames;
    frames.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i)
        frames.push_back(wire_frame({std::int64_t(i) * 1000, i % 2 == 0, flag::SYN, i * 7919u, 0}));
    const std::string path = temp_capture_path("big.pcap");
    write_frames(path, DLT_RAW, frames);
    REQUIRE(std::filesystem::file_size(path) > 16u << 20);
    const Capture c = read_capture(path);
    std::filesystem::remove(path);
    REQUIRE(c.packets.size() == count);
    std::uint64_t bytes_at = 0;
    for (std::uint32_t i = 0; i < count; ++i) {
        const CapturedPacket& p = c.packets[i];
        INFO("packet " << i);
        REQUIRE(p.frame == i + 1);
        REQUIRE(p.time == std::int64_t(i) * 1000);
        REQUIRE(p.segment.seq.raw() == i * 7919u);
        REQUIRE(p.src.port == (i % 2 == 0 ? 40000 : 80));
        REQUIRE(p.checksum == ChecksumCheck::Good);
        REQUIRE(p.bytes_at == bytes_at);
        REQUIRE(p.bytes_len == 40);
        const auto ip = c.packet_bytes(p);
        REQUIRE(std::equal(ip.begin(), ip.end(), frames[i].bytes.begin(), frames[i].bytes.end()));
        bytes_at += p.bytes_len;
    }
}

TEST_CASE("a big capture of many conversations is found and imported whole and in order", "[capture][big]")
{
    // 100,000 SYNs, each from its own port: six chunks of conversations and of events,
    // which are made on the other core as they are filled.
    constexpr std::uint32_t count = 100'000;
    std::vector<Frame> frames;
    frames.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        Segment s;
        s.src_addr = make_ipv4(10, 1, std::uint8_t(i / 50'000), 1);
        s.dst_addr = make_ipv4(10, 0, 0, 2);
        s.src_port = std::uint16_t(1024 + i % 50'000);
        s.dst_port = 80;
        s.seq = SeqNum(i * 7919u);
        s.flags = flag::SYN;
        s.window = 1000;
        frames.push_back({std::int64_t(i) * 1000, encode_ipv4(s, {}), 0});
    }
    const std::string path = temp_capture_path("many.pcap");
    write_frames(path, DLT_RAW, frames);
    Capture capture = read_capture(path);
    std::filesystem::remove(path);
    ConversationList conversations = find_conversations(capture);
    REQUIRE(conversations.size() == count);
    for (std::uint32_t i = 0; i < count; ++i) {
        INFO("conversation " << i + 1);
        const Conversation& c = conversations[i];
        REQUIRE(c.number == i + 1);
        REQUIRE(c.originator.port == 1024 + i % 50'000);
        REQUIRE(c.packets.size() == 1);
        REQUIRE(capture.packets[c.packets[0]].frame == i + 1);
        REQUIRE(c.state == "S0");
    }
    std::vector<std::uint32_t> all(count);
    for (std::uint32_t i = 0; i < count; ++i)
        all[i] = i + 1;
    const Trace trace = import_conversations(std::move(capture), std::move(conversations), all);
    REQUIRE(trace.segments.size() == count);
    std::uint32_t sent = 0;
    for (const TraceEvent& e : trace.events)
        if (e.kind == EventKind::SegmentSent) {
            INFO("segment " << sent);
            REQUIRE(e.ref == sent);
            REQUIRE(trace.segments[e.ref].seg.seq.raw() == sent * 7919u);
            ++sent;
        }
    REQUIRE(sent == count);
}
