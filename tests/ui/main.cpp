// UI tests run headless (the offscreen platform unless the caller chose
// another) and in English.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "window/language.hpp"

#include <QApplication>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The tests read English, with its plural forms, whatever the machine's locale.
    tcpviz::set_language(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
