// The model built from a capture: a scenario that, run, sends what the capture shows;
// and the list of where a real connection and its model part ways.
#include "capture/capture_model.hpp"
#include "formats/capture_text.hpp"
#include "formats/pcap_writer.hpp"
#include "support/capture_files.hpp"
#include "support/lab.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

Trace import_one(const Capture& capture, std::uint32_t number = 1)
{
    return import_conversations(capture, find_conversations(capture), {number});
}

std::vector<Divergence> against_model(const Trace& imported)
{
    const Scenario model = model_of(imported, "model");
    // What tcpviz --save-scenario writes reads back as the same scenario.
    CHECK(scenario_from_json_text(scenario_to_json_text(model)) == model);
    return compare_with_model(imported, finished(model).trace());
}

std::string lines(const std::vector<Divergence>& list)
{
    std::string out;
    for (const Divergence& d : list)
        out += divergence_line(d) + "\n";
    return out;
}

} // namespace

TEST_CASE("a recorded close and its model send the same segments within 2 ms", "[capture][model]")
{
    for (const char* file : {"loopback-close.pcap", "any-close.pcap"}) {
        INFO(file);
        CHECK(lines(against_model(import_one(read_capture(recorded_capture(file))))) == "");
    }
}

TEST_CASE("a recorded lost SYN-ACK parts from its model at Linux's real RTO", "[capture][model]")
{
    const std::vector<Divergence> list =
        against_model(import_one(read_capture(recorded_capture("loopback-lost-syn-ack.pcap"))));
    INFO(lines(list));
    REQUIRE_FALSE(list.empty());
    // The first: the timer's SYN-ACK, a little after the model's 1 s; nothing missing on either side.
    const Divergence& first = list.front();
    CHECK(first.kind == Divergence::Kind::Later);
    CHECK(first.flags == (flag::SYN | flag::ACK));
    CHECK(first.copy == 2);
    CHECK(first.modelled - 1'000'000'000 < 1'000'000); // the model's 1 s RTO, after the SYN-ACK of about 25 µs
    CHECK(first.captured - first.modelled > 10'000'000);
    for (const Divergence& d : list)
        CHECK((d.kind == Divergence::Kind::Later || d.kind == Divergence::Kind::Earlier));
}

TEST_CASE("every close scenario's pcap gives back a model that runs the same", "[capture][model]")
{
    // The scenarios of one connection from the handshake to the close, but for one: an
    // application that never reads (close-unread-data-rst) looks on the wire like one that does.
    for (const Scenario& scenario : builtin_scenarios()) {
        if ((scenario.name.rfind("close-", 0) != 0 && scenario.name != "normal" && scenario.name != "lost-syn" &&
             scenario.name != "lost-synack" && scenario.name != "lost-fin" && scenario.name != "half-close") ||
            scenario.name == "close-unread-data-rst")
            continue;
        INFO(scenario.name);
        const Simulation sim = finished(scenario);
        const std::string path = temp_capture_path(scenario.name + "-model.pcap");
        write_pcap(path, sim.trace());
        const Capture capture = read_capture(path);
        std::remove(path.c_str());
        CHECK(lines(against_model(import_one(capture))) == "");
    }
}

TEST_CASE("a model is of one IPv4 connection that opens in the capture", "[capture][model]")
{
    const Capture two = read_capture(recorded_capture("loopback-reset.pcap"));
    const Trace both = import_conversations(two, find_conversations(two), {1, 2});
    const auto refusal = [](const Trace& t) {
        try {
            model_of(t, "m");
        } catch (const CaptureError& e) {
            return e.message().english();
        }
        return std::string("built");
    };
    CHECK(refusal(both) == "a model is of one connection: choose one with --conversation N (see --conversations).");
    CHECK(refusal(import_one(read_capture(recorded_capture("loopback-ipv6.pcap")))) ==
          "the model speaks IPv4 only: this connection is over IPv6.");
    const Capture midstream = capture_of({{0, true, flag::ACK | flag::PSH, 100, 200, 10}}, "midstream.pcap");
    CHECK(refusal(import_one(midstream)) ==
          "the capture holds no SYN of this connection: a model starts from the handshake.");
}
