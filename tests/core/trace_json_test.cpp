// The trace file reads on its own: every event's fields have names, states and flags
// are words, times are ns, and what it says agrees with the trace it came from.
#include "formats/trace_json.hpp"
#include "scenario/scenario_library.hpp"
#include "support/lab.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <set>

using namespace tcpviz;
using tcpviz::test::finished;
using nlohmann::json;

TEST_CASE("a trace file read back says what the trace says in words and ns", "[json][trace]")
{
    std::set<std::string> kinds_seen;
    for (const Scenario& s : builtin_scenarios()) {
        INFO(s.name);
        const Simulation sim = finished(s);
        const Trace& t = sim.trace();
        const json j = json::parse(trace_json_text(s, t));
        CHECK(j["format"] == "tcpviz-trace");
        CHECK(j["version"] == 2);
        CHECK(j["time_unit"] == "ns");
        REQUIRE(j["events"].size() == t.events.size());
        REQUIRE(j["segments"].size() == t.segments.size());
        for (std::size_t i = 0; i < t.segments.size(); ++i) {
            const json& js = j["segments"][i];
            const Segment& seg = t.segments[i].seg;
            CHECK(js["flags"] == flags_name(seg.flags));
            CHECK(js["seq"] == seg.seq.raw());
            CHECK(js["ack"] == seg.ack.raw());
            CHECK(js["len"] == seg.payload_len);
            CHECK(js["sent_ns"].get<std::int64_t>() <= js["arrives_ns"].get<std::int64_t>());
        }
        // A script can follow each endpoint's states: each change starts where the last ended.
        std::map<std::pair<std::string, std::uint32_t>, std::string> state_of;
        for (std::size_t i = 0; i < t.events.size(); ++i) {
            const json& je = j["events"][i];
            const TraceEvent& e = t.events[i];
            kinds_seen.insert(je["kind"].get<std::string>());
            CHECK(je["time_ns"] == e.time);
            CHECK_FALSE(je.contains("a"));
            CHECK_FALSE(je.contains("b"));
            if (e.kind == EventKind::StateChanged) {
                CHECK(je["from"] == state_name(Trace::from_state(e)));
                CHECK(je["to"] == state_name(Trace::to_state(e)));
                const auto key = std::pair{je["host"].get<std::string>(), je["endpoint"].get<std::uint32_t>()};
                if (state_of.count(key) && e.why != Explain::HostRebooted)
                    CHECK(je["from"] == state_of[key]);
                state_of[key] = je["to"].get<std::string>();
            } else if (e.kind == EventKind::TimerArmed) {
                CHECK(je["deadline_ns"].get<std::int64_t>() == e.time + je["rto_ns"].get<std::int64_t>());
                CHECK(je["rto_ns"].get<std::int64_t>() >= 200'000'000); // Linux's floor, at least
                // The built-in scenarios run the linux profile: TIME-WAIT is its fixed 60 s.
                if (je["purpose"] == "linux_time_wait" || je["purpose"] == "fin_wait_2")
                    CHECK(je["rto_ns"] == 60'000'000'000);
                else
                    CHECK(je["purpose"] == "retransmission");
            } else if (e.kind == EventKind::RttMeasured) {
                // Linux: RTO = SRTT + max(4 RTTVAR, 200 ms).
                CHECK(je["rto_ns"].get<std::int64_t>() ==
                      je["srtt_ns"].get<std::int64_t>() +
                          std::max<std::int64_t>(4 * je["rttvar_ns"].get<std::int64_t>(), 200'000'000));
            } else if (e.kind == EventKind::QueueDepth || e.kind == EventKind::AcceptQueueDepth) {
                CHECK(je["full"] == (je["depth"].get<std::uint32_t>() > je["backlog"].get<std::uint32_t>()));
            } else if (e.kind == EventKind::SegmentSent) {
                CHECK(j["segments"][je["segment"].get<std::size_t>()]["index"] == je["segment"]);
            } else if (e.kind == EventKind::SegmentLost) {
                CHECK(je["reason"].is_string());
            }
        }
    }
    // The built-in scenarios between them produce every kind of event.
    CHECK(kinds_seen == std::set<std::string>{"segment_sent", "segment_delivered", "segment_lost",
                                              "segment_dropped", "state_changed", "timer_armed", "timer_fired",
                                              "timer_cancelled", "queue_depth", "accept_queue_depth", "action",
                                              "ack_delayed", "delayed_ack_carried", "rtt_measured"});
}

TEST_CASE("the trace file names the first SYN's timer as a reader would write it", "[json][trace]")
{
    const Simulation sim = finished("normal");
    const json j = json::parse(trace_json_text(sim.scenario(), sim.trace()));
    const json* armed = nullptr;
    for (const json& e : j["events"])
        if (e["kind"] == "timer_armed") {
            armed = &e;
            break;
        }
    REQUIRE(armed);
    CHECK((*armed)["host"] == "client");
    CHECK((*armed)["time_ns"] == 0);
    CHECK((*armed)["rto_ns"] == 1'000'000'000);
    CHECK((*armed)["deadline_ns"] == 1'000'000'000);
    CHECK((*armed)["retransmissions"] == 0);
    const json& syn = j["segments"][0];
    CHECK(syn["flags"] == "SYN");
    CHECK(syn["seq"] == 100);
    CHECK(syn["options"]["mss"] == 1460);
}
