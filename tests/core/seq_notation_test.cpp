// One notation for every number: the symbols of the textbook (x, y, c, s, t), relative
// numbers as Wireshark counts, and absolute ones, near 2^32 too.
#include "support/lab.hpp"
#include "teaching/seq_notation.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tcpviz;
using tcpviz::test::finished;

namespace {

std::vector<std::string> labels(const Trace& trace, Notation notation)
{
    const SeqNotation numbers(trace, notation);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < trace.segments.size(); ++i)
        out.push_back(numbers.label(i));
    return out;
}

bool has(const std::vector<std::string>& all, const std::string& label)
{
    return std::find(all.begin(), all.end(), label) != all.end();
}

} // namespace

TEST_CASE("the handshake and its data in each notation", "[core][notation]")
{
    const Simulation sim = finished("normal");
    CHECK(labels(sim.trace(), Notation::Symbolic) ==
          std::vector<std::string>{"SYN  Seq=x", "SYN-ACK  Seq=y Ack=x+1", "ACK  Seq=x+1 Ack=y+1",
                                   "PSH-ACK  Seq=x+1 Ack=y+1 Len=5", "ACK  Seq=y+1 Ack=x+6",
                                   "PSH-ACK  Seq=y+1 Ack=x+6 Len=5", "ACK  Seq=x+6 Ack=y+6",
                                   "FIN-ACK  Seq=u Ack=y+6", "FIN-ACK  Seq=w Ack=u+1", "ACK  Seq=u+1 Ack=w+1"});
    CHECK(labels(sim.trace(), Notation::Relative) ==
          std::vector<std::string>{"SYN  Seq=0", "SYN-ACK  Seq=0 Ack=1", "ACK  Seq=1 Ack=1",
                                   "PSH-ACK  Seq=1 Ack=1 Len=5", "ACK  Seq=1 Ack=6", "PSH-ACK  Seq=1 Ack=6 Len=5",
                                   "ACK  Seq=6 Ack=6", "FIN-ACK  Seq=6 Ack=6", "FIN-ACK  Seq=6 Ack=7",
                                   "ACK  Seq=7 Ack=7"});
    CHECK(labels(sim.trace(), Notation::Absolute).front() == "SYN  Seq=100");
    const SeqNotation numbers(sim.trace(), Notation::Symbolic);
    REQUIRE(numbers.symbols().size() == 4); // x, y, then the close's u and w
    CHECK(numbers.symbols()[0].base.raw() == 100);
    CHECK(numbers.symbols()[1].base.raw() == 300);
    CHECK(symbol_meaning(numbers.symbols()[0], sim.trace()) == "Client's ISN");
    // The endpoint's view: the client's RCV.NXT counts in the server's space, from
    // server to client; its SND.NXT in its own.
    const Segment& syn_ack = sim.trace().segments[1].seg;
    CHECK(numbers.in_direction(syn_ack.src_addr, syn_ack.src_port, syn_ack.dst_addr, syn_ack.dst_port,
                               syn_ack.seq + 1) == "y+1");
    CHECK(numbers.in_direction(syn_ack.dst_addr, syn_ack.dst_port, syn_ack.src_addr, syn_ack.src_port,
                               syn_ack.ack) == "x+1");
}

TEST_CASE("numbers near 2^32 wrap in every notation", "[core][notation]")
{
    Scenario s = *builtin_scenario("normal");
    s.hosts[0].first_isn = 0xffffffffu;
    const Simulation sim = finished(s);
    CHECK(sim.trace().segments[1].seg.ack.raw() == 0);
    CHECK(labels(sim.trace(), Notation::Symbolic)[1] == "SYN-ACK  Seq=y Ack=x+1");
    CHECK(labels(sim.trace(), Notation::Relative)[1] == "SYN-ACK  Seq=0 Ack=1");
    CHECK(labels(sim.trace(), Notation::Absolute)[1] == "SYN-ACK  Seq=300 Ack=0");
    CHECK(labels(sim.trace(), Notation::Symbolic)[6] == "ACK  Seq=x+6 Ack=y+6");
}

TEST_CASE("forged sources, their answers and a SYN cookie have symbols of their own", "[core][notation]")
{
    const Simulation sim = finished("syn-flood-cookies");
    const auto all = labels(sim.trace(), Notation::Symbolic);
    CHECK(has(all, "SYN  Seq=s₁"));
    CHECK(has(all, "SYN-ACK  Seq=t₁ Ack=s₁+1"));
    CHECK(has(all, "SYN  Seq=x"));
    CHECK(has(all, "SYN-ACK  Seq=c Ack=x+1")); // the client's answer is a cookie
    CHECK(has(all, "ACK  Seq=x+1 Ack=c+1"));
    const SeqNotation numbers(sim.trace(), Notation::Symbolic);
    const auto legend = notation_legend(numbers, sim.trace(), sim.trace().segments.size());
    CHECK(std::any_of(legend.begin(), legend.end(), [](const LegendEntry& e) {
        return e.symbols.rfind("s₁ … s", 0) == 0 && e.meaning == "the ISNs of the forged SYNs";
    }));
    CHECK(std::any_of(legend.begin(), legend.end(), [](const LegendEntry& e) {
        return e.symbols == "c" && e.meaning == "Server's SYN cookie, sent as its ISN";
    }));
}

TEST_CASE("a second connection and an old duplicate count in spaces of their own", "[core][notation]")
{
    const auto all = labels(finished("old-duplicate-syn").trace(), Notation::Symbolic);
    CHECK(has(all, "SYN  Seq=x"));
    CHECK(has(all, "SYN  Seq=x₂"));
    CHECK(has(all, "SYN-ACK  Seq=y₂ Ack=x₂+1"));
    CHECK(has(all, "RST  Seq=x₂+1"));
    CHECK(has(all, "ACK  Seq=x+1 Ack=y+1"));
}

TEST_CASE("a label's size is known without making it", "[core][notation]")
{
    for (const Scenario& s : builtin_scenarios()) {
        const Simulation sim = finished(s);
        for (Notation n : {Notation::Symbolic, Notation::Relative, Notation::Absolute}) {
            const SeqNotation numbers(sim.trace(), n);
            for (std::size_t i = 0; i < sim.trace().segments.size(); i += 1 + i / 64) {
                INFO(s.name << " " << notation_id(n) << " " << numbers.label(i));
                CHECK(numbers.label_size(i) == numbers.label(i).size());
            }
        }
    }
}

TEST_CASE("notation ids read back and nothing else is one", "[core][notation]")
{
    for (Notation n : {Notation::Symbolic, Notation::Relative, Notation::Absolute}) {
        Notation back = Notation::Absolute;
        REQUIRE(parse_notation(notation_id(n), back));
        CHECK(back == n);
    }
    Notation out = Notation::Relative;
    CHECK_FALSE(parse_notation("roman", out));
    CHECK(out == Notation::Relative);
}

TEST_CASE("the close in the textbook's symbols: FIN u then ACK v then FIN w then ACK u+1 w+1", "[core][notation][close]")
{
    const auto close_labels = [](const char* name) {
        const Simulation sim = finished(name);
        auto all = labels(sim.trace(), Notation::Symbolic);
        return std::vector<std::string>(all.begin() + 7, all.end()); // after the exchange (linux)
    };
    // The four segments of Figure 12, as 谢希仁's textbook writes them.
    CHECK(close_labels("close-four-way") == std::vector<std::string>{"FIN-ACK  Seq=u Ack=y+6", "ACK  Seq=v Ack=u+1",
                                                                   "FIN-ACK  Seq=w Ack=u+1", "ACK  Seq=u+1 Ack=w+1"});
    // Three: the ACK rides on the server's FIN, so there is no v.
    CHECK(close_labels("close-three-way") ==
          std::vector<std::string>{"FIN-ACK  Seq=u Ack=y+6", "FIN-ACK  Seq=w Ack=u+1", "ACK  Seq=u+1 Ack=w+1"});
    // Crossing FINs: each acknowledges the other's, neither has seen the other's yet.
    CHECK(close_labels("simultaneous-close") ==
          std::vector<std::string>{"FIN-ACK  Seq=u Ack=y+6", "FIN-ACK  Seq=w Ack=u", "ACK  Seq=w+1 Ack=u+1",
                                   "ACK  Seq=u+1 Ack=w+1"});
    // The server closes first: it is the one whose FIN is u.
    CHECK(close_labels("server-closes-first") == std::vector<std::string>{"FIN-ACK  Seq=u Ack=x+6", "ACK  Seq=v Ack=u+1",
                                                                        "FIN-ACK  Seq=w Ack=u+1", "ACK  Seq=u+1 Ack=w+1"});
    const Simulation half = finished("half-close");
    const SeqNotation numbers(half.trace(), Notation::Symbolic);
    // The half-close: v is where the server stands when it acknowledges the FIN with its
    // answer, and its FIN, w, comes 5 bytes later (v+5).
    std::vector<std::string> meanings, values;
    for (const SeqSymbol& s : numbers.symbols()) {
        meanings.push_back(symbol_meaning(s, half.trace()));
        values.push_back(std::to_string(s.base.raw()));
    }
    CHECK(meanings == std::vector<std::string>{"Client's ISN", "Server's ISN", "Client's FIN",
                                               "Server's Seq as it acknowledges the FIN", "Server's own FIN"});
    CHECK(values == std::vector<std::string>{"100", "300", "106", "301", "306"});
    CHECK(labels(half.trace(), Notation::Symbolic)[6] == "PSH-ACK  Seq=v Ack=u+1 Len=5");
    // Relative and absolute numbers know no close symbols.
    CHECK(labels(half.trace(), Notation::Relative)[6] == "PSH-ACK  Seq=1 Ack=7 Len=5");
}

TEST_CASE("the close's symbols count from the ISN where a number is plotted", "[core][notation][close]")
{
    const Simulation sim = finished("close-four-way");
    for (Notation n : {Notation::Symbolic, Notation::Relative}) {
        const SeqNotation numbers(sim.trace(), n);
        std::vector<std::int64_t> offsets;
        for (std::size_t i = 7; i < sim.trace().segments.size(); ++i)
            offsets.push_back(numbers.seq_offset(i));
        // FIN u = x+6, ACK v = y+6, FIN w = y+6, ACK u+1 = x+7: the same in both notations.
        CHECK(offsets == std::vector<std::int64_t>{6, 6, 6, 7});
    }
}

namespace {

// Everything a view can ask of a notation about the segments of `trace`.
void require_same_numbers(const SeqNotation& kept, const SeqNotation& fresh, const Trace& trace)
{
    REQUIRE(kept.symbols().size() == fresh.symbols().size());
    for (std::size_t i = 0; i < fresh.symbols().size(); ++i) {
        const SeqSymbol& a = kept.symbols()[i];
        const SeqSymbol& b = fresh.symbols()[i];
        INFO("symbol " << i << " " << fresh.symbol_name(std::uint32_t(i)));
        CHECK(kept.symbol_name(std::uint32_t(i)) == fresh.symbol_name(std::uint32_t(i)));
        CHECK((a.base == b.base && a.kind == b.kind && a.from_syn == b.from_syn && a.host == b.host &&
               a.peer == b.peer && a.first_segment == b.first_segment && a.previous == b.previous &&
               a.answers == b.answers));
    }
    for (std::size_t i = 0; i < trace.segments.size(); ++i) {
        const Segment& s = trace.segments[i].seg;
        INFO("segment " << i << " " << fresh.label(i));
        CHECK(kept.label(i) == fresh.label(i));
        CHECK(kept.seq_offset(i) == fresh.seq_offset(i));
        // The newest symbol of each direction, as the live values ask for SND.NXT and RCV.NXT.
        CHECK(kept.in_direction(s.src_addr, s.src_port, s.dst_addr, s.dst_port, s.seq + 1) ==
              fresh.in_direction(s.src_addr, s.src_port, s.dst_addr, s.dst_port, s.seq + 1));
        CHECK(kept.in_direction(s.dst_addr, s.dst_port, s.src_addr, s.src_port, s.ack) ==
              fresh.in_direction(s.dst_addr, s.dst_port, s.src_addr, s.src_port, s.ack));
    }
}

} // namespace

TEST_CASE("a notation built on two threads answers as one built on one", "[core][notation][parallel]")
{
    const auto check = [](const Trace& trace, const std::string& name) {
        for (Notation n : {Notation::Symbolic, Notation::Relative, Notation::Absolute}) {
            INFO(name << " " << notation_id(n));
            const SeqNotation one(trace, n, ~std::size_t(0)), two(trace, n, 1);
            require_same_numbers(two, one, trace);
            for (std::size_t i = 0; i < one.symbols().size(); ++i)
                CHECK(two.symbols()[i] == one.symbols()[i]); // every field, subscripts and links included
        }
    };
    for (const Scenario& s : builtin_scenarios())
        check(finished(s).trace(), s.name);
    Scenario flood = *builtin_scenario("syn-flood-cookies");
    flood.timeline.resize(1);
    // Enough symbols in each half that the merge lets go of the halves' chunks as it reads them.
    flood.timeline[0].count = 17000;
    flood.timeline[0].interval = 1000;
    check(finished(flood).trace(), "flood of 17000");
}

TEST_CASE("a notation built on two threads follows a step back as one built on one", "[core][notation][parallel][back]")
{
    for (const Scenario& s : builtin_scenarios()) {
        INFO(s.name);
        Simulation sim = finished(s);
        SeqNotation kept(sim.trace(), Notation::Symbolic, 1);
        for (int k = 0; k < 6 && sim.back(); ++k)
            kept.sync(sim.trace());
        require_same_numbers(kept, SeqNotation(sim.trace(), Notation::Symbolic, ~std::size_t(0)), sim.trace());
        while (sim.step())
            kept.sync(sim.trace());
        require_same_numbers(kept, SeqNotation(sim.trace(), Notation::Symbolic, ~std::size_t(0)), sim.trace());
    }
}

TEST_CASE("a notation that follows a step back answers as one made for the steps left", "[core][notation][back]")
{
    for (const Scenario& s : builtin_scenarios()) {
        for (Notation n : {Notation::Symbolic, Notation::Relative, Notation::Absolute}) {
            DYNAMIC_SECTION(s.name << " " << notation_id(n))
            {
                Simulation sim = finished(s);
                SeqNotation kept(sim.trace(), n);
                const std::uint32_t last = sim.current_step();
                // Back to the start, a step at a time, checking at every fourth step;
                // then forward again to the end.
                while (sim.back()) {
                    kept.sync(sim.trace());
                    if (sim.current_step() % 4 == 0)
                        require_same_numbers(kept, SeqNotation(sim.trace(), n), sim.trace());
                }
                while (sim.current_step() < last && sim.step())
                    kept.sync(sim.trace());
                require_same_numbers(kept, SeqNotation(sim.trace(), n), sim.trace());
            }
        }
    }
}

TEST_CASE("a flood's notation cut back to its middle names the later SYNs as a fresh one does", "[core][notation][back]")
{
    Scenario s = *builtin_scenario("syn-flood-cookies");
    s.timeline.resize(1);
    s.timeline[0].count = 400;
    s.timeline[0].interval = 1000;
    Simulation sim(s);
    sim.run_to_end();
    SeqNotation kept(sim.trace(), Notation::Symbolic);
    const std::uint32_t middle = sim.current_step() / 2;
    while (sim.current_step() > middle && sim.back()) {
    }
    kept.sync(sim.trace());
    require_same_numbers(kept, SeqNotation(sim.trace(), Notation::Symbolic), sim.trace());
    // The same run again: s₂₀₁ is the next forged source, not s₄₀₁.
    sim.run_to_end();
    kept.sync(sim.trace());
    require_same_numbers(kept, SeqNotation(sim.trace(), Notation::Symbolic), sim.trace());
}

TEST_CASE("each direction of a connection keeps its own entry in the one they share", "[core][notation]")
{
    using notation::Direction;
    using notation::DirectionTable;
    DirectionTable table;
    const Direction there{0x0a000001, 0x0a000002, 40000, 80}, back{0x0a000002, 0x0a000001, 80, 40000};
    const Direction other_port{0x0a000001, 0x0a000002, 40001, 80}, itself{0x0a000001, 0x0a000001, 5000, 5000};
    CHECK(table.find(there) == nullptr);
    CHECK(table.entry(there) == DirectionTable::kNone); // made, empty
    table.entry(there) = 7;
    REQUIRE(table.find(back) != nullptr); // its connection is known ...
    CHECK(*table.find(back) == DirectionTable::kNone); // ... but not this way
    table.entry(back) = 9;
    CHECK(*table.find(there) == 7);
    CHECK(*table.find(back) == 9);
    CHECK(table.find(other_port) == nullptr);
    CHECK(DirectionTable::half_of(there) == DirectionTable::half_of(back));
    table.entry(itself) = 3; // a connection of an endpoint with itself: one way, both directions
    CHECK(*table.find(itself) == 3);
    std::vector<std::uint32_t> entries;
    table.for_each([&](std::uint32_t& e) { entries.push_back(e); });
    std::sort(entries.begin(), entries.end());
    CHECK(entries == std::vector<std::uint32_t>{3, 7, 9, DirectionTable::kNone});
}
