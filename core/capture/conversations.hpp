#pragma once
// The TCP connections in a capture, one per socket pair and incarnation (a new SYN with
// another ISN on the same ports starts the next one), each summed up in Zeek's terms
// (scripts/base/protocols/conn/main.zeek): its conn_state and its history string.
#include "capture/capture_file.hpp"
#include "capture/tcp_analysis.hpp"

#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace tcpviz {

struct Conversation {
    std::uint32_t number = 0;     // 1-based, in order of the first packet
    IpEndpoint originator;        // sent the first SYN (or, without one, the first packet)
    IpEndpoint responder;
    bool flipped = false;         // the first packet came from the responder (Zeek's "^")
    std::span<const std::uint32_t> packets;   // into Capture::packets, in capture order
    std::span<const PacketAnalysis> analysis; // parallel to `packets`
    HandshakeTiming handshake;
    std::uint64_t originator_bytes = 0, responder_bytes = 0; // TCP payload
    std::int64_t first_time = 0, last_time = 0;
    std::string state;   // Zeek's conn_state: "SF", "S0", "REJ", ...
    std::string history; // Zeek's history: "ShADadFf"

    bool from_originator(const CapturedPacket& p) const { return p.src == originator; }
};

// The conversations of a capture, holding what their spans point into: it moves but is
// never copied, which would leave those spans pointing into the original.
class ConversationList {
public:
    ConversationList() = default;
    ConversationList(ConversationList&&) = default;
    ConversationList& operator=(ConversationList&&) = default;
    ConversationList(const ConversationList&) = delete;
    ConversationList& operator=(const ConversationList&) = delete;

    std::size_t size() const { return list_.size(); }
    bool empty() const { return list_.empty(); }
    const Conversation& operator[](std::size_t i) const { return list_[i]; }
    const Conversation& at(std::size_t i) const
    {
        if (i >= list_.size())
            throw std::out_of_range("no such conversation");
        return list_[i];
    }
    const Conversation& front() const { return list_[0]; }
    const Conversation& back() const { return list_.back(); }
    auto begin() const { return list_.begin(); }
    auto end() const { return list_.end(); }

private:
    friend ConversationList find_conversations(const Capture& capture);
    ChunkedVector<Conversation> list_; // chunked: a flood has a million, never copied as they grow
    std::vector<std::uint32_t> packets_;   // each conversation's packets, one after another
    std::vector<PacketAnalysis> analysis_; // parallel to packets_
};

ConversationList find_conversations(const Capture& capture);

// What a conn_state code means, in Zeek's words (English; translated by the caller in
// the context "core"): "normal establishment and termination".
const char* conn_state_meaning(const std::string& state);

} // namespace tcpviz
