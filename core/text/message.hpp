#pragma once
// A sentence for the user from the engine (an error in a scenario file, a failed
// export), kept as its English template and its arguments: the command line and the
// window translate the template (Qt Linguist context "core") and fill it in. An
// argument is a plain value (a path, a number) or a sentence of its own.
#include "text/translatable.hpp"

#include <string>
#include <vector>

namespace tcpviz {

class Message {
public:
    // `text` is a template with %1, %2...; mark the literal with TCPVIZ_TRANSLATE_NOOP("core", ...).
    Message(const char* text, std::vector<Message> args) : text_(text), args_(std::move(args)) {}
    explicit Message(const char* text) : text_(text) {}
    // A value shown as it is.
    Message(std::string value) : value_(std::move(value)) {}

    bool is_value() const { return text_ == nullptr; }
    const char* text() const { return text_; }
    const std::string& value() const { return value_; }
    const std::vector<Message>& args() const { return args_; }
    std::string english() const;

private:
    const char* text_ = nullptr;
    std::string value_;
    std::vector<Message> args_;
};

// Replaces %1..%9 in `text` by `args` in one pass, so that an argument holding "%2" stays as it is.
std::string fill_in(const std::string& text, const std::vector<std::string>& args);

} // namespace tcpviz
