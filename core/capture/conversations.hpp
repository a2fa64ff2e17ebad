#pragma once
// The TCP connections in a capture, one per socket pair and incarnation (a new SYN with
// another ISN on the same ports starts the next one), each summed up in Zeek's terms
// (scripts/base/protocols/conn/main.zeek): its conn_state and its history string.
#include "capture/capture_file.hpp"
#include "capture/tcp_analysis.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace tcpviz {

struct Conversation {
    std::uint32_t number = 0;     // 1-based, in order of the first packet
    IpEndpoint originator;        // sent the first SYN (or, without one, the first packet)
    IpEndpoint responder;
    bool flipped = false;         // the first packet came from the responder (Zeek's "^")
    std::vector<std::uint32_t> packets; // into Capture::packets, in capture order
    std::vector<PacketAnalysis> analysis; // parallel to `packets`
    HandshakeTiming handshake;
    std::uint64_t originator_bytes = 0, responder_bytes = 0; // TCP payload
    std::int64_t first_time = 0, last_time = 0;
    std::string state;   // Zeek's conn_state: "SF", "S0", "REJ", ...
    std::string history; // Zeek's history: "ShADadFf"

    bool from_originator(const CapturedPacket& p) const { return p.src == originator; }
};

std::vector<Conversation> find_conversations(const Capture& capture);

// What a conn_state code means, in Zeek's words (English; translated by the caller in
// the context "core"): "normal establishment and termination".
const char* conn_state_meaning(const std::string& state);

} // namespace tcpviz
