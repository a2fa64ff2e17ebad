#pragma once
// The options of tcpviz, shared by the command line (cli.cpp) and the window's launch
// (window_launch.cpp): one parser, one wording of every option and of what is wrong
// with one.
#include "paper/diagram_export.hpp"
#include "scenario/scenario.hpp"
#include "teaching/lesson.hpp"

#include <QCommandLineParser>
#include <QStringList>

#include <vector>

namespace tcpviz {

// Exit codes: 0 success, 2 usage or input error (one sentence on stderr).
constexpr int kUsageError = 2;

// Thrown for anything the user can fix; it is printed as one sentence.
struct UsageError {
    QString message;
};

void add_options(QCommandLineParser& parser);
// Parses, or throws UsageError naming the unknown option or the extra argument.
void parse_arguments(QCommandLineParser& parser, const QStringList& arguments);
// The options that only make sense without the window: they write or print and exit.
const QStringList& headless_options();
// Whether the arguments ask for the window: none at all, --window or --present, or a
// FILE with nothing that only makes sense headless (what a file manager runs).
bool wants_window(const QStringList& arguments);

// What to show: --scenario, --lesson, --import, or the FILE, whose contents say which.
struct Source {
    enum Kind { None, Scenario, Lesson, Capture } kind = None;
    QString value;          // a name, a number or a path
    bool from_file = false; // the FILE argument
};
Source source_of(const QCommandLineParser& parser); // throws UsageError if two are given

// A built-in one by its name (number), else a file of any name. Throw UsageError or
// ScenarioError.
Lesson load_lesson(const QString& number_or_file);
Scenario load_scenario(const QString& name_or_file);
// The connections --conversation names among `count`: all (or nothing given) or one by
// its number. Throws UsageError.
std::vector<std::uint32_t> chosen_conversations(const QString& number_or_all, std::size_t count);
// --seed, --isn, --profile, --cookies, --latency.
void apply_options(const QCommandLineParser& parser, ScenarioOptions& options);
struct DrawingOptions {
    DiagramOptions diagram;
    ImageOptions image;
};
// --numbers, --absolute-seq, --theme, --scale, --width, --worksheet, --legend.
DrawingOptions drawing_options(const QCommandLineParser& parser, const Scenario& scenario);
// --lang, read before anything else: the help text and the errors are in it too.
void choose_language(const QStringList& arguments);

} // namespace tcpviz
