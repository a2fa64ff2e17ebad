#pragma once
// The window, opened as the arguments ask: `tcpviz`, `tcpviz FILE` (what a file manager
// runs), or `tcpviz --window --scenario syn-flood --present`.
#include <QStringList>

namespace tcpviz {

// Runs the window until it closes and returns the event loop's code; 2, with one
// sentence on stderr, for an option that is wrong or does not go with the window. A
// FILE that cannot be opened is said in the window, where a desktop's user looks.
// Without a display it says so and returns 2.
int run_window(const QStringList& arguments, bool has_display);

} // namespace tcpviz
