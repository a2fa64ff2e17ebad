#pragma once
// Holding a captured connection against the model: a scenario built from what the
// capture shows (its hosts, ports, ISNs and options, the one-way latency from the
// handshake's round trip, the losses that explain its retransmissions, when each
// application wrote and closed), and where the real connection and that scenario's run
// part ways.
#include "capture/capture_import.hpp"
#include "scenario/scenario.hpp"

#include <string>
#include <vector>

namespace tcpviz {

// The scenario of an imported trace of one IPv4 conversation. Throws CaptureError when
// the trace holds several conversations or IPv6 (the engine speaks IPv4).
Scenario model_of(const Trace& imported, const std::string& name);

// One place where the capture and the model's run differ.
struct Divergence {
    enum class Kind : std::uint8_t { Later, Earlier, OnlyCaptured, OnlyModelled } kind = Kind::Later;
    std::uint8_t flags = 0;     // the segment's
    std::uint32_t copy = 1;     // the n-th with these flags from its sender
    bool from_server = false;
    std::int64_t captured = 0;  // ns, its sending in the capture (OnlyModelled: none)
    std::int64_t modelled = 0;  // ns, its sending in the model (OnlyCaptured: none)
};

// The segments of both, matched by direction, flags, Seq, Ack and length in order;
// a matched pair is listed when their sending differs by more than `tolerance`.
std::vector<Divergence> compare_with_model(const Trace& imported, const Trace& modelled,
                                           std::int64_t tolerance = 2'000'000);

} // namespace tcpviz
