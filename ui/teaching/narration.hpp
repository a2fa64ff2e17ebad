#pragma once
// What each step means, in plain language: a sentence per explanation id in the
// step, with the step's own numbers filled in and the RFC section it follows.
// The engine records why; this only words it (and the translation into Chinese
// is in translations/tcpviz_zh_CN.ts like every other text).
#include "teaching/seq_notation.hpp"
#include "sim/trace.hpp"

#include <QString>

namespace tcpviz {

// A short name for an explanation id: "handshake complete", "SYN queue full".
QString explain_title(Explain why);
// A host as a student reads it: "Client", "Server", or its own name if it has one.
QString host_title(const Trace& trace, std::uint8_t host);
QString host_title(const std::string& name, HostRole role);

struct StepNarration {
    QString title; // the step's main explanation
    QString text;  // one paragraph
};

// The narration of `step` as recorded in `trace`, its numbers written as `numbers`
// (synchronized with the trace) writes them; step 0 is the setting up.
StepNarration narrate_step(const Trace& trace, const SeqNotation& numbers, std::uint32_t step);

} // namespace tcpviz
