#include "formats/file_kind.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <fstream>
#include <iterator>

namespace tcpviz {

FileKind file_kind(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::array<unsigned char, 4> head{};
    if (!in.read(reinterpret_cast<char*>(head.data()), head.size()))
        return FileKind::Scenario;
    const std::uint32_t magic = std::uint32_t(head[0]) << 24 | std::uint32_t(head[1]) << 16 |
                                std::uint32_t(head[2]) << 8 | head[3];
    // pcap in either byte order, with microsecond or nanosecond times; a pcapng
    // Section Header Block (its type reads the same both ways).
    for (const std::uint32_t capture : {0xa1b2c3d4u, 0xd4c3b2a1u, 0xa1b23c4du, 0x4d3cb2a1u, 0x0a0d0d0au})
        if (magic == capture)
            return FileKind::Capture;
    in.seekg(0);
    const nlohmann::json j = nlohmann::json::parse(std::istreambuf_iterator<char>(in), {}, nullptr, false);
    return j.is_object() && j.contains("lesson") ? FileKind::Lesson : FileKind::Scenario;
}

} // namespace tcpviz
