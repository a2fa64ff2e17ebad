// The ladder's columns say what every other view says: each segment line gives its
// sending and arrival as "%.3f" milliseconds (as the diagram's time labels round them),
// and its Seq and Ack as the chosen notation writes them, in every built-in scenario
// and every notation, and in every recorded capture (whose times fall on any nanosecond);
// and the lines made in pieces on two threads are the lines made in one.
#include "capture/capture_import.hpp"
#include "formats/ladder.hpp"
#include "scenario/scenario_library.hpp"
#include "sim/simulation.hpp"
#include "support/capture_files.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <sstream>

using namespace tcpviz;

namespace {

std::string ms_column(std::int64_t ns)
{
    char text[32];
    std::snprintf(text, sizeof text, "%10.3f", double(ns) / double(kMillisecond));
    return text;
}

std::vector<std::string> row_lines(const std::string& ladder)
{
    std::vector<std::string> lines;
    std::istringstream in(ladder);
    for (std::string line; std::getline(in, line);)
        if (!line.empty() && line[0] != '#')
            lines.push_back(line);
    return lines;
}

void check_columns(const Scenario& scenario, const Trace& trace)
{
    const auto rows = ladder_rows(trace);
    for (Notation notation : {Notation::Symbolic, Notation::Relative, Notation::Absolute}) {
        INFO(scenario.name << " " << notation_id(notation));
        const SeqNotation numbers(trace, notation);
        const std::string ladder = ladder_text(scenario, trace, notation);
        // Made in pieces of three rows on two threads, it is the same text.
        std::string in_pieces;
        write_ladder([&](std::string_view piece) { in_pieces += piece; }, scenario, trace, notation, {}, 3);
        CHECK(in_pieces == ladder);
        const std::vector<std::string> lines = row_lines(ladder);
        REQUIRE(lines.size() == rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const LadderRow& r = rows[i];
            INFO(lines[i]);
            CHECK(lines[i].rfind(ms_column(r.time), 0) == 0);
            if (!r.is_segment)
                continue;
            if (r.end_time >= 0 && !r.lost)
                CHECK(lines[i].substr(12, 10) == ms_column(r.end_time));
            const std::string seq = " " + numbers.seq(r.segment) + " ";
            CHECK(lines[i].find(seq) != std::string::npos);
            if (trace.segments[r.segment].seg.has(flag::ACK))
                CHECK(lines[i].find(" " + numbers.ack(r.segment) + " ", lines[i].find(seq)) != std::string::npos);
        }
    }
}

} // namespace

TEST_CASE("every ladder line gives its segment's times and numbers as the other views do", "[ladder]")
{
    for (const Scenario& scenario : builtin_scenarios()) {
        Simulation sim(scenario);
        sim.run_to_end();
        check_columns(scenario, sim.trace());
    }
    Scenario flood = *builtin_scenario("syn-flood-cookies"); // rows in many pieces of the default size
    flood.timeline.resize(1);
    flood.timeline[0].count = 3 * std::uint32_t(kLadderRowsPerPiece) / 2;
    Simulation sim(flood);
    sim.run_to_end();
    check_columns(flood, sim.trace());
    for (const auto& entry : std::filesystem::directory_iterator(TCPVIZ_CAPTURE_DIR)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".pcap" && entry.path().extension() != ".pcapng")
            continue;
        if (name == "mixed-link-types.pcapng") // libpcap cannot read it, by design
            continue;
        Capture capture = read_capture(entry.path().string());
        ConversationList conversations = find_conversations(capture);
        std::vector<std::uint32_t> all;
        for (const Conversation& c : conversations)
            all.push_back(c.number);
        Scenario named;
        named.name = name;
        check_columns(named, import_conversations(std::move(capture), std::move(conversations), all));
    }
}
