// Captures on the command line: --conversations, --import with every export, and the
// refusals of bad captures and options (one sentence, exit 2, nothing written).
#include "cli_run.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz::test;

namespace {

std::string capture(const std::string& name)
{
    return std::string(TCPVIZ_CAPTURE_DIR) + "/" + name;
}

} // namespace

TEST_CASE("conversations lists one line per connection with Zeek's summary", "[cli][capture]")
{
    const Result r = run("--conversations " + capture("loopback-reset.pcap"));
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(count_lines(r.out) == 2);
    CHECK(r.out.find(" -> 127.0.0.1:9  2 packets  0 + 0 bytes  ") != std::string::npos);
    CHECK(r.out.find("  REJ CSr (connection attempt rejected)\n") != std::string::npos);
    CHECK(r.out.find("  RSTR CSchADar (established, the responder sent a RST)\n") != std::string::npos);
}

TEST_CASE("import prints the ladder of one conversation or all", "[cli][capture]")
{
    const Result all = run("--import " + capture("loopback-reset.pcap"));
    CHECK(all.exit_code == 0);
    CHECK(all.out.find("conversation 1, 2") != std::string::npos);
    const Result second = run("--import " + capture("loopback-reset.pcap") + " --conversation 2");
    CHECK(second.exit_code == 0);
    CHECK(second.out.find("conversation 2\n") != std::string::npos);
    CHECK(second.out.find("127.0.0.1:9 ") == std::string::npos);
    CHECK(second.out.find("RST-ACK") != std::string::npos);
    CHECK(second.out.find("LISTEN") != std::string::npos);
}

TEST_CASE("every export format works on an imported capture", "[cli][capture][export]")
{
    const fs::path dir = scratch();
    for (const char* name : {"c.txt", "c.json", "c.pcap", "c.mmd", "c.puml", "c.svg", "c.png", "c.html"}) {
        INFO(name);
        const fs::path out = dir / name;
        fs::remove(out);
        const Result r = run("--import " + capture("loopback-lost-syn-ack.pcap") + " --export " + out.string());
        CHECK(r.exit_code == 0);
        CHECK(r.err.empty());
        CHECK(fs::file_size(out) > 100);
    }
    // The pcap of the selection holds the captured packets as they were: the same conversation.
    const Result again = run("--conversations " + (dir / "c.pcap").string());
    const Result original = run("--conversations " + capture("loopback-lost-syn-ack.pcap"));
    CHECK(again.out == original.out);
}

TEST_CASE("bad captures and capture options are refused in one sentence", "[cli][capture][errors]")
{
    const fs::path dir = scratch();
    const fs::path not_capture = dir / "notes.pcap";
    write_file(not_capture, "hello\n");
    const fs::path out = dir / "never.txt";
    fs::remove(out);
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"--import " + not_capture.string() + " --export " + out.string(), "is not a capture file"},
        {"--conversations " + capture("mixed-link-types.pcapng"), "different link types"},
        {"--import " + capture("loopback-reset.pcap") + " --conversation 3", "--conversation must be all or a number"},
        {"--import " + capture("loopback-reset.pcap") + " --conversation two", "--conversation must be all or a number"},
        {"--import " + capture("loopback-reset.pcap") + " --scenario normal", "give one of --scenario, --lesson, --import or a file"},
        {"--scenario normal --conversation 1", "give --import with it"},
        {"--conversations /nonexistent.pcap", "there is no such file"},
    };
    for (const auto& [args, says] : cases) {
        INFO(args);
        const Result r = run(args);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(count_lines(r.err) == 1);
        CHECK(r.err.find(says) != std::string::npos);
        CHECK(r.err.find("QT") == std::string::npos);
    }
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("a capture cut short imports what was complete and says how much it skipped", "[cli][capture]")
{
    const fs::path cut = scratch() / "cut.pcap";
    write_file(cut, slurp(capture("loopback-close.pcap")).substr(0, 300));
    const Result r = run("--conversations " + cut.string());
    CHECK(r.exit_code == 0);
    CHECK(count_lines(r.out) == 1);
    CHECK(r.err.find("the capture ends inside a packet: its last ") != std::string::npos);
}

TEST_CASE("a capture's model is saved as a scenario and compared with the capture", "[cli][capture][model]")
{
    const fs::path model = scratch() / "model.json";
    fs::remove(model);
    const Result saved = run("--import " + capture("loopback-lost-syn-ack.pcap") + " --save-scenario " + model.string());
    CHECK(saved.exit_code == 0);
    CHECK(saved.out.empty());
    // The model is a scenario like any other: it runs and draws.
    const Result ran = run("--scenario " + model.string());
    CHECK(ran.exit_code == 0);
    CHECK(ran.out.find("SYN-ACK") != std::string::npos);
    const Result compared = run("--import " + capture("loopback-lost-syn-ack.pcap") + " --compare");
    CHECK(compared.exit_code == 0);
    CHECK(compared.out.rfind("SYN-ACK #2 from the server was sent at 1.021 s; the model sent it at 1 s, ", 0) == 0);
    const Result same = run("--import " + capture("loopback-close.pcap") + " --compare");
    CHECK(same.out == "The model sends every segment the capture shows, each within 2 ms of it.\n");
    const Result several = run("--import " + capture("loopback-reset.pcap") + " --compare");
    CHECK(several.exit_code == 2);
    CHECK(several.err.find("choose one with --conversation N") != std::string::npos);
}
