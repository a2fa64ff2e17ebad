// The second yardstick of the start-up benchmark: the Qt widgets that tcpviz's window
// shows when it first appears (menus, toolbar, docks and their tab bars, the table,
// tree, text views and status bar), empty and with none of tcpviz's work behind them.
// What tcpviz takes beyond this is its own; what this takes beyond a bare window is
// the toolkit's price for those panels. Keep it in step with MainWindow's first layout.
#include "first_paint.hpp"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QMainWindow window;
    window.setCentralWidget(new QAbstractScrollArea);
    for (const char* title : {"File", "Simulation", "Faults", "View"}) {
        QMenu* menu = window.menuBar()->addMenu(QString::fromLatin1(title));
        for (int i = 0; i < 10; ++i)
            menu->addAction(QStringLiteral("Action %1").arg(i));
    }
    QToolBar* bar = window.addToolBar(QStringLiteral("Simulation"));
    auto* scenarios = new QComboBox;
    for (int i = 0; i < 14; ++i)
        scenarios->addItem(QStringLiteral("scenario %1").arg(i));
    bar->addWidget(scenarios);
    for (int i = 0; i < 5; ++i)
        bar->addAction(QStringLiteral("Step %1").arg(i));
    bar->addWidget(new QDoubleSpinBox);
    auto* pace = new QComboBox;
    pace->addItems({QStringLiteral("events per second"), QStringLiteral("× real time")});
    bar->addWidget(pace);
    for (int i = 0; i < 3; ++i)
        bar->addAction(QStringLiteral("Fault %1").arg(i));

    const auto dock = [&window](const char* title, QWidget* panel, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(QString::fromLatin1(title), &window);
        d->setWidget(panel);
        window.addDockWidget(area, d);
        return d;
    };
    auto* inspector = new QSplitter(Qt::Vertical);
    auto* fields = new QTreeWidget;
    fields->setHeaderLabels({QStringLiteral("Field"), QStringLiteral("Value")});
    inspector->addWidget(fields);
    inspector->addWidget(new QTextEdit);
    QDockWidget* segment = dock("Segment", inspector, Qt::RightDockWidgetArea);
    window.tabifyDockWidget(segment, dock("Predict", new QWidget, Qt::RightDockWidgetArea));
    segment->raise();
    QDockWidget* narration = dock("Narration", new QTextBrowser, Qt::BottomDockWidgetArea);
    auto* table = new QTableWidget(3, 9);
    QDockWidget* values = dock("Live values", table, Qt::BottomDockWidgetArea);
    window.splitDockWidget(narration, values, Qt::Horizontal);
    QDockWidget* log = dock("Event log", new QWidget, Qt::BottomDockWidgetArea);
    window.tabifyDockWidget(values, log);
    window.tabifyDockWidget(log, dock("Charts", new QWidget, Qt::BottomDockWidgetArea));
    values->raise();
    QDockWidget* options = dock("Options", new QWidget, Qt::LeftDockWidgetArea);
    QDockWidget* machine = dock("State machine", new QWidget, Qt::LeftDockWidgetArea);
    window.tabifyDockWidget(options, machine);
    window.tabifyDockWidget(machine, dock("Lessons", new QWidget, Qt::LeftDockWidgetArea));
    machine->raise();
    window.statusBar()->addPermanentWidget(new QLabel(QStringLiteral("Step 0   t = 0 ms")));
    window.resize(1440, 900);
    window.show();
    tcpviz::report_first_paint(window);
    return 0;
}
