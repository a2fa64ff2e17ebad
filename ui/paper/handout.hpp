#pragma once
// The handout: one self-contained HTML page for paper or a course page. The scenario's
// title and description, then for every step the diagram as it stands then (inline SVG,
// its text kept as text) and that step's narration, in the interface language and the
// notation chosen. A lesson's handout follows its stops instead, with each stop's text.
#include "paper/diagram_export.hpp"
#include "teaching/lesson.hpp"

#include <string>

namespace tcpviz {

// Runs longer than this are shown up to it, with a sentence saying how many steps follow.
inline constexpr std::uint32_t kHandoutSteps = 60;

std::string handout_html(const Scenario& scenario, const Trace& trace, const DiagramOptions& diagram,
                         const ImageOptions& image, const Lesson* lesson = nullptr);

} // namespace tcpviz
