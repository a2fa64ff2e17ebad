#include "cli.hpp"
#include "options.hpp"
#include "window_launch.hpp"

#include <QApplication>
#include <QIcon>

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
    // The window for no arguments, a file alone (what a file manager runs), --window or
    // --present; else the command line, which draws without a display (exports, CI, ssh
    // sessions).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool window = tcpviz::wants_window(arguments);
    const bool no_display = qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
                            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if ((!window || no_display) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a window asked for says it has nowhere to go
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName("tcpviz");
    QCoreApplication::setApplicationName("tcpviz");
    QCoreApplication::setApplicationVersion(TCPVIZ_VERSION);
    // The desktop entry's name, so that a Wayland compositor matches the window to its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tcpviz.tcpviz"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.tcpviz.tcpviz.svg")));
    return window ? tcpviz::run_window(QCoreApplication::arguments(), !no_display)
                  : tcpviz::run_command_line(QCoreApplication::arguments());
}
