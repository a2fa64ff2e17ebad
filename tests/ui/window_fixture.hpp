#pragma once
// A shown main window with its settings in a scratch place, and a way to trigger its
// actions by name, for the window's tests.
#include "main_window.hpp"
#include "session_controller.hpp"

#include <QStandardPaths>
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

} // namespace tcpviz::test
