#pragma once
// The short notes a segment carries in every view: beside its arrow in the diagram and
// its line in the ladder, Mermaid and PlantUML. One wording, translated by the caller.
#include "sim/trace.hpp"
#include "text/wording.hpp"

#include <string>

namespace tcpviz {

// What sets a segment apart as it is sent: a retransmission and the RTO it waited, a
// SYN cookie, a forged source, why a reset is sent...; for a captured segment,
// Wireshark's analysis flags ("duplicate ACK #2") and a probable loss; "" for an
// ordinary segment.
std::string segment_note(const Trace& trace, std::uint32_t segment, const Wording& wording = {});
// Why its receiver discarded it without a reply ("dropped: SYN queue full").
std::string drop_note(Explain why, const Wording& wording = {});
// Both on one line of text, for the ladder and the diagram texts (`dropped_why` None:
// the receiver did not discard it).
std::string line_note(const Trace& trace, std::uint32_t segment, Explain dropped_why, const Wording& wording = {});

} // namespace tcpviz
