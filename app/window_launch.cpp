#include "window_launch.hpp"

#include "first_paint.hpp"
#include "options.hpp"
#include "teaching/lesson_panel.hpp"
#include "window/app_style.hpp"
#include "window/language.hpp"
#include "window/main_window.hpp"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMessageBox>
#include <QTimer>
#include <QSettings>

#include <algorithm>

#include <iostream>
#include <memory>

namespace tcpviz {
namespace {

// What to show, checked before the window opens so that a wrong option or a missing
// scenario is said on the terminal that gave it.
struct WindowStart {
    Source source;
    std::optional<Scenario> scenario;
    std::optional<Lesson> lesson;
    std::optional<ThemeKind> theme;
    std::optional<Notation> numbers;
    QString conversation; // --conversation of a capture
    bool present = false;
};

WindowStart window_start(const QStringList& arguments)
{
    QCommandLineParser p;
    add_options(p);
    parse_arguments(p, arguments);
    for (const QString& option : headless_options())
        if (p.isSet(option))
            throw UsageError{QCoreApplication::translate("cli", "--%1 writes or prints without the window: leave out "
                                                                "--window and --present to use it.")
                                 .arg(option)};
    WindowStart start;
    start.source = source_of(p);
    const bool runs_scenario = start.source.kind == Source::Scenario || start.source.kind == Source::Lesson;
    for (const char* option : {"seed", "isn", "profile", "cookies", "latency"})
        if (p.isSet(option) && (!runs_scenario || start.source.from_file))
            throw UsageError{QCoreApplication::translate("cli", "--%1 goes with --scenario or --lesson in the "
                                                                "window: a file or a capture opens as it is.")
                                 .arg(QString::fromLatin1(option))};
    if (p.isSet("conversation") && start.source.kind != Source::Capture)
        throw UsageError{QCoreApplication::translate("cli", "--conversation picks a connection of a capture: give "
                                                            "--import with it.")};
    if (!start.source.from_file) {
        if (start.source.kind == Source::Scenario)
            start.scenario = load_scenario(start.source.value);
        if (start.source.kind == Source::Lesson)
            start.lesson = load_lesson(start.source.value);
        if (start.scenario)
            apply_options(p, start.scenario->options);
        if (start.lesson)
            apply_options(p, start.lesson->scenario.options);
    }
    const DrawingOptions drawing = drawing_options(p, start.scenario.value_or(Scenario{}));
    if (p.isSet("theme"))
        start.theme = drawing.image.theme;
    if (start.theme == ThemeKind::Print)
        throw UsageError{QCoreApplication::translate("cli", "--theme print is for paper: the window's themes are "
                                                            "light, dark and high-contrast.")};
    if (p.isSet("numbers") || p.isSet("absolute-seq"))
        start.numbers = drawing.diagram.numbers;
    start.conversation = p.value("conversation");
    start.present = p.isSet("present");
    return start;
}

// A capture of --import: every connection, or the one --conversation names.
QString open_capture(MainWindow& window, const QString& path, const QString& conversation)
{
    QString wrong;
    const QString error = window.session().load_capture(path, [&](const ConversationList& list) {
        try {
            return std::optional(chosen_conversations(conversation, list.size()));
        } catch (const UsageError& e) {
            wrong = e.message;
            return std::optional<std::vector<std::uint32_t>>();
        }
    });
    return wrong.isEmpty() ? error : wrong;
}

// For the tests of the launch, after the first paint: what the window opened with.
void report_opened(MainWindow& window)
{
    const auto checked = [&](const QString& prefix) {
        for (const QAction* a : window.findChildren<QAction*>())
            if (a->isChecked() && a->objectName().startsWith(prefix))
                return a->objectName().mid(prefix.size());
        return QString();
    };
    const auto& lesson = window.session().lesson();
    std::cout << "title: " << window.windowTitle().toStdString() << "\n"
              << "lesson: " << (lesson ? lesson->title : std::string()) << "\n"
              << "theme: " << checked(QStringLiteral("theme_")).toStdString() << "\n"
              << "numbers: " << checked(QStringLiteral("numbers_")).toStdString() << "\n"
              << "presentation: " << (window.presentation() ? "on" : "off") << "\n";
}

} // namespace

int run_window(const QStringList& arguments, bool has_display)
{
    WindowStart start;
    try {
        if (arguments.contains(QLatin1String("--lang")) ||
            std::any_of(arguments.begin(), arguments.end(),
                        [](const QString& a) { return a.startsWith(QLatin1String("--lang=")); }))
            choose_language(arguments);
        else {
            const QString language = QSettings().value("language").toString();
            set_language(language.isEmpty() ? system_language() : language);
        }
        start = window_start(arguments);
        if (!has_display)
            throw UsageError{QCoreApplication::translate("cli", "there is no display for the window (neither DISPLAY "
                                                                "nor WAYLAND_DISPLAY is set): give --export FILE to "
                                                                "draw without one.")};
    } catch (const UsageError& e) {
        std::cerr << "tcpviz: " << e.message.toStdString() << "\n";
        return kUsageError;
    } catch (const ScenarioError& e) {
        std::cerr << "tcpviz: " << message_text(e.message()).toStdString() << "\n";
        return kUsageError;
    }
    QApplication::setStyle(new AppStyle);
    // On the heap: switching the language replaces the window with a new one.
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (start.scenario)
        window->session().load(*start.scenario);
    if (start.lesson && !window->lessons()->start(*start.lesson)) {
        delete window; // the lesson panel said why
        return kUsageError;
    }
    if (start.lesson)
        if (auto* dock = window->findChild<QDockWidget*>(QStringLiteral("lessons_dock")))
            dock->show();
    if (start.source.kind == Source::Capture && !start.source.from_file) {
        if (const QString error = open_capture(*window, start.source.value, start.conversation); !error.isEmpty()) {
            std::cerr << "tcpviz: " << error.toStdString() << "\n";
            delete window;
            return kUsageError;
        }
    }
    if (start.theme)
        window->action(QStringLiteral("theme_%1").arg(QLatin1String(theme_name(*start.theme))))->trigger();
    if (start.numbers)
        window->action(QStringLiteral("numbers_%1").arg(QLatin1String(notation_id(*start.numbers))))->trigger();
    window->show();
    // A file from a file manager: what is wrong with it is said in the window (the
    // tests of the launch read it from stdout instead).
    if (start.source.from_file && qEnvironmentVariableIsSet("TCPVIZ_QUIT_WHEN_SHOWN"))
        QTimer::singleShot(0, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                std::cout << "message: " << box->text().toStdString() << "\n";
                box->reject();
            }
        });
    if (start.source.from_file)
        window->open_file(start.source.value);
    if (start.present)
        window->set_presentation(true);
    if (qEnvironmentVariableIsSet("TCPVIZ_QUIT_WHEN_SHOWN")) {
        report_first_paint(*window);
        report_opened(*window);
        return 0;
    }
    return QApplication::exec();
}

} // namespace tcpviz
