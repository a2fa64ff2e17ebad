#include "teaching/lesson.hpp"

#include "scenario/json_reader.hpp"

namespace tcpviz {

Lesson lesson_from_json_text(const std::string& text)
{
    const json j = parse_json(text, TCPVIZ_TRANSLATE_NOOP("core", "the lesson is not valid JSON (error at byte %1)."));
    ObjectReader r(j, "");
    Lesson lesson;
    lesson.scenario = read_scenario_object(r);
    if (!r.has("lesson"))
        throw ScenarioError(Message(
            TCPVIZ_TRANSLATE_NOOP("core", "required field 'lesson' is missing: this is a scenario, not a lesson.")));
    ObjectReader l(r.child("lesson"), "lesson");
    lesson.title = l.required_text("title");
    lesson.introduction = l.text("introduction");
    if (!l.has("stops") || !l.child("stops").is_array() || l.child("stops").empty())
        throw ScenarioError(
            Message(TCPVIZ_TRANSLATE_NOOP("core", "field 'lesson.stops' must list at least one stop.")));
    const json& stops = l.child("stops");
    for (std::size_t i = 0; i < stops.size(); ++i) {
        const std::string path = "lesson.stops[" + std::to_string(i) + "]";
        ObjectReader s(stops[i], path);
        LessonStop stop;
        if (s.has("step"))
            stop.step = static_cast<std::uint32_t>(s.integer("step", 0, UINT32_MAX));
        if (s.has("when")) {
            Explain why{};
            if (!parse_explain_id(s.text("when"), why))
                throw ScenarioError(
                    Message(TCPVIZ_TRANSLATE_NOOP("core", "field '%1' must be an explanation id such as "
                                                          "syn_ack_reply or handshake_complete."),
                            {s.field("when")}));
            stop.when = why;
        }
        if (stop.step.has_value() == stop.when.has_value())
            throw ScenarioError(
                Message(TCPVIZ_TRANSLATE_NOOP("core", "field '%1' needs either 'step' or 'when', not both or neither."),
                        {path}));
        stop.text = s.required_text("text");
        s.finish();
        lesson.stops.push_back(stop);
    }
    l.finish();
    r.finish();
    return lesson;
}

Lesson load_lesson_file(const std::string& path)
{
    return parse_file(path, TCPVIZ_TRANSLATE_NOOP("core", "cannot read lesson file '%1'."),
                      TCPVIZ_TRANSLATE_NOOP("core", "lesson file '%1': %2"), lesson_from_json_text);
}

std::vector<std::uint32_t> lesson_stop_steps(const Lesson& lesson, const Trace& trace)
{
    std::vector<std::uint32_t> steps;
    std::size_t next_event = 0; // a `when` stop looks at the events after the previous stop's step
    for (std::size_t i = 0; i < lesson.stops.size(); ++i) {
        const LessonStop& stop = lesson.stops[i];
        std::optional<std::uint32_t> found;
        if (stop.step) {
            if (*stop.step <= trace.last_step())
                found = stop.step;
        } else {
            for (std::size_t e = next_event; e < trace.events.size() && !found; ++e)
                if (trace.events[e].why == *stop.when)
                    found = trace.events[e].step;
        }
        if (!found || (!steps.empty() && *found <= steps.back()))
            throw ScenarioError(
                Message(TCPVIZ_TRANSLATE_NOOP(
                            "core", "lesson stop %1 (%2) does not come after the stop before it in scenario '%3'."),
                        {std::to_string(i + 1),
                         stop.step ? Message(TCPVIZ_TRANSLATE_NOOP("core", "step %1"), {std::to_string(*stop.step)})
                                   : Message(std::string(explain_id(*stop.when))),
                         lesson.scenario.name}));
        steps.push_back(*found);
        next_event = trace.events_of_step(*found).second;
    }
    return steps;
}

} // namespace tcpviz
