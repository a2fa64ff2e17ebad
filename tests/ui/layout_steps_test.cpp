// The diagram's layout follows the run a step at a time, forward (extend) and back
// (Back cuts it back to a checkpoint and lays out again from there): either way it is
// the layout a new one of the same steps would be.
#include "diagram/diagram_layout.hpp"
#include "diagram/diagram_painter.hpp"
#include "scenario/scenario_library.hpp"
#include "sim/simulation.hpp"
#include "support/lab.hpp"

#include <catch2/catch.hpp>

#include <memory>

using namespace tcpviz;

namespace {

const LabelMetrics& metrics()
{
    static const DiagramTheme theme = DiagramTheme::make(ThemeKind::Light);
    static const LabelMetrics m = metrics_for(theme);
    return m;
}

// Everything the painter draws, but for the labels of arrows (checked by `labels`,
// in steps of that many: placing them all is the slow part of a long run).
void require_same_picture(const DiagramLayout& kept, const DiagramLayout& fresh, std::size_t labels = 1)
{
    REQUIRE(kept.size() == fresh.size());
    CHECK(kept.time_right() == fresh.time_right());
    REQUIRE(kept.lifelines().size() == fresh.lifelines().size());
    for (std::size_t l = 0; l < fresh.lifelines().size(); ++l) {
        CHECK(kept.lifelines()[l].x == fresh.lifelines()[l].x);
        CHECK(kept.lifelines()[l].numbers == fresh.lifelines()[l].numbers);
    }
    REQUIRE(kept.arrows().size() == fresh.arrows().size());
    for (std::size_t i = 0; i < fresh.arrows().size(); ++i) {
        const DiagramArrow& a = kept.arrows()[i];
        const DiagramArrow& b = fresh.arrows()[i];
        INFO("arrow " << i << " " << fresh.label_text(i).toStdString());
        CHECK((a.segment == b.segment && a.from == b.from && a.to == b.to && a.path_end == b.path_end &&
               a.end == b.end && a.drop_why == b.drop_why && a.end_box == b.end_box));
    }
    for (std::size_t i = 0; i < fresh.arrows().size(); i += labels)
        CHECK(kept.label(i).box == fresh.label(i).box);
    REQUIRE(kept.states().size() == fresh.states().size());
    for (std::size_t i = 0; i < fresh.states().size(); ++i) {
        const DiagramStateMark& a = kept.states()[i];
        const DiagramStateMark& b = fresh.states()[i];
        CHECK((a.host == b.host && a.y == b.y && a.state == b.state && a.box == b.box && a.until == b.until));
    }
    const auto kept_bands = kept.bands(), fresh_bands = fresh.bands();
    REQUIRE(kept_bands.size() == fresh_bands.size());
    for (std::size_t i = 0; i < fresh_bands.size(); ++i)
        CHECK((kept_bands[i].host == fresh_bands[i].host && kept_bands[i].y0 == fresh_bands[i].y0 &&
               kept_bands[i].y1 == fresh_bands[i].y1 && kept_bands[i].state == fresh_bands[i].state));
    REQUIRE(kept.breaks().size() == fresh.breaks().size());
    for (std::size_t i = 0; i < fresh.breaks().size(); ++i)
        CHECK(break_text(kept.breaks()[i]) == break_text(fresh.breaks()[i]));
    REQUIRE(kept.time_marks().size() == fresh.time_marks().size());
    for (std::size_t i = 0; i < fresh.time_marks().size(); ++i)
        CHECK((kept.time_marks()[i].y == fresh.time_marks()[i].y &&
               kept.time_marks()[i].time == fresh.time_marks()[i].time));
    REQUIRE(kept.queue_marks().size() == fresh.queue_marks().size());
    for (std::size_t i = 0; i < fresh.queue_marks().size(); ++i)
        CHECK(kept.queue_marks()[i].box == fresh.queue_marks()[i].box);
}

// The layout as the view keeps it: followed, or built anew when it cannot be.
struct FollowedLayout {
    explicit FollowedLayout(const Trace& followed, DiagramOptions chosen = {}, const LabelMetrics& type = metrics())
        : trace(followed), options(chosen), measures(type),
          layout(std::make_unique<DiagramLayout>(followed, options, measures))
    {
    }
    void follow()
    {
        if (!layout->extend()) {
            ++rebuilt;
            layout = std::make_unique<DiagramLayout>(trace, options, measures);
        }
    }
    const Trace& trace;
    DiagramOptions options;
    const LabelMetrics& measures;
    std::unique_ptr<DiagramLayout> layout;
    int rebuilt = 0;
};

} // namespace

TEST_CASE("a layout extended step by step equals one built at once", "[ui][layout]")
{
    for (const Scenario& s : builtin_scenarios()) {
        DYNAMIC_SECTION(s.name)
        {
            Simulation sim(s);
            sim.step();
            FollowedLayout followed(sim.trace());
            while (sim.step()) {
                followed.follow(); // a new lifeline, or a wider label between crossing arrows: built anew
                require_same_picture(*followed.layout, DiagramLayout(sim.trace(), {}, metrics()));
            }
            CHECK(followed.rebuilt < 6);
        }
    }
}

TEST_CASE("Back cuts the layout back to the diagram a new one of the steps left draws", "[ui][layout][back]")
{
    for (const Scenario& s : builtin_scenarios()) {
        DYNAMIC_SECTION(s.name)
        {
            Simulation sim = test::finished(s);
            const std::uint32_t last = sim.current_step();
            // Checkpoints every 5 events, so that a step back crosses some and what it
            // undoes was made across them.
            DiagramOptions close_checkpoints;
            close_checkpoints.checkpoint_events = 5;
            FollowedLayout followed(sim.trace(), close_checkpoints);
            while (sim.back()) {
                followed.follow();
                require_same_picture(*followed.layout, DiagramLayout(sim.trace(), {}, metrics()));
            }
            // Back past the step that brought a lifeline, the widest label or the first
            // crossing builds anew; the rest are cut back.
            CHECK(followed.rebuilt < 6);
            // Forward again, and back over what was laid out twice.
            while (sim.current_step() < last && sim.step())
                followed.follow();
            require_same_picture(*followed.layout, DiagramLayout(sim.trace(), {}, metrics()));
            for (int i = 0; i < 8 && sim.back(); ++i) {
                followed.follow();
                require_same_picture(*followed.layout, DiagramLayout(sim.trace(), {}, metrics()));
            }
        }
    }
}

TEST_CASE("Back across the checkpoints of a long flood lays out only what follows the nearest", "[ui][layout][back]")
{
    Scenario s = *builtin_scenario("syn-flood-cookies");
    s.timeline.resize(1);
    s.timeline[0].count = 24'000; // some 100,000 events, checkpoints every 32768; s₁₀₀₀₀ before halfway
    s.timeline[0].interval = 20 * kMillisecond;
    Simulation sim(s);
    sim.run_to_end();
    REQUIRE(sim.trace().events.size() > 65'536);
    FollowedLayout followed(sim.trace());
    // One step back, then to halfway (past a checkpoint), then a little way forward again.
    const std::uint32_t last = sim.current_step();
    for (std::uint32_t target : {last - 1, last / 2, last / 2 + 40}) {
        INFO("step " << target);
        while (sim.current_step() > target && sim.back()) {
        }
        while (sim.current_step() < target && sim.step()) {
        }
        followed.follow();
        require_same_picture(*followed.layout, DiagramLayout(sim.trace(), {}, metrics()), 97);
    }
    CHECK(followed.rebuilt == 0);
}

TEST_CASE("labels placed before a step moved the lifelines are placed again where they now belong", "[ui][layout]")
{
    // 600 SYNs 20 s apart: more arrows than one block of labels, and times that grow past
    // 10,000 s, written "1.002e+04 s", wider than any before in presentation type: the
    // lifelines move right then.
    Scenario s = *builtin_scenario("syn-flood-cookies");
    s.timeline.resize(1);
    s.timeline[0].count = 600;
    s.timeline[0].interval = 20'000 * kMillisecond;
    Simulation sim(s);
    for (int k = 0; k < 10; ++k) // every lifeline there
        sim.step();
    static const LabelMetrics presentation = metrics_for(DiagramTheme::make(ThemeKind::Light, 1.6));
    FollowedLayout followed(sim.trace(), {}, presentation);
    const double times_at_first = followed.layout->time_right();
    while (sim.step()) {
        followed.follow();
        (void)followed.layout->label(0); // the view places the labels in sight at every step
    }
    REQUIRE(followed.layout->arrows().size() > 512); // the arrows of one block of labels
    CHECK(followed.layout->time_right() > times_at_first);
    CHECK(followed.rebuilt == 0);
    require_same_picture(*followed.layout, DiagramLayout(sim.trace(), {}, presentation), 7);
}

namespace {
double spacing(const DiagramLayout& l)
{
    return l.lifelines().size() < 2 ? 0.0 : l.lifelines()[1].x - l.lifelines()[0].x;
}
} // namespace

TEST_CASE("another notation relabels the arrows and moves them only where its labels need wider columns",
          "[ui][layout][notation]")
{
    const Notation notations[] = {Notation::Symbolic, Notation::Relative, Notation::Absolute};
    int kept_columns = 0, relabelled = 0, widened = 0;
    for (const Scenario& s : builtin_scenarios()) {
        const Simulation sim = test::finished(s);
        for (Notation from : notations)
            for (Notation to : notations) {
                if (from == to)
                    continue;
                {
                    INFO(s.name << " " << notation_id(from) << " to " << notation_id(to));
                    DiagramOptions options;
                    options.numbers = from;
                    DiagramLayout layout(sim.trace(), options, metrics());
                    const DiagramLayout before(sim.trace(), options, metrics());
                    options.numbers = to;
                    const DiagramLayout fresh(sim.trace(), options, metrics());
                    if (!layout.renumber(to)) {
                        // Only wider labels between crossing arrows need a new layout.
                        CHECK(spacing(fresh) > spacing(before));
                        continue;
                    }
                    ++relabelled;
                    const bool moved = spacing(layout) != spacing(before);
                    widened += moved;
                    REQUIRE(layout.arrows().size() == before.arrows().size());
                    for (std::size_t i = 0; i < before.arrows().size(); ++i) {
                        if (!moved)
                            CHECK((layout.arrows()[i].from == before.arrows()[i].from &&
                                   layout.arrows()[i].to == before.arrows()[i].to));
                        CHECK(layout.label_text(i) == fresh.label_text(i));
                    }
                    for (std::size_t l = 0; l < fresh.lifelines().size(); ++l)
                        CHECK(layout.lifelines()[l].numbers == fresh.lifelines()[l].numbers);
                    if (spacing(fresh) == spacing(layout))
                        require_same_picture(layout, fresh); // the same columns: the same diagram
                    else
                        ++kept_columns; // shorter labels in the columns the longer ones had
                }
            }
    }
    CHECK(relabelled > 0);
    CHECK(kept_columns > 0);
    CHECK(widened > 0);
}

TEST_CASE("Back after a notation widened the columns draws what a new layout of the steps left draws",
          "[ui][layout][notation][back]")
{
    int compared = 0, rebuilt = 0;
    for (const Scenario& s : builtin_scenarios()) {
        INFO(s.name);
        Simulation sim = test::finished(s);
        DiagramOptions options;
        options.checkpoint_events = 5; // Back crosses checkpoints, and undoes what was made across them
        FollowedLayout followed(sim.trace(), options);
        const double before = spacing(*followed.layout);
        followed.options.numbers = Notation::Absolute; // the longest labels
        if (!followed.layout->renumber(Notation::Absolute) || spacing(*followed.layout) == before)
            continue; // arrows that cross, or labels that fit: the other tests' cases
        while (sim.back()) {
            followed.follow();
            const DiagramLayout fresh(sim.trace(), followed.options, metrics());
            if (spacing(fresh) != spacing(*followed.layout))
                break; // back past the widest label: the columns it needed are kept
            require_same_picture(*followed.layout, fresh, 7);
            ++compared;
        }
        rebuilt += followed.rebuilt;
    }
    CHECK(compared > 20);
    CHECK(rebuilt < compared / 4); // the rest were cut back in the wider columns
}
