// Scenario files: every built-in survives a save/load round trip, and each kind of
// malformed input gets its own clear sentence.
#include "support/lab.hpp"
#include "text/display_width.hpp"
#include "text/wording.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

std::string error_of(const std::string& text)
{
    return parse_error(scenario_from_json_text, text);
}

std::string with(const std::string& extra)
{
    return R"({"format": "tcpviz-scenario", "version": 1, "name": "t",
               "hosts": [{"name": "client", "address": "192.0.2.10"}])" +
           extra + "}";
}

} // namespace

TEST_CASE("every built-in scenario round-trips through JSON", "[core][json]")
{
    for (const Scenario& s : builtin_scenarios()) {
        DYNAMIC_SECTION(s.name)
        {
            const std::string text = scenario_to_json_text(s);
            const Scenario back = scenario_from_json_text(text);
            CHECK(back == s);
            CHECK(scenario_to_json_text(back) == text);
        }
    }
}

TEST_CASE("a minimal file takes the documented defaults", "[core][json]")
{
    const Scenario s = scenario_from_json_text(with(""));
    CHECK(s.options == ScenarioOptions{});
    CHECK(s.options.isn == IsnMode::Linux);
    CHECK(s.options.latency == 10 * kMillisecond);
    REQUIRE(s.hosts.size() == 1);
    CHECK(s.hosts[0].role == HostRole::Client);
    CHECK(s.hosts[0].live);
    CHECK(s.hosts[0].accepts);
    CHECK(s.hosts[0].accept_delay == 0);
}

TEST_CASE("a host's application pace of accept() is read and written", "[core][json]")
{
    const Scenario s = scenario_from_json_text(R"({"format": "tcpviz-scenario", "version": 1, "name": "t",
        "hosts": [{"name": "server", "role": "server", "address": "198.51.100.20", "accept_delay_ms": 250.5},
                  {"name": "stuck", "role": "server", "address": "198.51.100.21", "accepts": false}]})");
    CHECK(s.hosts[0].accept_delay == 250'500'000);
    CHECK(s.hosts[0].accepts);
    CHECK_FALSE(s.hosts[1].accepts);
    const std::string text = scenario_to_json_text(s);
    CHECK(text.find("\"accept_delay_ms\": 250.5") != std::string::npos);
    CHECK(text.find("\"accepts\": false") != std::string::npos);
    CHECK(scenario_from_json_text(text) == s);
    CHECK(error_of(R"({"format": "tcpviz-scenario", "version": 1, "name": "t",
                       "hosts": [{"name": "s", "address": "198.51.100.20", "accept_delay_ms": -5}]})") ==
          "field 'hosts[0].accept_delay_ms' must be between 0 and 1e+09.");
    CHECK(error_of(R"({"format": "tcpviz-scenario", "version": 1, "name": "t",
                       "hosts": [{"name": "s", "address": "198.51.100.20", "accepts": "later"}]})") ==
          "field 'hosts[0].accepts' must be true or false.");
}

TEST_CASE("malformed scenario files are rejected with one sentence naming the field", "[core][json]")
{
    CHECK(error_of("{") == "the scenario is not valid JSON (error at byte 2).");
    CHECK(error_of("[]") == "the scenario must be a JSON object.");
    // Found by the fuzzer: nlohmann-json reads 1e400 as valid JSON, then cannot hold it.
    CHECK(error_of(R"({"format": "tcpviz-scenario", "version": 1e400})") ==
          "the file holds a number too large to read (past about 1e308).");
    CHECK(error_of(R"({"format": "x", "version": 1})") == "field 'format' must be \"tcpviz-scenario\".");
    CHECK(error_of(R"({"format": "tcpviz-scenario", "version": 2, "name": "t"})") ==
          "field 'version' is 2, but this tcpviz reads version 1.");
    CHECK(error_of(R"({"format": "tcpviz-scenario", "version": 1})") == "required field 'name' is missing.");
    CHECK(error_of(R"({"format": "tcpviz-scenario", "version": 1, "name": "t"})") ==
          "field 'hosts' must list at least one host.");
    CHECK(error_of(with(R"(, "colour": 1)")) == "unknown field 'colour'.");
    CHECK(error_of(with(R"(, "options": {"latency_ms": "fast"})")) == "field 'options.latency_ms' must be a number.");
    CHECK(error_of(with(R"(, "options": {"latency_ms": -1})")) ==
          "field 'options.latency_ms' must be between 0 and 1e+09.");
    CHECK(error_of(with(R"(, "options": {"isn": "guess"})")) ==
          "field 'options.isn' must be one of fixed, random, rfc6528, linux, bsd.");
    CHECK(error_of(with(R"(, "options": {"backlog": 1.5})")) ==
          "field 'options.backlog' must be a whole number of at least 0.");
    CHECK(error_of(with(R"(, "options": {"sack": "yes"})")) == "field 'options.sack' must be true or false.");
    CHECK(error_of(R"({"format": "tcpviz-scenario", "version": 1, "name": "t",
                       "hosts": [{"name": "c", "address": "192.0.2"}]})") ==
          "field 'hosts[0].address' must be an IPv4 address like 192.0.2.10.");
    CHECK(error_of(R"({"format": "tcpviz-scenario", "version": 1, "name": "t",
                       "hosts": [{"name": "c", "address": "192.0.2.1/40"}]})") ==
          "field 'hosts[0].address' has a bad prefix length: use a.b.c.d or a.b.c.d/n.");
    CHECK(error_of(R"({"format": "tcpviz-scenario", "version": 1, "name": "t", "hosts": {}})") ==
          "field 'hosts' must be a list.");
    CHECK(error_of(with(R"(, "timeline": [{"at_ms": 0}])")) == "required field 'timeline[0].action' is missing.");
    CHECK(error_of(with(R"(, "timeline": [{"action": "dance"}])")) ==
          "field 'timeline[0].action' must be one of connect, send, forge-syn, flood, inject, reboot, blind-ack, "
          "arm-loss, lose-segment, close.");
    CHECK(error_of(with(R"(, "timeline": [{"action": "inject", "flags": "SYN-FOO"}])")) ==
          "field 'timeline[0].flags' must name TCP flags like SYN, SYN-ACK or RST-ACK.");
    CHECK(error_of(with(R"(, "faults": [{"kind": "syn", "nth": 0}])")) ==
          "field 'faults[0].nth' counts from 1; use \"every\" for all.");
    CHECK(error_of(with(R"(, "faults": [{"type": "delay", "kind": "syn"}])")) ==
          "field 'faults[0].extra_ms' must be above 0 for a delay.");
}

TEST_CASE("names that do not resolve are reported when the simulation is built", "[core][json]")
{
    Scenario s = scenario_from_json_text(with(R"(, "timeline": [{"action": "connect", "host": "client", "target": "nobody"}])"));
    CHECK_THROWS_WITH(Simulation(s), "timeline action 1 (connect) names host 'nobody', which the scenario does not define.");
    s.timeline[0].target.clear();
    CHECK_THROWS_WITH(Simulation(s), "timeline action 1 (connect) has no \"target\".");
    s.hosts.push_back(s.hosts[0]);
    CHECK_THROWS_WITH(Simulation(s), "host name 'client' is used twice.");
}

TEST_CASE("load_scenario_file names the file", "[core][json]")
{
    CHECK_THROWS_WITH(load_scenario_file("/nonexistent/x.json"), "cannot read scenario file '/nonexistent/x.json'.");
}

TEST_CASE("an engine message keeps its template and arguments for translation", "[scenario]")
{
    try {
        scenario_from_json_text(with(R"(, "options": {"latency_ms": "x"})"));
        FAIL("no error");
    } catch (const ScenarioError& e) {
        CHECK(std::string(e.message().text()) == "field '%1' must be a number.");
        REQUIRE(e.message().args().size() == 1);
        CHECK(e.message().args()[0].value() == "options.latency_ms");
        CHECK(std::string(e.what()) == "field 'options.latency_ms' must be a number.");
    }
    // Filled in one pass: an argument holding "%2" is not filled again.
    const Message nested("%1 names host '%2', which the scenario does not define.",
                         {Message("fault %1", {std::string("3")}), std::string("odd%1name")});
    CHECK(nested.english() == "fault 3 names host 'odd%1name', which the scenario does not define.");
}

TEST_CASE("a Chinese character takes two columns of a text table", "[ladder]")
{
    CHECK(display_width("SYN-ACK") == 7);
    CHECK(display_width("丢失") == 4);
    CHECK(display_width("发送 ms") == 7);
    CHECK(display_width("（无人）") == 8); // full-width brackets
    CHECK(display_width("é") == 1);
}

TEST_CASE("an application's close plan reads back and every malformed part of it is named", "[core][json][close]")
{
    const auto host = [](const std::string& fields) {
        return R"({"format": "tcpviz-scenario", "version": 1, "name": "t",
                   "hosts": [{"name": "s", "address": "198.51.100.20")" +
               fields + "}]}";
    };
    const Scenario s = scenario_from_json_text(
        host(R"(, "reads": false, "reply_after": "eof", "close": {"after": "write", "delay_ms": 200, "how": "shutdown"})"));
    CHECK_FALSE(s.hosts[0].reads);
    CHECK(s.hosts[0].reply_at_eof);
    CHECK(s.hosts[0].close == ClosePlan{CloseAfter::Write, CloseHow::Shutdown, 200 * kMillisecond});
    CHECK(scenario_from_json_text(scenario_to_json_text(s)) == s);
    // Every built-in close scenario's plans and timeline close actions survive the round trip.
    for (const Scenario& b : builtin_scenarios())
        CHECK(scenario_from_json_text(scenario_to_json_text(b)) == b);
    CHECK(error_of(host(R"(, "close": {"delay_ms": 200})")) == "required field 'hosts[0].close.after' is missing.");
    CHECK(error_of(host(R"(, "close": {"after": "lunch"})")) ==
          "field 'hosts[0].close.after' must be one of never, established, write, read, eof.");
    CHECK(error_of(host(R"(, "close": {"after": "eof", "how": "slam"})")) ==
          "field 'hosts[0].close.how' must be one of close, shutdown, abort.");
    CHECK(error_of(host(R"(, "close": {"after": "eof", "delay_ms": -1})")) ==
          "field 'hosts[0].close.delay_ms' must be between 0 and 1e+09.");
    CHECK(error_of(host(R"(, "close": {"after": "eof", "linger": 0})")) == "unknown field 'hosts[0].close.linger'.");
    CHECK(error_of(host(R"(, "close": "now")")) == "field 'hosts[0].close' must be a JSON object.");
    CHECK(error_of(host(R"(, "reads": "sometimes")")) == "field 'hosts[0].reads' must be true or false.");
    CHECK(error_of(host(R"(, "reply_after": "lunch")")) == "field 'hosts[0].reply_after' must be one of data, eof.");
    CHECK(error_of(with(R"(, "timeline": [{"action": "close", "host": "client", "how": "gently"}])")) ==
          "field 'timeline[0].how' must be one of close, shutdown, abort.");
}
