// How tcpviz starts: `tcpviz FILE` (what a file manager runs) opens the window with the
// file, `--window` opens it with any options, and with an export the same FILE is
// written from as its option would be. The window is run offscreen and reports what it
// opened with after its first paint (TCPVIZ_QUIT_WHEN_SHOWN).
#include "cli_run.hpp"

#include <catch2/catch.hpp>

using namespace tcpviz::test;

namespace {

// The window offscreen, in a fresh settings folder so that nothing remembered from an
// earlier run (a theme, a notation) decides what it shows: what it reports, then its exit code.
std::string window_report(const std::string& args,
                          const std::string& env = "QT_QPA_PLATFORM=offscreen TCPVIZ_QUIT_WHEN_SHOWN=1")
{
    const fs::path config = scratch() / "config";
    fs::remove_all(config);
    const std::string command = "env " + env + " XDG_CONFIG_HOME=" +
                                config.string() + " LC_ALL=C.UTF-8 LANGUAGE= timeout 60 " + TCPVIZ_BIN + " " + args +
                                " 2>&1; echo \"exit $?\"";
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), &pclose);
    std::string out;
    std::array<char, 4096> buf{};
    while (std::size_t n = fread(buf.data(), 1, buf.size(), pipe.get()))
        out.append(buf.data(), n);
    return out;
}

const std::string kLessons = TCPVIZ_LESSON_DIR;
const std::string kCaptures = TCPVIZ_CAPTURE_DIR;

} // namespace

TEST_CASE("a file alone opens the window with it loaded", "[cli][launch]")
{
    std::string out = window_report(kCaptures + "/loopback-close.pcap");
    CHECK(out.find("painted\ntitle: tcpviz — loopback-close.pcap\n") != std::string::npos);
    CHECK(out.find("exit 0") != std::string::npos);

    out = window_report(kLessons + "/05-syn-flood-and-cookies.json");
    CHECK(out.find("lesson: What does a SYN flood do, and how do SYN cookies answer it?\n") != std::string::npos);

    // Named as it likes: what the file holds decides.
    const fs::path renamed = scratch() / "lesson-without-extension";
    fs::copy_file(kLessons + "/01-why-three-segments.json", renamed, fs::copy_options::overwrite_existing);
    out = window_report(renamed.string());
    CHECK(out.find("lesson: Why three segments and not two?\n") != std::string::npos);

    // A file that is wrong is said in the window, which still opens.
    const fs::path bad = scratch() / "bad.json";
    write_file(bad, R"({"hosts": )");
    out = window_report(bad.string());
    CHECK(out.find("message: scenario file '" + bad.string() + "': the scenario is not valid JSON") !=
          std::string::npos);
    CHECK(out.find("painted") != std::string::npos);
}

TEST_CASE("window opens with a scenario a theme a notation and presentation mode", "[cli][launch]")
{
    const std::string out =
        window_report("--window --scenario syn-flood-cookies --theme dark --numbers relative --present");
    CHECK(out == "painted\ntitle: tcpviz — SYN flood with SYN cookies\nlesson: \ntheme: dark\nnumbers: relative\n"
                 "presentation: on\nexit 0\n");
    // --present alone is the window too.
    CHECK(window_report("--present").find("presentation: on\n") != std::string::npos);
}

TEST_CASE("window options that cannot be are refused in one sentence", "[cli][launch][errors]")
{
    CHECK(window_report("--window --scenario normal --export x.svg") ==
          "tcpviz: --export writes or prints without the window: leave out --window and --present to use it.\nexit 2\n");
    CHECK(window_report("--window --theme print") ==
          "tcpviz: --theme print is for paper: the window's themes are light, dark and high-contrast.\nexit 2\n");
    CHECK(window_report("--window --scenario nosuch") ==
          "tcpviz: unknown scenario 'nosuch': run tcpviz --list-scenarios to see the built-in ones, or give a .json "
          "file.\nexit 2\n");
    CHECK(window_report(kCaptures + "/loopback-close.pcap --seed 3") ==
          "tcpviz: --seed goes with --scenario or --lesson in the window: a file or a capture opens as it is.\nexit 2\n");
    // Without a display the window says it has nowhere to go.
    CHECK(window_report("--window --scenario normal", "-u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM") ==
          "tcpviz: there is no display for the window (neither DISPLAY nor WAYLAND_DISPLAY is set): give --export "
          "FILE to draw without one.\nexit 2\n");
}

TEST_CASE("a file with an export is written from as its option would be", "[cli][launch][export]")
{
    const fs::path dir = scratch();
    for (const std::string& capture : {std::string("loopback-close.pcap"), std::string("loopback-ipv6.pcap")}) {
        INFO(capture);
        REQUIRE(run(kCaptures + "/" + capture + " --export " + (dir / "a.txt").string()).exit_code == 0);
        REQUIRE(run("--import " + kCaptures + "/" + capture + " --export " + (dir / "b.txt").string()).exit_code == 0);
        CHECK(slurp(dir / "a.txt") == slurp(dir / "b.txt"));
    }
    for (const auto& entry : fs::directory_iterator(kLessons)) {
        INFO(entry.path().string());
        REQUIRE(run(entry.path().string() + " --export " + (dir / "a.txt").string()).exit_code == 0);
        REQUIRE(run("--lesson " + entry.path().string() + " --export " + (dir / "b.txt").string()).exit_code == 0);
        CHECK(slurp(dir / "a.txt") == slurp(dir / "b.txt"));
    }
    const Result missing = run((dir / "nothing-here.json").string() + " --export " + (dir / "c.txt").string());
    CHECK(missing.exit_code == 2);
    CHECK(missing.err == "tcpviz: there is no file '" + (dir / "nothing-here.json").string() +
                             "' (options start with --).\n");
    CHECK(!fs::exists(dir / "c.txt"));
}
