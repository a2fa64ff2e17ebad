#pragma once
// An imported capture has no TCBs to read: each endpoint's RFC 9293 variables as far as
// the segments so far show them (what it sent, what reached it), for the live values.
#include "sim/flat_hash_map.hpp"
#include "sim/trace.hpp"

#include <optional>
#include <vector>

namespace tcpviz {

struct CapturedEndpoint {
    std::uint8_t host = kNoHost;
    Ipv4 local_address = 0, peer_address = 0;
    std::uint16_t local_port = 0, peer_port = 0;
    TcpState state = TcpState::Closed;
    bool had_state = false; // a closed port that only answered RST has none
    std::optional<SeqNum> iss, irs, snd_una, snd_nxt, rcv_nxt; // none: not shown yet
};

// Follows a trace as it grows step by step, taking in only the new events (a step costs
// the same however long the capture); when the same run was cut back (Back), goes back
// to the checkpoint before the cut and takes in what follows it; for another trace,
// starts again.
class CapturedValues {
public:
    // `checkpoint_events`: how far apart checkpoints are (the tests make them close).
    explicit CapturedValues(std::size_t checkpoint_events = kCheckpointEvents) : checkpoint_events_(checkpoint_events)
    {
    }
    void sync(const Trace& trace);
    // Every endpoint that sent or received, in the order it first did.
    const std::vector<CapturedEndpoint>& endpoints() const { return endpoints_; }
    std::size_t with_state() const { return with_state_; } // how many had a state

private:
    struct EndpointKey {
        std::uint8_t host;
        std::uint16_t local_port, peer_port;
        Ipv4 local, peer;
        friend bool operator==(const EndpointKey&, const EndpointKey&) = default;
    };
    struct EndpointHash {
        std::size_t operator()(const EndpointKey& k) const
        {
            return mix_hash((std::uint64_t(k.local) << 32 | k.peer) ^
                            mix_hash(std::uint64_t(k.host) << 32 | std::uint32_t(k.local_port) << 16 | k.peer_port));
        }
    };
    // A state change names its host and peer only. It belongs to the endpoint of that host
    // and peer that sent or received in the same step (a lifeline of many forged sources
    // has many endpoints with one peer); with none (the states before the capture began)
    // it holds for every endpoint of that host with that peer, also those to come.
    struct PeerState {
        TcpState state = TcpState::Closed;
        bool had_state = false;
        std::uint32_t first = kNone; // the first of its endpoints, chained by next_
        std::uint32_t kept_in = 0;   // the checkpoint (+1) that kept it as it was
    };
    static constexpr std::uint32_t kNone = 0xffffffff;
    CapturedEndpoint& endpoint(std::uint8_t host, Ipv4 local, std::uint16_t local_port, Ipv4 peer,
                               std::uint16_t peer_port);
    void take_segment(const Trace& trace, const TraceEvent& e);
    // The endpoint a SegmentSent or SegmentDelivered event is at, and its peer.
    struct Ends {
        Ipv4 local;
        std::uint16_t local_port;
        Ipv4 peer;
        std::uint16_t peer_port;
    };
    static Ends ends_of(const TraceEvent& e, const Segment& s);
    // Asks for the table entries take_segment(e) will look up, ahead of it.
    void fetch_ahead(const Trace& trace, const TraceEvent& e) const;
    void take_state(const TraceEvent& e);
    void retract(const Trace& trace);

    // Every kCheckpointEvents events, at the start of a step: how much there was, and
    // the endpoints and peers that were there and changed since, as they were.
    static constexpr std::size_t kCheckpointEvents = 32768;
    struct Checkpoint {
        std::size_t events = 0, endpoints = 0, with_state = 0;
        std::vector<std::pair<std::uint32_t, CapturedEndpoint>> endpoints_before;
        std::vector<std::pair<EndpointKey, PeerState>> peers_before;
    };
    std::size_t checkpoint_events_;
    std::vector<Checkpoint> checkpoints_;
    std::vector<std::uint32_t> kept_in_; // by endpoint: the checkpoint (+1) that kept it as it was
    CapturedEndpoint& changing(std::uint32_t endpoint);
    PeerState& changing_peer(const EndpointKey& key);
    struct Touched {
        std::uint8_t host;
        Ipv4 peer;
        std::uint16_t peer_port;
        std::uint32_t endpoint;
    };
    std::vector<Touched> touched_; // in the step being taken in

    const Trace* trace_ = nullptr;
    std::uint64_t lineage_ = 0;
    std::size_t events_done_ = 0;
    TraceEvent last_taken_{};
    std::vector<CapturedEndpoint> endpoints_;
    std::vector<std::uint32_t> next_; // the next endpoint with the same host and peer
    std::size_t with_state_ = 0;
    FlatHashMap<EndpointKey, std::uint32_t, EndpointHash> index_;
    FlatHashMap<EndpointKey, PeerState, EndpointHash> peers_; // local address and port 0
};

// The endpoints that have had a state in the whole of `trace`, in the order they first
// sent or received.
std::vector<CapturedEndpoint> captured_endpoints(const Trace& trace);

} // namespace tcpviz
