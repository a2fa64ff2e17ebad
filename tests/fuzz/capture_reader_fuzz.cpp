// libFuzzer harness: the capture reader and the import behind it. Any bytes are either
// refused with a CaptureError or read; what is read splits into conversations that hold
// every TCP packet once, and imports to a trace whose events run forward in time, each
// segment sent once and then delivered or lost.
#include "capture/capture_import.hpp"
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tcpviz;
    Capture capture;
    try {
        capture = read_capture_bytes(std::span(data, size), "fuzz.pcap");
    } catch (const CaptureError& e) {
        fuzz_check(e.message().text() != nullptr, "a capture was refused without a sentence");
        return 0;
    }
    fuzz_check(!capture.packets.empty(), "a capture without TCP was not refused");
    for (const CapturedPacket& p : capture.packets)
        fuzz_check(p.bytes_at + p.bytes_len <= capture.bytes.size(), "a packet's bytes lie outside the capture");
    const ConversationList conversations = find_conversations(capture);
    std::vector<std::uint32_t> all;
    std::size_t packets = 0;
    for (const Conversation& c : conversations) {
        all.push_back(c.number);
        packets += c.packets.size();
        fuzz_check(c.analysis.size() == c.packets.size(), "a conversation's analysis misses packets");
        fuzz_check(!c.state.empty(), "a conversation has no summary");
    }
    fuzz_check(packets == capture.packets.size(), "the conversations do not hold every packet once");
    const Trace trace = import_conversations(capture, conversations, all);
    fuzz_check(trace.segments.size() == capture.packets.size(), "the import lost segments");
    std::vector<int> sent(trace.segments.size(), 0), ended(trace.segments.size(), 0);
    std::int64_t time = 0;
    for (const TraceEvent& e : trace.events) {
        fuzz_check(e.time >= time, "the imported events go back in time");
        time = e.time;
        if (e.kind == EventKind::SegmentSent)
            ++sent[e.ref];
        if (e.kind == EventKind::SegmentDelivered || e.kind == EventKind::SegmentLost)
            fuzz_check(sent[e.ref] == 1 && ++ended[e.ref] == 1, "a segment ends before it is sent, or twice");
    }
    for (std::size_t i = 0; i < sent.size(); ++i)
        fuzz_check(sent[i] == 1 && ended[i] == 1, "a segment is not sent once and then delivered or lost");
    return 0;
}
