#pragma once
// Exports never leave half-written files: content goes to a temporary file beside the
// target, which is renamed over it only when complete.
#include "text/message.hpp"

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tcpviz {

// An export that could not be written; what() is the English sentence.
class ExportError : public std::runtime_error {
public:
    explicit ExportError(Message message) : std::runtime_error(message.english()), message_(std::move(message)) {}
    const Message& message() const { return message_; }

private:
    Message message_;
};

// Takes a text a piece at a time.
using TextSink = std::function<void(std::string_view)>;

// Calls write(temporary_path), then renames it to `path`; removes it on any failure.
void write_atomically(const std::string& path, const std::function<void(const std::string&)>& write);
void write_text_atomically(const std::string& path, const std::string& content);
// The text that `produce` hands to its sink, written as it comes.
void write_text_atomically(const std::string& path, const std::function<void(const TextSink&)>& produce);

} // namespace tcpviz
