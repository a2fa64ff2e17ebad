#pragma once
// Where each captured segment left its sender and reached its receiver, or never did:
// the capture point's place on the path from the handshake's timing, and the evidence
// that a segment the capture saw was lost after it.
#include "capture/conversations.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace tcpviz::inference {

// SEG.LEN: the payload, SYN and FIN (RFC 9293 §3.4).
std::uint32_t seg_len(const CapturedPacket& p);

// Each packet of `c` its receiver evidently never got (true), by position, into `lost`.
void lost_after_capture(const Capture& capture, const Conversation& c, std::vector<bool>& lost);

CapturePoint capture_point(const Conversation& c);

struct Placed {
    std::uint32_t conversation = 0; // index into the chosen ones
    PacketAnalysis analysis;        // the conversation's of it
    std::uint32_t packet = 0;       // into Capture::packets
    std::int64_t captured = 0, sent = 0, arrives = 0;
    bool lost = false;
    bool from_originator = false;
    std::uint32_t segment = 0; // its index in the trace
};

// Places each packet's sending and arrival on the capture's clock, one in `out` per packet
// (as long as `c.packets`). An answer is sent no earlier than what it acknowledges
// arrived, and each direction keeps its order.
void place(const Capture& capture, const Conversation& c, std::uint32_t index, const CapturePoint& point,
           std::span<Placed> out);

} // namespace tcpviz::inference
