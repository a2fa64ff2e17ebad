#pragma once
// A lesson is a scenario file with a "lesson" object beside the scenario's fields:
// a title, an introduction, and stops, each pausing the walk-through at a moment
// that matters with a text for it. Teachers write them as JSON; the built-in ones
// are in resources/lessons. The format is documented in the README.
#include "scenario/scenario.hpp"
#include "sim/trace.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tcpviz {

struct LessonStop {
    // Where it stops: at a step, or at the first step after the previous stop that
    // records this explanation (an id such as "syn_ack_reply").
    std::optional<std::uint32_t> step;
    std::optional<Explain> when;
    std::string text;
};

struct Lesson {
    std::string title;        // the question the lesson answers
    std::string introduction; // shown before the first step
    std::vector<LessonStop> stops;
    Scenario scenario;
};

Lesson lesson_from_json_text(const std::string& text); // throws ScenarioError
Lesson load_lesson_file(const std::string& path);      // throws ScenarioError

// The step of each stop in `trace` (the lesson's scenario, run to its end). Throws
// ScenarioError naming the first stop that never comes.
std::vector<std::uint32_t> lesson_stop_steps(const Lesson& lesson, const Trace& trace);

} // namespace tcpviz
