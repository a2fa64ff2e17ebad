#include "tcp/application.hpp"

namespace tcpviz {

Application::Write Application::next_write()
{
    if (!accepted)
        return {};
    AppMessage& first = !greeting.empty() ? greeting : !answer.empty() ? answer : pending;
    const Write w{first, &first == &answer};
    first = {};
    return w;
}

void Application::received(std::uint32_t bytes, bool fin)
{
    unread += bytes;
    eof_unread |= fin;
}

Application::ReadResult Application::read_available()
{
    if (!accepted || !reads)
        return {};
    ReadResult r;
    r.data = unread > 0;
    unread = 0;
    r.eof = eof_unread; // read() returns 0 only once the data before the FIN is read
    eof_unread = false;
    return r;
}

AppMessage Application::answer_to(ReadResult read)
{
    const bool now = reply_at_eof ? read.eof : read.data;
    if (!now || replied || reply.empty())
        return {};
    replied = true;
    return reply;
}

bool Application::starts_close(CloseAfter what)
{
    if (close_started || close_plan.after != what)
        return false;
    close_started = true;
    return true;
}

const char* close_after_name(CloseAfter after)
{
    switch (after) {
    case CloseAfter::Never: return "never";
    case CloseAfter::Established: return "established";
    case CloseAfter::Write: return "write";
    case CloseAfter::Read: return "read";
    case CloseAfter::Eof: return "eof";
    }
    return "never";
}

bool parse_close_after(const std::string& text, CloseAfter& out)
{
    for (CloseAfter a :
         {CloseAfter::Never, CloseAfter::Established, CloseAfter::Write, CloseAfter::Read, CloseAfter::Eof})
        if (text == close_after_name(a)) {
            out = a;
            return true;
        }
    return false;
}

const char* close_how_name(CloseHow how)
{
    switch (how) {
    case CloseHow::Close: return "close";
    case CloseHow::Shutdown: return "shutdown";
    case CloseHow::Abort: return "abort";
    }
    return "close";
}

bool parse_close_how(const std::string& text, CloseHow& out)
{
    for (CloseHow h : {CloseHow::Close, CloseHow::Shutdown, CloseHow::Abort})
        if (text == close_how_name(h)) {
            out = h;
            return true;
        }
    return false;
}

} // namespace tcpviz
