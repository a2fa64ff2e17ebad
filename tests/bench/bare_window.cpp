// The yardstick of the start-up benchmark: a bare Qt Widgets window, started as a
// process and stopped once it has painted, as tcpviz is with TCPVIZ_QUIT_WHEN_SHOWN.
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
    QCoreApplication::processEvents();
    window.repaint();
    return 0;
}
