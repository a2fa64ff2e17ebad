#pragma once
// The words about a capture: the list of its conversations (tcpviz --conversations, the
// window's picker) and the heading of an imported trace's ladder.
#include "capture/capture_model.hpp"
#include "capture/conversations.hpp"
#include "sim/trace.hpp"
#include "text/wording.hpp"

#include <string>
#include <vector>

namespace tcpviz {

// One line: "3  10.0.0.1:43512 -> 10.0.0.2:80  10 packets  75 + 1460 bytes  0.523 s  SF ShADadFf
// (normal establishment and termination)".
std::string conversation_line(const Conversation& conversation, const Wording& wording = {});
// What was skipped while reading, as one sentence, or "" when nothing was.
std::string capture_skipped_note(std::uint64_t not_tcp, std::uint64_t headers_cut, std::uint64_t skipped_bytes,
                                 const Wording& wording = {});
// "SYN-ACK #2 from the server was sent at 1.022 s; the model sent it at 1.010 s, 12 ms earlier."
std::string divergence_line(const Divergence& divergence, const Wording& wording = {});
// The ladder's heading lines for an imported trace (without "# ").
std::vector<std::string> capture_heading(const Trace& trace, const Wording& wording = {});

} // namespace tcpviz
