// The tcpviz command line as a user runs it: outputs, exit codes, and no partial files.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>

namespace {

struct Result {
    int exit_code;
    std::string out;
    std::string err;
};

namespace fs = std::filesystem;

fs::path scratch()
{
    const fs::path dir = fs::temp_directory_path() / "tcpviz-cli-test";
    fs::create_directories(dir);
    return dir;
}

std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

Result run(const std::string& args)
{
    const fs::path err = scratch() / "stderr.txt";
    const std::string command = std::string(TCPVIZ_BIN) + " " + args + " 2>" + err.string();
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), &pclose);
    std::string out;
    std::array<char, 4096> buf{};
    while (std::size_t n = fread(buf.data(), 1, buf.size(), pipe.get()))
        out.append(buf.data(), n);
    const int status = pclose(pipe.release());
    return {WEXITSTATUS(status), out, slurp(err)};
}

std::size_t count_lines(const std::string& s)
{
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

} // namespace

TEST_CASE("list-scenarios prints one line per scenario, name first", "[cli]")
{
    const Result r = run("--list-scenarios");
    CHECK(r.exit_code == 0);
    CHECK(count_lines(r.out) == 15);
    CHECK(r.out.rfind("normal  Three-way handshake", 0) == 0);
    CHECK(r.out.find("\nblind-spoofing  ") != std::string::npos);
}

TEST_CASE("a scenario run prints the ladder, and the same inputs give identical bytes", "[cli]")
{
    const Result a = run("--scenario normal");
    CHECK(a.exit_code == 0);
    CHECK(a.out.find("client     -> server     SYN        100") != std::string::npos);
    CHECK(a.out.find("client ESTABLISHED, server ESTABLISHED") != std::string::npos);
    CHECK(run("--scenario normal").out == a.out);
    const Result random1 = run("--scenario normal --isn random --seed 7");
    CHECK(random1.out == run("--scenario normal --isn random --seed 7").out);
    CHECK(random1.out != run("--scenario normal --isn random --seed 8").out);
}

TEST_CASE("options change the run", "[cli]")
{
    CHECK(run("--scenario normal --latency 0").out.find("     0.000       0.000  server") != std::string::npos);
    CHECK(run("--scenario syn-flood --cookies overflow").out.find("SYN cookie") != std::string::npos);
    const Result rfc = run("--scenario syn-timeout --profile rfc6298");
    CHECK(rfc.out.find("123000.000") != std::string::npos);
}

TEST_CASE("exports by extension: txt, json, pcap", "[cli][export]")
{
    const fs::path dir = scratch();
    CHECK(run("--scenario lost-syn --export " + (dir / "l.txt").string()).exit_code == 0);
    CHECK(slurp(dir / "l.txt") == run("--scenario lost-syn").out);
    CHECK(run("--scenario lost-syn --export " + (dir / "l.json").string()).exit_code == 0);
    CHECK(slurp(dir / "l.json").find("\"format\": \"tcpviz-trace\"") != std::string::npos);
    CHECK(run("--scenario lost-syn --export " + (dir / "l.pcap").string()).exit_code == 0);
    const std::string pcap = slurp(dir / "l.pcap");
    REQUIRE(pcap.size() > 24);
    CHECK(static_cast<unsigned char>(pcap[0]) == 0xd4); // little-endian pcap magic
    CHECK(pcap == slurp(dir / "l.pcap"));
}

TEST_CASE("scenario files: save, edit, load", "[cli][json]")
{
    const fs::path file = scratch() / "mine.json";
    CHECK(run("--scenario lost-ack --latency 25 --save-scenario " + file.string()).exit_code == 0);
    const Result loaded = run("--scenario " + file.string());
    CHECK(loaded.exit_code == 0);
    CHECK(loaded.out == run("--scenario lost-ack --latency 25").out);
}

TEST_CASE("usage and input errors: one sentence, exit 2, nothing half-written", "[cli][errors]")
{
    const fs::path dir = scratch();
    const auto expect_error = [](const std::string& args, const std::string& message) {
        const Result r = run(args);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(r.err == "tcpviz: " + message + "\n");
    };
    expect_error("--scenario nosuch", "unknown scenario 'nosuch': run tcpviz --list-scenarios to see the built-in "
                                      "ones, or give a .json file.");
    expect_error("--frobnicate", "Unknown option 'frobnicate'.");
    expect_error("", "nothing to do: give --scenario NAME (see --list-scenarios) or --help.");
    expect_error("--scenario normal --isn guess", "--isn must be one of fixed, random, rfc6528, linux, bsd, not 'guess'.");
    expect_error("--scenario normal --seed -3", "--seed must be a whole number of at least 0, not '-3'.");
    expect_error("--scenario normal --latency fast",
                 "--latency must be a number of milliseconds from 0 to 60000, not 'fast'.");
    expect_error("--scenario normal --export " + (dir / "x.gif").string(),
                 "cannot export to '" + (dir / "x.gif").string() + "': the file name must end in .txt, .pcap or .json.");
    expect_error("--scenario normal --export /nonexistent-dir/out.pcap",
                 "cannot write '/nonexistent-dir/out.pcap': the folder '/nonexistent-dir' does not exist.");
    expect_error("--scenario normal extra", "unexpected argument 'extra': options start with --.");

    const fs::path bad = dir / "bad.json";
    std::ofstream(bad) << R"({"format": "tcpviz-scenario", "version": 1, "name": "x", "hosts": [{"name": 3}]})";
    expect_error("--scenario " + bad.string(),
                 "scenario file '" + bad.string() + "': field 'hosts[0].name' must be a string.");

    // A read-only folder: the error names the path and no file or temporary remains.
    const fs::path ro = dir / "readonly";
    fs::create_directories(ro);
    fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec);
    if (::geteuid() != 0) {
        const Result r = run("--scenario normal --export " + (ro / "out.txt").string());
        CHECK(r.exit_code == 2);
        CHECK(fs::is_empty(ro));
    }
    fs::permissions(ro, fs::perms::owner_all);
}
