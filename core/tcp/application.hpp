#pragma once
// The application above one connection, the socket's user in RFC 9293 §3.9 terms: what
// it writes and when. The TCB (Endpoint) carries the bytes and asks this what to write;
// a scenario's host gives each connection its application.
#include <cstdint>

namespace tcpviz {

// A message an application writes; at most one is outstanding per direction.
struct AppMessage {
    std::uint16_t text = 0; // into Trace::texts
    std::uint16_t length = 0;
    bool empty() const { return length == 0; }
    friend bool operator==(const AppMessage&, const AppMessage&) = default;
};

struct Application {
    AppMessage greeting; // written as soon as the connection is ESTABLISHED
    AppMessage reply;    // written once, in answer to the first data that arrives
    AppMessage pending;  // written by the scenario's timeline, waits for ESTABLISHED
    bool replied = false;
    // A listener's connection waits for accept(): until then the application writes
    // nothing and its reply waits (the kernel still acknowledges data).
    bool accepted = true;

    // What it writes now that it may (ESTABLISHED, nothing unacknowledged): its greeting,
    // else what the timeline wrote; empty when it has nothing.
    AppMessage next_write();
    // Data arrived in order: the reply it writes at once, or empty (the TCB then sends
    // a bare ACK).
    AppMessage answer_to_data();

    friend bool operator==(const Application&, const Application&) = default;
};

} // namespace tcpviz
