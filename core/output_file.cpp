#include "output_file.hpp"

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
        throw ExportError("cannot write '" + path + "': it is a directory.");
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec))
        throw ExportError("cannot write '" + path + "': the folder '" + dir.string() + "' does not exist.");
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
        throw ExportError("cannot write '" + path + "': " + ec.message() + ".");
    }
}

void write_text_atomically(const std::string& path, const std::string& content)
{
    write_atomically(path, [&](const std::string& temporary) {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw ExportError("cannot write '" + path + "': permission denied or the disk is read-only.");
        out << content;
        out.flush();
        if (!out)
            throw ExportError("cannot write '" + path + "': the disk is full or the write failed.");
    });
}

} // namespace tcpviz
