// Image and text exports for every format and every built-in scenario.
#include "paper/diagram_export.hpp"
#include "support/lab.hpp"
#include "diagram/diagram_painter.hpp"
#include "formats/diagram_text.hpp"
#include "formats/ladder.hpp"
#include "formats/output_file.hpp"
#include "scenario/scenario_library.hpp"
#include "sim/simulation.hpp"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <set>

using namespace tcpviz;
using tcpviz::test::finished;

namespace {

QByteArray read_all(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList arrow_labels(const Trace& trace)
{
    const DiagramTheme theme = DiagramTheme::make(ThemeKind::Light);
    const DiagramLayout layout(trace, {}, metrics_for(theme));
    QStringList out;
    for (std::size_t i = 0; i < layout.arrows().size(); ++i)
        out << layout.label_text(i);
    return out;
}

// All character data of an SVG, or an empty string when it is not well-formed XML.
QString svg_text(const QByteArray& svg, QString& error)
{
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text().toString() + QLatin1Char('\n');
    }
    if (xml.hasError())
        error = xml.errorString();
    return text;
}

} // namespace

TEST_CASE("SVG of every scenario is XML, keeps text as text, and contains every label", "[ui][export]")
{
    QTemporaryDir dir;
    for (const Scenario& s : builtin_scenarios()) {
        DYNAMIC_SECTION(s.name)
        {
            const Simulation sim = finished(s);
            const QString path = dir.filePath(QString::fromStdString(s.name) + ".svg");
            export_image(path, ImageFormat::Svg, sim.trace(), {}, {});
            QString error;
            const QString text = svg_text(read_all(path), error);
            CHECK(error.isEmpty());
            for (const QString& label : arrow_labels(sim.trace())) {
                INFO(label.toStdString());
                CHECK(text.contains(label));
            }
            const DiagramLayout layout(sim.trace(), {}, metrics_for(DiagramTheme::make(ThemeKind::Light)));
            for (const DiagramLifeline& l : layout.lifelines()) {
                CHECK(text.contains(l.role));
                CHECK(text.contains(l.address));
            }
        }
    }
}

TEST_CASE("the same input gives identical SVG bytes", "[ui][export]")
{
    QTemporaryDir dir;
    const Simulation sim = finished(*builtin_scenario("syn-flood-cookies"));
    ImageOptions dark;
    dark.theme = ThemeKind::Dark;
    export_image(dir.filePath("a.svg"), ImageFormat::Svg, sim.trace(), {}, dark);
    export_image(dir.filePath("b.svg"), ImageFormat::Svg, sim.trace(), {}, dark);
    CHECK(read_all(dir.filePath("a.svg")) == read_all(dir.filePath("b.svg")));
}

TEST_CASE("PNG has the requested size and is not blank, in every theme", "[ui][export]")
{
    QTemporaryDir dir;
    const Simulation sim = finished(*builtin_scenario("lost-ack"));
    for (ThemeKind theme : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::Print, ThemeKind::HighContrast}) {
        DYNAMIC_SECTION(theme_name(theme))
        {
            const QString path = dir.filePath(QString::fromLatin1(theme_name(theme)) + ".png");
            ImageOptions options;
            options.theme = theme;
            options.width = 1200;
            export_image(path, ImageFormat::Png, sim.trace(), {}, options);
            const QImage image(path);
            REQUIRE_FALSE(image.isNull());
            CHECK(image.width() == 1200);
            std::set<QRgb> colours;
            for (int y = 0; y < image.height(); y += 3)
                for (int x = 0; x < image.width(); x += 3)
                    colours.insert(image.pixel(x, y));
            CHECK(colours.size() > 20);
        }
    }
    ImageOptions scaled;
    scaled.scale = 1;
    export_image(dir.filePath("one.png"), ImageFormat::Png, sim.trace(), {}, scaled);
    scaled.scale = 2;
    export_image(dir.filePath("two.png"), ImageFormat::Png, sim.trace(), {}, scaled);
    CHECK(QImage(dir.filePath("two.png")).width() == 2 * QImage(dir.filePath("one.png")).width());
}

TEST_CASE("PDF of every scenario is vector with text that pdftotext extracts", "[ui][export]")
{
    QTemporaryDir dir;
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    for (const Scenario& s : builtin_scenarios()) {
        DYNAMIC_SECTION(s.name)
        {
            const Simulation sim = finished(s);
            const QString path = dir.filePath(QString::fromStdString(s.name) + ".pdf");
            export_image(path, ImageFormat::Pdf, sim.trace(), {}, {});
            CHECK(read_all(path).startsWith("%PDF-"));
            if (pdftotext.isEmpty()) {
                WARN("pdftotext is not installed; ./dev test installs poppler-utils");
                continue;
            }
            QProcess p;
            // In the order it was drawn: a label turned to its arrow's slope reads whole.
            p.start(pdftotext, {"-raw", path, "-"});
            REQUIRE(p.waitForFinished(20000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
            CHECK(text.contains("SYN"));
            for (const QString& label : arrow_labels(sim.trace()))
                CHECK(text.contains(label.simplified())); // each arrow's whole label
        }
    }
}

TEST_CASE("on request the legend of lines and marks goes under an exported diagram", "[ui][export]")
{
    QTemporaryDir dir;
    const Simulation sim = finished(*builtin_scenario("lost-synack"));
    const QStringList meanings = {"delivered", "lost in the network", "retransmission", "forged source address",
                                  "SYN cookie", "arrived and dropped by the receiver",
                                  "a long idle stretch, shortened"};
    ImageOptions plain, legend;
    legend.legend = true;
    const QString plain_svg = dir.filePath("plain.svg"), legend_svg = dir.filePath("legend.svg");
    export_image(plain_svg, ImageFormat::Svg, sim.trace(), {}, plain);
    export_image(legend_svg, ImageFormat::Svg, sim.trace(), {}, legend);
    QString error;
    const QString without = svg_text(read_all(plain_svg), error), with = svg_text(read_all(legend_svg), error);
    CHECK(error.isEmpty());
    for (const QString& meaning : meanings) // once more than the diagram itself says it
        CHECK(with.count(meaning) == without.count(meaning) + 1);
    // It adds room under the diagram rather than covering it.
    const DiagramTheme theme = DiagramTheme::make(ThemeKind::Light);
    const DiagramLayout layout(sim.trace(), {}, metrics_for(theme));
    plain.scale = legend.scale = 1;
    export_image(dir.filePath("plain.png"), ImageFormat::Png, sim.trace(), {}, plain);
    export_image(dir.filePath("legend.png"), ImageFormat::Png, sim.trace(), {}, legend);
    const QImage a(dir.filePath("plain.png")), b(dir.filePath("legend.png"));
    CHECK(a.height() == qRound(layout.size().height()));
    CHECK(b.height() >= a.height() + qRound(line_legend_size(theme).height()));
    CHECK(b.copy(0, 0, a.width(), a.height()) == a);
}

TEST_CASE("a very tall diagram continues on further PDF pages", "[ui][export]")
{
    QTemporaryDir dir;
    Scenario s = *builtin_scenario("syn-flood");
    s.timeline[0].count = 400;
    const Simulation sim = finished(s);
    export_image(dir.filePath("tall.pdf"), ImageFormat::Pdf, sim.trace(), {}, {});
    CHECK(read_all(dir.filePath("tall.pdf")).count("/Type /Page\n") + read_all(dir.filePath("tall.pdf")).count("/Type /Page ") +
              read_all(dir.filePath("tall.pdf")).count("/Type /Page/") >= 1);
}

TEST_CASE("export-steps writes one numbered image per step", "[ui][export]")
{
    QTemporaryDir dir;
    const Simulation sim = finished(*builtin_scenario("normal"));
    ImageOptions small;
    small.scale = 1.0;
    const std::size_t n = export_steps(dir.filePath("steps"), sim.trace(), {}, small);
    CHECK(n == sim.trace().last_step());
    const QStringList files = QDir(dir.filePath("steps")).entryList({"*.png"}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == int(n));
    CHECK(files.first() == "step-001.png");
    // Later steps show more of the exchange, so their images are taller or equal.
    CHECK(QImage(dir.filePath("steps/" + files.last())).height() >=
          QImage(dir.filePath("steps/" + files.first())).height());
}

TEST_CASE("export errors: unwritable path, nothing left behind", "[ui][export]")
{
    const Simulation sim = finished(*builtin_scenario("normal"));
    CHECK_THROWS_AS(export_image("/nonexistent-dir/x.png", ImageFormat::Png, sim.trace(), {}, {}), ExportError);
    QTemporaryDir dir;
    QDir(dir.path()).mkdir("sub.svg");
    CHECK_THROWS_AS(export_image(dir.filePath("sub.svg"), ImageFormat::Svg, sim.trace(), {}, {}), ExportError);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("Mermaid and PlantUML for every scenario", "[ui][export]")
{
    for (const Scenario& s : builtin_scenarios()) {
        DYNAMIC_SECTION(s.name)
        {
            const Simulation sim = finished(s);
            const std::string mmd = mermaid_text(s, sim.trace(), {});
            const std::string puml = plantuml_text(s, sim.trace(), {});
            CHECK(mmd.find("sequenceDiagram\n") != std::string::npos);
            CHECK(puml.rfind("@startuml\n", 0) == 0);
            CHECK(puml.find("@enduml\n") == puml.size() - 8);
            const auto lines = [](const std::string& text, const std::string& needle) {
                std::size_t n = 0;
                for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
                    ++n;
                return n;
            };
            // One message per segment.
            CHECK(lines(mmd, "->>") + lines(mmd, "-x") == sim.trace().segments.size());
            CHECK(lines(puml, " -> ") + lines(puml, " ->x ") == sim.trace().segments.size());
        }
    }
    const Simulation normal = finished(*builtin_scenario("normal"));
    const std::string mmd = mermaid_text(*builtin_scenario("normal"), normal.trace(), {});
    CHECK(mmd.find("    h0->>h1: SYN  Seq=x\n") != std::string::npos);
    CHECK(mmd.find("    h1->>h0: SYN-ACK  Seq=y Ack=x+1\n") != std::string::npos);
    // The notation in force, and what its symbols stand for, before the first message.
    CHECK(mmd.find("    Note over h0,h1: Symbolic numbers: x = 100 Client's ISN, y = 300 Server's ISN, u = 106 "
                   "Client's FIN, w = 306 Server's own FIN\n") < mmd.find("->>"));
    CHECK(mmd.find("    Note over h1: SYN-RECEIVED\n") != std::string::npos);
    const Simulation lost = finished(*builtin_scenario("lost-syn"));
    CHECK(mermaid_text(*builtin_scenario("lost-syn"), lost.trace(), {Notation::Absolute, std::nullopt})
              .find("    h0-xh1: SYN  Seq=100 lost\n") != std::string::npos);
    // Hosts named otherwise than their role are told apart; a dropped segment says why.
    const Scenario slow = *builtin_scenario("slow-accept");
    const Simulation slow_run = finished(slow);
    const std::string slow_mmd = mermaid_text(slow, slow_run.trace(), {Notation::Relative, std::nullopt});
    CHECK(slow_mmd.find("    participant h3 as Client · client-3 192.0.2.12:50003\n") != std::string::npos);
    CHECK(slow_mmd.find("    h3->>h1: ACK  Seq=1 Ack=1 (dropped: accept queue full)\n") != std::string::npos);
    CHECK(plantuml_text(slow, slow_run.trace(), {})
              .find("participant \"Client · client-2\\n192.0.2.11:50002\" as h2\n") != std::string::npos);
}

TEST_CASE("every segment's note and drop are the same words in the diagram and in the text exports", "[ui][export]")
{
    const DiagramTheme theme = DiagramTheme::make(ThemeKind::Light);
    std::size_t notes = 0, drops = 0;
    for (const Scenario& scenario : builtin_scenarios()) {
        Scenario small = scenario;
        for (ActionSpec& a : small.timeline) // a flood's first SYNs are enough
            a.count = std::min<std::uint32_t>(a.count, 300);
        const Simulation sim = finished(small);
        const DiagramLayout layout(sim.trace(), {}, metrics_for(theme));
        const std::string ladder = ladder_text(small, sim.trace());
        const std::string mmd = mermaid_text(small, sim.trace(), {});
        for (std::size_t i = 0; i < layout.arrows().size(); ++i) {
            INFO(scenario.name << " arrow " << i);
            const std::string note = layout.note_text(i).toStdString();
            if (!note.empty()) {
                ++notes;
                CHECK(ladder.find("[" + note) != std::string::npos);
                CHECK(mmd.find("(" + note) != std::string::npos);
            }
            if (layout.arrows()[i].end == ArrowEnd::Dropped) {
                ++drops;
                const std::string drop = layout.end_text(i).toStdString();
                CHECK(ladder.find(drop + "]") != std::string::npos);
                CHECK(mmd.find(drop + ")") != std::string::npos);
            }
        }
    }
    CHECK(notes > 0);
    CHECK(drops > 0);
}
