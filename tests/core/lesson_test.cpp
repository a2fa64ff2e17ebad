// Lesson files: a scenario with a "lesson" part; every stop is found in the run or
// named in one sentence; every built-in lesson's stops come in its scenario.
#include "support/lab.hpp"
#include "scenario/scenario_library.hpp"
#include "teaching/lesson.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace tcpviz;

namespace {

std::string lesson_json(const std::string& lesson)
{
    return R"({"format": "tcpviz-scenario", "version": 1, "name": "t",
               "hosts": [{"name": "client", "role": "client", "address": "192.0.2.10"},
                         {"name": "server", "role": "server", "address": "198.51.100.20", "port": 80}],
               "timeline": [{"action": "connect", "host": "client", "target": "server"}],
               "lesson": )" +
           lesson + "}";
}

std::string error_of(const std::string& text)
{
    return test::parse_error(lesson_from_json_text, text);
}

std::vector<std::uint32_t> stops_in_run(const Lesson& lesson)
{
    Simulation sim(lesson.scenario);
    sim.run_to_end();
    return lesson_stop_steps(lesson, sim.trace());
}

} // namespace

TEST_CASE("a lesson stops at the steps its explanations name, in order", "[lesson]")
{
    const Lesson lesson = lesson_from_json_text(lesson_json(R"({
        "title": "Why three?", "introduction": "Watch.",
        "stops": [{"when": "active_open", "text": "SYN"},
                  {"when": "syn_ack_reply", "text": "SYN-ACK"},
                  {"step": 4, "text": "done"}]})"));
    CHECK(lesson.title == "Why three?");
    CHECK(lesson.introduction == "Watch.");
    REQUIRE(lesson.stops.size() == 3);
    CHECK(lesson.stops[1].when == Explain::SynAckReply);
    CHECK(lesson.scenario.name == "t");
    CHECK(stops_in_run(lesson) == std::vector<std::uint32_t>{1, 2, 4});
    // A lesson opens as a plain scenario too.
    CHECK(scenario_from_json_text(lesson_json(R"({"title": "x", "stops": [{"step": 1, "text": "y"}]})")).name == "t");
}

TEST_CASE("a stop that never comes, or comes out of order, is named", "[lesson]")
{
    const Lesson never = lesson_from_json_text(
        lesson_json(R"({"title": "x", "stops": [{"when": "cookie_accepted", "text": "y"}]})"));
    CHECK_THROWS_WITH(stops_in_run(never),
                      "lesson stop 1 (cookie_accepted) does not come after the stop before it in scenario 't'.");
    const Lesson backwards = lesson_from_json_text(lesson_json(
        R"({"title": "x", "stops": [{"when": "handshake_complete", "text": "a"}, {"step": 1, "text": "b"}]})"));
    CHECK_THROWS_WITH(stops_in_run(backwards),
                      "lesson stop 2 (step 1) does not come after the stop before it in scenario 't'.");
}

TEST_CASE("malformed lessons get one sentence each", "[lesson]")
{
    CHECK(error_of(R"({"format": "tcpviz-scenario", "version": 1, "name": "t",
                       "hosts": [{"name": "c", "address": "192.0.2.10"}]})") ==
          "required field 'lesson' is missing: this is a scenario, not a lesson.");
    CHECK(error_of(lesson_json(R"({"stops": [{"step": 1, "text": "y"}]})")) ==
          "required field 'lesson.title' is missing.");
    CHECK(error_of(lesson_json(R"({"title": "x", "stops": []})")) ==
          "field 'lesson.stops' must list at least one stop.");
    CHECK(error_of(lesson_json(R"({"title": "x", "stops": [{"text": "y"}]})")) ==
          "field 'lesson.stops[0]' needs either 'step' or 'when', not both or neither.");
    CHECK(error_of(lesson_json(R"({"title": "x", "stops": [{"step": 1, "when": "listening", "text": "y"}]})")) ==
          "field 'lesson.stops[0]' needs either 'step' or 'when', not both or neither.");
    CHECK(error_of(lesson_json(R"({"title": "x", "stops": [{"when": "handshake", "text": "y"}]})")) ==
          "field 'lesson.stops[0].when' must be an explanation id such as syn_ack_reply or handshake_complete.");
    CHECK(error_of(lesson_json(R"({"title": "x", "stops": [{"step": 1}]})")) ==
          "required field 'lesson.stops[0].text' is missing.");
    CHECK(error_of(lesson_json(R"({"title": "x", "stop": [], "stops": [{"step": 1, "text": "y"}]})")) ==
          "unknown field 'lesson.stop'.");
    CHECK(error_of("{") == "the lesson is not valid JSON (error at byte 2).");
}

TEST_CASE("every built-in lesson file is valid and its stops come in its titled scenario", "[lesson]")
{
    std::size_t lessons = 0;
    for (const auto& entry : std::filesystem::directory_iterator(TCPVIZ_LESSON_DIR)) {
        INFO(entry.path().string());
        const Lesson lesson = load_lesson_file(entry.path().string());
        CHECK(stops_in_run(lesson).size() == lesson.stops.size());
        CHECK_FALSE(lesson.introduction.empty());
        // The window's title names the scenario by its title, as the picker does.
        CHECK_FALSE(lesson.scenario.title.empty());
        if (const auto builtin = builtin_scenario(lesson.scenario.name))
            CHECK(lesson.scenario.title == builtin->title);
        ++lessons;
    }
    CHECK(lessons >= 8);
}
