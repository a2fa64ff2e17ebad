#pragma once
// Asks how to export the diagram: file (its extension picks the format), theme, PNG
// scale, and whether the diagram as it stands now or the whole run.
#include "diagram/diagram_theme.hpp"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QCheckBox;
class QLineEdit;
class QRadioButton;

namespace tcpviz {

struct ExportChoice {
    QString path;
    ThemeKind theme = ThemeKind::Light;
    double scale = 2.0;
    bool whole_run = false;
    bool worksheet = false; // blanks to fill in, and the answers
    bool legend = false;    // the legend of lines and marks under an image
};

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString& suggested_path, ThemeKind theme, bool whole_run, QWidget* parent = nullptr);
    ExportChoice choice() const;
    void set_path(const QString& path);

private:
    QLineEdit* path_;
    QComboBox* theme_;
    QDoubleSpinBox* scale_;
    QCheckBox* legend_;
    QRadioButton* now_;
    QRadioButton* whole_;
};

} // namespace tcpviz
