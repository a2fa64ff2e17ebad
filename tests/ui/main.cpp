// UI tests run headless (the offscreen platform unless the caller chose
// another) and in English, each process with settings of its own: ctest runs test cases
// side by side, and one that saves a notation or a language must not start another's
// window in it.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "window/language.hpp"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Test mode keeps settings under $HOME/.qttest: a scratch home per process.
    const QTemporaryDir home(QDir::tempPath() + QStringLiteral("/tcpviz-ui-test-XXXXXX"));
    qputenv("HOME", home.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    // The tests read English, with its plural forms, whatever the machine's locale.
    tcpviz::set_language(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
