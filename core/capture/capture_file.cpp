// The libpcap side of reading a capture (pcap_open_offline(3PCAP), pcap_next_ex(3PCAP)):
// libpcap 1.10 reads pcap (µs and ns) and pcapng; tcpviz asks for ns timestamps.
#include "capture/capture_file.hpp"

#include "system/memory_ahead.hpp"

#include <pcap/pcap.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

namespace tcpviz {
namespace {

bool contains(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

bool supported_link(int dlt)
{
    switch (dlt) {
    case DLT_EN10MB:
    case DLT_NULL:
    case DLT_LOOP:
    case DLT_LINUX_SLL:
    case DLT_LINUX_SLL2:
    case DLT_RAW:
    case DLT_IPV4:
    case DLT_IPV6: return true;
    default: return false;
    }
}

[[noreturn]] void open_failed(const std::string& name, const std::string& why)
{
    if (contains(why, "unknown file format") || contains(why, "bad dump file format"))
        throw CaptureError(Message(TCPVIZ_TRANSLATE_NOOP("core", "'%1' is not a capture file: tcpviz reads pcap and "
                                                                 "pcapng files, as tcpdump -w and Wireshark write them."),
                                   {name}));
    if (contains(why, "different from the type of the first interface"))
        throw CaptureError(Message(
            TCPVIZ_TRANSLATE_NOOP("core", "capture '%1' has interfaces of different link types, which libpcap cannot "
                                          "read: save each interface on its own (Wireshark: File, Export Specified "
                                          "Packets with the filter frame.interface_id == 0) and open that."),
            {name}));
    if (contains(why, "truncated"))
        throw CaptureError(Message(
            TCPVIZ_TRANSLATE_NOOP("core", "capture '%1' ends inside its file header: it holds no packets."), {name}));
    if (contains(why, "No such file"))
        throw CaptureError(Message(TCPVIZ_TRANSLATE_NOOP("core", "cannot open '%1': there is no such file."), {name}));
    throw CaptureError(Message(TCPVIZ_TRANSLATE_NOOP("core", "cannot read capture '%1': %2."), {name, why}));
}

[[noreturn]] void empty_file(const std::string& name)
{
    throw CaptureError(Message(TCPVIZ_TRANSLATE_NOOP("core", "'%1' is empty, not a capture file."), {name}));
}

long file_size(FILE* file)
{
    const long here = std::ftell(file);
    if (here < 0 || std::fseek(file, 0, SEEK_END) != 0)
        return -1;
    const long size = std::ftell(file);
    std::fseek(file, here, SEEK_SET);
    return size;
}

using Handle = std::unique_ptr<pcap_t, decltype(&pcap_close)>;
using Reopen = std::function<Handle()>;

// Where the first `records` packet records end in the file `again` reads: for a capture
// cut short, to say how much of it was left out.
long end_of_records(pcap_t* again, std::uint64_t records)
{
    FILE* file = again ? pcap_file(again) : nullptr;
    if (!file)
        return -1;
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    for (std::uint64_t i = 0; i < records; ++i)
        if (pcap_next_ex(again, &header, &data) != 1)
            return -1;
    return std::ftell(file);
}

// `reopen` opens the same capture again from its start; without one (standard input)
// each record's end is asked of the stream as it is read, a system call per packet.
Capture read_all(pcap_t* handle, const std::string& name, const Reopen& reopen, std::uint64_t file_bytes)
{
    Capture c;
    c.file = name;
    // The packets' bytes are fewer than the file's: reserved once, they are never copied
    // as they grow (and what stays unused is never touched, so it takes no memory).
    try {
        c.bytes.reserve(std::size_t(file_bytes));
    } catch (const std::exception&) { // more than the address space allows: grow as needed
    }
    const int dlt = pcap_datalink(handle);
    const char* link_name = pcap_datalink_val_to_name(dlt);
    c.link_type = link_name ? link_name : std::to_string(dlt);
    if (!supported_link(dlt))
        throw CaptureError(Message(
            TCPVIZ_TRANSLATE_NOOP("core", "capture '%1' has link type %2, which tcpviz cannot read: it reads "
                                          "Ethernet, Linux cooked (SLL, SLL2), raw IP and BSD loopback captures."),
            {name, c.link_type}));
    // Asked for ns whatever the file holds, libpcap scales µs files up.
    const std::int64_t fraction = pcap_get_tstamp_precision(handle) == PCAP_TSTAMP_PRECISION_NANO ? 1 : 1000;
    c.snaplen = std::uint32_t(pcap_snapshot(handle));
    FILE* file = pcap_file(handle);
    long complete_up_to = file && !reopen ? std::ftell(file) : -1;
    // In a big capture the packets' chunks and the bytes' pages are made ready on the
    // other core, which reading leaves idle: the bytes never outgrow what was reserved.
    constexpr std::uint64_t kBigCapture = 16 << 20, kBytesReadyAhead = 16 << 20;
    std::optional<ChunksAhead<CapturedPacket>> ahead;
    if (file_bytes >= kBigCapture && c.bytes.capacity() >= file_bytes)
        ahead.emplace(c.packets, 2, &c.bytes, kBytesReadyAhead);
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    for (;;) {
        const int got = pcap_next_ex(handle, &header, &data);
        if (got == PCAP_ERROR_BREAK)
            break;
        if (got == PCAP_ERROR) {
            const std::string why = pcap_geterr(handle);
            if (contains(why, "different from the type of the first interface"))
                open_failed(name, why); // a later interface block of a pcapng
            if (!contains(why, "truncated"))
                throw CaptureError(Message(TCPVIZ_TRANSLATE_NOOP("core", "capture '%1' is damaged at packet %2: %3."),
                                           {name, std::to_string(c.frames + 1), why}));
            if (reopen)
                complete_up_to = end_of_records(reopen().get(), c.frames);
            const long size = file ? file_size(file) : -1;
            c.skipped_bytes = size > complete_up_to && complete_up_to >= 0 ? std::uint64_t(size - complete_up_to) : 1;
            break;
        }
        const std::int64_t time =
            std::int64_t(header->ts.tv_sec) * 1'000'000'000 + std::int64_t(header->ts.tv_usec) * fraction;
        decode_frame(c, dlt, std::span(data, header->caplen), header->len, time);
        if (file && !reopen)
            complete_up_to = std::ftell(file);
    }
    ahead.reset();
    if (c.frames == 0)
        throw CaptureError(Message(c.skipped_bytes ? TCPVIZ_TRANSLATE_NOOP("core", "capture '%1' ends inside its "
                                                                                   "first packet: it holds no "
                                                                                   "complete packet.")
                                                   : TCPVIZ_TRANSLATE_NOOP("core", "capture '%1' holds no packets."),
                                   {name}));
    if (c.packets.empty() && c.headers_cut > 0)
        throw CaptureError(Message(
            TCPVIZ_TRANSLATE_NOOP("core", "capture '%1' was taken with a snapshot length of %2 bytes, which cuts off "
                                          "the TCP headers: capture again with a larger one (tcpdump -s 0)."),
            {name, std::to_string(c.snaplen)}));
    if (c.packets.empty())
        throw CaptureError(Message(TCPVIZ_TRANSLATE_NOOP("core", "capture '%1' holds %2 packets and none of them is "
                                                                 "TCP."),
                                   {name, std::to_string(c.frames)}));
    return c;
}

} // namespace

Capture read_capture(const std::string& path)
{
    char error[PCAP_ERRBUF_SIZE] = "";
    Handle handle(pcap_open_offline_with_tstamp_precision(path.c_str(), PCAP_TSTAMP_PRECISION_NANO, error),
                  &pcap_close);
    if (!handle) {
        if (std::FILE* probe = path == "-" ? nullptr : std::fopen(path.c_str(), "rb")) {
            const long size = file_size(probe);
            std::fclose(probe);
            if (size == 0)
                empty_file(path);
        } else if (path != "-" && errno != ENOENT) {
            throw CaptureError(Message(TCPVIZ_TRANSLATE_NOOP("core", "cannot open '%1': %2."),
                                       {path, std::string(std::strerror(errno))}));
        }
        open_failed(path, error);
    }
    Reopen reopen;
    std::error_code ec;
    const std::uint64_t file_bytes = path == "-" ? 0 : std::filesystem::file_size(path, ec);
    if (path != "-")
        reopen = [&] {
            char again[PCAP_ERRBUF_SIZE] = "";
            return Handle(pcap_open_offline(path.c_str(), again), &pcap_close);
        };
    return read_all(handle.get(), path, reopen, ec ? 0 : file_bytes);
}

Capture read_capture_bytes(std::span<const std::uint8_t> data, const std::string& name)
{
    if (data.empty())
        empty_file(name);
    std::FILE* file = fmemopen(const_cast<std::uint8_t*>(data.data()), data.size(), "rb");
    if (!file)
        throw CaptureError(Message(TCPVIZ_TRANSLATE_NOOP("core", "cannot read capture '%1': %2."),
                                   {name, std::string(std::strerror(errno))}));
    char error[PCAP_ERRBUF_SIZE] = "";
    // On success libpcap owns `file` and closes it with the handle.
    Handle handle(pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_NANO, error), &pcap_close);
    if (!handle) {
        std::fclose(file);
        open_failed(name, error);
    }
    const Reopen reopen = [&] {
        char again[PCAP_ERRBUF_SIZE] = "";
        std::FILE* copy = fmemopen(const_cast<std::uint8_t*>(data.data()), data.size(), "rb");
        Handle h(copy ? pcap_fopen_offline(copy, again) : nullptr, &pcap_close);
        if (copy && !h)
            std::fclose(copy);
        return h;
    };
    return read_all(handle.get(), name, reopen, data.size());
}

} // namespace tcpviz
