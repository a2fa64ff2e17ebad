// The live values of a capture (captured_values.hpp) followed a step at a time, forward
// and back, are those made afresh from the capture so far, across checkpoints too.
#include "capture/capture_import.hpp"
#include "capture/captured_values.hpp"
#include "capture/replay.hpp"
#include "formats/pcap_writer.hpp"
#include "support/capture_files.hpp"
#include "support/lab.hpp"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

// A simulated run as a capture of it imports.
Trace imported(const Trace& simulated, const std::string& name)
{
    const std::string path = temp_capture_path("values-" + name + ".pcap");
    write_pcap(path, simulated);
    const Capture capture = read_capture(path);
    std::remove(path.c_str());
    return import_all(capture);
}

Trace imported_flood(std::uint32_t syns)
{
    Scenario flood = *builtin_scenario("syn-flood-cookies");
    flood.timeline.resize(1);
    flood.timeline[0].count = syns;
    flood.timeline[0].interval = 1000;
    return imported(finished(flood).trace(), "flood");
}

void require_same_values(const CapturedValues& followed, const Trace& trace)
{
    CapturedValues afresh;
    afresh.sync(trace);
    REQUIRE(followed.endpoints().size() == afresh.endpoints().size());
    CHECK(followed.with_state() == afresh.with_state());
    for (std::size_t i = 0; i < afresh.endpoints().size(); ++i) {
        const CapturedEndpoint& a = followed.endpoints()[i];
        const CapturedEndpoint& b = afresh.endpoints()[i];
        INFO("endpoint " << i);
        CHECK((a.host == b.host && a.local_address == b.local_address && a.local_port == b.local_port &&
               a.peer_address == b.peer_address && a.peer_port == b.peer_port && a.state == b.state &&
               a.had_state == b.had_state && a.iss == b.iss && a.irs == b.irs && a.snd_una == b.snd_una &&
               a.snd_nxt == b.snd_nxt && a.rcv_nxt == b.rcv_nxt));
    }
}

} // namespace

TEST_CASE("a captured flood's live values cut back across checkpoints are those of the steps left",
          "[capture][values][back]")
{
    Replay replay(imported_flood(12'000)); // some 70,000 events: checkpoints every 32768
    replay.run_to_end();
    REQUIRE(replay.trace().events.size() > 65'536);
    CapturedValues followed;
    followed.sync(replay.trace());
    const std::uint32_t last = replay.current_step();
    // A step back, far back (past two checkpoints), forward a little, to the end, and
    // back again over what was followed twice.
    for (std::uint32_t step : {last - 1, last / 5, last / 5 + 300, last, last / 5 + 100, last / 5 + 99}) {
        INFO("step " << step);
        replay.go_to_step(step);
        followed.sync(replay.trace());
        require_same_values(followed, replay.trace());
    }
}

TEST_CASE("live values followed back and forth with a checkpoint every few events match afresh",
          "[capture][values][back]")
{
    // Every scenario's capture (long connections, closes, floods) and the recorded ones;
    // checkpoints every 5 events, so that a step back crosses some, and endpoints live
    // across them; back a step at a time, forward halfway, and back again.
    std::vector<std::pair<std::string, Trace>> traces;
    for (const Scenario& s : builtin_scenarios())
        traces.emplace_back(s.name, imported(finished(s).trace(), s.name));
    for (const char* file : {"loopback-close.pcap", "loopback-reset.pcap", "loopback-lost-syn-ack.pcap",
                             "loopback-ipv6.pcap", "any-close.pcap"})
        traces.emplace_back(file, import_all(read_capture(recorded_capture(file))));
    for (auto& [name, trace] : traces) {
        INFO(name);
        Replay replay(std::move(trace));
        replay.run_to_end();
        const std::uint32_t last = replay.current_step();
        CapturedValues followed(5);
        const auto check = [&] {
            followed.sync(replay.trace());
            require_same_values(followed, replay.trace());
        };
        check();
        while (replay.back())
            check();
        replay.go_to_step(last / 2);
        check();
        for (int i = 0; i < 8 && replay.back(); ++i)
            check();
        replay.go_to_step(last);
        check();
    }
}
