// An imported capture's lifelines: one per endpoint while they fit, never more than
// kMaxImportedHosts whatever the capture holds (a flood of forged sources, a port scan
// of many servers), and every arrow drawn between the lifelines of its own endpoints.
#include "capture/capture_import.hpp"
#include "capture/captured_values.hpp"
#include "teaching/seq_notation.hpp"
#include "support/capture_files.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

struct Exchange {
    Ipv4 client, server;
    std::uint16_t client_port, server_port;
};

// A SYN from each exchange's client and its server's answer: a SYN-ACK, or a RST-ACK
// from a closed port.
Capture capture_of_exchanges(const std::vector<Exchange>& exchanges, bool refused, const std::string& name,
                             const std::function<bool(std::size_t)>& answered = [](std::size_t) { return true; })
{
    std::vector<Frame> frames;
    std::int64_t time = 0;
    for (std::size_t k = 0; k < exchanges.size(); ++k) {
        const Exchange& x = exchanges[k];
        Segment syn;
        syn.src_addr = x.client;
        syn.dst_addr = x.server;
        syn.src_port = x.client_port;
        syn.dst_port = x.server_port;
        syn.seq = SeqNum(1000);
        syn.flags = flag::SYN;
        syn.window = 1000;
        Segment answer = syn;
        std::swap(answer.src_addr, answer.dst_addr);
        std::swap(answer.src_port, answer.dst_port);
        answer.seq = SeqNum(refused ? 0 : 5000);
        answer.ack = SeqNum(1001);
        answer.flags = refused ? flag::RST | flag::ACK : flag::SYN | flag::ACK;
        frames.push_back({time += 1000, encode_ipv4(syn, {}), 0});
        if (answered(k))
            frames.push_back({time += 1000, encode_ipv4(answer, {}), 0});
    }
    const std::string path = temp_capture_path(name);
    write_frames(path, DLT_RAW, frames, true);
    Capture c = read_capture(path);
    std::filesystem::remove(path);
    return c;
}

// Every segment goes from a lifeline that stands for its source to one that stands for
// its destination: the same address (or a range holding it) and the same port, or none.
void check_arrows_on_their_lifelines(const Trace& trace)
{
    const auto stands_for = [&](std::uint8_t host, Ipv4 address, std::uint16_t port) {
        const TraceHost& h = trace.hosts[host];
        return h.stands_for(address) && (h.port == 0 || h.port == port);
    };
    for (const SegmentRecord& r : trace.segments) {
        REQUIRE(r.from_host < trace.hosts.size());
        REQUIRE(r.to_host < trace.hosts.size());
        CHECK(stands_for(r.from_host, r.seg.src_addr, r.seg.src_port));
        CHECK(stands_for(r.to_host, r.seg.dst_addr, r.seg.dst_port));
    }
}

} // namespace

TEST_CASE("a few endpoints get a lifeline each with its port", "[capture][lifelines]")
{
    const Ipv4 client = make_ipv4(10, 0, 0, 1), server = make_ipv4(10, 0, 0, 2);
    const Trace trace =
        import_all(capture_of_exchanges({{client, server, 40000, 80}, {client, server, 40001, 443}}, false, "few.pcap"));
    REQUIRE(trace.hosts.size() == 4);
    CHECK(trace.hosts[0].name == "10.0.0.2:80"); // responders first, leftmost
    CHECK(trace.hosts[1].name == "10.0.0.2:443");
    CHECK(trace.hosts[2].name == "10.0.0.1:40000");
    CHECK(trace.hosts[3].name == "10.0.0.1:40001");
    check_arrows_on_their_lifelines(trace);
}

TEST_CASE("a flood from many sources keeps its lifelines to the limit", "[capture][lifelines]")
{
    std::vector<Exchange> flood;
    for (std::uint32_t i = 0; i < 300; ++i)
        flood.push_back({make_ipv4(203, 0, 113, 0) + i % 200, make_ipv4(198, 51, 100, 20), std::uint16_t(1024 + i), 80});
    const Trace trace = import_all(capture_of_exchanges(flood, false, "flood.pcap"));
    CHECK(trace.hosts.size() == kMaxImportedHosts);
    CHECK(trace.hosts[0].name == "198.51.100.20:80");
    CHECK(trace.hosts[1].name == "203.0.113.0"); // sources by address, without their ports
    CHECK(trace.hosts.back().name == "*");
    check_arrows_on_their_lifelines(trace);
}

TEST_CASE("a port scan of many servers keeps its lifelines to the limit", "[capture][lifelines]")
{
    std::vector<Exchange> scan;
    for (std::uint32_t i = 0; i < 300; ++i)
        scan.push_back({make_ipv4(10, 0, 0, 1), make_ipv4(10, 0, 1, 0) + i % 40, 40000, std::uint16_t(1 + i)});
    const Trace trace = import_all(capture_of_exchanges(scan, true, "scan.pcap"));
    CHECK(trace.hosts.size() <= kMaxImportedHosts);
    CHECK(trace.hosts[0].name == "10.0.1.0"); // servers by address once their ports do not fit
    CHECK(trace.hosts.back().name == "10.0.0.1:40000");
    check_arrows_on_their_lifelines(trace);
}

TEST_CASE("an import that takes the capture over gives the same trace as one that copies", "[capture][lifelines]")
{
    std::vector<Exchange> some;
    for (std::uint32_t i = 0; i < 40; ++i)
        some.push_back({make_ipv4(10, 0, 0, 1) + i, make_ipv4(10, 0, 9, 9), std::uint16_t(2000 + i), 80});
    Capture capture = capture_of_exchanges(some, false, "over.pcap");
    const Trace copied = import_all(capture);
    ConversationList conversations = find_conversations(capture);
    std::vector<std::uint32_t> all;
    for (const Conversation& c : conversations)
        all.push_back(c.number);
    const Trace taken = import_conversations(std::move(capture), std::move(conversations), all);
    CHECK(taken.segments == copied.segments);
    CHECK(taken.events == copied.events);
    REQUIRE(taken.capture);
    REQUIRE(taken.capture->segments.size() == copied.capture->segments.size());
    for (std::size_t i = 0; i < taken.segments.size(); ++i) {
        const CapturedSegment& a = taken.capture->segments[i];
        const CapturedSegment& b = copied.capture->segments[i];
        const auto bytes_of = [](const Trace& t, const CapturedSegment& s) {
            return std::vector<std::uint8_t>(t.capture->bytes.begin() + std::ptrdiff_t(s.bytes_at),
                                             t.capture->bytes.begin() + std::ptrdiff_t(s.bytes_at + s.bytes_len));
        };
        CHECK(bytes_of(taken, a) == bytes_of(copied, b));
        CHECK(a.frame == b.frame);
        CHECK(a.analysis == b.analysis);
    }
}

TEST_CASE("each source on a shared lifeline has its own live values", "[capture][lifelines]")
{
    std::vector<Exchange> flood;
    for (std::uint32_t i = 0; i < 300; ++i)
        flood.push_back({make_ipv4(203, 0, 113, 0) + i % 200, make_ipv4(198, 51, 100, 20), std::uint16_t(1024 + i), 80});
    // Every other source gets no answer, all but the last: it stays in SYN-SENT whatever
    // the others on its lifeline do.
    const auto answered = [](std::size_t k) { return k % 2 == 0 || k == 299; };
    const Trace trace = import_all(capture_of_exchanges(flood, false, "flood-values.pcap", answered));
    const std::vector<CapturedEndpoint> values = captured_endpoints(trace);
    std::size_t sources = 0, server = 0;
    for (const CapturedEndpoint& v : values) {
        if (v.local_port == 80) {
            ++server;
            CHECK(v.state == TcpState::SynReceived); // it answered, and no ACK came
            continue;
        }
        const std::size_t k = v.local_port - 1024u;
        ++sources;
        CHECK(v.state == (answered(k) ? TcpState::Established : TcpState::SynSent));
        REQUIRE(v.iss);
        CHECK(*v.iss == SeqNum(1000));
        CHECK(v.irs.has_value() == answered(k));
    }
    CHECK(sources == 300);
    CHECK(server == 151); // a SYN never answered counts as lost after the capture point: its server never had it
}

TEST_CASE("sources sharing a lifeline open connections of their own and are not called forged", "[capture][lifelines]")
{
    std::vector<Exchange> flood;
    for (std::uint32_t i = 0; i < 300; ++i)
        flood.push_back({make_ipv4(203, 0, 113, 0) + i % 200, make_ipv4(198, 51, 100, 20), std::uint16_t(1024 + i), 80});
    const Trace trace = import_all(capture_of_exchanges(flood, false, "flood-symbols.pcap"));
    const SeqNotation numbers(trace, Notation::Symbolic);
    std::size_t openers = 0, answers = 0;
    for (const SeqSymbol& s : numbers.symbols()) {
        CHECK(s.kind != SymbolKind::ForgedIsn); // a capture cannot know a source was forged
        CHECK(s.kind != SymbolKind::ForgedReplyIsn);
        openers += s.kind == SymbolKind::OpenerIsn ? 1 : 0;
        answers += s.kind == SymbolKind::ResponderIsn ? 1 : 0;
    }
    CHECK(openers == 300);
    CHECK(answers == 300);
}
