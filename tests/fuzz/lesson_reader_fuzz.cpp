// libFuzzer harness: the lesson reader. What it accepts, it accepts with its scenario;
// running that scenario and placing the stops either works or names the stop that
// never comes, as the window and the command line report it.
#include "fuzz_check.hpp"
#include "sim/simulation.hpp"
#include "teaching/lesson.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const tcpviz::Lesson lesson = tcpviz::lesson_from_json_text(text);
        tcpviz::Simulation sim(lesson.scenario);
        sim.run_to_end(400); // as in the scenario harness: milliseconds per input
        const auto steps = tcpviz::lesson_stop_steps(lesson, sim.trace());
        fuzz_check(steps.size() == lesson.stops.size(), "a stop was placed twice or not at all");
        for (std::size_t i = 1; i < steps.size(); ++i)
            fuzz_check(steps[i - 1] <= steps[i], "the stops are out of order");
    } catch (const tcpviz::ScenarioError&) {
        // refused with a sentence naming the field or the stop
    }
    return 0;
}
