#include "scenario/scenario_builders.hpp"

#include "scenario/scenario_library.hpp"

#include <algorithm>

namespace tcpviz::build {

HostSpec client()
{
    HostSpec h;
    h.name = "client";
    h.role = HostRole::Client;
    h.address = kClientAddress;
    return h;
}

HostSpec server()
{
    HostSpec h;
    h.name = "server";
    h.role = HostRole::Server;
    h.address = kServerAddress;
    h.port = 80;
    h.listens = true;
    return h;
}

ActionSpec act(ActionKind kind, double at_ms, std::string host, std::string target)
{
    ActionSpec a;
    a.kind = kind;
    a.at = static_cast<std::int64_t>(at_ms * double(kMillisecond));
    a.host = std::move(host);
    a.target = std::move(target);
    return a;
}

ActionSpec send_text(double at_ms, std::string host, std::string text)
{
    ActionSpec a = act(ActionKind::Send, at_ms, std::move(host));
    a.text = std::move(text);
    return a;
}

FaultSpec drop(SegmentKind kind, std::uint32_t nth, std::string from)
{
    FaultSpec f;
    f.kind = kind;
    f.nth = nth;
    f.from = std::move(from);
    return f;
}

Scenario base(std::string name, std::string title, std::string description)
{
    Scenario s;
    s.name = std::move(name);
    s.title = std::move(title);
    s.description = std::move(description);
    // Teaching ISNs (RFC 9293's 100 and 300) keep the numbers readable; --isn changes them.
    s.options.isn = IsnMode::Fixed;
    s.hosts = {client(), server()};
    s.timeline = {act(ActionKind::Connect, 0, "client", "server")};
    return s;
}

ClosePlan close_plan(CloseAfter after, double delay_ms, CloseHow how)
{
    return {after, how, static_cast<std::int64_t>(delay_ms * double(kMillisecond))};
}

Scenario with_exchange(Scenario s, const std::string& client_name, std::size_t server)
{
    for (HostSpec& h : s.hosts)
        if (h.name == client_name)
            h.close = close_plan(CloseAfter::Read, 200);
    s.hosts[server].reply = "world";
    s.hosts[server].close = close_plan(CloseAfter::Eof, 0);
    if (std::none_of(s.timeline.begin(), s.timeline.end(),
                     [](const ActionSpec& a) { return a.kind == ActionKind::Send; }))
        s.timeline.push_back(send_text(0, client_name, "hello"));
    return s;
}

ActionSpec close_action(double at_ms, std::string host, CloseHow how)
{
    ActionSpec a = act(ActionKind::Close, at_ms, std::move(host));
    a.how = how;
    return a;
}

} // namespace tcpviz::build
