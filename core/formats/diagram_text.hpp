#pragma once
// The diagram as code: Mermaid sequenceDiagram (.mmd) and PlantUML (.puml), for people
// who keep diagrams in text. Lost segments end in a cross, state changes are notes.
#include "scenario/scenario.hpp"
#include "teaching/seq_notation.hpp"
#include "sim/trace.hpp"
#include "text/wording.hpp"

#include <optional>
#include <string>

namespace tcpviz {

struct TextDiagramOptions {
    Notation numbers = Notation::Symbolic;
    std::optional<std::uint32_t> upto_step;
};

// "Client", "Server", "Attacker"... as the lifelines are titled.
std::string host_role_title(HostRole role, const Wording& wording = {});
// A lifeline's title: its role, and its name when that is not just the role's ("Client · peer-a").
std::string lifeline_title(const TraceHost& host, const Wording& wording = {});
// The two lines at a lifeline's head, as the diagram and the text diagrams draw it: its
// title over its address ("192.0.2.10:50000", a forged range "203.0.113.128/25"), or,
// for an imported host, named by its address, its role over that name ("Client" over
// "127.0.0.1:44414").
struct LifelineHeading {
    std::string title, address;
};
LifelineHeading lifeline_heading(const Trace& trace, const TraceHost& host, const Wording& wording = {});

// "Symbolic numbers: x = 100 Client's ISN, y = 300 Server's ISN" for the first
// `segment_count` segments: the notation in force, and what each symbol stands for.
std::string notation_note(const SeqNotation& numbers, const Trace& trace, std::size_t segment_count,
                          const Wording& wording = {});

std::string mermaid_text(const Scenario& scenario, const Trace& trace, const TextDiagramOptions& options,
                         const Wording& wording = {});
std::string plantuml_text(const Scenario& scenario, const Trace& trace, const TextDiagramOptions& options,
                          const Wording& wording = {});

} // namespace tcpviz
