// The same packets under every link-layer header libpcap captures with: Ethernet (with
// and without 802.1Q tags), Linux cooked v1 and v2, raw IP, BSD loopback in either byte
// order. Each gives the same conversation and the same segments.
#include "capture/conversations.hpp"
#include "support/capture_files.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

using Header = std::function<std::vector<std::uint8_t>(bool v6)>;

std::vector<std::uint8_t> ethernet(bool v6, int tags)
{
    std::vector<std::uint8_t> h(12, 0); // zero MACs, as Linux's lo writes them
    for (int i = 0; i < tags; ++i)
        h.insert(h.end(), {0x81, 0x00, 0x00, std::uint8_t(10 + i)}); // 802.1Q, VLAN 10, 11
    h.insert(h.end(), {std::uint8_t(v6 ? 0x86 : 0x08), std::uint8_t(v6 ? 0xdd : 0x00)});
    return h;
}

std::vector<std::uint8_t> family(std::uint32_t value, bool little_endian)
{
    std::vector<std::uint8_t> h(4);
    for (int i = 0; i < 4; ++i)
        h[std::size_t(little_endian ? i : 3 - i)] = std::uint8_t(value >> (8 * i));
    return h;
}

std::string summary(const Capture& c)
{
    std::string out;
    for (const Conversation& conv : find_conversations(c))
        out += ip_endpoint_text(conv.originator) + " " + ip_endpoint_text(conv.responder) + " " + conv.state + " " +
               conv.history + "\n";
    return out;
}

void check_every_link_type(const char* recorded, bool v6)
{
    const Capture original = read_capture(recorded_capture(recorded));
    const std::vector<Frame> packets = ip_packets(original);
    const std::vector<std::tuple<const char*, int, Header>> link_types = {
        {"EN10MB", DLT_EN10MB, [](bool six) { return ethernet(six, 0); }},
        {"EN10MB with 802.1Q", DLT_EN10MB, [](bool six) { return ethernet(six, 1); }},
        {"EN10MB with QinQ", DLT_EN10MB, [](bool six) { return ethernet(six, 2); }},
        {"LINUX_SLL", DLT_LINUX_SLL,
         [](bool six) {
             std::vector<std::uint8_t> h = {0, 0, 3, 4, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0};
             h.insert(h.end(), {std::uint8_t(six ? 0x86 : 0x08), std::uint8_t(six ? 0xdd : 0x00)});
             return h;
         }},
        {"LINUX_SLL2", DLT_LINUX_SLL2,
         [](bool six) {
             std::vector<std::uint8_t> h = {std::uint8_t(six ? 0x86 : 0x08), std::uint8_t(six ? 0xdd : 0x00), 0, 0};
             h.insert(h.end(), {0, 0, 0, 1, 3, 4, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0});
             return h;
         }},
        {"RAW", DLT_RAW, [](bool) { return std::vector<std::uint8_t>{}; }},
        {v6 ? "IPV6" : "IPV4", v6 ? DLT_IPV6 : DLT_IPV4, [](bool) { return std::vector<std::uint8_t>{}; }},
        {"NULL little-endian", DLT_NULL, [](bool six) { return family(six ? 30 : 2, true); }},
        {"NULL big-endian", DLT_NULL, [](bool six) { return family(six ? 24 : 2, false); }},
        {"NULL Linux IPv6", DLT_NULL, [](bool six) { return family(six ? 10 : 2, true); }},
        {"LOOP", DLT_LOOP, [](bool six) { return family(six ? 28 : 2, false); }},
    };
    for (const auto& [name, dlt, header] : link_types) {
        INFO(name);
        std::vector<Frame> frames = packets;
        for (Frame& f : frames) {
            std::vector<std::uint8_t> h = header(v6);
            f.bytes.insert(f.bytes.begin(), h.begin(), h.end());
        }
        const std::string path = temp_capture_path(std::string(recorded) + "-" + std::to_string(dlt) + ".pcap");
        write_frames(path, dlt, frames);
        const Capture c = read_capture(path);
        std::filesystem::remove(path);
        CHECK(summary(c) == summary(original));
        REQUIRE(c.packets.size() == original.packets.size());
        for (std::size_t i = 0; i < c.packets.size(); ++i) {
            CHECK(c.packets[i].segment == original.packets[i].segment);
            CHECK(c.packets[i].checksum == original.packets[i].checksum);
        }
    }
}

} // namespace

TEST_CASE("every link type of an IPv4 capture gives the same conversation", "[capture][link]")
{
    check_every_link_type("loopback-close.pcap", false);
}

TEST_CASE("every link type of an IPv6 capture gives the same conversation", "[capture][link][ipv6]")
{
    check_every_link_type("loopback-ipv6.pcap", true);
}

TEST_CASE("a frame that is not IP or not TCP is counted and skipped", "[capture][link]")
{
    const Capture original = read_capture(recorded_capture("loopback-close.pcap"));
    std::vector<Frame> frames = ip_packets(original);
    Frame udp = frames[0];
    udp.bytes[9] = 17; // IPv4 protocol UDP
    frames.push_back(udp);
    Frame arp{frames[0].time_ns, std::vector<std::uint8_t>(28, 0), 0};
    std::vector<Frame> ethernet_frames;
    for (Frame f : frames) {
        const std::vector<std::uint8_t> h = ethernet(false, 0);
        f.bytes.insert(f.bytes.begin(), h.begin(), h.end());
        ethernet_frames.push_back(f);
    }
    std::vector<std::uint8_t> arp_header = ethernet(false, 0);
    arp_header[12] = 0x08;
    arp_header[13] = 0x06; // ARP
    arp.bytes.insert(arp.bytes.begin(), arp_header.begin(), arp_header.end());
    ethernet_frames.push_back(arp);
    const std::string path = temp_capture_path("not-tcp.pcap");
    write_frames(path, DLT_EN10MB, ethernet_frames);
    const Capture c = read_capture(path);
    std::filesystem::remove(path);
    CHECK(c.packets.size() == original.packets.size());
    CHECK(c.not_tcp == 2);
    CHECK(c.frames == original.packets.size() + 2);
}
