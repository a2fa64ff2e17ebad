// libFuzzer harness: the scenario reader, and the engine on whatever it accepts.
// Properties checked on every input the reader accepts (a failed one aborts, which
// libFuzzer reports as a finding):
//  - writing the scenario and reading it back gives the same file again;
//  - the simulation runs it without crashing, and back() undoes steps exactly.
#include "fuzz_check.hpp"
#include "scenario/scenario.hpp"
#include "sim/simulation.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

// Enough steps to reach the handshake, timers and floods of any scenario, few enough
// that one input takes milliseconds.
constexpr std::uint32_t kSteps = 400;
constexpr std::uint32_t kUndoSteps = 40;

void run_and_undo(const tcpviz::Scenario& scenario)
{
    tcpviz::Simulation sim(scenario);
    sim.run_to_end(kSteps);
    const tcpviz::World before = sim.world();
    const std::size_t events = sim.trace().events.size();
    const std::size_t segments = sim.trace().segments.size();
    const std::uint32_t taken = sim.run_to_end(kUndoSteps);
    for (std::uint32_t i = 0; i < taken; ++i)
        fuzz_check(sim.back(), "back() refused a step it had taken");
    fuzz_check(sim.world() == before, "back() did not restore the world");
    fuzz_check(sim.trace().events.size() == events && sim.trace().segments.size() == segments,
               "back() did not restore the trace");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    tcpviz::Scenario scenario;
    try {
        scenario = tcpviz::scenario_from_json_text(text);
    } catch (const tcpviz::ScenarioError&) {
        return 0; // refused with a sentence: what the reader should do
    }
    const std::string written = tcpviz::scenario_to_json_text(scenario);
    try {
        fuzz_check(tcpviz::scenario_to_json_text(tcpviz::scenario_from_json_text(written)) == written,
                   "a written scenario reads back differently");
    } catch (const tcpviz::ScenarioError& e) {
        fuzz_fail("the reader refuses a file the writer wrote", e.what());
    }
    try {
        run_and_undo(scenario);
    } catch (const tcpviz::ScenarioError&) {
        // Rules only the engine can check (a host name an action uses, say).
    }
    return 0;
}
