#include "cli.hpp"

#include "capture/capture_import.hpp"
#include "capture/capture_model.hpp"
#include "formats/capture_text.hpp"
#include "paper/diagram_export.hpp"
#include "formats/ladder.hpp"
#include "window/language.hpp"
#include "teaching/lesson_panel.hpp"
#include "formats/output_file.hpp"
#include "scenario/scenario_library.hpp"
#include "sim/simulation.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <iostream>

namespace tcpviz {
namespace {

constexpr int kUsageError = 2;

// Thrown for anything the user can fix; main prints it as one sentence.
struct UsageError {
    QString message;
};

Lesson load_lesson(const QString& number_or_file)
{
    if (number_or_file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return load_lesson_file(number_or_file.toStdString());
    bool ok = false;
    const uint number = number_or_file.toUInt(&ok);
    if (!ok || number < 1 || number > builtin_lessons().size())
        throw UsageError{QCoreApplication::translate("cli", "--lesson must be a lesson number from 1 to %1 or a .json "
                                                            "lesson file, not '%2'.")
                             .arg(builtin_lessons().size())
                             .arg(number_or_file)};
    return builtin_lessons()[number - 1];
}

Scenario load_scenario(const QString& name_or_file)
{
    if (name_or_file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return load_scenario_file(name_or_file.toStdString());
    if (auto builtin = builtin_scenario(name_or_file.toStdString()))
        return *builtin;
    throw UsageError{QCoreApplication::translate("cli", "unknown scenario '%1': run tcpviz --list-scenarios to see "
                                                        "the built-in ones, or give a .json file.")
                         .arg(name_or_file)};
}

template <typename Enum, typename Parse>
Enum parse_choice(const QCommandLineParser& p, const QString& option, Parse parse, const char* allowed)
{
    Enum out{};
    if (!parse(p.value(option).toStdString(), out))
        throw UsageError{QCoreApplication::translate("cli", "--%1 must be one of %2, not '%3'.")
                             .arg(option, QString::fromLatin1(allowed), p.value(option))};
    return out;
}

void apply_options(const QCommandLineParser& p, ScenarioOptions& o)
{
    if (p.isSet("seed")) {
        bool ok = false;
        o.seed = p.value("seed").toULongLong(&ok);
        if (!ok)
            throw UsageError{QCoreApplication::translate("cli", "--seed must be a whole number of at least 0, not '%1'.")
                                 .arg(p.value("seed"))};
    }
    if (p.isSet("isn"))
        o.isn = parse_choice<IsnMode>(p, "isn", parse_isn_mode, "fixed, random, rfc6528, linux, bsd");
    if (p.isSet("profile"))
        o.profile = parse_choice<ProfileKind>(p, "profile", parse_profile, "linux, rfc6298");
    if (p.isSet("cookies"))
        o.cookies = parse_choice<CookieMode>(p, "cookies", parse_cookie_mode, "off, overflow, always");
    if (p.isSet("latency")) {
        bool ok = false;
        const double ms = p.value("latency").toDouble(&ok);
        if (!ok || ms < 0 || ms > 60'000)
            throw UsageError{QCoreApplication::translate("cli", "--latency must be a number of milliseconds from 0 to "
                                                                "60000, not '%1'.")
                                 .arg(p.value("latency"))};
        o.latency = static_cast<std::int64_t>(ms * double(kMillisecond));
    }
}

struct DrawingOptions {
    DiagramOptions diagram;
    ImageOptions image;
};

DrawingOptions drawing_options(const QCommandLineParser& p, const Scenario& scenario)
{
    DrawingOptions d;
    if (p.isSet("numbers") && p.isSet("absolute-seq") && p.value("numbers") != QLatin1String("absolute"))
        throw UsageError{QCoreApplication::translate("cli", "--absolute-seq and --numbers %1 contradict each other: "
                                                            "give one of them.")
                             .arg(p.value("numbers"))};
    if (p.isSet("numbers"))
        d.diagram.numbers = parse_choice<Notation>(p, "numbers", parse_notation, "symbolic, relative, absolute");
    else if (p.isSet("absolute-seq"))
        d.diagram.numbers = Notation::Absolute;
    d.image.title = QStringLiteral("tcpviz: %1").arg(QString::fromStdString(scenario.name));
    d.image.worksheet = p.isSet("worksheet");
    d.image.legend = p.isSet("legend");
    if (p.isSet("theme")) {
        const auto theme = parse_theme(p.value("theme"));
        if (!theme)
            throw UsageError{QCoreApplication::translate("cli", "--theme must be one of light, dark, print, "
                                                                "high-contrast, not '%1'.")
                                 .arg(p.value("theme"))};
        d.image.theme = *theme;
    }
    if (p.isSet("scale")) {
        bool ok = false;
        d.image.scale = p.value("scale").toDouble(&ok);
        if (!ok || d.image.scale < 0.25 || d.image.scale > 8)
            throw UsageError{QCoreApplication::translate("cli", "--scale must be a number from 0.25 to 8, not '%1'.")
                                 .arg(p.value("scale"))};
    }
    if (p.isSet("width")) {
        bool ok = false;
        const int width = p.value("width").toInt(&ok);
        if (!ok || width < 100 || width > 20000)
            throw UsageError{QCoreApplication::translate("cli", "--width must be a whole number of pixels from 100 "
                                                                "to 20000, not '%1'.")
                                 .arg(p.value("width"))};
        d.image.width = width;
    }
    return d;
}

Capture read_capture_file(const QString& path)
{
    Capture capture = read_capture(path.toStdString());
    const std::string skipped =
        capture_skipped_note(capture.not_tcp, capture.headers_cut, capture.skipped_bytes, interface_wording());
    if (!skipped.empty())
        std::cerr << "tcpviz: " << path.toStdString() << ": " << skipped << ".\n";
    return capture;
}

int list_conversations(const QString& path)
{
    const Capture capture = read_capture_file(path);
    for (const Conversation& c : find_conversations(capture))
        std::cout << conversation_line(c, interface_wording()) << "\n";
    return 0;
}

std::vector<std::uint32_t> chosen_conversations(const QCommandLineParser& p, std::size_t count)
{
    std::vector<std::uint32_t> chosen;
    const QString value = p.isSet("conversation") ? p.value("conversation") : QStringLiteral("all");
    if (value == QLatin1String("all")) {
        for (std::uint32_t n = 1; n <= count; ++n)
            chosen.push_back(n);
        return chosen;
    }
    bool ok = false;
    const uint number = value.toUInt(&ok);
    if (!ok || number < 1 || number > count)
        throw UsageError{QCoreApplication::translate("cli", "--conversation must be all or a number from 1 to %1 "
                                                            "(see --conversations), not '%2'.")
                             .arg(count)
                             .arg(value)};
    chosen.push_back(number);
    return chosen;
}

int import_capture(const QCommandLineParser& p)
{
    for (const char* option : {"scenario", "lesson", "upto-step", "seed", "isn", "profile", "cookies", "latency",
                               "export-steps"})
        if (p.isSet(option))
            throw UsageError{QCoreApplication::translate("cli", "--%1 does not go with --import: a capture is shown "
                                                                "as it was recorded.")
                                 .arg(QString::fromLatin1(option))};
    const QString path = p.value("import");
    // The capture and its conversations are let go once imported: a flood's are most of the memory.
    const Trace trace = [&] {
        Capture capture = read_capture_file(path);
        ConversationList conversations = find_conversations(capture);
        const std::vector<std::uint32_t> chosen = chosen_conversations(p, conversations.size());
        return import_conversations(std::move(capture), std::move(conversations), chosen);
    }();
    Scenario named;
    named.name = QFileInfo(path).fileName().toStdString();
    const DrawingOptions drawing = drawing_options(p, named);
    if ((p.isSet("worksheet") || p.isSet("legend")) && (!p.isSet("export") || !image_format_for(p.value("export"))))
        throw UsageError{QCoreApplication::translate("cli", "--worksheet and --legend go with a drawn diagram: give "
                                                            "--export with a .pdf, .png or .svg file.")};
    if (p.isSet("save-scenario") || p.isSet("compare")) {
        // The model of the connection: saved to edit, or run and held against the capture.
        const Scenario model = model_of(trace, QFileInfo(path).completeBaseName().toStdString() + "-model");
        if (p.isSet("save-scenario"))
            write_text_atomically(p.value("save-scenario").toStdString(), scenario_to_json_text(model));
        if (p.isSet("compare")) {
            Simulation sim(model);
            sim.run_to_end();
            const std::vector<Divergence> list = compare_with_model(trace, sim.trace());
            if (list.empty())
                std::cout << QCoreApplication::translate("cli", "The model sends every segment the capture shows, "
                                                                "each within 2 ms of it.")
                                 .toStdString()
                          << "\n";
            for (const Divergence& d : list)
                std::cout << divergence_line(d, interface_wording()) << "\n";
        }
    }
    if (p.isSet("export"))
        export_run(p.value("export"), named, trace, drawing.diagram, drawing.image, nullptr);
    else if (!p.isSet("save-scenario") && !p.isSet("compare"))
        write_ladder([](std::string_view piece) { std::cout.write(piece.data(), std::streamsize(piece.size())); },
                     named, trace, drawing.diagram.numbers, interface_wording());
    return 0;
}

// --lang is read before anything else: the help text and the errors are in it too.
void choose_language(const QStringList& arguments)
{
    QString language = system_language();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            language = arguments[i].mid(7);
    }
    if (!set_language(language)) {
        set_language(system_language());
        throw UsageError{QCoreApplication::translate("cli", "--lang must be one of %1, not '%2'.")
                             .arg(available_languages().join(QLatin1String(", ")), language)};
    }
}

int run(const QStringList& arguments)
{
    choose_language(arguments);
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("cli", "Teach the TCP three-way handshake: simulate it step by step and "
                                           "draw it."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {"list-scenarios", QCoreApplication::translate("cli", "List the built-in scenarios and exit.")},
        {"scenario", QCoreApplication::translate("cli", "Run a built-in scenario or a scenario file."),
         QCoreApplication::translate("cli", "name|file.json")},
        {"seed", QCoreApplication::translate("cli", "Seed for random ISNs, keys and losses."), "N"},
        {"isn", QCoreApplication::translate("cli", "ISN generator: fixed, random, rfc6528, linux or bsd."), "mode"},
        {"profile", QCoreApplication::translate("cli", "Timing profile: linux or rfc6298."), "profile"},
        {"cookies", QCoreApplication::translate("cli", "SYN cookies: off, overflow or always."), "mode"},
        {"latency", QCoreApplication::translate("cli", "One-way latency of every link in milliseconds."), "ms"},
        {"export",
         QCoreApplication::translate("cli", "Write the run to a file: .png, .svg or .pdf diagram, .txt "
                                            "ladder, .mmd Mermaid, .puml PlantUML, .pcap capture or .json "
                                            "trace."),
         "file"},
        {"export-steps",
         QCoreApplication::translate("cli", "Write one PNG per step (step-001.png, ...) into a "
                                            "folder."),
         "dir"},
        {"theme", QCoreApplication::translate("cli", "Diagram theme: light, dark, print or high-contrast."), "theme"},
        {"scale", QCoreApplication::translate("cli", "PNG pixels per diagram pixel (default 2)."), "factor"},
        {"width", QCoreApplication::translate("cli", "PNG width in pixels (instead of --scale)."), "px"},
        {"numbers",
         QCoreApplication::translate("cli", "How Seq and Ack are written: symbolic (x, y+1, the default), relative "
                                            "(as Wireshark counts) or absolute."),
         "notation"},
        {"absolute-seq", QCoreApplication::translate("cli", "The same as --numbers absolute.")},
        {"upto-step", QCoreApplication::translate("cli", "Stop after K steps: the diagram as it stands then."), "K"},
        {"lesson",
         QCoreApplication::translate("cli", "Run a lesson instead of a scenario: a built-in one by its number (1 to "
                                            "%1) or a lesson file; an .html export follows its stops.")
             .arg(builtin_lessons().size()),
         "number or file.json"},
        {"worksheet",
         QCoreApplication::translate("cli", "With a .pdf, .png or .svg export: leave every arrow's flags, Seq and Ack "
                                            "and every state as a box to fill in; the answers follow on a second "
                                            "page of a PDF, or in a second file, NAME-answers.png or .svg.")},
        {"legend", QCoreApplication::translate("cli", "With a .pdf, .png or .svg export: draw the legend of line "
                                                      "styles and marks under the diagram.")},
        {"save-scenario",
         QCoreApplication::translate("cli", "Write the scenario, with the options given, as JSON; with --import, the "
                                            "model of the connection."),
         "file.json"},
        {"conversations",
         QCoreApplication::translate("cli", "List the TCP connections of a pcap or pcapng capture, one line each, "
                                            "and exit."),
         "capture"},
        {"import",
         QCoreApplication::translate("cli", "Show a pcap or pcapng capture instead of a scenario: its connections, "
                                            "with each endpoint's state inferred; every --export works on it."),
         "capture"},
        {"conversation",
         QCoreApplication::translate("cli", "With --import: which connection, by its number in --conversations, or "
                                            "all (the default)."),
         "N|all"},
        {"compare",
         QCoreApplication::translate("cli", "With --import of one connection: run the model built from it (see "
                                            "--save-scenario) and list where the two part ways.")},
        {"lang",
         QCoreApplication::translate("cli", "Language of the messages and the diagrams: en or zh_CN "
                                            "(default: the system's)."),
         "language"},
    });
    if (!p.parse(arguments)) {
        QString message = p.errorText();
        if (!message.endsWith(QLatin1Char('.')))
            message += QLatin1Char('.');
        throw UsageError{message};
    }
    if (!p.positionalArguments().isEmpty())
        throw UsageError{QCoreApplication::translate("cli", "unexpected argument '%1': options start with --.")
                             .arg(p.positionalArguments().first())};
    if (p.isSet("help")) {
        std::cout << p.helpText().toStdString();
        return 0;
    }
    if (p.isSet("version")) {
        std::cout << "tcpviz " << QCoreApplication::applicationVersion().toStdString() << "\n";
        return 0;
    }
    if (p.isSet("list-scenarios")) {
        for (const Scenario& s : builtin_scenarios())
            std::cout << s.name << "  " << scenario_title(s).toStdString() << " — "
                      << scenario_description(s).toStdString() << "\n";
        return 0;
    }
    if (p.isSet("conversations"))
        return list_conversations(p.value("conversations"));
    if (p.isSet("import"))
        return import_capture(p);
    if (p.isSet("conversation"))
        throw UsageError{QCoreApplication::translate("cli", "--conversation picks a connection of a capture: give "
                                                            "--import with it.")};
    if (p.isSet("scenario") && p.isSet("lesson"))
        throw UsageError{QCoreApplication::translate("cli", "give --scenario or --lesson, not both: a lesson brings "
                                                            "its own scenario.")};
    if (!p.isSet("scenario") && !p.isSet("lesson"))
        throw UsageError{QCoreApplication::translate("cli", "nothing to do: give --scenario NAME (see "
                                                            "--list-scenarios) or --help.")};
    const std::optional<Lesson> lesson =
        p.isSet("lesson") ? std::optional<Lesson>(load_lesson(p.value("lesson"))) : std::nullopt;
    Scenario scenario = lesson ? lesson->scenario : load_scenario(p.value("scenario"));
    apply_options(p, scenario.options);
    const DrawingOptions drawing = drawing_options(p, scenario);
    if (p.isSet("worksheet") && (!p.isSet("export") || !image_format_for(p.value("export"))))
        throw UsageError{QCoreApplication::translate("cli", "--worksheet draws a diagram to fill in: give --export "
                                                            "with a .pdf, .png or .svg file.")};
    if (p.isSet("legend") && (!p.isSet("export") || !image_format_for(p.value("export"))))
        throw UsageError{QCoreApplication::translate("cli", "--legend goes under a drawn diagram: give --export "
                                                            "with a .pdf, .png or .svg file.")};
    Simulation sim(scenario);
    if (p.isSet("upto-step")) {
        bool ok = false;
        const uint steps = p.value("upto-step").toUInt(&ok);
        if (!ok)
            throw UsageError{QCoreApplication::translate("cli", "--upto-step must be a whole number of steps, not '%1'.")
                                 .arg(p.value("upto-step"))};
        if (sim.run_to_end(steps) < steps)
            throw UsageError{QCoreApplication::translate("cli", "--upto-step %1 is past the end: scenario '%2' has %3 "
                                                                "steps.")
                                 .arg(steps)
                                 .arg(QString::fromStdString(scenario.name))
                                 .arg(sim.current_step())};
    } else {
        sim.run_to_end();
    }
    if (p.isSet("save-scenario"))
        write_text_atomically(p.value("save-scenario").toStdString(), scenario_to_json_text(scenario));
    if (p.isSet("export"))
        export_run(p.value("export"), scenario, sim.trace(), drawing.diagram, drawing.image,
                   lesson ? &*lesson : nullptr);
    if (p.isSet("export-steps"))
        export_steps(p.value("export-steps"), sim.trace(), drawing.diagram, drawing.image);
    if (!p.isSet("export") && !p.isSet("export-steps") && !p.isSet("save-scenario"))
        std::cout << ladder_text(scenario, sim.trace(), drawing.diagram.numbers, interface_wording());
    return 0;
}

} // namespace

int run_command_line(const QStringList& arguments)
{
    try {
        return run(arguments);
    } catch (const UsageError& e) {
        std::cerr << "tcpviz: " << e.message.toStdString() << "\n";
    } catch (const ScenarioError& e) {
        std::cerr << "tcpviz: " << message_text(e.message()).toStdString() << "\n";
    } catch (const CaptureError& e) {
        std::cerr << "tcpviz: " << message_text(e.message()).toStdString() << "\n";
    } catch (const ExportError& e) {
        std::cerr << "tcpviz: " << message_text(e.message()).toStdString() << "\n";
    }
    return kUsageError;
}

} // namespace tcpviz
