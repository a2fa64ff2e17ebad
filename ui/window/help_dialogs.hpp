#pragma once
// The Help menu's windows: the keyboard shortcuts, the legend of the diagram's line
// styles and marks, and About.
#include "diagram/diagram_theme.hpp"

#include <QList>

class QAction;
class QWidget;

namespace tcpviz {

// Every action of the window with its shortcuts, as a table.
void show_shortcuts(QWidget* parent, const QList<QAction*>& actions);
// One sample of each line style and mark, drawn by the diagram's painter.
void show_line_legend(QWidget* parent, const DiagramTheme& theme);
void show_about(QWidget* parent);

} // namespace tcpviz
