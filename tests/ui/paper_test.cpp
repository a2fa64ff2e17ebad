// The diagram on paper: the worksheet (blanks, then the answers) and the handout (every
// step's diagram and narration, or a lesson's stops) for every built-in scenario.
#include "paper/diagram_export.hpp"
#include "paper/handout.hpp"
#include "support/lab.hpp"
#include "teaching/lesson_panel.hpp"
#include "teaching/narration.hpp"
#include "scenario/scenario_library.hpp"
#include "sim/simulation.hpp"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tcpviz;
using tcpviz::test::finished;

namespace {

QStringList labels_of(const Trace& trace, Notation numbers)
{
    DiagramOptions options;
    options.numbers = numbers;
    const DiagramLayout layout(trace, options, metrics_for(DiagramTheme::make(ThemeKind::Light)));
    QStringList out;
    for (std::size_t i = 0; i < layout.arrows().size(); ++i)
        out << layout.label_text(i).simplified();
    return out;
}

QString file_text(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Every state a worksheet's blanks must not give away, in a mark or on a time break.
const char* const kStates[] = {"SYN-SENT",   "SYN-RECEIVED", "ESTABLISHED", "LISTEN",    "FIN-WAIT-1", "FIN-WAIT-2",
                               "CLOSE-WAIT", "CLOSING",      "LAST-ACK",    "TIME-WAIT"};

} // namespace

TEST_CASE("a worksheet leaves every answer blank on its first page and gives them all on the second", "[ui][paper]")
{
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (pdftotext.isEmpty()) {
        WARN("pdftotext is not installed; ./dev test installs poppler-utils");
        return;
    }
    QTemporaryDir dir;
    for (const Scenario& s : builtin_scenarios()) {
        DYNAMIC_SECTION(s.name)
        {
            const Simulation sim = finished(s);
            const QString path = dir.filePath(QString::fromStdString(s.name) + ".pdf");
            ImageOptions image;
            image.worksheet = true;
            export_image(path, ImageFormat::Pdf, sim.trace(), {}, image);
            QProcess p;
            p.start(pdftotext, {"-raw", path, "-"});
            REQUIRE(p.waitForFinished(20000));
            // pdftotext ends every page with a form feed; the blanks come first, then as
            // many pages of answers.
            QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
            if (pages.size() % 2 == 1 && pages.last().trimmed().isEmpty())
                pages.removeLast();
            REQUIRE(pages.size() % 2 == 0);
            const QString blanks = pages.mid(0, pages.size() / 2).join(QLatin1Char(' ')).simplified();
            const QString answers = pages.mid(pages.size() / 2).join(QLatin1Char(' ')).simplified();
            CHECK(blanks.contains(QStringLiteral("Worksheet")));
            CHECK_FALSE(blanks.contains(QStringLiteral("Seq=")));
            CHECK_FALSE(blanks.contains(QStringLiteral("Ack=")));
            for (const char* state : kStates)
                CHECK_FALSE(blanks.contains(QLatin1String(state)));
            CHECK(answers.contains(QStringLiteral("Answers")));
            for (const QString& label : labels_of(sim.trace(), Notation::Symbolic))
                CHECK(answers.contains(label));
        }
    }
}

TEST_CASE("a worksheet as an image has its answers in a second file", "[ui][paper]")
{
    QTemporaryDir dir;
    const Simulation sim = finished(*builtin_scenario("normal"));
    ImageOptions image;
    image.worksheet = true;
    const QString svg = dir.filePath("sheet.svg");
    export_image(svg, ImageFormat::Svg, sim.trace(), {}, image);
    CHECK(answers_path(svg) == dir.filePath("sheet-answers.svg"));
    const QString blanks = file_text(svg), answers = file_text(answers_path(svg));
    CHECK_FALSE(blanks.contains(QStringLiteral("Seq=")));
    CHECK_FALSE(blanks.contains(QStringLiteral("ESTABLISHED")));
    CHECK(answers.contains(QStringLiteral("SYN-ACK  Seq=y Ack=x+1")));
    CHECK(answers.contains(QStringLiteral("ESTABLISHED")));
    const QString png = dir.filePath("sheet.png");
    export_image(png, ImageFormat::Png, sim.trace(), {}, image);
    CHECK(QFile::exists(png));
    CHECK(QFile::exists(dir.filePath("sheet-answers.png")));
}

TEST_CASE("a handout holds every step's diagram as inline SVG with that step's narration", "[ui][paper]")
{
    for (const Scenario& s : builtin_scenarios()) {
        DYNAMIC_SECTION(s.name)
        {
            const Simulation sim = finished(s);
            for (Notation n : {Notation::Symbolic, Notation::Absolute}) {
                DiagramOptions diagram;
                diagram.numbers = n;
                const QString html = QString::fromStdString(handout_html(s, sim.trace(), diagram, {}));
                const std::uint32_t steps = std::min(sim.trace().last_step(), kHandoutSteps);
                CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
                CHECK(html.count(QStringLiteral("<svg")) == int(steps));
                CHECK(html.count(QStringLiteral("<section>")) == int(steps));
                // Self-contained: nothing fetched from elsewhere.
                CHECK_FALSE(html.contains(QStringLiteral("src=")));
                CHECK_FALSE(html.contains(QStringLiteral("<?xml")));
                const SeqNotation numbers(sim.trace(), n);
                for (std::uint32_t step = 1; step <= std::min<std::uint32_t>(steps, 12); ++step)
                    CHECK(html.contains(narrate_step(sim.trace(), numbers, step).text.toHtmlEscaped()));
                if (sim.trace().last_step() > kHandoutSteps)
                    CHECK(html.contains(QStringLiteral("more step")));
            }
        }
    }
}

TEST_CASE("a lesson's handout follows its stops with their texts and numbers", "[ui][paper]")
{
    const Lesson& lesson = builtin_lessons()[2]; // why the second segment carries SYN as well as ACK
    Simulation sim(lesson.scenario);
    sim.run_to_end();
    const QString html = QString::fromStdString(handout_html(lesson.scenario, sim.trace(), {}, {}, &lesson));
    CHECK(html.count(QStringLiteral("<section>")) == int(lesson.stops.size()));
    CHECK(html.contains(QString::fromStdString(lesson.title).toHtmlEscaped()));
    CHECK(html.contains(QStringLiteral("Its ACK flag with Ack=x+1 acknowledges")));
    CHECK_FALSE(html.contains(QStringLiteral("{seq}")));
}
