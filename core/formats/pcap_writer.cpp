#include "formats/pcap_writer.hpp"

#include "formats/output_file.hpp"
#include "tcp/wire.hpp"

#include <pcap/pcap.h>

#include <memory>

namespace tcpviz {

void write_pcap(const std::string& path, const Trace& trace)
{
    write_atomically(path, [&](const std::string& temporary) {
        std::unique_ptr<pcap_t, decltype(&pcap_close)> handle(pcap_open_dead(DLT_IPV4, 65535), &pcap_close);
        if (!handle)
            throw ExportError(Message(
                TCPVIZ_TRANSLATE_NOOP("core", "cannot write '%1': libpcap could not start a capture file."), {path}));
        std::unique_ptr<pcap_dumper_t, decltype(&pcap_dump_close)> dumper(pcap_dump_open(handle.get(), temporary.c_str()),
                                                                          &pcap_dump_close);
        if (!dumper)
            throw ExportError(Message(TCPVIZ_TRANSLATE_NOOP("core", "cannot write '%1': %2."),
                                      {path, std::string(pcap_geterr(handle.get()))}));
        for (const TraceEvent& e : trace.events) {
            if (e.kind != EventKind::SegmentSent)
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
