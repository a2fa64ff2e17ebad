// Wire encoding: header layout, options, checksums, and decoding back.
#include "support/lab.hpp"
#include "tcp/wire.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

Segment sample_syn()
{
    TcpOptions o;
    o.mss = 1460;
    o.sack_permitted = true;
    o.timestamps = true;
    o.ts_val = 0x01020304;
    o.window_scale = 7;
    Segment s;
    s.seq = SeqNum(0xfffffffe);
    s.flags = flag::SYN;
    s.window = 64240;
    s.options = o;
    s.src_addr = kClientAddress;
    s.dst_addr = kServerAddress;
    s.src_port = 50000;
    s.dst_port = 80;
    return s;
}

} // namespace

TEST_CASE("a SYN encodes to the RFC 9293 header with Linux's option layout", "[core][wire]")
{
    const auto tcp = encode_tcp(sample_syn(), {});
    REQUIRE(tcp.size() == 40); // 20 + MSS 4 + SACK-perm/TS 12 + NOP/WS 4
    CHECK(tcp[0] == 0xc3);     // source port 50000
    CHECK(tcp[1] == 0x50);
    CHECK(tcp[2] == 0x00); // destination port 80
    CHECK(tcp[3] == 0x50);
    CHECK(tcp[4] == 0xff); // sequence number
    CHECK(tcp[7] == 0xfe);
    CHECK(tcp[12] == 0xa0); // data offset 10 words
    CHECK(tcp[13] == flag::SYN);
    CHECK(std::vector<std::uint8_t>(tcp.begin() + 20, tcp.end()) ==
          std::vector<std::uint8_t>{2, 4, 0x05, 0xb4, 4, 2, 8, 10, 1, 2, 3, 4, 0, 0, 0, 0, 1, 3, 3, 7});
}

TEST_CASE("checksums verify and decoding gives the segment back", "[core][wire]")
{
    Segment s = sample_syn();
    const std::vector<std::uint8_t> payload{'h', 'e', 'l', 'l', 'o'};
    s.flags = flag::PSH | flag::ACK;
    s.ack = SeqNum(7);
    s.payload_len = 5;
    const auto packet = encode_ipv4(s, payload);
    CHECK(packet.size() == 20 + 40 + 5);
    CHECK(internet_checksum(std::span(packet).first(20)) == 0);
    std::string error;
    const auto decoded = decode_ipv4(packet, error);
    REQUIRE(decoded);
    CHECK(decoded->ip_checksum_ok);
    CHECK(decoded->tcp_checksum_ok);
    CHECK(decoded->payload == payload);
    Segment expected = s;
    expected.payload_text = 0;
    CHECK(decoded->segment == expected);

    auto corrupted = packet;
    corrupted[30] ^= 0x01;
    CHECK_FALSE(decode_ipv4(corrupted, error)->tcp_checksum_ok);
}

TEST_CASE("the internet checksum of a known header", "[core][wire]")
{
    // RFC 1071 style example: 0x4500 0x0073 0x0000 0x4000 0x4011 0x0000 0xc0a8 0x0001 0xc0a8 0x00c7
    const std::vector<std::uint8_t> header{0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11,
                                           0x00, 0x00, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8, 0x00, 0xc7};
    CHECK(internet_checksum(header) == 0xb861);
}

TEST_CASE("decoding rejects what is not a whole IPv4/TCP packet", "[core][wire]")
{
    std::string error;
    const auto packet = encode_ipv4(sample_syn(), {});
    CHECK_FALSE(decode_ipv4(std::span(packet).first(10), error));
    CHECK(error == "not an IPv4 packet");
    CHECK_FALSE(decode_ipv4(std::span(packet).first(30), error));
    CHECK(error == "IPv4 header lengths are inconsistent or the packet is truncated");
}

TEST_CASE("every segment of every scenario round-trips through the wire", "[core][wire]")
{
    for (const Scenario& s : builtin_scenarios()) {
        Simulation sim(s);
        sim.run_to_end();
        for (const SegmentRecord& r : sim.trace().segments) {
            std::vector<std::uint8_t> payload(r.seg.payload_len, 'x');
            std::string error;
            const auto d = decode_ipv4(encode_ipv4(r.seg, payload), error);
            REQUIRE(d);
            CHECK(d->tcp_checksum_ok);
            CHECK(d->segment.seq == r.seg.seq);
            CHECK(d->segment.ack == r.seg.ack);
            CHECK(d->segment.flags == r.seg.flags);
            CHECK(d->segment.options == r.seg.options);
        }
    }
}

TEST_CASE("a window scale above 14 reads as sent and is used as 14", "[core][wire]")
{
    // RFC 7323 §2.3: log it, use 14. The decoder keeps the wire's value for the inspector.
    Segment syn = sample_syn();
    syn.options.window_scale = 135;
    std::string error;
    const auto decoded = decode_ipv4(encode_ipv4(syn, {}), error);
    REQUIRE(decoded);
    CHECK(decoded->segment.options.window_scale == 135);
    CHECK(decoded->segment == syn);
    CHECK(usable_window_scale(135) == 14);
    CHECK(usable_window_scale(15) == 14);
    CHECK(usable_window_scale(14) == 14);
    CHECK(usable_window_scale(0) == 0);
    CHECK(usable_window_scale(-1) == -1);
}
