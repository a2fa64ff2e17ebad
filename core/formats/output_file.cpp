#include "formats/output_file.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace tcpviz {

void write_atomically(const std::string& path, const std::function<void(const std::string&)>& write)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    std::error_code ec;
    if (fs::is_directory(target, ec))
        throw ExportError(Message(TCPVIZ_TRANSLATE_NOOP("core", "cannot write '%1': it is a directory."), {path}));
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec))
        throw ExportError(Message(TCPVIZ_TRANSLATE_NOOP("core", "cannot write '%1': the folder '%2' does not exist."),
                                  {path, dir.string()}));
    const std::string temporary = (dir / ("." + target.filename().string() + ".partial")).string();
    try {
        write(temporary);
    } catch (...) {
        fs::remove(temporary, ec);
        throw;
    }
    fs::rename(temporary, target, ec);
    if (ec) {
        fs::remove(temporary, ec);
        throw ExportError(Message(TCPVIZ_TRANSLATE_NOOP("core", "cannot write '%1': %2."), {path, ec.message()}));
    }
}

void write_text_atomically(const std::string& path, const std::string& content)
{
    write_text_atomically(path, [&](const TextSink& sink) { sink(content); });
}

void write_text_atomically(const std::string& path, const std::function<void(const TextSink&)>& produce)
{
    write_atomically(path, [&](const std::string& temporary) {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw ExportError(
                Message(TCPVIZ_TRANSLATE_NOOP("core", "cannot write '%1': permission denied or the disk is read-only."),
                        {path}));
        produce([&](std::string_view piece) { out.write(piece.data(), std::streamsize(piece.size())); });
        out.flush();
        if (!out)
            throw ExportError(Message(
                TCPVIZ_TRANSLATE_NOOP("core", "cannot write '%1': the disk is full or the write failed."), {path}));
    });
}

} // namespace tcpviz
