#pragma once
// The headless command line: list scenarios, run one and print its ladder, export.
#include <QStringList>

namespace tcpviz {

// Exit codes: 0 success, 2 usage or input error (one sentence on stderr).
int run_command_line(const QStringList& arguments);

} // namespace tcpviz
