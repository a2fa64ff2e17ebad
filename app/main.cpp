#include "app_style.hpp"
#include "cli.hpp"
#include "first_paint.hpp"
#include "language.hpp"
#include "main_window.hpp"

#include <QApplication>
#include <QSettings>

namespace {

// Root shells without XDG_RUNTIME_DIR make Qt warn on every start; the command line's
// stderr carries only its own one-sentence errors.
void quiet_environment_warnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(quiet_environment_warnings);
    // With options it is the command line, which draws without a display (exports, CI,
    // ssh sessions); without, the window.
    const bool command_line = argc > 1;
    if (command_line && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName("tcpviz");
    QCoreApplication::setApplicationName("tcpviz");
    QCoreApplication::setApplicationVersion(TCPVIZ_VERSION);
    if (command_line)
        return tcpviz::run_command_line(QCoreApplication::arguments());
    QApplication::setStyle(new tcpviz::AppStyle);
    const QString language = QSettings().value("language").toString();
    tcpviz::set_language(language.isEmpty() ? tcpviz::system_language() : language);
    // On the heap: switching the language replaces the window with a new one.
    auto* window = new tcpviz::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (qEnvironmentVariableIsSet("TCPVIZ_QUIT_WHEN_SHOWN")) {
        tcpviz::report_first_paint(*window);
        return 0;
    }
    return app.exec();
}
