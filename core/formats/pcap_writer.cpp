#include "formats/pcap_writer.hpp"

#include "formats/output_file.hpp"
#include "tcp/wire.hpp"

#include <pcap/pcap.h>

#include <algorithm>
#include <memory>

namespace tcpviz {
namespace {

// The captured packets as they were, in the order the capture saw them.
void write_captured(pcap_dumper_t* dumper, const CaptureOrigin& origin)
{
    std::vector<std::uint32_t> order(origin.segments.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return origin.segments[a].frame < origin.segments[b].frame;
    });
    for (std::uint32_t i : order) {
        const CapturedSegment& c = origin.segments[i];
        const std::int64_t time = c.captured_at + origin.epoch;
        pcap_pkthdr header{};
        header.ts.tv_sec = static_cast<time_t>(time / 1'000'000'000);
        header.ts.tv_usec = static_cast<suseconds_t>(time % 1'000'000'000); // ns: the file says so
        header.caplen = header.len = c.bytes_len;
        pcap_dump(reinterpret_cast<u_char*>(dumper), &header, origin.bytes.data() + c.bytes_at);
    }
}

} // namespace

void write_pcap(const std::string& path, const Trace& trace)
{
    write_atomically(path, [&](const std::string& temporary) {
        // An imported trace keeps its packets' bytes, IPv6 ones too, and ns timestamps.
        const CaptureOrigin* origin = trace.capture.get();
        std::unique_ptr<pcap_t, decltype(&pcap_close)> handle(
            origin ? pcap_open_dead_with_tstamp_precision(DLT_RAW, 262144, PCAP_TSTAMP_PRECISION_NANO)
                   : pcap_open_dead(DLT_IPV4, 65535),
            &pcap_close);
        if (!handle)
            throw ExportError(Message(
                TCPVIZ_TRANSLATE_NOOP("core", "cannot write '%1': libpcap could not start a capture file."), {path}));
        std::unique_ptr<pcap_dumper_t, decltype(&pcap_dump_close)> dumper(pcap_dump_open(handle.get(), temporary.c_str()),
                                                                          &pcap_dump_close);
        if (!dumper)
            throw ExportError(Message(TCPVIZ_TRANSLATE_NOOP("core", "cannot write '%1': %2."),
                                      {path, std::string(pcap_geterr(handle.get()))}));
        if (origin)
            write_captured(dumper.get(), *origin);
        for (const TraceEvent& e : trace.events) {
            if (origin || e.kind != EventKind::SegmentSent)
                continue;
            const Segment& seg = trace.segments[e.ref].seg;
            const std::string& text = trace.texts[seg.payload_text];
            std::vector<std::uint8_t> payload(seg.payload_len);
            for (std::size_t i = 0; i < payload.size(); ++i)
                payload[i] = static_cast<std::uint8_t>(text.empty() ? 0 : text[i % text.size()]);
            const std::vector<std::uint8_t> packet = encode_ipv4(seg, payload);
            pcap_pkthdr header{};
            header.ts.tv_sec = static_cast<time_t>(e.time / 1'000'000'000);
            header.ts.tv_usec = static_cast<suseconds_t>((e.time % 1'000'000'000) / 1000);
            header.caplen = header.len = static_cast<bpf_u_int32>(packet.size());
            pcap_dump(reinterpret_cast<u_char*>(dumper.get()), &header, packet.data());
        }
        if (pcap_dump_flush(dumper.get()) != 0)
            throw ExportError(Message(
                TCPVIZ_TRANSLATE_NOOP("core", "cannot write '%1': the disk is full or the write failed."), {path}));
    });
}

} // namespace tcpviz
