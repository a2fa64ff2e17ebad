// The charts: time in a unit that suits the run, opening on what moves, zoom and pan.
#include "panels/charts_panel.hpp"
#include "scenario/scenario_library.hpp"
#include "sim/simulation.hpp"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QTest>
#include <QValueAxis>
#include <QWheelEvent>

using namespace tcpviz;

namespace {

struct Charted {
    explicit Charted(const char* scenario) : sim(*builtin_scenario(scenario))
    {
        sim.run_to_end();
        charts.resize(700, 400);
        charts.show_trace(sim.trace(), SeqNotation(sim.trace(), Notation::Symbolic), sim.scenario().options.isn,
                          sim.scenario().options.seed);
        charts.show();
    }
    QString time_title(ChartView* view) const { return view->chart()->axes(Qt::Horizontal).first()->titleText(); }
    Simulation sim;
    ChartsPanel charts;
};

} // namespace

TEST_CASE("a short run counts time in ms and a long one in s", "[ui][charts]")
{
    Charted normal("spoofed-syn-rst"); // over within 30 ms
    CHECK(normal.time_title(normal.charts.queue_chart()) == "time (ms)");
    CHECK(normal.time_title(normal.charts.sequence_chart()) == "time (ms)");
    Charted timeout("syn-timeout"); // gives up after 19 s
    CHECK(timeout.time_title(timeout.charts.sequence_chart()) == "time (s)");
    const auto* x = static_cast<QValueAxis*>(timeout.charts.sequence_chart()->chart()->axes(Qt::Horizontal).first());
    CHECK(x->labelFormat() == "%g"); // 5, 10, 15: no 5.0
}

TEST_CASE("a flood's queue chart opens on the filling, not on a minute of nothing", "[ui][charts]")
{
    for (const char* name : {"syn-flood", "syn-flood-cookies"}) {
        INFO(name);
        Charted flood(name);
        ChartView* queue = flood.charts.queue_chart();
        const auto [from, to] = queue->time_span();
        const auto full = queue->full_span();
        CHECK(flood.time_title(queue) == "time (ms)"); // what the opening shows
        CHECK(full.second >= 60'000); // the half-open requests expire after about a minute
        CHECK(from == 0);
        CHECK(to <= 1000);            // the 8 SYNs come within 140 ms
        CHECK(to >= 140);
    }
    Charted normal("spoofed-syn-rst"); // nothing idle: the whole run
    CHECK(normal.charts.queue_chart()->time_span() == normal.charts.queue_chart()->full_span());
}

TEST_CASE("the time axis zooms about the pointer pans and comes back on a double-click", "[ui][charts]")
{
    Charted flood("syn-flood");
    ChartView* queue = flood.charts.queue_chart();
    flood.charts.setCurrentWidget(queue);
    REQUIRE(QTest::qWaitForWindowExposed(&flood.charts));
    const auto opening = queue->time_span();
    const QPointF middle = queue->chart()->plotArea().center();
    QWheelEvent out(middle, queue->mapToGlobal(middle.toPoint()), {}, {0, -120}, Qt::NoButton, Qt::NoModifier,
                    Qt::NoScrollPhase, false);
    QApplication::sendEvent(queue->viewport(), &out);
    const auto wider = queue->time_span();
    CHECK(wider.second - wider.first > opening.second - opening.first);
    QWheelEvent in(middle, queue->mapToGlobal(middle.toPoint()), {}, {0, 240}, Qt::NoButton, Qt::NoModifier,
                   Qt::NoScrollPhase, false);
    QApplication::sendEvent(queue->viewport(), &in);
    QApplication::sendEvent(queue->viewport(), &in);
    const auto narrower = queue->time_span();
    CHECK(narrower.second - narrower.first < wider.second - wider.first);
    // A right-drag to the left moves later times into view.
    QTest::mousePress(queue->viewport(), Qt::RightButton, {}, middle.toPoint());
    QMouseEvent drag(QEvent::MouseMove, middle - QPointF(80, 0), queue->mapToGlobal(middle - QPointF(80, 0)),
                     Qt::NoButton, Qt::RightButton, Qt::NoModifier);
    QApplication::sendEvent(queue->viewport(), &drag);
    QTest::mouseRelease(queue->viewport(), Qt::RightButton, {}, (middle - QPointF(80, 0)).toPoint());
    CHECK(queue->time_span().first > narrower.first);
    QTest::mouseDClick(queue->viewport(), Qt::LeftButton, {}, middle.toPoint());
    CHECK(queue->time_span() == queue->full_span());
    QTest::mouseDClick(queue->viewport(), Qt::LeftButton, {}, middle.toPoint());
    CHECK(queue->time_span() == opening);
}

TEST_CASE("render the charts of the flood", "[.print]")
{
    Charted flood("syn-flood-cookies");
    flood.charts.grab().save(QDir::temp().filePath(QStringLiteral("charts-queue.png")));
}
