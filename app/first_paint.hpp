#pragma once
// The start-up benchmark (tests/bench) times a launch to a window's first paint, for
// tcpviz and for a bare Qt Widgets window alike: this is how both find that moment.
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <cstdio>

namespace tcpviz {

// Runs the event loop until `window` has painted itself once, then says so on stdout.
inline void report_first_paint(QWidget& window)
{
    struct FirstPaint : QObject {
        bool eventFilter(QObject*, QEvent* event) override
        {
            seen = seen || event->type() == QEvent::Paint;
            return false;
        }
        bool seen = false;
    } painted;
    window.installEventFilter(&painted);
    while (!painted.seen)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    window.removeEventFilter(&painted);
    std::puts("painted");
    std::fflush(stdout);
}

} // namespace tcpviz
