#pragma once
// A shown main window with its settings in a scratch place, and a way to trigger its
// actions by name, for the window's tests.
#include "window/main_window.hpp"
#include "window/session_controller.hpp"

#include <QBuffer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTest>

namespace tcpviz::test {

struct Window {
    Window()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a scratch place
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        (void)QTest::qWaitForWindowActive(&window); // shortcuts need an active window
    }
    void trigger(const char* name) { window.action(name)->trigger(); }
    const Trace& trace() { return window.session().simulation().trace(); }
    MainWindow window;
};

// The text a widget shows now, read from an SVG rendering of it.
inline QString shown_text(QWidget* widget)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(widget->size());
    widget->render(&svg);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return QString::fromUtf8(buffer.data()).replace(tags, QStringLiteral(" ")).simplified();
}

} // namespace tcpviz::test
