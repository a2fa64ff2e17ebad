// Wireshark's analysis flags, each on a small exchange made for it, by the definitions
// of its User's Guide ("TCP Analysis"): the flag is on the packet it names and no other.
#include "capture/conversations.hpp"
#include "support/capture_files.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

constexpr std::uint8_t S = flag::SYN, A = flag::ACK, F = flag::FIN, R = flag::RST, P = flag::PSH;
constexpr std::int64_t ms = 1'000'000;

// The handshake: client ISN 1000, server ISN 5000, 10 ms round trip seen from the client.
std::vector<Wire> handshake(std::uint32_t client_isn = 1000, std::uint32_t server_isn = 5000)
{
    return {{0, true, S, client_isn, 0},
            {10 * ms, false, S | A, server_isn, client_isn + 1},
            {10 * ms + 1000, true, A, client_isn + 1, server_isn + 1}};
}

// Which packets (0-based) carry `flag`.
std::vector<std::size_t> flagged(const std::vector<Wire>& packets, std::uint16_t flag, const char* name)
{
    const Capture capture = capture_of(packets, name);
    std::vector<std::size_t> out;
    for (const Conversation& c : find_conversations(capture))
        for (std::size_t i = 0; i < c.packets.size(); ++i)
            if (c.analysis[i].flags & flag)
                out.push_back(c.packets[i]);
    return out;
}

std::vector<Wire> plus(std::vector<Wire> a, const std::vector<Wire>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace

TEST_CASE("a SYN sent again after its RTO is a retransmission and says how long after", "[capture][analysis]")
{
    const std::vector<Wire> packets = {{0, true, S, 1000, 0}, {1030 * ms, true, S, 1000, 0}};
    CHECK(flagged(packets, analysis::Retransmission, "syn-again.pcap") == std::vector<std::size_t>{1});
    const Capture capture = capture_of(packets, "syn-again-time.pcap");
    const ConversationList conversations = find_conversations(capture);
    REQUIRE(conversations.at(0).analysis.size() == 2);
    CHECK(conversations[0].analysis[1].since_first_copy == 1030 * ms);
}

TEST_CASE("data sent again that the peer had acknowledged is a spurious retransmission", "[capture][analysis]")
{
    const auto packets = plus(handshake(), {{20 * ms, true, P | A, 1001, 5001, 100},
                                            {30 * ms, false, A, 5001, 1101},
                                            {240 * ms, true, P | A, 1001, 5001, 100}});
    CHECK(flagged(packets, analysis::SpuriousRetransmission, "spurious.pcap") == std::vector<std::size_t>{5});
    CHECK(flagged(packets, analysis::Retransmission, "spurious-not-plain.pcap").empty());
}

TEST_CASE("data resent right after two duplicate ACKs is a fast retransmission", "[capture][analysis]")
{
    const auto packets = plus(handshake(), {{20 * ms, true, P | A, 1001, 5001, 100},
                                            {20 * ms + 10, true, P | A, 1101, 5001, 100},
                                            {20 * ms + 20, true, P | A, 1201, 5001, 100},
                                            {30 * ms, false, A, 5001, 1001},
                                            {30 * ms + 10, false, A, 5001, 1001},
                                            {30 * ms + 20, false, A, 5001, 1001},
                                            {31 * ms, true, P | A, 1001, 5001, 100}});
    CHECK(flagged(packets, analysis::DuplicateAck, "dupack.pcap") == std::vector<std::size_t>{7, 8});
    CHECK(flagged(packets, analysis::FastRetransmission, "fast.pcap") == std::vector<std::size_t>{9});
}

TEST_CASE("a segment that fills a gap within the initial RTT is out of order", "[capture][analysis]")
{
    const auto packets = plus(handshake(), {{20 * ms, true, P | A, 1101, 5001, 100},
                                            {21 * ms, true, P | A, 1001, 5001, 100}});
    CHECK(flagged(packets, analysis::PreviousSegmentNotCaptured, "gap.pcap") == std::vector<std::size_t>{3});
    CHECK(flagged(packets, analysis::OutOfOrder, "ooo.pcap") == std::vector<std::size_t>{4});
}

TEST_CASE("an ACK of data the capture never saw is flagged ACKed unseen segment", "[capture][analysis]")
{
    const auto packets = plus(handshake(), {{20 * ms, false, A, 5001, 1501}});
    CHECK(flagged(packets, analysis::AckedUnseenSegment, "unseen.pcap") == std::vector<std::size_t>{3});
}

TEST_CASE("a new SYN with another ISN after the close reuses the ports", "[capture][analysis]")
{
    const auto packets = plus(plus(handshake(), {{20 * ms, true, F | A, 1001, 5001},
                                                 {30 * ms, false, F | A, 5001, 1002},
                                                 {31 * ms, true, A, 1002, 5002}}),
                              {{5000 * ms, true, S, 90000, 0}});
    CHECK(flagged(packets, analysis::PortNumbersReused, "reused.pcap") == std::vector<std::size_t>{6});
    CHECK(find_conversations(capture_of(packets, "reused-two.pcap")).size() == 2);
}

TEST_CASE("zero window keep-alive and window update are told apart", "[capture][analysis]")
{
    const auto packets = plus(handshake(), {{20 * ms, true, P | A, 1001, 5001, 100},
                                            {30 * ms, false, A, 5001, 1101, 0, 0},
                                            {40 * ms, false, A, 5001, 1101, 0, 2000},
                                            {1000 * ms, true, A, 1100, 5001, 0}});
    CHECK(flagged(packets, analysis::ZeroWindow, "zero.pcap") == std::vector<std::size_t>{4});
    CHECK(flagged(packets, analysis::WindowUpdate, "update.pcap") == std::vector<std::size_t>{5});
    CHECK(flagged(packets, analysis::KeepAlive, "keepalive.pcap") == std::vector<std::size_t>{6});
}

TEST_CASE("the analysis follows sequence numbers across 2^32", "[capture][analysis]")
{
    const std::uint32_t isn = 0xffff'ff80u; // the data wraps past zero
    const auto packets = plus(handshake(isn), {{20 * ms, true, P | A, isn + 1, 5001, 200},
                                               {30 * ms, false, A, 5001, isn + 201},
                                               {40 * ms, true, P | A, isn + 201, 5001, 100},
                                               {300 * ms, true, P | A, isn + 201, 5001, 100}});
    CHECK(flagged(packets, analysis::Retransmission, "wrap.pcap") == std::vector<std::size_t>{6});
    CHECK(flagged(packets, analysis::PreviousSegmentNotCaptured, "wrap-gap.pcap").empty());
    CHECK(flagged(packets, analysis::AckedUnseenSegment, "wrap-unseen.pcap").empty());
}
