// What a file holds, as `tcpviz FILE` and the window's Open decide it: from its bytes,
// whatever its name says.
#include "formats/file_kind.hpp"
#include "formats/pcap_writer.hpp"
#include "scenario/scenario_library.hpp"
#include "sim/simulation.hpp"
#include "support/capture_files.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace tcpviz;
namespace fs = std::filesystem;

namespace {

std::string written(const std::string& name, const std::string& text)
{
    const std::string path = test::temp_capture_path(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

} // namespace

TEST_CASE("every recorded capture is a capture whatever its name")
{
    int seen = 0;
    for (const auto& entry : fs::directory_iterator(TCPVIZ_CAPTURE_DIR)) {
        const std::string ext = entry.path().extension().string();
        if (ext != ".pcap" && ext != ".pcapng")
            continue;
        INFO(entry.path().string());
        CHECK(file_kind(entry.path().string()) == FileKind::Capture);
        // Renamed as a file manager might have it, it is still told by its magic number.
        const std::string renamed = test::temp_capture_path("renamed.json");
        fs::copy_file(entry.path(), renamed, fs::copy_options::overwrite_existing);
        CHECK(file_kind(renamed) == FileKind::Capture);
        fs::remove(renamed);
        ++seen;
    }
    CHECK(seen >= 6);
}

TEST_CASE("every built-in scenario exported as pcap and as JSON is told apart")
{
    for (const Scenario& scenario : builtin_scenarios()) {
        INFO(scenario.name);
        Simulation sim(scenario);
        sim.run_to_end();
        const std::string pcap = test::temp_capture_path("kind.pcap");
        write_pcap(pcap, sim.trace());
        CHECK(file_kind(pcap) == FileKind::Capture);
        const std::string json = written("kind.json", scenario_to_json_text(scenario));
        CHECK(file_kind(json) == FileKind::Scenario);
        fs::remove(pcap);
        fs::remove(json);
    }
}

TEST_CASE("every built-in lesson file is a lesson")
{
    int seen = 0;
    for (const auto& entry : fs::directory_iterator(TCPVIZ_LESSON_DIR)) {
        INFO(entry.path().string());
        CHECK(file_kind(entry.path().string()) == FileKind::Lesson);
        ++seen;
    }
    CHECK(seen >= 9);
}

TEST_CASE("what is neither a capture nor a lesson goes to the scenario reader")
{
    // It names what is wrong: not JSON, empty, missing, a lesson field that is not an object member.
    CHECK(file_kind(written("text.json", "not json at all")) == FileKind::Scenario);
    CHECK(file_kind(written("empty.json", "")) == FileKind::Scenario);
    CHECK(file_kind(written("short.pcap", "\xa1\xb2")) == FileKind::Scenario);
    CHECK(file_kind(written("array.json", R"(["lesson"])")) == FileKind::Scenario);
    CHECK(file_kind(written("nested.json", R"({"hosts": {"lesson": 1}})")) == FileKind::Scenario);
    CHECK(file_kind(test::temp_capture_path("does-not-exist")) == FileKind::Scenario);
}
