// ./dev bench: speed and memory of the engine, reported, never asserted in tests.
//  - a flood of 1,000,000 forged SYNs run to quiescence with the full trace:
//    events per second and bytes per trace event (aim: < 1 s, < 150 bytes/event);
//  - back() on a trace of ~100 events and on one of ~1,000,000 events;
//  - 100,000 connections opened, exchanging 5 bytes each way and closed, run to
//    quiescence (TIME-WAIT and all): events per second and bytes per trace event, of
//    the same order as the flood's;
//  - the ladder of that flood written to a file (capture_bench.cpp);
//  - that flood as a capture (2,000,000 segments) imported and its ladder written, beside
//    tshark's flow graph of it (capture_bench.cpp).
#include "scenario/scenario_library.hpp"
#include "sim/simulation.hpp"

#include <chrono>
#include <cstdio>
#include <string>

using namespace tcpviz;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

Scenario flood_of(std::uint32_t count, CookieMode cookies)
{
    Scenario s = *builtin_scenario("syn-flood-cookies");
    s.options.backlog = 128;
    s.options.cookies = cookies;
    s.timeline.resize(1);
    s.timeline[0].count = count;
    s.timeline[0].interval = 1000; // 1 µs apart: a million SYNs a second
    return s;
}

void flood(std::uint32_t count, CookieMode cookies)
{
    Simulation sim(flood_of(count, cookies));
    const auto start = Clock::now();
    const std::uint32_t steps = sim.run_to_end();
    const double secs = seconds_since(start);
    const Trace& t = sim.trace();
    std::printf("flood %u SYNs, cookies %-8s  %9u steps  %9zu events  %8zu segments  %.3f s  %.2f M events/s  "
                "%.1f bytes/event\n",
                count, cookie_mode_name(cookies), steps, t.events.size(), t.segments.size(), secs,
                double(t.events.size()) / secs / 1e6, double(t.memory_bytes()) / double(t.events.size()));
}

double back_cost_us(Simulation& sim, int repeats)
{
    // Each round trip is back() then step(); the step re-does the undone one.
    const auto start = Clock::now();
    for (int i = 0; i < repeats; ++i) {
        sim.back();
        sim.step();
    }
    return seconds_since(start) / repeats * 1e6;
}

// Runs to `steps_before_end` steps before quiescence.
void run_to_near_end(Simulation& sim, std::uint32_t steps_before_end)
{
    Simulation probe = sim;
    const std::uint32_t total = probe.run_to_end();
    for (std::uint32_t i = 0; i + steps_before_end < total; ++i)
        sim.step();
}

void back_costs()
{
    // A handshake after a finished flood of 8 SYNs (a trace of about a hundred events)
    // and after a finished flood of 250,000 (a million events): the live state is the
    // same size, the trace is not.
    Scenario short_run = *builtin_scenario("syn-flood-cookies");
    short_run.timeline.back().at = 200 * kSecond;
    Scenario long_run = flood_of(250'000, CookieMode::Overflow);
    long_run.timeline.push_back(builtin_scenario("normal")->timeline[0]);
    long_run.timeline.back().at = 200 * kSecond; // after every half-open request expired
    // Averaged over the last 60 positions, since the cost depends on how far the
    // position is from the snapshot before it, not on the length of the trace.
    const auto average_back_us = [](Scenario scenario) {
        Simulation sim(scenario);
        run_to_near_end(sim, 60);
        double total = 0;
        for (int position = 0; position < 60; ++position) {
            total += back_cost_us(sim, 100);
            sim.step();
        }
        return std::pair{total / 60, sim.trace().events.size()};
    };
    const auto [small_us, small_events] = average_back_us(short_run);
    const auto [large_us, large_events] = average_back_us(long_run);
    std::printf("back()+step() at the end of a handshake: %zu events in the trace %.2f us, %zu events %.2f us "
                "(ratio %.1f)\n",
                small_events, small_us, large_events, large_us, large_us / small_us);

    // In the middle of a dense flood the live state itself is large (tens of thousands of
    // segments in flight), and back() costs about one copy of it.
    Simulation dense(flood_of(250'000, CookieMode::Overflow));
    for (int i = 0; i < 500'000; ++i)
        dense.step();
    std::printf("back()+step() inside a flood with %zu events in flight: %.1f us\n", dense.in_flight().size(),
                back_cost_us(dense, 200));
}

// `count` connections from 200 clients, one every 10 µs, each as a real client and
// server do it (scenario normal): the request, the answer, the close in three segments.
Scenario many_connections(std::uint32_t count)
{
    Scenario s = *builtin_scenario("normal");
    const HostSpec client = s.hosts[0];
    constexpr std::uint32_t kClients = 200;
    s.hosts.erase(s.hosts.begin());
    s.timeline.clear();
    for (std::uint32_t c = 0; c < kClients; ++c) {
        HostSpec h = client;
        h.name = "client-" + std::to_string(c);
        h.address = client.address + c;
        s.hosts.push_back(h);
    }
    for (std::uint32_t i = 0; i < count; ++i) {
        ActionSpec connect;
        connect.kind = ActionKind::Connect;
        connect.at = std::int64_t(i) * 10'000;
        connect.host = "client-" + std::to_string(i % kClients);
        connect.target = "server";
        ActionSpec send = connect;
        send.kind = ActionKind::Send;
        send.target.clear();
        send.text = "hello";
        s.timeline.push_back(connect);
        s.timeline.push_back(send);
    }
    return s;
}

void connections(std::uint32_t count)
{
    Simulation sim(many_connections(count));
    const auto start = Clock::now();
    const std::uint32_t steps = sim.run_to_end();
    const double secs = seconds_since(start);
    const Trace& t = sim.trace();
    std::size_t closed = 0;
    for (const TraceEvent& e : t.events)
        closed += e.kind == EventKind::StateChanged && (e.why == Explain::TimeWaitExpired);
    std::printf("%u connections opened and closed (%zu TIME-WAITs over)  %9u steps  %9zu events  %8zu segments  "
                "%.3f s  %.2f M events/s  %.1f bytes/event\n",
                count, closed, steps, t.events.size(), t.segments.size(), secs, double(t.events.size()) / secs / 1e6,
                double(t.memory_bytes()) / double(t.events.size()));
}

} // namespace

// tcpviz_bench [count] [flood|back|connections|ladder|capture]: every part by default, each with its own
// count (1,000,000 SYNs, 100,000 connections); a part named alone takes `count`.
void capture_bench(std::uint32_t count); // capture_bench.cpp
void ladder_bench(std::uint32_t count);  // capture_bench.cpp

int main(int argc, char** argv)
{
    const std::uint32_t count = argc > 1 ? static_cast<std::uint32_t>(std::stoul(argv[1])) : 1'000'000;
    const std::string only = argc > 2 ? argv[2] : "";
    if (only.empty() || only == "flood") {
        flood(count, CookieMode::Overflow);
        flood(count, CookieMode::Off);
    }
    if (only.empty() || only == "back")
        back_costs();
    if (only.empty() || only == "connections")
        connections(only.empty() ? 100'000 : count);
    if (only.empty() || only == "ladder")
        ladder_bench(count);
    if (only.empty() || only == "capture")
        capture_bench(count);
    return 0;
}
