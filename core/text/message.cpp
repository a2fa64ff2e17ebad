#include "text/message.hpp"

namespace tcpviz {

std::string Message::english() const
{
    if (is_value())
        return value_;
    std::vector<std::string> filled;
    for (const Message& a : args_)
        filled.push_back(a.english());
    return fill_in(text_, filled);
}

std::string fill_in(const std::string& text, const std::vector<std::string>& args)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        if (text[i] == '%' && next >= '1' && next <= '9' && std::size_t(next - '1') < args.size()) {
            out += args[std::size_t(next - '1')];
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace tcpviz
