// The work shared between two threads comes out as it would from one: every piece of a
// text once and in order, whatever the count and however long each takes; an exception
// from either side reaches the caller, and nothing is written after it.
#include "parallel/two_threads.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace tcpviz;

namespace {

// Piece i: its number, then i % 7 letters; every fifth one slow, so that pieces finish
// out of order.
void make_piece(std::size_t i, std::string& out)
{
    if (i % 5 == 3)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    out += std::to_string(i) + ":" + std::string(i % 7, 'a') + "\n";
}

} // namespace

TEST_CASE("pieces made on two threads reach the sink once each and in order", "[core][parallel]")
{
    for (std::size_t count : {0u, 1u, 2u, 3u, 4u, 5u, 9u, 64u, 1000u}) {
        INFO(count);
        std::string expected;
        for (std::size_t i = 0; i < count; ++i)
            make_piece(i, expected);
        std::string written;
        std::size_t calls = 0;
        const auto sink_thread = std::this_thread::get_id();
        bool sink_elsewhere = false;
        write_pieces_in_order(count, make_piece, [&](std::string_view piece) {
            written += piece;
            ++calls;
            sink_elsewhere = sink_elsewhere || std::this_thread::get_id() != sink_thread;
        });
        CHECK(written == expected);
        CHECK(calls == count);
        CHECK_FALSE(sink_elsewhere);
    }
}

TEST_CASE("a piece that cannot be made stops the writing with its exception", "[core][parallel]")
{
    for (std::size_t failing : {0u, 1u, 2u, 7u, 38u}) {
        INFO(failing);
        std::vector<std::size_t> written;
        const auto make = [&](std::size_t i, std::string& out) {
            if (i == failing)
                throw std::runtime_error("piece " + std::to_string(i));
            make_piece(i, out);
        };
        CHECK_THROWS_WITH(write_pieces_in_order(40, make,
                                                [&](std::string_view piece) {
                                                    written.push_back(std::stoul(std::string(piece)));
                                                }),
                          "piece " + std::to_string(failing));
        // Only pieces before the failing one, in order.
        for (std::size_t k = 0; k < written.size(); ++k)
            CHECK(written[k] == k);
        CHECK(written.size() <= failing);
    }
}

TEST_CASE("a sink that fails stops the makers and passes its exception on", "[core][parallel]")
{
    std::atomic<std::size_t> made{0};
    std::size_t written = 0;
    CHECK_THROWS_WITH(write_pieces_in_order(
                          10000,
                          [&](std::size_t i, std::string& out) {
                              ++made;
                              make_piece(i, out);
                          },
                          [&](std::string_view) {
                              if (++written == 3)
                                  throw std::runtime_error("disk full");
                          }),
                      "disk full");
    CHECK(written == 3);
    CHECK(made.load() <= 3 + 4 + 2); // the makers hold at most four pieces, and each may be making one
}

TEST_CASE("both halves of the work run and their exceptions come back", "[core][parallel]")
{
    std::vector<int> halves(2, 0);
    run_both([&] { halves[0] = 1; }, [&] { halves[1] = 2; });
    CHECK(halves == std::vector<int>{1, 2});

    int finished = 0;
    CHECK_THROWS_WITH(run_both([&] { throw std::runtime_error("there"); }, [&] { ++finished; }), "there");
    CHECK(finished == 1); // this side still ran to its end
    CHECK_THROWS_WITH(run_both([&] { ++finished; }, [&] { throw std::runtime_error("here"); }), "here");
    CHECK(finished == 2);
    CHECK_THROWS_WITH(run_both([] { throw std::runtime_error("there"); }, [] { throw std::runtime_error("here"); }),
                      "here");

    // Too little to share: both here, in turn; enough: the first on another thread.
    const auto caller = std::this_thread::get_id();
    std::vector<bool> elsewhere;
    for (std::size_t items : {kWorthAThread - 1, kWorthAThread}) {
        std::array<std::thread::id, 2> ran_on{}; // each side writes its own
        run_both(
            items, [&] { ran_on[0] = std::this_thread::get_id(); }, [&] { ran_on[1] = std::this_thread::get_id(); });
        CHECK(ran_on[1] == caller);
        elsewhere.push_back(ran_on[0] != caller);
    }
    CHECK(elsewhere == std::vector<bool>{false, true});
}

TEST_CASE("shared pieces are each taken once while this thread does its own task first", "[core][parallel]")
{
    for (std::size_t count : {0u, 1u, 2u, 64u, 1000u}) {
        INFO(count);
        std::vector<std::atomic<int>> taken(count);
        const auto caller = std::this_thread::get_id();
        std::thread::id first_ran_on{};
        std::atomic<bool> helper_took{false};
        share_pieces(
            count,
            [&](std::size_t i) {
                ++taken[i];
                if (std::this_thread::get_id() != caller)
                    helper_took = true;
            },
            [&] {
                first_ran_on = std::this_thread::get_id();
                std::this_thread::sleep_for(std::chrono::milliseconds(5)); // the helper starts meanwhile
            });
        CHECK(first_ran_on == caller);
        for (std::size_t i = 0; i < count; ++i)
            CHECK(taken[i].load() == 1);
        if (count > 0)
            CHECK(helper_took.load()); // the helper worked while this thread did its task
    }
}

TEST_CASE("a shared piece that fails stops the pieces not yet taken", "[core][parallel]")
{
    std::atomic<std::size_t> taken{0};
    CHECK_THROWS_WITH(share_pieces(
                          100000,
                          [&](std::size_t i) {
                              ++taken;
                              if (i == 10)
                                  throw std::runtime_error("piece 10");
                          },
                          [] {}),
                      "piece 10");
    CHECK(taken.load() < 100000);
    CHECK_THROWS_WITH(share_pieces(
                          10, [](std::size_t) {}, [] { throw std::runtime_error("first"); }),
                      "first");
}
