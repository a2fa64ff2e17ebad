// DiagramLayout geometry for every built-in scenario, with the real fonts.
#include "diagram/diagram_layout.hpp"
#include "support/capture_files.hpp"
#include "support/lab.hpp"
#include "diagram/diagram_painter.hpp"
#include "diagram/diagram_view.hpp"
#include "window/language.hpp"
#include "scenario/scenario_library.hpp"
#include "panels/state_machine_layout.hpp"
#include "sim/simulation.hpp"
#include "words/trace_words.hpp"

#include <catch2/catch.hpp>

#include <QImage>
#include <QStringList>

#include <map>
#include <optional>

using namespace tcpviz;
using tcpviz::test::finished;

namespace {

DiagramLayout layout_of(const Trace& trace, DiagramOptions options = {})
{
    static const DiagramTheme theme = DiagramTheme::make(ThemeKind::Light);
    return DiagramLayout(trace, options, metrics_for(theme));
}

std::int64_t send_time(const Trace& t, std::uint32_t segment)
{
    for (const TraceEvent& e : t.events)
        if (e.kind == EventKind::SegmentSent && e.ref == segment)
            return e.time;
    return -1;
}

std::int64_t end_time(const Trace& t, std::uint32_t segment)
{
    for (const TraceEvent& e : t.events)
        if ((e.kind == EventKind::SegmentDelivered || e.kind == EventKind::SegmentLost) && e.ref == segment)
            return e.time;
    return -1;
}

// The marks at the ends of the arrows their receivers dropped, in order.
QStringList drop_marks(const DiagramLayout& layout)
{
    QStringList out;
    for (std::size_t i = 0; i < layout.arrows().size(); ++i)
        if (layout.arrows()[i].end == ArrowEnd::Dropped)
            out << layout.end_text(i);
    return out;
}

} // namespace

TEST_CASE("arrows run from the sender at its send time to the receiver at its arrival", "[ui][layout]")
{
    for (const Scenario& s : builtin_scenarios()) {
        DYNAMIC_SECTION(s.name)
        {
            const Simulation sim = finished(s);
            const Trace& t = sim.trace();
            const DiagramLayout layout = layout_of(t);
            REQUIRE(layout.arrows().size() == t.segments.size());
            for (std::size_t i = 0; i < layout.arrows().size(); ++i) {
                const DiagramArrow& a = layout.arrows()[i];
                const SegmentRecord& r = t.segments[a.segment];
                CHECK(a.from.x() == layout.lifeline_x(r.from_host));
                if (a.end == ArrowEnd::Delivered || a.end == ArrowEnd::Dropped)
                    CHECK(a.to.x() == layout.lifeline_x(r.to_host));
                // Later in time is lower on the page; the same instant is not higher.
                if (end_time(t, a.segment) > send_time(t, a.segment))
                    CHECK(a.to.y() > a.from.y());
                CHECK(a.to.y() >= a.from.y());
                if (i > 0) {
                    const DiagramArrow& prev = layout.arrows()[i - 1];
                    CHECK(a.from.y() >= prev.from.y());
                    if (send_time(t, a.segment) > send_time(t, prev.segment))
                        CHECK(a.from.y() > prev.from.y());
                }
            }
        }
    }
}

// Floods draw hundreds of arrows across every spot: there a label may need a leader
// line back to its arrow. Every other scenario's labels sit on their own arrows.
bool dense(const Scenario& s)
{
    return s.name.find("flood") != std::string::npos;
}

TEST_CASE("every label runs along its own arrow nearer to it than to any other and covers nothing", "[ui][layout]")
{
    for (const Scenario& s : builtin_scenarios()) {
        const Simulation sim = finished(s);
        for (Notation n : {Notation::Symbolic, Notation::Relative, Notation::Absolute}) {
            for (double scale : {1.0, 1.6}) { // the window, and presentation's large type
                DYNAMIC_SECTION(s.name << " " << notation_id(n) << " scale " << scale)
                {
                    DiagramOptions options;
                    options.numbers = n;
                    const DiagramLayout layout(sim.trace(), options,
                                               metrics_for(DiagramTheme::make(ThemeKind::Light, scale)));
                    const auto& arrows = layout.arrows();
                    std::size_t leaders = 0;
                    for (std::size_t i = 0; i < arrows.size(); ++i) {
                        const PlacedLabel& label = layout.label(i);
                        INFO(layout.label_text(i).toStdString());
                        leaders += label.leader;
                        if (!dense(s))
                            CHECK_FALSE(label.leader);
                        const double own = label.box.distance_to_segment(arrows[i].from, arrows[i].path_end);
                        if (!label.leader)
                            CHECK(own < 10.5); // along it: a lost one's keeps clear of its cross
                        else
                            CHECK(point_segment_distance(label.anchor, arrows[i].from, arrows[i].path_end) < 0.5);
                        for (std::size_t j = 0; j < arrows.size(); ++j) {
                            if (j == i || arrows[j].bottom() < label.bounds().top() - 100 ||
                                arrows[j].top() > label.bounds().bottom() + 100)
                                continue;
                            INFO("and " << layout.label_text(j).toStdString());
                            if (!dense(s))
                                CHECK(label.box.distance_to_segment(arrows[j].from, arrows[j].path_end) > own);
                            if (j > i && !dense(s))
                                CHECK_FALSE(label.box.intersects(layout.label(j).box));
                        }
                        if (dense(s))
                            continue;
                        for (const DiagramStateMark& st : layout.states())
                            CHECK_FALSE(label.box.intersects(st.box));
                        for (const DiagramQueueMark& q : layout.queue_marks())
                            CHECK_FALSE(label.box.intersects(q.box));
                        for (const DiagramArrow& a : arrows)
                            CHECK_FALSE(label.box.intersects(a.end_box));
                        for (const DiagramBreak& b : layout.breaks())
                            CHECK_FALSE(label.box.intersects(QRectF(0, b.y - 13, layout.size().width(), 26)));
                        CHECK(label.bounds().left() >= 0);
                        CHECK(label.bounds().right() <= layout.size().width());
                        CHECK(label.bounds().top() >= layout.header_height());
                    }
                    // Leaders are a last resort even in a flood.
                    CHECK(leaders * 10 <= arrows.size());
                }
            }
        }
    }
}

TEST_CASE("at every step labels of segments in flight or lost meet no other label or mark", "[ui][layout]")
{
    for (const Scenario& s : builtin_scenarios()) {
        if (dense(s))
            continue;
        const Simulation sim = finished(s);
        for (double scale : {1.0, 1.6}) {
            DYNAMIC_SECTION(s.name << " scale " << scale)
            {
                for (std::uint32_t step = 1; step <= sim.trace().last_step(); ++step) {
                    DiagramOptions options;
                    options.upto_step = step;
                    const DiagramLayout layout(sim.trace(), options,
                                               metrics_for(DiagramTheme::make(ThemeKind::Light, scale)));
                    const auto& arrows = layout.arrows();
                    for (std::size_t i = 0; i < arrows.size(); ++i) {
                        const PlacedLabel& label = layout.label(i);
                        INFO("step " << step << ": " << layout.label_text(i).toStdString());
                        for (std::size_t j = i + 1; j < arrows.size(); ++j)
                            CHECK_FALSE(label.box.intersects(layout.label(j).box));
                        for (const DiagramArrow& a : arrows) {
                            CHECK_FALSE(label.box.intersects(a.end_box));
                            if (a.end == ArrowEnd::Lost)
                                CHECK_FALSE(label.box.intersects(QRectF(a.to - QPointF(7, 7), QSizeF(14, 14))));
                        }
                        for (const DiagramStateMark& st : layout.states())
                            CHECK_FALSE(label.box.intersects(st.box));
                    }
                }
            }
        }
    }
}

TEST_CASE("at every step the mark at an arrow's end meets no state mark no lifeline and no other mark",
          "[ui][layout]")
{
    int marks = 0;
    for (const char* language : {"en", "zh_CN"}) {
        REQUIRE(set_language(QString::fromLatin1(language)));
        for (const Scenario& s : builtin_scenarios()) {
            if (dense(s))
                continue;
            const Simulation sim = finished(s);
            for (double scale : {1.0, 1.6}) {
                const LabelMetrics metrics = metrics_for(DiagramTheme::make(ThemeKind::Light, scale));
                for (std::uint32_t step = 1; step <= sim.trace().last_step(); ++step) {
                    DiagramOptions options;
                    options.upto_step = step;
                    const DiagramLayout layout(sim.trace(), options, metrics);
                    const auto& arrows = layout.arrows();
                    for (std::size_t i = 0; i < arrows.size(); ++i) {
                        const QRectF& mark = arrows[i].end_box;
                        if (mark.isNull())
                            continue;
                        ++marks;
                        INFO(language << " " << s.name << " scale " << scale << " step " << step << ": "
                                      << layout.end_text(i).toStdString() << " of "
                                      << layout.label_text(i).toStdString());
                        for (const DiagramStateMark& st : layout.states())
                            CHECK_FALSE(mark.intersects(st.box));
                        for (const DiagramLifeline& l : layout.lifelines())
                            CHECK_FALSE((mark.left() <= l.x && l.x <= mark.right()));
                        for (std::size_t j = i + 1; j < arrows.size(); ++j)
                            CHECK_FALSE(mark.intersects(arrows[j].end_box));
                    }
                }
            }
        }
    }
    REQUIRE(set_language(QStringLiteral("en")));
    CHECK(marks > 100);
}

TEST_CASE("labels read top to bottom in the order their segments were sent", "[ui][layout]")
{
    for (const Scenario& s : builtin_scenarios()) {
        if (dense(s))
            continue;
        DYNAMIC_SECTION(s.name)
        {
            const Simulation sim = finished(s);
            const DiagramLayout layout = layout_of(sim.trace());
            for (std::size_t i = 1; i < layout.arrows().size(); ++i) {
                // Segments sent at the same instant leave from one row: either may be first.
                if (layout.arrows()[i].from.y() == layout.arrows()[i - 1].from.y())
                    continue;
                INFO(layout.label_text(i - 1).toStdString() << " then " << layout.label_text(i).toStdString());
                CHECK(layout.label(i - 1).box.centre.y() < layout.label(i).box.centre.y());
            }
        }
    }
}

TEST_CASE("what happens at the same instant is drawn at the same height", "[ui][layout]")
{
    // In simultaneous-open both SYNs leave at 0 ms; in normal the ACK and the data both
    // at 20 ms; in every scenario two sends at one instant start on one line.
    for (const Scenario& s : builtin_scenarios()) {
        DYNAMIC_SECTION(s.name)
        {
            const Simulation sim = finished(s);
            const DiagramLayout layout = layout_of(sim.trace());
            // Sends at one instant with no arrival between them: an arrival drawn lower,
            // because it would lie on another arrow, may draw its answer lower too.
            std::optional<std::pair<std::int64_t, double>> last_send;
            for (const TraceEvent& e : sim.trace().events) {
                if (e.kind == EventKind::SegmentDelivered)
                    last_send.reset();
                if (e.kind != EventKind::SegmentSent)
                    continue;
                const double y = layout.arrows()[e.ref].from.y();
                if (last_send && last_send->first == e.time)
                    CHECK(last_send->second == y);
                last_send = {e.time, y};
            }
            // And two arrows never lie on one another.
            for (std::size_t i = 1; i < layout.arrows().size(); ++i) {
                const DiagramArrow& a = layout.arrows()[i];
                for (std::size_t j = i >= 8 ? i - 8 : 0; j < i; ++j)
                    CHECK_FALSE((layout.arrows()[j].from == a.from && layout.arrows()[j].to == a.to));
            }
        }
    }
    const Simulation both = finished(*builtin_scenario("simultaneous-open"));
    const DiagramLayout open = layout_of(both.trace());
    REQUIRE(open.arrows().size() >= 2);
    CHECK(open.arrows()[0].from.y() == open.arrows()[1].from.y());
}

TEST_CASE("a segment lost as it leaves is a short stub toward its receiver", "[ui][layout]")
{
    Simulation sim(*builtin_scenario("normal"));
    sim.step();  // the SYN leaves
    Action lose; // and is lost at once, as a click in the window does
    lose.kind = ActionKind::LoseSegment;
    lose.segment = 0;
    REQUIRE(sim.apply(lose));
    const DiagramLayout layout = layout_of(sim.trace());
    const DiagramArrow& syn = layout.arrows()[0];
    CHECK(syn.end == ArrowEnd::Lost);
    const double server_x = layout.lifeline_x(1);
    CHECK(syn.to.x() - syn.from.x() >= 0.1 * (server_x - syn.from.x()));
    CHECK(syn.to.x() < server_x);
    CHECK(syn.to.y() > syn.from.y()); // along its slanted way, not level and not down the lifeline
}

TEST_CASE("long idle stretches are broken, keep their order and print the real time", "[ui][layout]")
{
    const Simulation sim = finished(*builtin_scenario("syn-timeout"));
    const DiagramLayout layout = layout_of(sim.trace());
    // SYNs at 0, 1, 2, 3, 4, 5, 7, 11 s: every gap is long, so every gap is a break.
    std::vector<std::int64_t> elapsed;
    for (const DiagramBreak& b : layout.breaks())
        elapsed.push_back(b.elapsed);
    REQUIRE(layout.breaks().size() >= 7);
    CHECK(std::find(elapsed.begin(), elapsed.end(), 4 * kSecond - 5 * kMillisecond) != elapsed.end());
    for (std::size_t i = 1; i < layout.arrows().size(); ++i)
        CHECK(layout.arrows()[i].from.y() > layout.arrows()[i - 1].to.y());
    // A timeout of 19 s fits a slide: far shorter than 19 s at 3 px per ms.
    CHECK(layout.size().height() < 1500);
}

TEST_CASE("a break's band covers no state label and no lost or dropped mark", "[ui][layout]")
{
    for (const char* name : {"syn-timeout", "lost-synack", "syn-flood", "syn-flood-cookies", "half-open-discovery"}) {
        DYNAMIC_SECTION(name)
        {
            const Simulation sim = finished(*builtin_scenario(name));
            const DiagramLayout layout = layout_of(sim.trace());
            REQUIRE_FALSE(layout.breaks().empty());
            for (const DiagramBreak& b : layout.breaks()) {
                const QRectF band(0, b.y - 13, layout.size().width(), 26);
                for (const DiagramStateMark& s : layout.states())
                    CHECK_FALSE(s.box.intersects(band));
                for (const DiagramArrow& a : layout.arrows())
                    CHECK_FALSE(a.end_box.intersects(band));
            }
        }
    }
}

TEST_CASE("a break that a host spends in TIME-WAIT or FIN-WAIT-2 says so and for how long", "[ui][layout][close]")
{
    for (const Scenario& builtin : builtin_scenarios()) {
        for (const ProfileKind profile : {ProfileKind::Linux, ProfileKind::Rfc6298}) {
            Scenario scenario = builtin;
            scenario.options.profile = profile;
            const TimingProfile timing =
                profile == ProfileKind::Linux ? TimingProfile::linux_default() : TimingProfile::rfc6298();
            DYNAMIC_SECTION(builtin.name << " " << profile_name(profile))
            {
                const Simulation sim = finished(scenario);
                std::size_t expiries = 0; // TIME-WAIT and orphan timeouts, each after a long wait
                for (const TraceEvent& e : sim.trace().events)
                    expiries += e.kind == EventKind::StateChanged &&
                                (e.why == Explain::TimeWaitExpired || e.why == Explain::FinWait2Timeout);
                const DiagramLayout layout = layout_of(sim.trace());
                std::size_t labelled = 0;
                for (const DiagramBreak& b : layout.breaks()) {
                    if (b.waited == TcpState::Closed)
                        continue;
                    ++labelled;
                    // As long as its timer at least (longer when a FIN again restarted it).
                    CHECK(b.waited_for >= (b.waited == TcpState::TimeWait ? timing.time_wait : timing.fin_wait_2_timeout));
                    CHECK(break_text(b).contains(QString::fromLatin1(state_name(b.waited))));
                }
                // Two hosts whose TIME-WAIT ends at the same moment share one break.
                CHECK(labelled == (builtin.name == "simultaneous-close" ? 1 : expiries));
            }
        }
    }
    // The words: what passed since the row above, then the state and its whole length.
    const Simulation sim = finished(*builtin_scenario("close-three-way"));
    const DiagramLayout layout = layout_of(sim.trace());
    QStringList texts;
    for (const DiagramBreak& b : layout.breaks())
        texts << break_text(b);
    CHECK(texts == QStringList{"190 ms later", "59.99 s later · TIME-WAIT 60 s"});
}

TEST_CASE("a state that ends on a timer says until when under its name and again when the timer restarts",
          "[ui][layout][close]")
{
    const auto marks_of = [](const char* name) {
        static std::vector<Simulation> kept; // the layout reads the trace it was given
        kept.push_back(finished(*builtin_scenario(name)));
        const DiagramLayout layout = layout_of(kept.back().trace());
        std::vector<std::string> out;
        for (const DiagramStateMark& m : layout.states())
            if (!m.until.isEmpty())
                out.push_back(std::string(state_name(m.state)) + " " + m.until.toStdString());
        return out;
    };
    // TIME-WAIT entered at 260 ms for 60 s, restarted at 480 ms by the FIN sent again.
    CHECK(marks_of("close-three-way") == std::vector<std::string>{"TIME-WAIT until 60.26 s"});
    CHECK(marks_of("lost-last-ack") == std::vector<std::string>{"TIME-WAIT until 60.48 s"});
    // An orphan's FIN-WAIT-2 under Linux, and CLOSE-WAIT, which has no timer, says nothing.
    CHECK(marks_of("close-wait-forever") == std::vector<std::string>{"FIN-WAIT-2 until 60.3 s"});
    CHECK(marks_of("simultaneous-close") ==
          std::vector<std::string>{"TIME-WAIT until 60.26 s", "TIME-WAIT until 60.26 s"});
}

TEST_CASE("labels: symbolic by default or relative or absolute on request with marks for lost and retransmitted",
          "[ui][layout]")
{
    const Simulation sim = finished(*builtin_scenario("lost-syn"));
    const DiagramLayout symbolic = layout_of(sim.trace());
    CHECK(symbolic.label_text(0) == "SYN  Seq=x");
    CHECK(symbolic.label_text(2) == "SYN-ACK  Seq=y Ack=x+1");
    CHECK(symbolic.label_text(3) == "ACK  Seq=x+1 Ack=y+1");
    CHECK(symbolic.arrows()[0].end == ArrowEnd::Lost);
    CHECK(symbolic.arrows()[1].retransmission);
    CHECK(symbolic.note_text(1) == "retransmission after RTO 1 s");
    // After the ISNs, the close's symbols each side sent: u its FIN, w the server's.
    CHECK(symbolic.lifelines()[0].numbers == "ISN x = 100 · u = 106");
    CHECK(symbolic.lifelines()[1].numbers == "ISN y = 300 · w = 306");
    CHECK(symbolic.label_text(8) == "FIN-ACK  Seq=u Ack=y+6");
    CHECK(symbolic.label_text(9) == "FIN-ACK  Seq=w Ack=u+1");
    CHECK(symbolic.label_text(10) == "ACK  Seq=u+1 Ack=w+1");
    CHECK(symbolic.notation_text() == "Symbolic numbers");
    DiagramOptions relative;
    relative.numbers = Notation::Relative;
    CHECK(layout_of(sim.trace(), relative).label_text(2) == "SYN-ACK  Seq=0 Ack=1");
    CHECK(layout_of(sim.trace(), relative).lifelines()[0].numbers == "ISN 100");
    DiagramOptions absolute;
    absolute.numbers = Notation::Absolute;
    CHECK(layout_of(sim.trace(), absolute).label_text(2) == "SYN-ACK  Seq=300 Ack=101");
}

TEST_CASE("a lost segment ends where it was lost and an unreachable one at the receiver", "[ui][layout]")
{
    const Simulation lost = finished(*builtin_scenario("lost-syn"));
    const DiagramLayout a = layout_of(lost.trace());
    const DiagramArrow& syn = a.arrows()[0];
    // Dropped half-way (at latency / 2).
    CHECK(syn.to.x() == Approx((syn.from.x() + a.lifeline_x(1)) / 2));
    const Simulation spoof = finished(*builtin_scenario("blind-spoofing"));
    const DiagramLayout b = layout_of(spoof.trace());
    for (const DiagramArrow& arrow : b.arrows())
        if (arrow.end == ArrowEnd::Lost)
            CHECK(arrow.to.x() == b.lifeline_x(spoof.trace().segments[arrow.segment].to_host));
}

TEST_CASE("dropped by a full SYN queue: marked at the server, with the queue depth shown", "[ui][layout]")
{
    const Simulation sim = finished(*builtin_scenario("syn-flood"));
    const DiagramLayout layout = layout_of(sim.trace());
    // Forged SYNs 6-8 and the client's first six.
    CHECK(drop_marks(layout) == QStringList(9, "dropped: SYN queue full"));
    std::uint32_t deepest = 0;
    for (const DiagramQueueMark& q : layout.queue_marks())
        deepest = std::max(deepest, q.level.depth);
    CHECK(deepest == 5);
    CHECK(layout.queue_marks().front().level.backlog == 4);
}

TEST_CASE("a full accept queue: the dropped third ACKs and the queue's depth on the server", "[ui][layout]")
{
    const Simulation sim = finished(*builtin_scenario("slow-accept"));
    const DiagramLayout layout = layout_of(sim.trace());
    CHECK(drop_marks(layout) == QStringList(2, "dropped: accept queue full"));
    QStringList accept;
    for (const DiagramQueueMark& q : layout.queue_marks())
        if (q.level.accept)
            accept << queue_text(q.level);
    CHECK(accept == QStringList{"accept queue 1/1", "accept queue 2/1 full", "accept queue 1/1", "accept queue 0/1",
                                "accept queue 1/1", "accept queue 0/1"});
    // A mark in the row of a state change sits under the state's label, clear of it.
    for (const DiagramQueueMark& q : layout.queue_marks())
        for (const DiagramStateMark& st : layout.states())
            CHECK_FALSE(q.box.intersects(st.box));
}

TEST_CASE("the diagram after K steps shows segments in flight", "[ui][layout]")
{
    Simulation sim(*builtin_scenario("normal"));
    sim.run_to_end();
    DiagramOptions options;
    options.upto_step = 3; // connect, send, the SYN arrives and the SYN-ACK leaves
    const DiagramLayout layout = layout_of(sim.trace(), options);
    REQUIRE(layout.arrows().size() == 2);
    CHECK(layout.arrows()[0].end == ArrowEnd::Delivered);
    CHECK(layout.arrows()[1].end == ArrowEnd::InFlight);
}

TEST_CASE("arrow_at finds the arrow under the pointer", "[ui][layout]")
{
    const Simulation sim = finished(*builtin_scenario("normal"));
    const DiagramLayout layout = layout_of(sim.trace());
    for (std::size_t i = 0; i < layout.arrows().size(); ++i) {
        const DiagramArrow& a = layout.arrows()[i];
        CHECK(layout.arrow_at((a.from + a.to) / 2, 4) == i);
    }
    CHECK_FALSE(layout.arrow_at(QPointF(5, 5), 4));
}

TEST_CASE("a long flood's labels meet no other across the blocks they are placed in, in any order",
          "[ui][layout]")
{
    Scenario s = *builtin_scenario("syn-flood-cookies");
    s.timeline.resize(1);
    s.timeline[0].count = 1500; // some 3000 arrows: six blocks of labels
    s.timeline[0].interval = 20 * kMillisecond;
    Simulation sim(s);
    sim.run_to_end();
    const DiagramLayout forward = layout_of(sim.trace());
    const DiagramLayout backward = layout_of(sim.trace());
    const std::size_t n = forward.arrows().size();
    REQUIRE(n > 2048);
    for (std::size_t i = n; i-- > 0;) // the last block first, as a view scrolled to the end
        (void)backward.label(i);
    int overlaps = 0, differences = 0;
    for (std::size_t i = 0; i < n; ++i) {
        differences += forward.label(i).box != backward.label(i).box;
        // Arrows 20 ms apart: labels further apart in the list cannot meet.
        for (std::size_t j = i + 1; j < std::min(n, i + 80); ++j)
            overlaps += forward.label(i).box.intersects(forward.label(j).box);
    }
    CHECK(overlaps == 0);
    CHECK(differences == 0);
}

TEST_CASE("every edge of the state diagram carries its label beside it or by number in the key", "[ui][state_machine]")
{
    const DiagramTheme theme = DiagramTheme::make(ThemeKind::Light);
    QFont labels = theme.note_font;
    labels.setItalic(false);
    for (const char* language : {"en", "zh_CN"}) {
        REQUIRE(set_language(QString::fromLatin1(language)));
        for (QSizeF size : {QSizeF(260, 300), QSizeF(420, 420), QSizeF(600, 480), QSizeF(900, 700)}) {
            INFO(language << " " << size.width() << "x" << size.height());
            const QRectF area(QPointF(0, 0), size);
            const StateMachineLayout layout = layout_state_machine(area, theme.state_font, labels);
            REQUIRE(layout.edges.size() == 24); // Figure 5 and the engine's RST and timeout edges
            int numbered = 0;
            for (const StateEdge& e : layout.edges) {
                CHECK_FALSE(e.event.isEmpty());
                if (e.number) {
                    // Its number on the edge, its line in the key under the diagram.
                    CHECK(e.number == ++numbered);
                    CHECK(e.badge.intersects(e.path.boundingRect().adjusted(-1, -1, 1, 1)));
                    CHECK(layout.key.contains(e.label));
                    continue;
                }
                CHECK(area.contains(e.label));
                for (const StateBox& b : layout.boxes)
                    CHECK_FALSE(b.box.intersects(e.label));
                for (const StateEdge& other : layout.edges) {
                    if (&other == &e)
                        continue;
                    CHECK_FALSE(other.path.intersects(e.label.adjusted(1, 1, -1, -1)));
                    if (!other.number)
                        CHECK_FALSE(other.label.intersects(e.label));
                }
                // Nearer its own edge than any other.
                for (const StateEdge& other : layout.edges)
                    if (&other != &e)
                        CHECK(distance_to_path(e.label, e.path) < distance_to_path(e.label, other.path));
            }
            if (size.width() >= 900)
                CHECK(numbered <= 12); // a wide view labels most of Figure 5's 24 edges in place
        }
    }
    REQUIRE(set_language(QStringLiteral("en")));
}

TEST_CASE("every state change of every built-in scenario is an edge of the state diagram", "[ui][state_machine]")
{
    const DiagramTheme theme = DiagramTheme::make(ThemeKind::Light);
    const StateMachineLayout layout = layout_state_machine(QRectF(0, 0, 600, 480), theme.state_font, theme.note_font);
    for (const Scenario& scenario : builtin_scenarios()) {
        Simulation sim(scenario);
        sim.run_to_end();
        for (const TraceEvent& e : sim.trace().events)
            if (e.kind == EventKind::StateChanged && e.why != Explain::PresetEstablished) {
                INFO(scenario.name << ": " << state_name(Trace::from_state(e)) << " to "
                                   << state_name(Trace::to_state(e)));
                CHECK(layout.edge(Trace::from_state(e), Trace::to_state(e)));
            }
    }
}

TEST_CASE("every lifeline header with its list of ISNs lies inside the diagram", "[ui][layout]")
{
    const DiagramTheme theme = DiagramTheme::make(ThemeKind::Light, 1.6); // presentation type, the widest
    const QFontMetricsF address(theme.address_font);
    for (const Scenario& s : builtin_scenarios())
        for (Notation n : {Notation::Symbolic, Notation::Relative, Notation::Absolute}) {
            INFO(s.name << " " << notation_id(n));
            const Simulation sim = finished(s);
            DiagramOptions options;
            options.numbers = n;
            const DiagramLayout layout(sim.trace(), options, metrics_for(theme));
            for (const DiagramLifeline& l : layout.lifelines()) {
                CHECK(l.x - address.horizontalAdvance(l.numbers) / 2 >= 0);
                CHECK(l.x + address.horizontalAdvance(l.numbers) / 2 <= layout.size().width());
            }
        }
}

TEST_CASE("the notation's name in the corner and the lifeline headers meet no other and lie inside the diagram",
          "[ui][layout]")
{
    for (const char* language : {"en", "zh_CN"}) {
        REQUIRE(set_language(QString::fromLatin1(language)));
        for (double scale : {1.0, 1.6}) { // the window's type and the presentation's
            const DiagramTheme theme = DiagramTheme::make(ThemeKind::Light, scale);
            const QFontMetricsF time(theme.time_font), address(theme.address_font);
            for (const Scenario& s : builtin_scenarios())
                for (Notation n : {Notation::Symbolic, Notation::Relative, Notation::Absolute}) {
                    INFO(language << " " << scale << " " << s.name << " " << notation_id(n));
                    const Simulation sim = finished(s);
                    DiagramOptions options;
                    options.numbers = n;
                    const DiagramLayout layout(sim.trace(), options, metrics_for(theme));
                    // The name on as many lines as it needs, each no wider than the box.
                    const QRectF corner = layout.notation_box();
                    const QStringList caption = layout.notation_caption().split(u'\n');
                    CHECK(QString(layout.notation_caption()).remove(u'\n').remove(u' ') ==
                          layout.notation_text().remove(u' '));
                    CHECK(corner.height() == double(caption.size()) * time.height());
                    for (const QString& line : caption)
                        CHECK(time.horizontalAdvance(line) <= corner.width());
                    CHECK(corner.left() > 0);
                    CHECK(corner.bottom() < layout.header_height());
                    const auto& lines = layout.lifelines();
                    for (std::size_t l = 0; l < lines.size(); ++l) {
                        const QRectF& box = lines[l].header;
                        CHECK(box.width() >= address.horizontalAdvance(lines[l].numbers));
                        CHECK(box.width() >= address.horizontalAdvance(lines[l].address));
                        CHECK_FALSE(lines[l].address.isEmpty()); // no blank line in the box
                        CHECK(box.center().x() == lines[l].x);
                        CHECK((box.left() > 0 && box.right() <= layout.size().width()));
                        CHECK(box.bottom() < layout.header_height());
                        CHECK_FALSE(box.intersects(corner.adjusted(-4, -2, 4, 2)));
                        if (l > 0)
                            CHECK(lines[l - 1].header.right() < box.left());
                    }
                }
        }
    }
    REQUIRE(set_language(QStringLiteral("en")));
}

TEST_CASE("every time on the left fits before where the times end and nothing else comes there", "[ui][layout]")
{
    std::vector<std::pair<std::string, Trace>> traces;
    for (const Scenario& s : builtin_scenarios())
        traces.emplace_back(s.name, finished(s).trace());
    for (const char* file : {"loopback-close.pcap", "loopback-ipv6.pcap", "loopback-lost-syn-ack.pcap", "any-close.pcap"})
        traces.emplace_back(file, test::import_all(read_capture(std::string(TCPVIZ_CAPTURE_DIR) + "/" + file)));
    for (double scale : {1.0, 1.6}) { // the window's type and the presentation's
        const DiagramTheme theme = DiagramTheme::make(ThemeKind::Light, scale);
        const QFontMetricsF time(theme.time_font);
        for (const auto& [name, trace] : traces) {
            INFO(name << " at " << scale);
            const DiagramLayout layout(trace, {}, metrics_for(theme));
            double widest = 0;
            for (const DiagramTimeMark& m : layout.time_marks())
                widest = std::max(widest, time.horizontalAdvance(elapsed_text(m.time)));
            CHECK(widest <= layout.time_right() - 4); // its box begins 4 px in
            for (const DiagramLifeline& l : layout.lifelines())
                CHECK(l.x > layout.time_right() + 10);
            for (const DiagramStateMark& m : layout.states())
                CHECK(m.box.left() > layout.time_right());
            for (std::size_t i = 0; i < layout.arrows().size(); ++i)
                CHECK(layout.label(i).bounds().left() > layout.time_right());
        }
    }
}

TEST_CASE("a theme change with the same fonts keeps the geometry and draws in the new colours", "[ui][layout]")
{
    Simulation sim(*builtin_scenario("normal"));
    sim.run_to_end();
    DiagramView view;
    view.resize(900, 700);
    view.set_theme(DiagramTheme::make(ThemeKind::Light));
    view.show_trace(sim.trace(), {});
    const DiagramLayout* laid_out = view.layout();
    const auto background = [&] {
        QImage shot(view.viewport()->size(), QImage::Format_ARGB32);
        view.viewport()->render(&shot);
        return shot.pixelColor(4, shot.height() - 4);
    };
    const QColor light = background();
    for (ThemeKind kind : {ThemeKind::Dark, ThemeKind::Print, ThemeKind::HighContrast, ThemeKind::Light}) {
        const DiagramTheme theme = DiagramTheme::make(kind);
        const DiagramTheme& before = view.theme();
        const bool same_fonts = theme.label_font == before.label_font && theme.note_font == before.note_font &&
                                theme.state_font == before.state_font && theme.header_font == before.header_font;
        if (kind == ThemeKind::Dark)
            CHECK(same_fonts); // light and dark differ in colour only
        view.set_theme(theme);
        REQUIRE(view.layout());
        if (same_fonts) // a new layout might well reuse the old one's memory: only this way is telling
            CHECK(view.layout() == laid_out);
        laid_out = view.layout();
        CHECK(background() == theme.background);
    }
    CHECK(background() == light);
}
