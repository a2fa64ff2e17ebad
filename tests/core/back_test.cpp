// back() restores the exact previous state — every endpoint, timer, queue, the event
// queue and the trace — after any number of steps, and acting after it branches.
#include "support/lab.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace tcpviz;
using namespace tcpviz::test;

namespace {

struct Saved {
    World world;
    ChunkedVector<TraceEvent> events;
    ChunkedVector<SegmentRecord> segments;
};

Saved save(const Simulation& sim)
{
    return {sim.world(), sim.trace().events, sim.trace().segments};
}

void require_same(const Simulation& sim, const Saved& saved)
{
    REQUIRE(sim.world().step == saved.world.step);
    REQUIRE(sim.world() == saved.world);
    REQUIRE(sim.trace().events == saved.events);
    REQUIRE(sim.trace().segments == saved.segments);
}

// One random user action: lose an in-flight segment, forge a SYN, or arm a loss.
bool random_action(Simulation& sim, std::mt19937_64& rng)
{
    Action a;
    switch (rng() % 3) {
    case 0: {
        const auto flying = sim.in_flight();
        if (flying.empty())
            return false;
        a.kind = ActionKind::LoseSegment;
        a.segment = flying[rng() % flying.size()];
        return sim.apply(a);
    }
    case 1:
        if (sim.host_index("attacker") == kNoHost || sim.host_index("forged") == kNoHost)
            return false;
        a.kind = ActionKind::ForgeSyn;
        a.host = sim.host_index("attacker");
        a.as = sim.host_index("forged");
        a.target = sim.host_index("server");
        return sim.apply(a);
    default:
        a.kind = ActionKind::ArmLoss;
        a.loss_kind = SegmentKind(rng() % 6);
        return sim.apply(a);
    }
}

} // namespace

TEST_CASE("back() after every step of every scenario restores the exact state", "[core][back]")
{
    for (const Scenario& s : builtin_scenarios()) {
        DYNAMIC_SECTION(s.name)
        {
            Simulation sim(s);
            std::vector<Saved> history{save(sim)};
            while (sim.step())
                history.push_back(save(sim));
            for (std::size_t i = history.size() - 1; i > 0; --i) {
                REQUIRE(sim.back());
                require_same(sim, history[i - 1]);
            }
            CHECK_FALSE(sim.back());
        }
    }
}

TEST_CASE("random walks of steps, backs and live actions always rewind exactly", "[core][back]")
{
    for (const char* name : {"normal", "syn-flood-cookies", "lost-ack", "old-duplicate-syn"}) {
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            DYNAMIC_SECTION(name << " seed " << seed)
            {
                std::mt19937_64 rng(seed);
                Simulation sim(*builtin_scenario(name));
                std::vector<Saved> history{save(sim)};
                for (int move = 0; move < 400; ++move) {
                    const auto r = rng() % 10;
                    if (r < 5) {
                        if (sim.step())
                            history.push_back(save(sim));
                    } else if (r < 8) {
                        if (sim.back()) {
                            history.pop_back();
                            require_same(sim, history.back());
                        }
                    } else if (random_action(sim, rng)) {
                        history.push_back(save(sim));
                    }
                }
            }
        }
    }
}

TEST_CASE("back() across snapshot intervals in a long flood", "[core][back]")
{
    Scenario s = *builtin_scenario("syn-flood-cookies");
    s.timeline[0].count = 600;
    s.timeline[0].interval = kMillisecond;
    Simulation sim(s);
    for (int i = 0; i < 1500; ++i)
        sim.step();
    REQUIRE(sim.snapshot_count() > 2);
    std::vector<Saved> history;
    Simulation replay(s);
    for (int i = 0; i < 1500; ++i) {
        history.push_back(save(replay));
        replay.step();
    }
    for (int i = 1499; i >= 1200; --i) {
        REQUIRE(sim.back());
        require_same(sim, history[static_cast<std::size_t>(i)]);
    }
}

TEST_CASE("acting after back() branches the future", "[core][back]")
{
    Simulation sim(*builtin_scenario("normal"));
    const std::uint32_t synack = 1;
    while (sim.trace().segments.size() <= synack)
        sim.step(); // until the SYN-ACK leaves
    sim.step();     // it arrives
    REQUIRE(sim.back());
    Action lose;
    lose.kind = ActionKind::LoseSegment;
    lose.segment = synack;
    REQUIRE(sim.apply(lose));
    sim.run_to_end();
    const auto lines = ladder(sim);
    CHECK(lines[1] == "server>client SYN-ACK 300 101 0 lost");
    CHECK(reached(sim, "client", TcpState::Established)); // recovered by retransmission
    // A segment that has already arrived cannot be lost.
    lose.segment = 0;
    CHECK_FALSE(sim.apply(lose));
}

TEST_CASE("reset() returns to step 0", "[core][back]")
{
    Simulation sim(*builtin_scenario("lost-syn"));
    const Saved start = save(sim);
    sim.run_to_end();
    sim.reset();
    require_same(sim, start);
}

TEST_CASE("a live flood keeps sending after the action and rewinds exactly", "[core][back]")
{
    Simulation sim(*builtin_scenario("syn-flood-cookies"));
    sim.run_to_end();
    const std::size_t before = sim.trace().segments.size();
    Action flood;
    flood.kind = ActionKind::Flood;
    flood.host = sim.host_index("attacker");
    flood.as = sim.host_index("forged");
    flood.target = sim.host_index("server");
    flood.count = 20;
    flood.interval = 5 * kMillisecond;
    const Saved start = save(sim);
    REQUIRE(sim.apply(flood));
    std::vector<Saved> history{save(sim)};
    while (sim.step())
        history.push_back(save(sim));
    std::size_t forged = 0;
    for (std::size_t i = before; i < sim.trace().segments.size(); ++i)
        forged += sim.trace().segments[i].why == Explain::FloodSyn;
    CHECK(forged == 20);
    for (std::size_t i = history.size() - 1; i > 0; --i) {
        REQUIRE(sim.back());
        require_same(sim, history[i - 1]);
    }
    REQUIRE(sim.back());
    require_same(sim, start);
}
