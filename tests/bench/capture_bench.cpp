// ./dev bench ladder: the ladder of a simulated flood.
// ./dev bench capture: a flood of `count` forged SYNs written as a pcap (twice as many
// segments with the SYN-ACKs), then imported and its ladder written, each stage timed,
// in a child process whose peak memory is the import's alone; then tshark's flow graph
// of the same file (tshark -q -z flow,tcp,standard) for the comparison the targets use.
#include "capture/capture_import.hpp"
#include "formats/ladder.hpp"
#include "formats/output_file.hpp"
#include "formats/pcap_writer.hpp"
#include "scenario/scenario_library.hpp"
#include "sim/simulation.hpp"
#include "system/memory_reuse.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tcpviz;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// As `tcpviz --import flood.pcap --conversation all --export flood.txt` does it: the
// capture and its conversations let go once imported, the ladder written as it is made,
// freed memory kept for reuse.
void import_and_ladder(const std::string& pcap, const std::string& ladder)
{
    const auto start = Clock::now();
    double read = 0, found = 0;
    std::size_t packets = 0;
    const Trace trace = [&] {
        Capture capture = read_capture(pcap);
        read = since(start);
        packets = capture.packets.size();
        ConversationList conversations = find_conversations(capture);
        found = since(start);
        std::vector<std::uint32_t> all(conversations.size());
        for (std::uint32_t i = 0; i < all.size(); ++i)
            all[i] = i + 1;
        return import_conversations(std::move(capture), std::move(conversations), all);
    }();
    const double imported = since(start);
    Scenario named;
    named.name = "flood.pcap";
    write_text_atomically(ladder, [&](const TextSink& sink) { write_ladder(sink, named, trace, Notation::Symbolic); });
    const double total = since(start);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("import %zu segments: read %.2f s, conversations %.2f s, import %.2f s, ladder %.2f s; total %.2f s, "
                "peak memory %.0f MB\n",
                packets, read, found - read, imported - found, total - imported, total,
                double(usage.ru_maxrss) / 1024.0);
}

} // namespace

// The ladder of a simulated flood of `count` SYNs with cookies (twice as many segments),
// written to a file as `--export flood.txt` does, in a child process for its peak memory.
void ladder_bench(std::uint32_t count)
{
    std::fflush(stdout);
    if (const pid_t child = fork(); child == 0) {
        reuse_freed_memory(); // as the command line does
        Scenario flood = *builtin_scenario("syn-flood-cookies");
        flood.timeline.resize(1);
        flood.timeline[0].count = count;
        flood.timeline[0].interval = 1000;
        Simulation sim(flood);
        sim.run_to_end();
        const std::string ladder = "/tmp/tcpviz-bench-ladder.txt";
        const auto start = Clock::now();
        write_text_atomically(ladder, [&](const TextSink& sink) { write_ladder(sink, flood, sim.trace()); });
        const double took = since(start);
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("ladder of a simulated flood, %zu segments: %.2f s, peak memory with the simulation %.0f MB\n",
                    sim.trace().segments.size(), took, double(usage.ru_maxrss) / 1024.0);
        std::remove(ladder.c_str());
        std::fflush(stdout);
        _exit(0);
    } else {
        int status = 0;
        waitpid(child, &status, 0);
    }
}

void capture_bench(std::uint32_t count)
{
    Scenario flood = *builtin_scenario("syn-flood-cookies");
    flood.timeline.resize(1);
    flood.timeline[0].count = count;
    flood.timeline[0].interval = 1000;
    const std::string pcap = "/tmp/tcpviz-bench-flood.pcap", ladder = "/tmp/tcpviz-bench-flood.txt";
    {
        Simulation sim(flood);
        sim.run_to_end();
        write_pcap(pcap, sim.trace());
    }
    malloc_trim(0); // the simulation's memory back to the system: the child's peak is the import's alone
    std::fflush(stdout);
    if (const pid_t child = fork(); child == 0) {
        reuse_freed_memory(); // as the command line does
        import_and_ladder(pcap, ladder);
        std::fflush(stdout);
        _exit(0);
    } else {
        int status = 0;
        waitpid(child, &status, 0);
    }
    const auto start = Clock::now();
    const std::string tshark = "tshark -q -z flow,tcp,standard -r " + pcap + " > /dev/null 2>&1";
    if (std::system(tshark.c_str()) == 0)
        std::printf("tshark -q -z flow,tcp,standard on the same file: %.2f s\n", since(start));
    else
        std::printf("tshark is not installed: no comparison\n");
    std::remove(pcap.c_str());
    std::remove(ladder.c_str());
}
