#pragma once
// Each endpoint's state through a captured connection, as RFC 9293 §3.10 moves it from
// what it sends and what evidently reaches it, recorded as the trace's state changes.
#include "capture/conversations.hpp"
#include "sim/trace.hpp"

#include <cstdint>

namespace tcpviz::inference {

// One endpoint of a conversation.
struct Side {
    TcpState state = TcpState::Closed;
    std::uint8_t host = kNoHost;
    std::uint32_t endpoint = 0;
    Ipv4 peer_address = 0;
    std::uint16_t peer_port = 0;
    bool iss_sent = false;
    SeqNum iss;
    bool fin_sent = false;
    SeqNum fin_seq;
    bool was_listening = false; // SYN-RECEIVED entered from LISTEN
    bool listener = false;      // its port has a listening socket
    Explain owes = Explain::None; // what its next bare ACK answers
    bool data_received = false;
};

// Appends the trace's events, one step at a time.
class Recorder {
public:
    explicit Recorder(Trace& trace) : trace_(trace) {}
    void record(EventKind kind, std::int64_t time, std::uint8_t host, std::uint32_t ref, std::uint32_t a,
                std::uint32_t b, Explain why)
    {
        trace_.events.push_back({time, step_, ref, a, b, kind, host, why});
    }
    void change(Side& s, TcpState to, std::int64_t time, Explain why);
    void next_step() { ++step_; }

private:
    Trace& trace_;
    std::uint32_t step_ = 0;
};

// Sending: what the segment does to its sender; returns the explanation it goes with.
Explain on_send(Recorder& r, Side& me, const Segment& s, const CapturedSegment& facts, std::int64_t time);
// Arriving: what the segment does to its receiver (RFC 9293 §3.10.7); `payload_len` as on the wire.
void on_arrival(Recorder& r, Side& me, const Segment& s, std::uint32_t payload_len, std::int64_t time);

// The responder listened: it answered with a SYN-ACK and never sent a SYN of its own.
bool responder_listens(const Capture& capture, const Conversation& c);
// The responder's first segment is a bare ACK to the SYN: a half-open connection from before.
bool answers_syn_with_ack(const Capture& capture, const Conversation& c);

} // namespace tcpviz::inference
