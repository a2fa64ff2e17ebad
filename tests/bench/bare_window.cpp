// The yardstick of the start-up benchmark: a bare Qt Widgets window, started as a
// process and timed to its first paint, as tcpviz is with TCPVIZ_QUIT_WHEN_SHOWN.
#include "first_paint.hpp"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("tcpviz")));
    window.resize(1600, 1000);
    window.show();
    tcpviz::report_first_paint(window);
    return 0;
}
