#pragma once
// The pieces the built-in scenarios are made of: the standard client and server, timeline
// actions, faults and application plans, in the teaching numbers of RFC 9293's figures.
#include "scenario/scenario.hpp"

#include <string>
#include <vector>

namespace tcpviz::build {

HostSpec client();
HostSpec server();
ActionSpec act(ActionKind kind, double at_ms, std::string host, std::string target = {});
ActionSpec send_text(double at_ms, std::string host, std::string text);
ActionSpec close_action(double at_ms, std::string host, CloseHow how = CloseHow::Close);
FaultSpec drop(SegmentKind kind, std::uint32_t nth, std::string from = {});
ClosePlan close_plan(CloseAfter after, double delay_ms, CloseHow how = CloseHow::Close);
// A client and a server with fixed teaching ISNs (100, 300); the client connects at 0.
Scenario base(std::string name, std::string title, std::string description);
// What a real client and server do once connected: the client writes 5 bytes, the
// server answers 5, the client closes 200 ms after reading the answer and the server as
// soon as it reads end-of-file. Under linux that close takes three segments: the
// server's delayed ACK of the client's FIN rides on its own FIN.
Scenario with_exchange(Scenario s, const std::string& client_name = "client", std::size_t server = 1);

// The scenarios of the close (scenario_library_close.cpp).
std::vector<Scenario> close_scenarios();

} // namespace tcpviz::build
