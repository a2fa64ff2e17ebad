#pragma once
// Exports never leave half-written files: content goes to a temporary file beside the
// target, which is renamed over it only when complete.
#include <functional>
#include <stdexcept>
#include <string>

namespace tcpviz {

class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Calls write(temporary_path), then renames it to `path`; removes it on any failure.
void write_atomically(const std::string& path, const std::function<void(const std::string&)>& write);
void write_text_atomically(const std::string& path, const std::string& content);

} // namespace tcpviz
