#include "cli.hpp"
#include "options.hpp"

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
#include "system/memory_reuse.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <iostream>

namespace tcpviz {
namespace {

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

int import_capture(const QCommandLineParser& p, const QString& path)
{
    for (const char* option : {"upto-step", "seed", "isn", "profile", "cookies", "latency",
                               "export-steps"})
        if (p.isSet(option))
            throw UsageError{QCoreApplication::translate("cli", "--%1 does not go with --import: a capture is shown "
                                                                "as it was recorded.")
                                 .arg(QString::fromLatin1(option))};
    // The capture and its conversations are let go once imported: a flood's are most of the memory.
    const Trace trace = [&] {
        Capture capture = read_capture_file(path);
        ConversationList conversations = find_conversations(capture);
        const std::vector<std::uint32_t> chosen = chosen_conversations(p.value("conversation"), conversations.size());
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

int run(const QStringList& arguments)
{
    choose_language(arguments);
    QCommandLineParser p;
    add_options(p);
    parse_arguments(p, arguments);
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
    const Source source = source_of(p);
    if (source.kind == Source::Capture)
        return import_capture(p, source.value);
    if (p.isSet("conversation"))
        throw UsageError{QCoreApplication::translate("cli", "--conversation picks a connection of a capture: give "
                                                            "--import with it.")};
    if (source.kind == Source::None)
        throw UsageError{QCoreApplication::translate("cli", "nothing to do: give --scenario NAME (see "
                                                            "--list-scenarios) or --help.")};
    const std::optional<Lesson> lesson =
        source.kind == Source::Lesson ? std::optional<Lesson>(load_lesson(source.value)) : std::nullopt;
    Scenario scenario = lesson ? lesson->scenario : load_scenario(source.value);
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
    reuse_freed_memory(); // the process exits when its one piece of work is done
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
