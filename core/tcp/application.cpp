#include "tcp/application.hpp"

namespace tcpviz {

AppMessage Application::next_write()
{
    if (!accepted)
        return {};
    AppMessage& first = greeting.empty() ? pending : greeting;
    const AppMessage m = first;
    first = {};
    return m;
}

AppMessage Application::answer_to_data()
{
    if (!accepted || replied || reply.empty())
        return {};
    replied = true;
    return reply;
}

} // namespace tcpviz
