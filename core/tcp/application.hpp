#pragma once
// The application above one connection, the socket's user in RFC 9293 §3.9 terms: what
// it writes, whether it reads, and when it closes. The TCB (Endpoint) carries the bytes
// and asks this what to do; a scenario's host gives each connection its application.
#include <cstdint>
#include <string>

namespace tcpviz {

// A message an application writes; at most one is outstanding per direction.
struct AppMessage {
    std::uint16_t text = 0; // into Trace::texts
    std::uint16_t length = 0;
    bool empty() const { return length == 0; }
    friend bool operator==(const AppMessage&, const AppMessage&) = default;
};

// What the application has just done, which may start its close plan's countdown.
enum class CloseAfter : std::uint8_t {
    Never,       // it never closes on its own (a timeline `close` action still can)
    Established, // connect() or accept() returned the connection
    Write,       // its first write has been handed to TCP and sent
    Read,        // it read the first data that arrived
    Eof,         // read() returned 0: the peer's FIN arrived (§3.10.7.4, eighth step)
};
// How it closes: close() (FIN, or RST when received data is still unread, RFC 2525
// §2.17), shutdown(SHUT_WR) (FIN, keeps reading: a half-close, RFC 9293 §3.6.1), or
// close() with SO_LINGER 0 (RST: an abort, §3.10.5).
enum class CloseHow : std::uint8_t { Close, Shutdown, Abort };

struct ClosePlan {
    CloseAfter after = CloseAfter::Never;
    CloseHow how = CloseHow::Close;
    std::int64_t delay = 0; // ns after `after` happens
    friend bool operator==(const ClosePlan&, const ClosePlan&) = default;
};

struct Application {
    AppMessage greeting; // written as soon as the connection is ESTABLISHED
    AppMessage reply;    // written once, in answer to the first data (or to end-of-file)
    AppMessage pending;  // written by the scenario's timeline, waits for ESTABLISHED
    AppMessage answer;   // its reply, written while the TCB could not send it yet
    bool replied = false;
    bool reply_at_eof = false; // answers once it has read everything (after the peer's FIN)
    bool reads = true;         // false: what arrives stays unread in the receive buffer
    // A listener's connection waits for accept(): until then the application writes
    // and reads nothing and its reply waits (the kernel still acknowledges data).
    bool accepted = true;
    ClosePlan close_plan;
    bool close_started = false; // the plan's countdown is running, or it has closed
    std::uint32_t unread = 0;   // bytes received and not read
    bool eof_unread = false;    // the peer's FIN arrived and read() has not returned 0 yet

    // What it writes now that it may (ESTABLISHED, nothing unacknowledged): its greeting,
    // else its waiting answer, else what the timeline wrote; empty when it has nothing.
    struct Write {
        AppMessage message;
        bool is_answer = false;
    };
    Write next_write();
    bool has_unsent() const { return !greeting.empty() || !answer.empty() || !pending.empty(); }
    // In-order data (or the FIN) arrived: it reads it if it reads and has the connection.
    // Returns what it has now read: data bytes, end-of-file.
    struct ReadResult {
        bool data = false;
        bool eof = false;
    };
    void received(std::uint32_t bytes, bool fin);
    ReadResult read_available();
    // The answer it writes after reading: its reply, once (at end-of-file when it waits
    // for that), or empty.
    AppMessage answer_to(ReadResult read);
    // Whether `what` starts the close plan's countdown (once).
    bool starts_close(CloseAfter what);

    friend bool operator==(const Application&, const Application&) = default;
};

// Names in scenario files: "never", "established", "write", "read", "eof"; "close",
// "shutdown", "abort".
const char* close_after_name(CloseAfter after);
bool parse_close_after(const std::string& text, CloseAfter& out);
const char* close_how_name(CloseHow how);
bool parse_close_how(const std::string& text, CloseHow& out);

} // namespace tcpviz
