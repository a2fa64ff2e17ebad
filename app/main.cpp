#include "cli.hpp"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("tcpviz");
    QCoreApplication::setApplicationVersion(TCPVIZ_VERSION);
    return tcpviz::run_command_line(QCoreApplication::arguments());
}
