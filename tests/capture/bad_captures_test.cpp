// Files that are not what a capture reader can use: each is refused with one sentence
// naming the file and the problem, and a capture cut short in its last packet keeps
// what was complete and says how much it skipped.
#include "support/capture_files.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

std::vector<std::uint8_t> file_bytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The English sentence `read` is refused with, or "read".
template <typename Read>
std::string refusal(Read read)
{
    try {
        read();
    } catch (const CaptureError& e) {
        return e.message().english();
    }
    return "read";
}

std::string refusal_of_bytes(const std::vector<std::uint8_t>& bytes)
{
    return refusal([&] { read_capture_bytes(bytes, "bad.pcap"); });
}

void check_one_sentence(const std::string& s)
{
    CHECK(s.find("'bad.pcap'") != std::string::npos);
    CHECK(s.back() == '.');
    CHECK(s.find('\n') == std::string::npos);
}

std::vector<std::uint8_t> written(int dlt, const std::vector<Frame>& frames, int snaplen = 262144)
{
    const std::string path = temp_capture_path("written.pcap");
    write_frames(path, dlt, frames, false, snaplen);
    const auto bytes = file_bytes(path);
    std::filesystem::remove(path);
    return bytes;
}

} // namespace

TEST_CASE("a file that is not a capture is refused by name", "[capture][bad]")
{
    const std::string text = "{\"name\": \"normal\"}\n";
    const std::string s = refusal_of_bytes({text.begin(), text.end()});
    CHECK(s == "'bad.pcap' is not a capture file: tcpviz reads pcap and pcapng files, as tcpdump -w and Wireshark "
               "write them.");
    check_one_sentence(s);
    CHECK(refusal_of_bytes({}) == "'bad.pcap' is empty, not a capture file.");
    CHECK(refusal([] { read_capture("/nonexistent/x.pcap"); }) ==
          "cannot open '/nonexistent/x.pcap': there is no such file.");
}

TEST_CASE("a capture with no packets or no TCP is refused", "[capture][bad]")
{
    check_one_sentence(refusal_of_bytes(written(DLT_RAW, {})));
    CHECK(refusal_of_bytes(written(DLT_RAW, {})) == "capture 'bad.pcap' holds no packets.");
    Frame udp = wire_frame({0, true, flag::SYN, 1, 0});
    udp.bytes[9] = 17;
    CHECK(refusal_of_bytes(written(DLT_RAW, {udp, udp})) == "capture 'bad.pcap' holds 2 packets and none of them is TCP.");
}

TEST_CASE("a pcapng with interfaces of two link types says what to do", "[capture][bad]")
{
    const std::string s = refusal([] { read_capture(recorded_capture("mixed-link-types.pcapng")); });
    CHECK(s.find("has interfaces of different link types, which libpcap cannot read: save each interface on its "
                 "own") != std::string::npos);
}

TEST_CASE("a link type tcpviz cannot read is named", "[capture][bad]")
{
    const std::string s = refusal_of_bytes(written(DLT_IEEE802_11, {wire_frame({0, true, flag::SYN, 1, 0})}));
    CHECK(s == "capture 'bad.pcap' has link type IEEE802_11, which tcpviz cannot read: it reads Ethernet, Linux "
               "cooked (SLL, SLL2), raw IP and BSD loopback captures.");
}

TEST_CASE("headers cut by a small snapshot length are counted or refused", "[capture][bad]")
{
    Frame cut = wire_frame({0, true, flag::SYN, 1, 0});
    const std::uint32_t wire_len = std::uint32_t(cut.bytes.size());
    cut.bytes.resize(30); // the IPv4 header and 10 bytes of TCP
    cut.wire_len = wire_len;
    CHECK(refusal_of_bytes(written(DLT_RAW, {cut}, 30)) ==
          "capture 'bad.pcap' was taken with a snapshot length of 30 bytes, which cuts off the TCP headers: capture "
          "again with a larger one (tcpdump -s 0).");
    const Capture partly = read_capture_bytes(written(DLT_RAW, {wire_frame({0, true, flag::SYN, 1, 0}), cut}), "x");
    CHECK(partly.packets.size() == 1);
    CHECK(partly.headers_cut == 1);
}

TEST_CASE("an absurd record length is refused as damage at that packet", "[capture][bad]")
{
    std::vector<std::uint8_t> bytes = file_bytes(recorded_capture("loopback-close.pcap"));
    // The first record's captured length (little-endian, after the 24-byte file header and two timestamps).
    for (std::size_t i = 0; i < 4; ++i)
        bytes[24 + 8 + i] = 0x7f;
    const std::string s = refusal_of_bytes(bytes);
    CHECK(s.rfind("capture 'bad.pcap' is damaged at packet 1: ", 0) == 0);
    check_one_sentence(s);
}

TEST_CASE("a capture cut at any byte is refused or keeps its complete packets", "[capture][bad]")
{
    const std::vector<std::uint8_t> whole = file_bytes(recorded_capture("loopback-close.pcap"));
    const std::size_t packets = read_capture_bytes(whole, "whole").packets.size();
    // Where each record starts: after the file header, 16 bytes of record header and its data.
    std::vector<std::size_t> record_at = {24};
    while (record_at.back() < whole.size()) {
        const std::size_t at = record_at.back();
        const std::size_t caplen = whole[at + 8] | whole[at + 9] << 8 | whole[at + 10] << 16 | whole[at + 11] << 24;
        record_at.push_back(at + 16 + caplen);
    }
    REQUIRE(record_at.back() == whole.size());
    for (std::size_t cut = 0; cut < whole.size(); ++cut) {
        INFO("cut at byte " << cut);
        const std::vector<std::uint8_t> part(whole.begin(), whole.begin() + std::ptrdiff_t(cut));
        std::size_t complete = 0;
        while (complete + 1 < record_at.size() && record_at[complete + 1] <= cut)
            ++complete;
        if (complete == 0) {
            const std::string s = refusal_of_bytes(part);
            CHECK(s != "read");
            check_one_sentence(s);
            continue;
        }
        const Capture c = read_capture_bytes(part, "bad.pcap");
        CHECK(c.packets.size() == complete);
        CHECK(c.skipped_bytes == cut - record_at[complete]);
        CHECK(c.packets.size() < packets);
    }
}
