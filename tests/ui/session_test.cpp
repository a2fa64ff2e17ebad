// The window's session runs the same world as the command line: one compiler
// (Simulation's), so an export from either says the same.
#include "formats/trace_json.hpp"
#include "scenario/scenario_library.hpp"
#include "sim/simulation.hpp"
#include "window/session_controller.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;

TEST_CASE("the window and the command line simulate the same world for every scenario", "[ui][session]")
{
    SessionController session;
    for (const Scenario& scenario : builtin_scenarios()) {
        INFO(scenario.name);
        session.load(scenario);
        session.run_to_end();
        Simulation cli(scenario); // what app/cli.cpp runs
        cli.run_to_end();
        CHECK(session.simulation().trace().hosts == cli.trace().hosts);
        CHECK(trace_json_text(scenario, session.simulation().trace()) == trace_json_text(scenario, cli.trace()));
    }
}

TEST_CASE("a SYN can be forged in a scenario that names no attacker", "[ui][session]")
{
    SessionController session;
    session.load(*builtin_scenario("normal"));
    const std::size_t before = session.simulation().trace().segments.size();
    session.forge_syn(false);
    REQUIRE(session.simulation().trace().segments.size() == before + 1);
    const SegmentRecord& forged = session.simulation().trace().segments[before];
    CHECK(forged.why == Explain::ForgedSyn);
    CHECK(session.simulation().trace().hosts[forged.from_host].role == HostRole::Attacker);
}
