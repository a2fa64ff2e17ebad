#include "options.hpp"

#include "formats/file_kind.hpp"
#include "scenario/scenario_library.hpp"
#include "teaching/lesson_panel.hpp"
#include "window/language.hpp"

#include <QCoreApplication>
#include <QFileInfo>

namespace tcpviz {

void add_options(QCommandLineParser& p)
{
    p.setApplicationDescription(
        QCoreApplication::translate("cli", "Teach TCP connections: simulate the handshake and the close step by "
                                           "step, or open a capture, and draw them. With no options, or with a "
                                           "scenario, lesson or capture FILE alone, it opens the window."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QCoreApplication::translate("cli", "A scenario, lesson or capture file: opened in the "
                                                               "window, or with --export, written from."),
                            QStringLiteral("[FILE]"));
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
        {"window",
         QCoreApplication::translate("cli", "Open the window even with other options: a scenario, lesson or "
                                            "capture, a theme, a notation, a language, presentation mode.")},
        {"present", QCoreApplication::translate("cli", "Open the window in presentation mode, for a projector.")},
        {"lang",
         QCoreApplication::translate("cli", "Language of the messages and the diagrams: en or zh_CN "
                                            "(default: the system's)."),
         "language"},
    });
}

void parse_arguments(QCommandLineParser& p, const QStringList& arguments)
{
    if (!p.parse(arguments)) {
        QString message = p.errorText();
        if (!message.endsWith(QLatin1Char('.')))
            message += QLatin1Char('.');
        throw UsageError{message};
    }
    const QStringList files = p.positionalArguments();
    if (files.size() > 1)
        throw UsageError{QCoreApplication::translate("cli", "unexpected argument '%1': give one file, and options "
                                                            "start with --.")
                             .arg(files[1])};
}

Source source_of(const QCommandLineParser& p)
{
    std::vector<Source> given;
    if (p.isSet("scenario"))
        given.push_back({Source::Scenario, p.value("scenario"), false});
    if (p.isSet("lesson"))
        given.push_back({Source::Lesson, p.value("lesson"), false});
    if (p.isSet("import"))
        given.push_back({Source::Capture, p.value("import"), false});
    if (!p.positionalArguments().isEmpty()) {
        const QString file = p.positionalArguments().first();
        if (!QFileInfo::exists(file))
            throw UsageError{QCoreApplication::translate("cli", "there is no file '%1' (options start with --).")
                                 .arg(file)};
        const FileKind kind = file_kind(file.toStdString());
        given.push_back({kind == FileKind::Capture  ? Source::Capture
                         : kind == FileKind::Lesson ? Source::Lesson
                                                    : Source::Scenario,
                         file, true});
    }
    if (given.size() > 1)
        throw UsageError{QCoreApplication::translate("cli", "give one of --scenario, --lesson, --import or a file: "
                                                            "each brings its own connection.")};
    return given.empty() ? Source{} : given.front();
}

bool wants_window(const QStringList& arguments)
{
    if (arguments.size() <= 1)
        return true;
    QCommandLineParser p;
    add_options(p);
    if (!p.parse(arguments))
        return false; // the command line says what is wrong
    if (p.isSet("window") || p.isSet("present"))
        return true;
    for (const QString& option : headless_options())
        if (p.isSet(option))
            return false;
    // A file that is not there is the command line's to report.
    return p.positionalArguments().size() == 1 && QFileInfo::exists(p.positionalArguments().first());
}

const QStringList& headless_options()
{
    static const QStringList options = {
        QStringLiteral("help"),          QStringLiteral("help-all"),      QStringLiteral("version"),
        QStringLiteral("list-scenarios"), QStringLiteral("export"),        QStringLiteral("export-steps"),
        QStringLiteral("save-scenario"), QStringLiteral("conversations"), QStringLiteral("compare"),
        QStringLiteral("upto-step"),     QStringLiteral("worksheet"),     QStringLiteral("legend"),
        QStringLiteral("scale"),         QStringLiteral("width")};
    return options;
}

Lesson load_lesson(const QString& number_or_file)
{
    bool ok = false;
    const uint number = number_or_file.toUInt(&ok);
    // A file of any name: a file manager hands over what the user opened.
    if (!ok && (number_or_file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || QFileInfo::exists(number_or_file)))
        return load_lesson_file(number_or_file.toStdString());
    if (!ok || number < 1 || number > builtin_lessons().size())
        throw UsageError{QCoreApplication::translate("cli", "--lesson must be a lesson number from 1 to %1 or a .json "
                                                            "lesson file, not '%2'.")
                             .arg(builtin_lessons().size())
                             .arg(number_or_file)};
    return builtin_lessons()[number - 1];
}

Scenario load_scenario(const QString& name_or_file)
{
    if (auto builtin = builtin_scenario(name_or_file.toStdString()))
        return *builtin;
    if (name_or_file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || QFileInfo::exists(name_or_file))
        return load_scenario_file(name_or_file.toStdString());
    throw UsageError{QCoreApplication::translate("cli", "unknown scenario '%1': run tcpviz --list-scenarios to see "
                                                        "the built-in ones, or give a .json file.")
                         .arg(name_or_file)};
}

namespace {

template <typename Enum, typename Parse>
Enum parse_choice(const QCommandLineParser& p, const QString& option, Parse parse, const char* allowed)
{
    Enum out{};
    if (!parse(p.value(option).toStdString(), out))
        throw UsageError{QCoreApplication::translate("cli", "--%1 must be one of %2, not '%3'.")
                             .arg(option, QString::fromLatin1(allowed), p.value(option))};
    return out;
}

} // namespace

std::vector<std::uint32_t> chosen_conversations(const QString& number_or_all, std::size_t count)
{
    std::vector<std::uint32_t> chosen;
    const QString value = number_or_all.isEmpty() ? QStringLiteral("all") : number_or_all;
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

} // namespace tcpviz
