// ./dev bench, diagram part: painting what is in view of a 1,000,000-segment trace
// against a 10-segment one, and exporting a 10,000-segment diagram to SVG.
#include "formats/pcap_writer.hpp"
#include "paper/diagram_export.hpp"
#include "window/main_window.hpp"
#include "diagram/diagram_painter.hpp"
#include "scenario/scenario_library.hpp"
#include "sim/simulation.hpp"

#include <string_view>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTest>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>

using namespace tcpviz;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// A flood slow enough that its arrows do not pile on each other (one SYN every 20 ms,
// as in the syn-flood scenario), so every arrow and label is really laid out.
Trace flood_trace(std::uint32_t syns)
{
    Scenario s = *builtin_scenario("syn-flood-cookies");
    s.options.backlog = 128;
    s.timeline.resize(1);
    s.timeline[0].count = syns;
    s.timeline[0].interval = 20 * kMillisecond;
    Simulation sim(s);
    sim.run_to_end();
    return sim.trace();
}

// Average time to paint one viewport-sized window of the diagram, at several places.
double paint_ms(const DiagramLayout& layout, const DiagramTheme& theme)
{
    QImage screen(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    const int rounds = 40;
    const auto start = Clock::now();
    for (int i = 0; i < rounds; ++i) {
        const double top = (layout.size().height() - 1000) * (i % 10) / 10.0;
        QPainter p(&screen);
        p.translate(0, -top);
        paint_diagram(p, layout, theme, QRectF(0, top, 1600, 1000));
    }
    return seconds_since(start) / rounds * 1e3;
}

// One step of the window (the session steps, every panel updates) and its repaint.
double window_step_ms(tcpviz::MainWindow& window, int steps)
{
    const auto start = Clock::now();
    for (int i = 0; i < steps; ++i) {
        window.session().step();
        window.repaint();
    }
    return seconds_since(start) / steps * 1e3;
}

void window_costs()
{
    // Ten events in the trace against a million.
    MainWindow small;
    small.resize(1600, 1000);
    small.show();
    small.session().step();
    const double small_ms = window_step_ms(small, 5);

    MainWindow big;
    big.resize(1600, 1000);
    big.show();
    Scenario flood = *builtin_scenario("syn-flood-cookies");
    flood.options.backlog = 128;
    flood.timeline.resize(1);
    flood.timeline[0].count = 250'000;
    flood.timeline[0].interval = 20 * kMillisecond;
    big.session().load(flood);
    big.session().go_to_step(1'000'000);
    window_step_ms(big, 3); // first steps may rebuild (a new label width)
    const double big_ms = window_step_ms(big, 20);
    std::printf("window step + repaint: %zu events %.2f ms, %zu events %.2f ms (ratio %.1f)\n",
                small.session().simulation().trace().events.size(), small_ms,
                big.session().simulation().trace().events.size(), big_ms, big_ms / small_ms);
}

// What one change to the window costs until the repaint that shows it.
double change_ms(MainWindow& window, const std::function<void()>& change)
{
    const auto start = Clock::now();
    change();
    QCoreApplication::processEvents();
    window.repaint();
    return seconds_since(start) * 1e3;
}

void trigger(MainWindow& window, const char* action)
{
    QAction* a = window.findChild<QAction*>(QString::fromLatin1(action));
    if (!a) {
        std::fprintf(stderr, "the window has no action %s\n", action);
        std::exit(1);
    }
    a->trigger();
}

// Back, a theme change and a notation change on a trace of a million segments (aim:
// 0.5 s each), and a capture of two million opened in the window.
void window_changes()
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    Scenario flood = *builtin_scenario("syn-flood-cookies");
    flood.timeline.resize(1);
    flood.timeline[0].count = 500'000;
    flood.timeline[0].interval = 1000;
    window.session().load(flood);
    const double to_end = change_ms(window, [&] { window.session().go_to_step(0xffffffff); });
    const std::size_t segments = window.session().trace().segments.size();
    const double back = change_ms(window, [&] { trigger(window, "back"); });
    const double theme = change_ms(window, [&] { trigger(window, "theme_dark"); });
    const double light = change_ms(window, [&] { trigger(window, "theme_light"); });
    // Each of the three notations in turn, back to the first.
    std::array<double, 3> notation{};
    for (double& ms : notation)
        ms = change_ms(window, [&] { trigger(window, "numbers_next"); });
    std::printf("window with %zu segments: to the end %.0f ms; back %.0f ms, dark theme %.0f ms, light theme %.0f ms, "
                "next notation %.0f, %.0f and %.0f ms\n",
                segments, to_end, back, theme, light, notation[0], notation[1], notation[2]);

    const std::string pcap = "/tmp/tcpviz-ui-bench-flood.pcap";
    {
        Scenario bigger = flood;
        bigger.timeline[0].count = 1'000'000;
        Simulation sim(bigger);
        sim.run_to_end();
        write_pcap(pcap, sim.trace());
    }
    const auto all = [](const ConversationList& list) {
        std::vector<std::uint32_t> numbers(list.size());
        for (std::uint32_t i = 0; i < numbers.size(); ++i)
            numbers[i] = i + 1;
        return std::optional(numbers);
    };
    const double open = change_ms(window, [&] { window.session().load_capture(QString::fromStdString(pcap), all); });
    const double capture_end = change_ms(window, [&] { window.session().go_to_step(0xffffffff); });
    const std::size_t captured = window.session().trace().segments.size();
    const double capture_back = change_ms(window, [&] { trigger(window, "back"); });
    std::printf("window with a capture of %zu segments: open %.0f ms, to the end %.0f ms, back %.0f ms\n", captured,
                open, capture_end, capture_back);
    std::remove(pcap.c_str());
}

// Time from launching a process to its window's first paint on `platform`, the median
// of 11 runs after one that warms the caches (and a display server just started), with
// a scratch settings folder so that no saved layout or language counts.
double process_start_ms(const QString& program, const QString& platform)
{
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.insert(QStringLiteral("TCPVIZ_QUIT_WHEN_SHOWN"), QStringLiteral("1"));
    std::vector<double> runs;
    for (int i = 0; i < 12; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        const auto start = Clock::now();
        p.start(program, {});
        // The process says "painted" when its window first has (app/first_paint.hpp);
        // its exit afterwards is not part of the start.
        while (!p.canReadLine() && p.waitForReadyRead(30'000)) {
        }
        runs.push_back(seconds_since(start) * 1e3);
        if (p.readLine().trimmed() != "painted") {
            std::fprintf(stderr, "%s did not report its first paint\n", qPrintable(program));
            std::exit(1);
        }
        p.waitForFinished(30'000);
    }
    runs.erase(runs.begin());
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

// On the display server, as users see the window (./dev bench starts Xvfb when there
// is none), and offscreen, where nothing but the window's own work is left to time.
void process_start()
{
    QStringList platforms;
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        platforms << QStringLiteral("xcb");
    platforms << QStringLiteral("offscreen");
    for (const QString& platform : platforms) {
        const double bare = process_start_ms(QStringLiteral(BARE_WINDOW_BIN), platform);
        const double widgets = process_start_ms(QStringLiteral(EMPTY_WORKBENCH_BIN), platform);
        const double ours = process_start_ms(QStringLiteral(TCPVIZ_BIN), platform);
        std::printf("window start on %s, launch to first paint: bare Qt Widgets %.1f ms, tcpviz %.1f ms (ratio %.2f); "
                    "tcpviz's widgets, empty, %.1f ms (ratio %.2f)\n",
                    qPrintable(platform), bare, ours, ours / bare, widgets, widgets / bare);
    }
}

void window_start()
{
    // Time to a shown window: a bare Qt Widgets window against tcpviz's.
    auto start = Clock::now();
    {
        QMainWindow bare;
        bare.setCentralWidget(new QLabel(QStringLiteral("tcpviz")));
        bare.resize(1600, 1000);
        bare.show();
        (void)QTest::qWaitForWindowExposed(&bare);
    }
    const double bare_ms = seconds_since(start) * 1e3;
    start = Clock::now();
    {
        MainWindow window;
        window.show();
        (void)QTest::qWaitForWindowExposed(&window);
    }
    const double ours_ms = seconds_since(start) * 1e3;
    std::printf("window start offscreen, in one process: bare Qt Widgets %.1f ms, tcpviz %.1f ms (ratio %.1f)\n", bare_ms, ours_ms,
                ours_ms / bare_ms);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // "tcpviz_ui_bench changes": only the window's changes on a million segments.
    if (argc > 1 && std::string_view(argv[1]) == "changes") {
        window_changes();
        return 0;
    }
    process_start();
    window_start();
    window_costs();
    window_changes();
    const DiagramTheme theme = DiagramTheme::make(ThemeKind::Light);

    Simulation small_sim(*builtin_scenario("normal"));
    small_sim.run_to_end();
    const DiagramLayout small(small_sim.trace(), {}, metrics_for(theme));
    paint_ms(small, theme); // warm up fonts and caches
    const double small_ms = paint_ms(small, theme);

    const Trace big_trace = flood_trace(500'000);
    auto start = Clock::now();
    const DiagramLayout big(big_trace, {}, metrics_for(theme));
    const double layout_s = seconds_since(start);
    // The first paint of a place also lays out its labels; repaints do not.
    const double first_ms = paint_ms(big, theme);
    const double big_ms = paint_ms(big, theme);
    std::printf("repaint one 1600x1000 view: %zu segments %.2f ms, %zu segments %.2f ms (ratio %.1f)\n"
                "first paint of a place in the large trace (labels laid out then) %.2f ms; "
                "layout of the large trace %.2f s\n",
                small_sim.trace().segments.size(), small_ms, big_trace.segments.size(), big_ms, big_ms / small_ms,
                first_ms, layout_s);

    const Trace svg_trace = flood_trace(5'000);
    QTemporaryDir dir;
    start = Clock::now();
    export_image(dir.filePath("big.svg"), ImageFormat::Svg, svg_trace, {}, {});
    const double svg_s = seconds_since(start);
    QFile svg(dir.filePath("big.svg"));
    svg.open(QIODevice::ReadOnly);
    const QByteArray bytes = svg.readAll();
    std::printf("SVG export of %zu segments: %.2f s, %.1f MB, %lld arrow labels present\n", svg_trace.segments.size(),
                svg_s, double(bytes.size()) / 1e6, static_cast<long long>(bytes.count("SYN-ACK  Seq=")));
    return 0;
}
