// The pcap export read back through libpcap, and through tshark when installed.
#include "support/lab.hpp"
#include "formats/output_file.hpp"
#include "formats/pcap_writer.hpp"
#include "tcp/wire.hpp"

#include <catch2/catch.hpp>
#include <pcap/pcap.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <sstream>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

std::string temp_path(const std::string& name)
{
    return (std::filesystem::temp_directory_path() / ("tcpviz-test-" + name)).string();
}


struct Packet {
    std::int64_t time_us;
    DecodedPacket decoded;
};

std::vector<Packet> read_pcap(const std::string& path)
{
    char err[PCAP_ERRBUF_SIZE];
    std::unique_ptr<pcap_t, decltype(&pcap_close)> p(pcap_open_offline(path.c_str(), err), &pcap_close);
    REQUIRE(p);
    CHECK(pcap_datalink(p.get()) == DLT_IPV4);
    std::vector<Packet> out;
    pcap_pkthdr* header;
    const u_char* data;
    while (pcap_next_ex(p.get(), &header, &data) == 1) {
        std::string error;
        auto d = decode_ipv4(std::span(data, header->caplen), error);
        REQUIRE(d);
        out.push_back({std::int64_t(header->ts.tv_sec) * 1'000'000 + header->ts.tv_usec, *d});
    }
    return out;
}

} // namespace

TEST_CASE("pcap export holds every segment as it left its sender, lost ones too", "[core][pcap]")
{
    const Simulation sim = finished(handshake_only("lost-syn"));
    const std::string path = temp_path("lost-syn.pcap");
    write_pcap(path, sim.trace());
    const auto packets = read_pcap(path);
    REQUIRE(packets.size() == sim.trace().segments.size());
    std::vector<std::int64_t> times;
    for (std::size_t i = 0; i < packets.size(); ++i) {
        const Segment& s = sim.trace().segments[i].seg;
        CHECK(packets[i].decoded.tcp_checksum_ok);
        CHECK(packets[i].decoded.ip_checksum_ok);
        CHECK(packets[i].decoded.segment.flags == s.flags);
        CHECK(packets[i].decoded.segment.seq == s.seq);
        CHECK(packets[i].decoded.segment.ack == s.ack);
        times.push_back(packets[i].time_us);
    }
    CHECK(times == std::vector<std::int64_t>{0, 1'000'000, 1'010'000, 1'020'000});
    std::filesystem::remove(path);
}

TEST_CASE("pcap payload bytes are the application's text", "[core][pcap]")
{
    const Simulation sim = finished("normal");
    const std::string path = temp_path("normal.pcap");
    write_pcap(path, sim.trace());
    const auto packets = read_pcap(path);
    REQUIRE(packets.size() == 10);
    CHECK(std::string(packets[3].decoded.payload.begin(), packets[3].decoded.payload.end()) == "hello");
    CHECK(std::string(packets[5].decoded.payload.begin(), packets[5].decoded.payload.end()) == "world");
    std::filesystem::remove(path);
}

TEST_CASE("an unwritable export path fails cleanly and leaves nothing behind", "[core][pcap]")
{
    const Simulation sim = finished("normal");
    CHECK_THROWS_AS(write_pcap("/nonexistent-dir/out.pcap", sim.trace()), ExportError);
    const std::string dir = temp_path("dir-target");
    std::filesystem::create_directories(dir);
    CHECK_THROWS_AS(write_pcap(dir, sim.trace()), ExportError);
    CHECK(std::filesystem::is_empty(std::filesystem::path(dir).parent_path() / "tcpviz-test-dir-target"));
    std::filesystem::remove(dir);
}

TEST_CASE("tshark decodes every segment with a good checksum and the same flags, Seq and Ack", "[core][pcap][tshark]")
{
    if (std::system("command -v tshark >/dev/null 2>&1") != 0) {
        WARN("tshark is not installed; ./dev test installs it");
        return;
    }
    for (const char* name : {"normal", "syn-flood-cookies", "old-duplicate-syn", "blind-spoofing"}) {
        DYNAMIC_SECTION(name)
        {
            const Simulation sim = finished(name);
            const std::string path = temp_path(std::string(name) + ".pcap");
            write_pcap(path, sim.trace());
            const std::string command = "tshark -n -r " + path +
                                        " -o tcp.check_checksum:TRUE -o ip.check_checksum:TRUE"
                                        " -o tcp.relative_sequence_numbers:FALSE"
                                        " -T fields -E separator=, -e tcp.flags -e tcp.seq -e tcp.ack"
                                        " -e tcp.checksum.status -e ip.checksum.status 2>/dev/null";
            std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), &pclose);
            REQUIRE(pipe);
            std::string output;
            char buf[4096];
            while (std::size_t n = fread(buf, 1, sizeof buf, pipe.get()))
                output.append(buf, n);
            std::istringstream lines(output);
            std::string line;
            std::size_t i = 0;
            while (std::getline(lines, line)) {
                REQUIRE(i < sim.trace().segments.size());
                const Segment& s = sim.trace().segments[i++].seg;
                char expected[128];
                std::snprintf(expected, sizeof expected, "0x%04x,%u,%u,1,1", s.flags, s.seq.raw(), s.ack.raw());
                CHECK(line == expected); // status 1 = checksum verified good
            }
            CHECK(i == sim.trace().segments.size());
            std::filesystem::remove(path);
        }
    }
}
