// The captures recorded on the loopback of a network namespace (tests/data/captures/
// record.sh says how): their conversations as Zeek sums them up, each endpoint's states
// as the import infers them, and the same packets whatever the file format.
#include "capture/capture_import.hpp"
#include "capture/captured_values.hpp"
#include "capture/replay.hpp"
#include "formats/capture_text.hpp"
#include "support/capture_files.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

// Every state change of the host named `name`, as "FROM>TO" words.
std::string states_of(const Trace& trace, const std::string& name)
{
    std::string out;
    for (const TraceEvent& e : trace.events)
        if (e.kind == EventKind::StateChanged && trace.hosts[e.host].name == name)
            out += std::string(out.empty() ? "" : " ") + state_name(Trace::from_state(e)) + ">" +
                   state_name(Trace::to_state(e));
    return out;
}

Trace import_all(const std::string& file)
{
    return test::import_all(read_capture(recorded_capture(file)));
}

std::string client_of(const Trace& trace)
{
    for (const TraceHost& h : trace.hosts)
        if (h.role == HostRole::Client)
            return h.name;
    return "";
}

} // namespace

TEST_CASE("the recorded captures list their conversations in Zeek's terms", "[capture][recorded]")
{
    // The lowercase c: on loopback the kernel leaves every checksum to an offload that never comes.
    const std::vector<std::pair<std::string, std::vector<std::string>>> expected = {
        {"loopback-close.pcap", {"SF CSchADadFf"}},
        {"loopback-ipv6.pcap", {"SF CSchADadFf"}},
        {"any-close.pcap", {"SF CSchADadFf"}},
        {"loopback-lost-syn-ack.pcap", {"SF CSchADadFf"}},
        {"loopback-reset.pcap", {"REJ CSr", "RSTR CSchADar"}},
    };
    for (const auto& [file, summaries] : expected) {
        INFO(file);
        const Capture capture = read_capture(recorded_capture(file));
        const ConversationList conversations = find_conversations(capture);
        REQUIRE(conversations.size() == summaries.size());
        for (std::size_t i = 0; i < summaries.size(); ++i)
            CHECK(conversations[i].state + " " + conversations[i].history == summaries[i]);
    }
}

TEST_CASE("a recorded close moves both endpoints through RFC 9293's states", "[capture][recorded]")
{
    for (const char* file : {"loopback-close.pcap", "loopback-ipv6.pcap", "any-close.pcap"}) {
        INFO(file);
        const Trace trace = import_all(file);
        CHECK(states_of(trace, client_of(trace)) ==
              "CLOSED>SYN-SENT SYN-SENT>ESTABLISHED ESTABLISHED>FIN-WAIT-1 FIN-WAIT-1>FIN-WAIT-2 FIN-WAIT-2>TIME-WAIT");
        const std::string server = trace.hosts[trace.segments[0].to_host].name;
        CHECK(states_of(trace, server) == "CLOSED>LISTEN LISTEN>SYN-RECEIVED SYN-RECEIVED>ESTABLISHED "
                                          "ESTABLISHED>CLOSE-WAIT CLOSE-WAIT>LAST-ACK LAST-ACK>CLOSED");
    }
}

TEST_CASE("a recorded refusal and abort end in CLOSED from the RSTs", "[capture][recorded]")
{
    const Trace trace = import_all("loopback-reset.pcap");
    // The refused client: nothing listens on port 9, so that end never had a state.
    CHECK(states_of(trace, trace.hosts[trace.segments[0].from_host].name) == "CLOSED>SYN-SENT SYN-SENT>CLOSED");
    CHECK(states_of(trace, trace.hosts[trace.segments[0].to_host].name).empty());
    CHECK(trace.segments[1].why == Explain::RstForClosedPort);
    const std::string aborting = trace.hosts[trace.segments.back().from_host].name;
    CHECK(states_of(trace, aborting) ==
          "CLOSED>LISTEN LISTEN>SYN-RECEIVED SYN-RECEIVED>ESTABLISHED ESTABLISHED>CLOSED");
    CHECK(trace.segments.back().why == Explain::CapturedReset);
}

TEST_CASE("a SYN-ACK dropped after the capture point is marked lost and its retransmission is not", "[capture][recorded]")
{
    const Trace trace = import_all("loopback-lost-syn-ack.pcap");
    std::vector<std::uint32_t> lost, syn_acks;
    for (std::uint32_t i = 0; i < trace.segments.size(); ++i) {
        const Segment& s = trace.segments[i].seg;
        if (s.has(flag::SYN) && s.has(flag::ACK))
            syn_acks.push_back(i);
        if (captured(trace, i)->lost_after_capture)
            lost.push_back(i);
    }
    REQUIRE(syn_acks.size() == 3); // the lost one, the timer's, and the answer to the client's SYN again
    CHECK(lost == std::vector<std::uint32_t>{syn_acks[0]});
    CHECK(captured(trace, syn_acks[1])->analysis & analysis::Retransmission);
    CHECK(captured(trace, syn_acks[1])->since_first_copy > 1'000'000'000); // Linux's 1 s initial RTO
    const std::string client = client_of(trace);
    CHECK(states_of(trace, client).rfind("CLOSED>SYN-SENT SYN-SENT>ESTABLISHED", 0) == 0);
}

TEST_CASE("pcap with microseconds or nanoseconds and pcapng hold the same packets", "[capture][recorded]")
{
    const Capture us = read_capture(recorded_capture("loopback-close.pcap"));
    const Capture ns = read_capture(recorded_capture("loopback-close-ns.pcap"));
    const Capture ng = read_capture(recorded_capture("loopback-close.pcapng"));
    for (const Capture* other : {&ns, &ng}) {
        REQUIRE(other->packets.size() == us.packets.size());
        for (std::size_t i = 0; i < us.packets.size(); ++i) {
            CHECK(other->packets[i].time == us.packets[i].time);
            CHECK(other->packets[i].segment == us.packets[i].segment);
            CHECK(other->packet_bytes(other->packets[i]).size() == us.packet_bytes(us.packets[i]).size());
        }
    }
}

TEST_CASE("an IPv6 conversation keeps its addresses in every view", "[capture][recorded][ipv6]")
{
    const Trace trace = import_all("loopback-ipv6.pcap");
    const Segment& syn = trace.segments[0].seg;
    CHECK(address_text(trace, syn.src_addr) == "::1");
    CHECK(trace.hosts[trace.segments[0].from_host].name.rfind("[::1]:", 0) == 0);
    const Capture capture = read_capture(recorded_capture("loopback-ipv6.pcap"));
    CHECK(capture.packets[0].src.address.v6);
    CHECK(capture.packets[0].segment.options.mss == 65476);
}

TEST_CASE("IPv6 addresses are written in RFC 5952's shortest form", "[capture][ipv6]")
{
    const auto v6 = [](std::initializer_list<std::uint16_t> groups) {
        IpAddress a;
        a.v6 = true;
        std::size_t i = 0;
        for (std::uint16_t g : groups) {
            a.bytes[i++] = std::uint8_t(g >> 8);
            a.bytes[i++] = std::uint8_t(g);
        }
        return a;
    };
    CHECK(ip_address_text(v6({0, 0, 0, 0, 0, 0, 0, 1})) == "::1");
    CHECK(ip_address_text(v6({0x2001, 0xdb8, 0, 0, 0, 0, 0, 1})) == "2001:db8::1");
    CHECK(ip_address_text(v6({0x2001, 0xdb8, 0, 1, 0, 0, 0, 1})) == "2001:db8:0:1::1");  // the longer run
    CHECK(ip_address_text(v6({0x2001, 0xdb8, 0, 0, 1, 0, 0, 1})) == "2001:db8::1:0:0:1"); // the first of two
    CHECK(ip_address_text(v6({0x2001, 0xdb8, 0, 1, 1, 1, 1, 1})) == "2001:db8:0:1:1:1:1:1"); // one 0 stays
    CHECK(ip_address_text(v6({0, 0, 0, 0, 0, 0, 0, 0})) == "::");
    CHECK(ip_endpoint_text({v6({0xfe80, 0, 0, 0, 0, 0, 0, 1}), 443}) == "[fe80::1]:443");
}

TEST_CASE("a capture's live values come from the endpoints that had a state", "[capture][recorded]")
{
    // The refused SYN's port never had a connection: only its client and the second connection are listed.
    const Trace reset = import_all("loopback-reset.pcap");
    std::vector<std::string> listed;
    for (const CapturedEndpoint& v : captured_endpoints(reset))
        listed.push_back(reset.hosts[v.host].name + " " + state_name(v.state));
    REQUIRE(listed.size() == 3);
    CHECK(listed[0].find(":9 ") == std::string::npos);
    CHECK(listed[0].substr(listed[0].size() - 6) == "CLOSED");
    // At the end of a close: the client in TIME-WAIT with every number the segments showed.
    const Trace close = import_all("loopback-close.pcap");
    const std::vector<CapturedEndpoint> ends = captured_endpoints(close);
    REQUIRE(ends.size() == 2);
    const CapturedEndpoint& client = close.hosts[ends[0].host].role == HostRole::Client ? ends[0] : ends[1];
    const CapturedEndpoint& server = &client == &ends[0] ? ends[1] : ends[0];
    CHECK(client.state == TcpState::TimeWait);
    CHECK(server.state == TcpState::Closed);
    REQUIRE(client.iss);
    REQUIRE(server.iss);
    CHECK(*client.irs == *server.iss);
    CHECK(*client.snd_nxt == *client.iss + 8); // SYN, 6 bytes, FIN
    CHECK(*client.rcv_nxt == *server.iss + 8);
    CHECK(*server.snd_una == *server.iss + 8);
}

TEST_CASE("live values followed step by step and back are those of the capture so far", "[capture][recorded]")
{
    for (const char* file : {"loopback-close.pcap", "loopback-reset.pcap", "loopback-lost-syn-ack.pcap",
                             "loopback-ipv6.pcap", "any-close.pcap"}) {
        INFO(file);
        Replay replay(import_all(file));
        CapturedValues followed;
        const auto same_as_afresh = [&] {
            followed.sync(replay.trace());
            std::vector<CapturedEndpoint> kept;
            for (const CapturedEndpoint& v : followed.endpoints())
                if (v.had_state)
                    kept.push_back(v);
            const std::vector<CapturedEndpoint> afresh = captured_endpoints(replay.trace());
            REQUIRE(kept.size() == afresh.size());
            CHECK(followed.with_state() == afresh.size());
            for (std::size_t i = 0; i < kept.size(); ++i) {
                CHECK(kept[i].host == afresh[i].host);
                CHECK(kept[i].local_port == afresh[i].local_port);
                CHECK(kept[i].state == afresh[i].state);
                CHECK(kept[i].snd_nxt == afresh[i].snd_nxt);
                CHECK(kept[i].rcv_nxt == afresh[i].rcv_nxt);
                CHECK(kept[i].snd_una == afresh[i].snd_una);
            }
        };
        while (replay.step())
            same_as_afresh();
        for (int i = 0; i < 3 && replay.back(); ++i)
            same_as_afresh();
    }
}
