#include "window/app_style.hpp"
#include "cli.hpp"
#include "first_paint.hpp"
#include "window/language.hpp"
#include "window/main_window.hpp"

#include <QApplication>
#include <QSettings>

namespace {

// Qt's own warnings (a root shell without XDG_RUNTIME_DIR, QSvgPaintEngine failing to
// open an unwritable file) are not the user's business: tcpviz says what went wrong in
// its own sentence. TCPVIZ_QT_WARNINGS=1 lets them through for a developer.
void quiet_qt_warnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const bool wanted = qEnvironmentVariableIsSet("TCPVIZ_QT_WARNINGS");
    if (!wanted && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(quiet_qt_warnings);
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
