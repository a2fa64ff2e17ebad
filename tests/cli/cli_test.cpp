// The tcpviz command line as a user runs it: outputs, exit codes, and no partial files.
#include "cli_run.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz::test;

TEST_CASE("list-scenarios prints one line per scenario, name first", "[cli]")
{
    const Result r = run("--list-scenarios");
    CHECK(r.exit_code == 0);
    CHECK(count_lines(r.out) == 26);
    CHECK(r.out.rfind("normal  Three-way handshake — Three-way handshake (RFC 9293", 0) == 0);
    CHECK(r.out.find("\nblind-spoofing  ") != std::string::npos);
}

TEST_CASE("a scenario run prints the ladder, and the same inputs give "
          "identical bytes",
          "[cli]")
{
    const Result a = run("--scenario normal");
    CHECK(a.exit_code == 0);
    CHECK(a.out.find("client     -> server     SYN        x           -") != std::string::npos);
    CHECK(a.out.find("server     -> client     SYN-ACK    y           x+1") != std::string::npos);
    CHECK(a.out.find("# Symbolic numbers: x = 100 Client's ISN, y = 300 Server's ISN, u = 106 Client's FIN, w = 306 "
                     "Server's own FIN\n") != std::string::npos);
    CHECK(a.out.find("client ESTABLISHED, server ESTABLISHED") != std::string::npos);
    CHECK(run("--scenario normal").out == a.out);
    const Result random1 = run("--scenario normal --isn random --seed 7");
    CHECK(random1.out == run("--scenario normal --isn random --seed 7").out);
    CHECK(random1.out != run("--scenario normal --isn random --seed 8").out);
}

TEST_CASE("the ladder says why in words: state changes and dropped segments", "[cli]")
{
    const Result normal = run("--scenario normal");
    CHECK(normal.out.find("     0.000              server: server LISTEN (listening)\n") != std::string::npos);
    const Result flood = run("--scenario syn-flood --numbers absolute");
    CHECK(flood.out.find("SYN        868405494   -              0  server SYN-RECEIVED  [forged source 203.0.113.133; "
                         "dropped: SYN queue full]\n") != std::string::npos);
    CHECK(flood.out.find("server: server LISTEN (half-open request expired)\n") != std::string::npos);
    CHECK(flood.out.find("syn_queue_full") == std::string::npos); // ids are for the JSON export
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
    expect_error("--scenario nosuch", "unknown scenario 'nosuch': run tcpviz "
                                      "--list-scenarios to see the built-in "
                                      "ones, or give a .json file.");
    expect_error("--frobnicate", "Unknown option 'frobnicate'.");
    expect_error("--scenario normal --legend", "--legend goes under a drawn diagram: give --export with a .pdf, "
                                               ".png or .svg file.");
    expect_error("--seed 3", "nothing to do: give --scenario NAME (see --list-scenarios) or --help.");
    expect_error("--scenario normal --isn guess", "--isn must be one of fixed, random, rfc6528, linux, bsd, not 'guess'.");
    expect_error("--scenario normal --seed -3", "--seed must be a whole number of at least 0, not '-3'.");
    expect_error("--scenario normal --latency fast", "--latency must be a number of milliseconds from 0 to 60000, "
                                                     "not 'fast'.");
    expect_error("--scenario normal --export " + (dir / "x.gif").string(),
                 "cannot export to '" + (dir / "x.gif").string() +
                     "': the file name must end in .png, .svg, .pdf, .html, .txt, "
                     ".mmd, .puml, .pcap or .json.");
    expect_error("--scenario normal --export /nonexistent-dir/out.pcap",
                 "cannot write '/nonexistent-dir/out.pcap': the folder "
                 "'/nonexistent-dir' does not exist.");
    expect_error("--scenario normal extra", "there is no file 'extra' (options start with --).");

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

TEST_CASE("diagram exports from the command line, headless", "[cli][export]")
{
    const fs::path dir = scratch();
    for (const char* ext : {"png", "svg", "pdf", "mmd", "puml"}) {
        const fs::path out = dir / (std::string("d.") + ext);
        fs::remove(out);
        const Result r = run("--scenario lost-syn --theme dark --export " + out.string());
        CHECK(r.exit_code == 0);
        CHECK(r.err.empty());
        CHECK(fs::file_size(out) > 100);
    }
    CHECK(slurp(dir / "d.svg").find("SYN  Seq=x") != std::string::npos);
    CHECK(run("--scenario lost-syn --absolute-seq --export " + (dir / "abs.mmd").string()).exit_code == 0);
    CHECK(slurp(dir / "abs.mmd").find("SYN  Seq=100 lost") != std::string::npos);
    // PNG width; the PNG header stores it big-endian at byte 16.
    CHECK(run("--scenario normal --width 1000 --export " + (dir / "w.png").string()).exit_code == 0);
    const std::string png = slurp(dir / "w.png");
    REQUIRE(png.size() > 24);
    CHECK(((unsigned char)png[18] << 8 | (unsigned char)png[19]) == 1000);
}

TEST_CASE("upto-step and export-steps", "[cli][export]")
{
    const fs::path dir = scratch() / "steps";
    fs::remove_all(dir);
    CHECK(run("--scenario normal --export-steps " + dir.string() + " --scale 1").exit_code == 0);
    std::size_t n = 0;
    for (const auto& entry : fs::directory_iterator(dir))
        n += entry.path().extension() == ".png";
    CHECK(n == 15); // every step after the initial state
    CHECK(fs::exists(dir / "step-001.png"));
    CHECK(fs::exists(dir / "step-015.png"));
    const Result early = run("--scenario normal --upto-step 3 --numbers absolute");
    CHECK(early.out.find("SYN-ACK    300         101") != std::string::npos);
    CHECK(early.out.find("ACK        101         301") == std::string::npos);
}

TEST_CASE("numbers are symbolic unless --numbers or --absolute-seq says otherwise", "[cli]")
{
    CHECK(run("--scenario normal --numbers relative").out.find("SYN-ACK    0           1 ") != std::string::npos);
    CHECK(run("--scenario normal --numbers absolute").out == run("--scenario normal --absolute-seq").out);
    CHECK(run("--scenario normal --numbers absolute").out.find("# Absolute numbers\n") != std::string::npos);
    const Result bad = run("--scenario normal --numbers roman");
    CHECK(bad.exit_code == 2);
    CHECK(bad.err == "tcpviz: --numbers must be one of symbolic, relative, absolute, not 'roman'.\n");
    const Result both = run("--scenario normal --numbers relative --absolute-seq");
    CHECK(both.exit_code == 2);
    CHECK(both.err == "tcpviz: --absolute-seq and --numbers relative contradict each other: give one of them.\n");
}

TEST_CASE("paper from the command line: a handout and a worksheet with its answers", "[cli][export]")
{
    const fs::path dir = scratch();
    CHECK(run("--scenario normal --export " + (dir / "normal.html").string()).exit_code == 0);
    const std::string html = slurp(dir / "normal.html");
    CHECK(html.find("<!DOCTYPE html>") == 0);
    CHECK(html.find("SYN-ACK  Seq=y Ack=x+1") != std::string::npos);
    CHECK(run("--lesson 3 --export " + (dir / "lesson.html").string()).exit_code == 0);
    CHECK(slurp(dir / "lesson.html").find("Stop 4 of 4") != std::string::npos);
    fs::remove(dir / "w-answers.png");
    CHECK(run("--scenario normal --worksheet --scale 1 --export " + (dir / "w.png").string()).exit_code == 0);
    CHECK(fs::file_size(dir / "w-answers.png") > 1000);
    const auto expect_error = [](const std::string& args, const std::string& message) {
        const Result r = run(args);
        CHECK(r.exit_code == 2);
        CHECK(r.err == "tcpviz: " + message + "\n");
    };
    expect_error("--scenario normal --worksheet",
                 "--worksheet draws a diagram to fill in: give --export with a .pdf, .png or .svg file.");
    expect_error("--scenario normal --worksheet --export " + (dir / "w.txt").string(),
                 "--worksheet draws a diagram to fill in: give --export with a .pdf, .png or .svg file.");
    expect_error("--lesson 99", "--lesson must be a lesson number from 1 to 14 or a .json lesson file, not '99'.");
    expect_error("--lesson 1 --scenario normal",
                 "give one of --scenario, --lesson, --import or a file: each brings its own connection.");
}

TEST_CASE("diagram option errors", "[cli][errors]")
{
    const auto expect_error = [](const std::string& args, const std::string& message) {
        const Result r = run(args);
        CHECK(r.exit_code == 2);
        CHECK(r.err == "tcpviz: " + message + "\n");
    };
    expect_error("--scenario normal --theme neon", "--theme must be one of light, dark, print, high-contrast, not 'neon'.");
    expect_error("--scenario normal --scale 0", "--scale must be a number from 0.25 to 8, not '0'.");
    expect_error("--scenario normal --width 5", "--width must be a whole number of pixels from 100 to 20000, not '5'.");
    expect_error("--scenario normal --upto-step 500", "--upto-step 500 is past the end: scenario 'normal' has 15 steps.");
    expect_error("--scenario normal --export /nonexistent-dir/x.svg",
                 "cannot write '/nonexistent-dir/x.svg': the folder "
                 "'/nonexistent-dir' does not exist.");
    // Qt's own complaint (QSvgPaintEngine, QPainter) stays off the terminal: only tcpviz's sentence.
    expect_error("--scenario normal --export /proc/x.svg",
                 "cannot write '/proc/x.svg': permission denied or the disk is full.");
}

TEST_CASE("with --lang zh_CN messages, listings and diagrams are in Chinese", "[cli]")
{
    const Result unknown = run("--lang zh_CN --scenario nope");
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err == "tcpviz: 未知场景“nope”：运行 tcpviz --list-scenarios "
                         "查看内置场景，或给出一个 .json 文件。\n");
    const Result list = run("--lang zh_CN --list-scenarios");
    CHECK(list.out.find("normal  三次握手 — 三次握手（RFC 9293 图 6），随后双方各发送 5 字节，然后关闭连接。") != std::string::npos);
    const fs::path svg = scratch() / "zh.svg";
    CHECK(run("--lang zh_CN --scenario lost-syn --export " + svg.string()).exit_code == 0);
    const std::string drawing = slurp(svg);
    CHECK(drawing.find("客户端") != std::string::npos);
    CHECK(drawing.find("丢失") != std::string::npos);
    // The ladder and the diagrams as code, with columns that still line up.
    const Result ladder = run("--lang zh_CN --scenario lost-syn");
    CHECK(ladder.out.find("# tcpviz 梯形图：lost-syn\n") == 0);
    CHECK(ladder.out.find("#  发送 ms     到达 ms  发送方     -> 接收方     标志位     Seq         Ack         长度  之后的状态\n") !=
          std::string::npos);
    CHECK(ladder.out.find("        丢失  client     -> server     SYN") != std::string::npos);
    CHECK(ladder.out.find("server: server LISTEN (开始监听)\n") != std::string::npos);
    CHECK(run("--lang zh_CN --scenario syn-flood").out.find("[伪造源地址 203.0.113.133; 丢弃：半连接队列已满]\n") !=
          std::string::npos);
    const fs::path mmd = scratch() / "zh.mmd";
    CHECK(run("--lang zh_CN --scenario lost-syn --export " + mmd.string()).exit_code == 0);
    CHECK(slurp(mmd).find("participant h0 as 客户端 192.0.2.10:50000") != std::string::npos);
    // The engine's own sentences too: a malformed scenario file, an unwritable export.
    const fs::path bad = scratch() / "bad-zh.json";
    std::ofstream(bad) << R"({"format": "tcpviz-scenario", "version": 1, "name": "x", "options": {"latency_ms": "x"},
                             "hosts": [{"name": "client", "address": "192.0.2.10"}]})";
    const Result malformed = run("--lang zh_CN --scenario " + bad.string());
    CHECK(malformed.exit_code == 2);
    CHECK(malformed.err == "tcpviz: 场景文件“" + bad.string() + "”：字段“options.latency_ms”必须是数字。\n");
    CHECK(run("--lang zh_CN --scenario normal --export /nonexistent-dir/x.txt").err ==
          "tcpviz: 无法写入“/nonexistent-dir/x.txt”：文件夹“/nonexistent-dir”不存在。\n");
    // The system's language when --lang is not given.
    const Result system = run_in_locale("zh_CN.UTF-8", "--scenario nope");
    CHECK(system.err.find("未知场景") != std::string::npos);
}

TEST_CASE("an unknown --lang is a usage error", "[cli]")
{
    const Result r = run("--lang xx --scenario normal");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "tcpviz: --lang must be one of en, zh_CN, not 'xx'.\n");
}
