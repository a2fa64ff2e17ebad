// The real window driven through its actions, headless (offscreen platform).
#include "diagram/diagram_view.hpp"
#include "panels/event_log_view.hpp"
#include "window/export_dialog.hpp"
#include "teaching/lesson_panel.hpp"
#include "panels/live_values_view.hpp"
#include "window/main_window.hpp"
#include "teaching/narration_view.hpp"
#include "teaching/predict_panel.hpp"
#include "scenario/scenario_library.hpp"
#include "panels/segment_inspector.hpp"
#include "window/session_controller.hpp"
#include "sim/simulation.hpp"
#include "panels/state_machine_view.hpp"
#include "support/lab.hpp"
#include "support/window_fixture.hpp"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTableWidget>

#include <fstream>
#include <cmath>
#include <set>

using namespace tcpviz;
using tcpviz::test::Window;

namespace {

// Runs `action`, which shows a modal message box: records its text in `shown` and closes it.
template <typename Action>
auto with_message_box(QString& shown, Action action)
{
    QTimer::singleShot(50, [&shown] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible()) {
                shown = box->text();
                box->accept();
            }
    });
    return action();
}

} // namespace

TEST_CASE("a newcomer finds what to press: the empty diagram says it and Help lists every key", "[ui][window]")
{
    Window w;
    DiagramView* view = w.window.diagram();
    REQUIRE(view->layout()->arrows().empty());
    // The hint is painted in the empty diagram, and goes with the first arrow.
    CHECK(tcpviz::test::shown_text(view->viewport()).contains(DiagramView::empty_hint()));
    CHECK(DiagramView::empty_hint().contains("F5"));
    w.trigger("step");
    CHECK_FALSE(view->layout()->arrows().empty());
    CHECK_FALSE(tcpviz::test::shown_text(view->viewport()).contains(DiagramView::empty_hint()));
    w.trigger("shortcuts");
    QTableWidget* table = nullptr;
    for (QWidget* top : QApplication::topLevelWidgets())
        if (auto* t = top->findChild<QTableWidget*>("shortcuts_table"))
            table = t;
    REQUIRE(table);
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r)
        rows << table->item(r, 0)->text() + " = " + table->item(r, 1)->text();
    CHECK(rows.contains("Space, PgDown, Right = Step"));
    CHECK(rows.contains("F1, ? = Keyboard shortcuts"));
    CHECK(rows.contains("F5 = Presentation mode"));
    table->window()->close();
    QString shown;
    with_message_box(shown, [&] {
        w.trigger("about");
        return 0;
    });
    CHECK(shown.contains(QCoreApplication::applicationVersion()));
    CHECK(w.window.menuBar()->actions().last()->text() == "&Help");
}

TEST_CASE("the window opens with the normal scenario ready to step", "[ui][window]")
{
    Window w;
    CHECK(w.window.session().scenario().name == "normal");
    CHECK(w.window.session().simulation().current_step() == 0);
    CHECK_FALSE(w.window.action("back")->isEnabled());
    CHECK(w.window.action("step")->isEnabled());
}

TEST_CASE("step and back through the actions restore the same trace", "[ui][window]")
{
    Window w;
    for (int i = 0; i < 3; ++i)
        w.trigger("step");
    const auto events = w.trace().events;
    const auto segments = w.trace().segments;
    w.trigger("step");
    w.trigger("step");
    CHECK(w.trace().events.size() > events.size());
    w.trigger("back");
    w.trigger("back");
    CHECK(w.trace().events == events);
    CHECK(w.trace().segments == segments);
    CHECK(w.window.session().simulation().current_step() == 3);
}

TEST_CASE("clicker keys step and go back", "[ui][window]")
{
    Window w;
    QWidget* focus = w.window.diagram(); // where the keyboard is after start
    QTest::keyClick(focus, Qt::Key_PageDown);
    QTest::keyClick(focus, Qt::Key_Space);
    QTest::keyClick(focus, Qt::Key_Right);
    CHECK(w.window.session().simulation().current_step() == 3);
    QTest::keyClick(focus, Qt::Key_PageUp);
    CHECK(w.window.session().simulation().current_step() == 2);
}

TEST_CASE("clicking an arrow in flight loses it there and then", "[ui][window]")
{
    Window w;
    w.trigger("step"); // connect: the SYN leaves
    DiagramView* view = w.window.diagram();
    REQUIRE(view->layout());
    REQUIRE(view->layout()->arrows().size() == 1);
    const DiagramArrow& syn = view->layout()->arrows()[0];
    REQUIRE(syn.end == ArrowEnd::InFlight);
    const QPoint at = view->viewport_point((syn.from + syn.to) / 2).toPoint();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    bool lost = false;
    for (const TraceEvent& e : w.trace().events)
        lost |= e.kind == EventKind::SegmentLost && e.ref == 0 && e.why == Explain::UserLoss;
    CHECK(lost);
    // The click also selected it: the inspector shows the SYN's own fields.
    CHECK(w.window.inspector()->shown_segment() == std::optional<std::uint32_t>(0));
    CHECK(w.window.inspector()->field_value("Flags") == "0x002 SYN");
    CHECK(w.window.inspector()->field_value("Sequence number") == "x (absolute 100)");
    // Back undoes the loss like any other event.
    w.trigger("back");
    CHECK(w.trace().events.back().kind != EventKind::SegmentLost);
}

TEST_CASE("a forged SYN adds the attacker's lifeline and a flood adds many SYNs", "[ui][window]")
{
    Window w;
    const auto roles = [&] {
        std::set<QString> out;
        for (const DiagramLifeline& l : w.window.diagram()->layout()->lifelines())
            out.insert(l.role);
        return out;
    };
    CHECK_FALSE(roles().count("Attacker"));
    w.trigger("forge_syn");
    CHECK(roles().count("Attacker"));
    CHECK(w.trace().segments.back().why == Explain::ForgedSyn);
    w.window.session().flood(10, 100);
    w.trigger("run_to_end");
    std::size_t flood = 0;
    for (const SegmentRecord& r : w.trace().segments)
        flood += r.why == Explain::FloodSyn;
    CHECK(flood == 10);
}

TEST_CASE("lose next SYN-ACK is armed and takes the next SYN-ACK", "[ui][window]")
{
    Window w;
    w.trigger("lose_syn-ack");
    w.trigger("run_to_end");
    bool synack_lost = false;
    for (const TraceEvent& e : w.trace().events)
        synack_lost |= e.kind == EventKind::SegmentLost && w.trace().segments[e.ref].seg.has(flag::SYN) &&
                       w.trace().segments[e.ref].seg.has(flag::ACK);
    CHECK(synack_lost);
}

TEST_CASE("the applications close when told: a lost FIN is sent again and both ends close", "[ui][window][close]")
{
    Window w;
    w.window.session().load(tcpviz::test::handshake_only("normal")); // nobody closes on its own
    w.trigger("run_to_end");
    w.trigger("lose_fin");
    w.trigger("close_client");
    const auto states_of = [&](const char* host) {
        std::vector<TcpState> out;
        for (const TraceEvent& e : w.trace().events)
            if (e.kind == EventKind::StateChanged && e.host == w.window.session().simulation().host_index(host))
                out.push_back(Trace::to_state(e));
        return out;
    };
    // Until the client waits in FIN-WAIT-2 (as an orphan, for at most 60 s).
    for (int i = 0; i < 100 && states_of("client").back() != TcpState::FinWait2; ++i)
        w.trigger("step");
    // The first FIN is lost, the second arrives; the server's application has not closed.
    std::size_t fins = 0, lost = 0;
    for (const TraceEvent& e : w.trace().events) {
        fins += e.kind == EventKind::SegmentSent && w.trace().segments[e.ref].seg.has(flag::FIN);
        lost += e.kind == EventKind::SegmentLost && w.trace().segments[e.ref].seg.has(flag::FIN);
    }
    CHECK(fins == 2);
    CHECK(lost == 1);
    CHECK(states_of("server").back() == TcpState::CloseWait);
    w.trigger("close_server");
    w.trigger("run_to_end");
    CHECK(states_of("server").back() == TcpState::Closed);
    const auto client = states_of("client");
    REQUIRE(client.size() >= 3);
    CHECK(client[client.size() - 2] == TcpState::TimeWait);
    CHECK(client.back() == TcpState::Closed);
    // Every menu entry of the close is there, and the Faults menu offers the FIN.
    for (const char* name : {"close_client", "close_server", "shutdown_client", "abort_client", "lose_fin"})
        CHECK(w.window.action(QString::fromLatin1(name)));
}

TEST_CASE("a malformed scenario file shows an error and keeps the previous session", "[ui][window]")
{
    Window w;
    w.trigger("step");
    w.trigger("step");
    QTemporaryDir dir;
    const QString bad = dir.filePath("bad.json");
    std::ofstream(bad.toStdString()) << R"({"format": "tcpviz-scenario", "version": 1, "name": )";
    QString shown;
    CHECK_FALSE(with_message_box(shown, [&] { return w.window.open_file(bad); }));
    CHECK(shown.contains("not valid JSON"));
    CHECK(w.window.session().scenario().name == "normal");
    CHECK(w.window.session().simulation().current_step() == 2);
}

TEST_CASE("the event log lists every event and jumps to a step", "[ui][window]")
{
    Window w;
    w.trigger("run_to_end");
    CHECK(w.window.event_log()->visible_lines() == int(w.trace().events.size()));
    emit w.window.event_log()->step_requested(2);
    CHECK(w.window.session().simulation().current_step() == 2);
}

TEST_CASE("the panels behind other tabs come after the first paint and catch up with the session", "[ui][window]")
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    CHECK(window.findChild<EventLogView*>() == nullptr); // not built with the window
    CHECK(window.findChild<PredictPanel*>() == nullptr);
    CHECK(window.findChild<LessonPanel*>() == nullptr);
    window.session().run_to_end();
    window.diagram()->select_segment(1); // the SYN-ACK: sent, then delivered
    window.show();
    REQUIRE(QTest::qWaitFor([&window] { return window.findChild<EventLogView*>() != nullptr; }));
    auto* log = window.findChild<EventLogView*>();
    CHECK(window.findChild<QDockWidget*>("log_dock")->widget() == log);
    CHECK(log->visible_lines() == int(window.session().simulation().trace().events.size()));
    int marked = 0;
    for (int row = 0; row < log->visible_lines(); ++row)
        marked += log->line_marked(row);
    CHECK(marked == 2);
    CHECK(window.findChild<PredictPanel*>() != nullptr);
    CHECK(window.findChild<LessonPanel*>() != nullptr);
}

TEST_CASE("a panel behind a tab is built at once when its tab is brought to the front", "[ui][window]")
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.findChild<QDockWidget*>("lessons_dock")->raise();
    window.show(); // before any paint: the lessons tab is in front
    auto* lessons = window.findChild<LessonPanel*>();
    REQUIRE(lessons != nullptr);
    CHECK(lessons->isVisible());
}

TEST_CASE("the lesson list marks the lesson that runs and none for one opened from a file", "[ui][window]")
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.findChild<QDockWidget*>("lessons_dock")->raise();
    window.show();
    auto* lessons = window.findChild<LessonPanel*>();
    REQUIRE(lessons != nullptr);
    auto* list = lessons->findChild<QListWidget*>();
    REQUIRE(list != nullptr);
    REQUIRE(list->count() == int(builtin_lessons().size()));
    CHECK(list->currentRow() == 0);
    REQUIRE(lessons->start(builtin_lessons()[2]));
    CHECK(list->currentRow() == 2);
    // The third lesson under another title, from a file: no built-in one is marked.
    Lesson own = builtin_lessons()[2];
    QTemporaryDir dir;
    const QString path = dir.filePath("own.json");
    {
        QFile in(QStringLiteral(TCPVIZ_LESSON_DIR "/03-why-syn-ack.json"));
        REQUIRE(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        const QByteArray title = QByteArray::fromStdString(own.title);
        REQUIRE(text.contains(title));
        text.replace(title, "My own lesson");
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text);
    }
    REQUIRE(lessons->open_file(path));
    CHECK(list->currentRow() == -1);
    CHECK(lessons->shown_text().startsWith("My own lesson"));
    REQUIRE(lessons->start(builtin_lessons()[0]));
    CHECK(list->currentRow() == 0);
}

TEST_CASE("presentation mode enlarges the type and comes back", "[ui][window]")
{
    Window w;
    const int normal_size = w.window.diagram()->theme().label_font.pixelSize();
    w.trigger("presentation");
    CHECK(w.window.presentation());
    CHECK(w.window.diagram()->theme().label_font.pixelSize() > normal_size);
    w.trigger("presentation");
    CHECK_FALSE(w.window.presentation());
    CHECK(w.window.diagram()->theme().label_font.pixelSize() == normal_size);
}

TEST_CASE("the window grabs to a non-blank image", "[ui][window]")
{
    Window w;
    w.trigger("run_to_end");
    QTest::qWait(20);
    const QImage image = w.window.grab().toImage();
    REQUIRE_FALSE(image.isNull());
    // Every arrow in view is in the grab, in its own colour, where the view draws it.
    const DiagramView* view = w.window.diagram();
    const double scale = image.width() / double(w.window.width()); // device pixels
    // The view below the lifeline headers, which stay pinned over the top as it scrolls.
    const int pinned = int(std::ceil(view->layout()->header_height() * view->zoom()));
    const QRect clear = view->viewport()->rect().adjusted(4, pinned + 4, -4, -4);
    std::size_t seen = 0;
    for (std::size_t i = 0; i < view->layout()->arrows().size(); ++i) {
        const DiagramArrow& arrow = view->layout()->arrows()[i];
        // The lowest point of its path in that part of the view, clear of its ends.
        std::optional<QPoint> inside;
        for (double t = 0.2; t <= 0.8; t += 0.05) {
            const QPoint p = view->viewport_point(arrow.from + (arrow.path_end - arrow.from) * t).toPoint();
            if (clear.contains(p) && (!inside || p.y() > inside->y()))
                inside = p;
        }
        if (!inside)
            continue;
        const QPoint in_view = *inside;
        const QPoint mid = view->viewport()->mapTo(&w.window, in_view);
        const QColor ink = view->theme().arrow_colour(arrow.flags, arrow.payload_len);
        bool found = false;
        for (int dy = -3; dy <= 3 && !found; ++dy)
            for (int dx = -3; dx <= 3 && !found; ++dx) {
                const QColor c = image.pixelColor(int((mid.x() + dx) * scale), int((mid.y() + dy) * scale));
                found = std::abs(c.red() - ink.red()) + std::abs(c.green() - ink.green()) +
                            std::abs(c.blue() - ink.blue()) < 60;
            }
        INFO("arrow " << i << " at " << mid.x() << "," << mid.y() << " ink " << ink.name().toStdString() << " there "
                       << image.pixelColor(int(mid.x() * scale), int(mid.y() * scale)).name().toStdString());
        CHECK(found);
        ++seen;
    }
    CHECK(seen >= 3);
}

TEST_CASE("play in real time follows the virtual clock and skips idle stretches", "[ui][window]")
{
    SessionController session;
    session.load(*builtin_scenario("lost-syn")); // the SYN is retransmitted after 1 s
    session.set_real_time(1.0);
    session.play();
    // The first SYN leaves and is lost at once; the retransmission waits a virtual
    // second, which play does not skip (it lasts one real second, not more).
    CHECK(QTest::qWaitFor([&] { return session.simulation().current_step() >= 2; }, 10'000));
    CHECK(session.simulation().now() < 1'000'000'000);
    CHECK(QTest::qWaitFor([&] { return session.simulation().now() >= 1'000'000'000; }, 10'000));
    session.pause();
}

TEST_CASE("hovering an arrow shows it in the inspector", "[ui][window]")
{
    Window w;
    w.trigger("step");
    DiagramView* view = w.window.diagram();
    const DiagramArrow& syn = view->layout()->arrows()[0];
    QTest::mouseMove(view->viewport(), view->viewport_point((syn.from + syn.to) / 2).toPoint());
    CHECK(w.window.inspector()->shown_segment() == std::optional<std::uint32_t>(0));
    CHECK(w.window.inspector()->field_value("Source").startsWith("192.0.2.10:"));
}

TEST_CASE("the export of the window: now or the whole run, theme and scale, "
          "clear errors",
          "[ui][window]")
{
    Window w;
    w.trigger("step");
    w.trigger("step");
    QTemporaryDir dir;
    ExportChoice now{dir.filePath("now.png"), ThemeKind::Dark, 1.0, false};
    CHECK(w.window.export_to(now).isEmpty());
    ExportChoice whole{dir.filePath("whole.png"), ThemeKind::Dark, 1.0, false};
    whole.whole_run = true;
    CHECK(w.window.export_to(whole).isEmpty());
    CHECK(QImage(dir.filePath("whole.png")).height() > QImage(dir.filePath("now.png")).height());
    ExportChoice twice = now;
    twice.path = dir.filePath("twice.png");
    twice.scale = 2.0;
    CHECK(w.window.export_to(twice).isEmpty());
    CHECK(QImage(dir.filePath("twice.png")).width() == 2 * QImage(dir.filePath("now.png")).width());
    ExportChoice text{dir.filePath("ladder.txt"), ThemeKind::Light, 1.0, true};
    CHECK(w.window.export_to(text).isEmpty());
    CHECK(w.window.export_to({dir.filePath("x.gif"), ThemeKind::Light, 1.0, false}) ==
          "cannot export to '" + dir.filePath("x.gif") +
              "': the file name must end in .png, .svg, .pdf, .html, .txt, .mmd, .puml, "
              ".pcap or .json.");
    CHECK(w.window.export_to({"/nonexistent-dir/x.png", ThemeKind::Light, 1.0, false}).startsWith("cannot write"));
    CHECK(w.window.session().simulation().current_step() == 2); // exporting the whole run moved nothing
}

TEST_CASE("every action in the menus has a shortcut and a tooltip", "[ui][window]")
{
    Window w;
    std::vector<QMenu*> menus;
    for (QAction* top : w.window.menuBar()->actions())
        menus.push_back(top->menu());
    std::size_t checked = 0;
    while (!menus.empty()) {
        QMenu* menu = menus.back();
        menus.pop_back();
        if (menu->objectName() == "recent_menu")
            continue; // file names, as many as were opened
        for (QAction* a : menu->actions()) {
            if (a->menu()) {
                menus.push_back(a->menu());
            } else if (!a->isSeparator()) {
                INFO(a->text().toStdString());
                CHECK_FALSE(a->shortcut().isEmpty());
                CHECK_FALSE(a->toolTip().isEmpty());
                ++checked;
            }
        }
    }
    CHECK(checked > 30);
}

TEST_CASE("the selected segment stands out in the event log, which filters", "[ui][window]")
{
    Window w;
    w.trigger("run_to_end");
    EventLogView* log = w.window.event_log();
    const auto marked = [log] {
        int n = 0;
        for (int row = 0; row < log->visible_lines(); ++row)
            n += log->line_marked(row);
        return n;
    };
    CHECK(marked() == 0);
    emit w.window.diagram()->segment_selected(1); // the SYN-ACK: sent, then delivered
    CHECK(marked() == 2);
    auto* filter = log->findChild<QLineEdit*>();
    filter->setText("SYN-ACK");
    CHECK(QTest::qWaitFor([log, &w] { return log->visible_lines() < int(w.trace().events.size()); }));
    REQUIRE(log->visible_lines() > 0);
    for (int row = 0; row < log->visible_lines(); ++row)
        CHECK(log->line(row).contains("SYN-ACK"));
    w.trigger("back"); // lines of events undone leave the filtered list too
    for (int row = 0; row < log->visible_lines(); ++row)
        CHECK(log->line(row).contains("SYN-ACK"));
}

TEST_CASE("switching the language rebuilds the window in Chinese around the "
          "same session",
          "[ui][window]")
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove("window_state"); // as on a first start
    auto* english = new MainWindow;
    english->resize(1400, 900);
    english->show();
    auto* english_machine = english->findChild<QDockWidget*>("state_machine_dock");
    english->resizeDocks({english_machine}, {420}, Qt::Horizontal);
    QCoreApplication::processEvents();
    english->session().step();
    english->session().step();
    MainWindow* chinese = english->switch_language("zh_CN");
    REQUIRE(chinese);
    QCoreApplication::processEvents();
    CHECK(chinese->findChild<QDockWidget*>("state_machine_dock")->width() == english_machine->width()); // the layout too
    CHECK_FALSE(english->isVisible());
    CHECK(chinese->isVisible());
    CHECK(chinese->action("step")->text() == QStringLiteral("单步"));
    CHECK(chinese->session().simulation().current_step() == 2);
    CHECK(chinese->narration()->title() == QStringLiteral("应用程序写入数据"));
    // Chinese in the diagram is set in Noto Sans CJK; English in DejaVu Sans.
    CHECK(chinese->diagram()->theme().label_font.families().first() == "Noto Sans CJK SC");
    CHECK(english->diagram()->theme().label_font.families().first() == "DejaVu Sans");
    chinese->session().step(); // the session still drives the new window
    CHECK(chinese->narration()->title() == QStringLiteral("收到 SYN，发送 SYN-ACK"));
    MainWindow* again = chinese->switch_language("en");
    REQUIRE(again);
    CHECK(again->action("step")->text() == "Step");
    CHECK(again->session().simulation().current_step() == 3);
    CHECK(again->switch_language("en") == nullptr); // already English: nothing to do
    again->close();
    delete english;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

TEST_CASE("a lesson loads its scenario, plays to each stop and pauses there with its text", "[ui][window][lesson]")
{
    Window w;
    REQUIRE(builtin_lessons().size() >= 8);
    const Lesson& lesson = builtin_lessons()[2]; // why the second segment carries SYN as well as ACK
    REQUIRE(w.window.lessons()->start(lesson));
    SessionController& session = w.window.session();
    CHECK(session.scenario().name == lesson.scenario.name);
    CHECK(w.window.lessons()->shown_text().contains(QString::fromStdString(lesson.introduction)));
    session.set_speed(200);
    for (std::size_t stop = 0; stop < lesson.stops.size(); ++stop) {
        session.continue_lesson();
        REQUIRE(QTest::qWaitFor([&] { return !session.playing(); }, 5000));
        CHECK(session.simulation().current_step() == session.lesson_stops()[stop]);
        CHECK(session.lesson_stop_reached() == int(stop));
        // The stop's text, with its numbers written as everywhere else.
        const QString shown = w.window.lessons()->shown_text();
        const QString expected = QString::fromStdString(lesson.stops[stop].text)
                                     .replace(QLatin1String("{seq}"), stop == 0 ? "x" : "y")
                                     .replace(QLatin1String("{ack}"), stop == 1 ? "x+1" : "y+1");
        CHECK(shown.contains(expected));
        CHECK_FALSE(shown.contains(QLatin1Char('{')));
        if (stop == 2) { // another notation rewrites the stop's numbers at once
            w.trigger("numbers_absolute");
            CHECK(w.window.lessons()->shown_text().contains("Ack=301"));
            w.trigger("numbers_symbolic");
            CHECK(w.window.lessons()->shown_text().contains("Ack=y+1"));
        }
    }
    // After the last stop, continuing plays nothing more.
    CHECK(session.lesson_over());
    const std::uint32_t last = session.simulation().current_step();
    session.continue_lesson();
    CHECK_FALSE(session.playing());
    CHECK(session.simulation().current_step() == last);
    // Loading another scenario ends the lesson.
    session.load(*builtin_scenario("normal"));
    CHECK_FALSE(session.lesson().has_value());
}

TEST_CASE("predict, then reveal holds each segment until predicted, marks it and keeps a score", "[ui][window][predict]")
{
    Window w;
    w.trigger("predict");
    PredictPanel* predict = w.window.predict();
    REQUIRE(predict->active());
    SessionController& session = w.window.session();
    // Step 1 would send the SYN: held back until predicted.
    w.trigger("step");
    CHECK(session.simulation().current_step() == 0);
    predict->set_prediction({flag::SYN, "x", std::nullopt, TcpState::SynReceived});
    predict->reveal();
    CHECK(session.simulation().current_step() == 1);
    CHECK(w.trace().segments.size() == 1);
    CHECK(predict->score() == 4);
    CHECK(predict->result_text().contains("Last segment, SYN from Client: 4 of 4 right"));
    // Steps that send nothing are announced and go on; the SYN-ACK is held.
    CHECK(predict->question_text().startsWith("No segment this step: step on (1 step sends nothing). Then Server "
                                              "sends a segment to Client."));
    w.trigger("step");
    CHECK(predict->question_text().startsWith("Next, Server sends a segment to Client."));
    w.trigger("step");
    CHECK(session.simulation().current_step() == 2);
    // A wrong prediction: each wrong field explained.
    predict->set_prediction({flag::ACK, "101", "300", TcpState::SynReceived});
    predict->reveal();
    CHECK(session.simulation().current_step() == 3);
    CHECK(predict->score() == 4);
    CHECK(predict->asked() == 8);
    // Another language keeps the mode and the score.
    {
        auto* own = new MainWindow;
        own->action("predict")->trigger();
        own->predict()->set_prediction({flag::SYN, "x", std::nullopt, TcpState::SynReceived});
        own->predict()->reveal();
        MainWindow* chinese = own->switch_language("zh_CN");
        REQUIRE(chinese);
        CHECK(chinese->predict()->active());
        CHECK(chinese->predict()->score() == 4);
        MainWindow* english = chinese->switch_language("en");
        REQUIRE(english);
        english->close();
        delete own;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    const QString result = predict->result_text();
    CHECK(result.contains("0 of 4 right"));
    CHECK(result.contains("Flags: it is SYN-ACK, not ACK"));
    CHECK(result.contains("Seq is y (on the wire 300): a SYN carries its sender's initial sequence number (ISN)."));
    CHECK(result.contains("Ack is x+1 (on the wire 101)"));
    CHECK(result.contains("Once it arrives, Client is in ESTABLISHED"));
    // Turned off, stepping is free again; a new scenario starts a new score.
    w.trigger("predict");
    w.trigger("step");
    CHECK(session.simulation().current_step() == 4);
    session.load(*builtin_scenario("lost-syn"));
    CHECK(predict->score() == 0);
}

TEST_CASE("a teacher's lesson file opens as a lesson and a malformed one shows why and changes nothing",
          "[ui][window][lesson]")
{
    Window w;
    QTemporaryDir dir;
    const QString good = dir.filePath("mine.json");
    std::ofstream(good.toStdString()) << R"({"format": "tcpviz-scenario", "version": 1, "name": "mine",
        "hosts": [{"name": "client", "role": "client", "address": "192.0.2.10"},
                  {"name": "server", "role": "server", "address": "198.51.100.20", "port": 80}],
        "timeline": [{"action": "connect", "host": "client", "target": "server"}],
        "lesson": {"title": "My question", "stops": [{"when": "syn_ack_reply", "text": "Look here."}]}})";
    REQUIRE(w.window.lessons()->open_file(good));
    CHECK(w.window.session().scenario().name == "mine");
    REQUIRE(w.window.session().lesson_stops() == std::vector<std::uint32_t>{2});
    const QString bad = dir.filePath("bad.json");
    std::ofstream(bad.toStdString()) << R"({"format": "tcpviz-scenario", "version": 1, "name": "x",
        "hosts": [{"name": "c", "address": "192.0.2.10"}]})";
    QString shown;
    CHECK_FALSE(with_message_box(shown, [&] { return w.window.lessons()->open_file(bad); }));
    CHECK(shown == "lesson file '" + bad + "': required field 'lesson' is missing: this is a scenario, not a lesson.");
    CHECK(w.window.session().scenario().name == "mine");
}

TEST_CASE("a diagram a little wider than its view is shrunk to fit, until the user zooms", "[ui][window]")
{
    QStandardPaths::setTestModeEnabled(true);
    DiagramView view;
    Simulation sim(*builtin_scenario("normal"));
    sim.run_to_end();
    view.resize(2000, 600);
    view.show();
    view.show_trace(sim.trace(), {});
    const double natural = view.layout()->size().width();
    CHECK(view.zoom() == 1.0); // room enough: actual size
    view.resize(int(natural * 0.9), 600);
    CHECK(view.zoom() < 0.9);
    CHECK(view.zoom() > 0.85);
    CHECK(view.horizontalScrollBar()->maximum() == 0); // all of it in view
    view.resize(int(natural * 0.5), 600);
    CHECK(view.zoom() == Approx(0.8)); // no smaller: the scroll bar takes over
    CHECK(view.horizontalScrollBar()->maximum() > 0);
    view.set_zoom(1.0); // the user's choice stays
    view.resize(int(natural * 0.9), 600);
    CHECK(view.zoom() == 1.0);
}

TEST_CASE("live values show the accept queue of a slow application and who waits in it", "[ui][window]")
{
    Window w;
    Simulation at_200ms(*builtin_scenario("slow-accept")); // two connections wait, a third ACK was dropped
    at_200ms.run_until(200 * kMillisecond);
    w.window.session().load(*builtin_scenario("slow-accept"));
    w.window.session().go_to_step(at_200ms.current_step());
    auto* live = w.window.findChild<LiveValuesView*>();
    REQUIRE(live);
    QStringList timers;
    for (int row = 0; row < live->rowCount(); ++row)
        if (live->item(row, live->columnCount() - 1))
            timers << live->item(row, live->columnCount() - 1)->text();
    CHECK(timers.contains("SYN queue 1/1, accept queue 2/1"));
    CHECK(timers.count("waits for accept()") == 2);
}

TEST_CASE("live values count down the delayed ACK and TIME-WAIT and show the RTT estimate", "[ui][window][close]")
{
    Window w;
    w.window.session().load(*builtin_scenario("close-four-way"));
    auto* live = w.window.findChild<LiveValuesView*>();
    REQUIRE(live);
    const auto cells = [&](int column) {
        QStringList out;
        for (int row = 0; row < live->rowCount(); ++row)
            if (live->item(row, column))
                out << live->item(row, column)->text();
        return out;
    };
    const auto go_to = [&](std::int64_t t) {
        Simulation at(*builtin_scenario("close-four-way"));
        at.run_until(t);
        w.window.session().go_to_step(at.current_step());
    };
    go_to(250 * kMillisecond); // the client's FIN has arrived: the server's ACK waits 40 ms
    const int timers = live->columnCount() - 1, rtt = live->columnCount() - 2;
    CHECK(cells(timers).contains("stopped; delayed ACK at 290 ms"));
    // Each side measured the handshake and the exchange: 20 ms both times (RFC 6298 §2.3).
    CHECK(cells(rtt).contains("20 ms / 7.5 ms / 220 ms"));
    go_to(1270 * kMillisecond); // the last ACK has arrived: the client waits in TIME-WAIT
    INFO(cells(timers).join(" | ").toStdString());
    CHECK(cells(timers).contains("TIME-WAIT ends at 61.26 s, in 59.99 s")); // it began at 1.26 s
}

TEST_CASE("across a diagram wider than its view, the newest arrow is brought into view", "[ui][window]")
{
    DiagramView view;
    view.resize(700, 500);
    view.show();
    Simulation sim(*builtin_scenario("slow-accept")); // four lifelines: wider than 700 px even fitted
    const auto arrow_in_view = [&view] {
        const DiagramArrow& a = view.layout()->arrows().back();
        const double from = view.viewport_point(a.from).x(), to = view.viewport_point(a.to).x();
        return std::min(from, to) >= 0 && std::max(from, to) <= view.viewport()->width();
    };
    sim.run_until(136 * kMillisecond); // client-3's ACK has reached the full accept queue
    view.show_trace(sim.trace(), {});
    REQUIRE(view.horizontalScrollBar()->maximum() > 0);
    CHECK(sim.trace().segments[view.layout()->arrows().back().segment].from_host == sim.host_index("client-3"));
    CHECK(arrow_in_view());
    CHECK(view.horizontalScrollBar()->value() > 0); // client-3 and the server are on the right
    view.horizontalScrollBar()->setValue(0);
    sim.run_until(1116 * kMillisecond); // the server's SYN-ACK to client-3 again
    view.show_trace(sim.trace(), {});
    CHECK(arrow_in_view());
}

TEST_CASE("scrolled sideways, the times stay in view at the left edge", "[ui][window]")
{
    DiagramView view;
    view.resize(700, 500);
    view.show();
    Simulation sim(*builtin_scenario("slow-accept"));
    sim.run_to_end();
    view.show_trace(sim.trace(), {});
    REQUIRE(view.horizontalScrollBar()->value() > 0); // at the server, right of the client
    const QImage shot = view.viewport()->grab().toImage();
    // Each time in view is written at the left edge: dark pixels there on its row.
    int times = 0, written = 0;
    for (const DiagramTimeMark& m : view.layout()->time_marks()) {
        const int y = int(view.viewport_point({0, m.y}).y());
        if (y < view.layout()->header_height() * view.zoom() + 10 || y > shot.height() - 10)
            continue; // under the pinned headers, or out of view
        ++times;
        bool dark = false;
        for (int dy = -4; dy <= 4 && !dark; ++dy)
            for (int x = 4; x < 40 && !dark; ++x)
                dark = QColor(shot.pixel(x, y + dy)).lightness() < 160;
        written += dark;
    }
    REQUIRE(times >= 3);
    CHECK(written == times);
}

TEST_CASE("render the state machine at a few sizes", "[.print]")
{
    Simulation sim(*builtin_scenario("normal"));
    for (int i = 0; i < 3; ++i)
        sim.step();
    for (QSize size : {QSize(280, 330), QSize(600, 480), QSize(900, 700)}) {
        StateMachineView view;
        view.resize(size);
        view.show_trace(sim.trace());
        view.grab().save(QDir::temp().filePath(QStringLiteral("state-machine-%1x%2.png").arg(size.width()).arg(size.height())));
    }
}
