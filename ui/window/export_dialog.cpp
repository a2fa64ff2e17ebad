#include "window/export_dialog.hpp"

#include "paper/diagram_export.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace tcpviz {

ExportDialog::ExportDialog(const QString& suggested_path, ThemeKind theme, bool whole_run, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export diagram"));
    path_ = new QLineEdit(suggested_path, this);
    path_->setToolTip(tr("The extension picks the format: .png, .svg, .pdf, .html, .mmd, .puml, .txt, .pcap or .json"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export diagram"), path_->text(),
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Handout (*.html);;Mermaid (*.mmd);;"
               "PlantUML (*.puml);;Ladder text (*.txt);;Capture (*.pcap);;Trace (*.json)"));
        if (!path.isEmpty())
            path_->setText(path);
    });
    auto* file_row = new QHBoxLayout;
    file_row->addWidget(path_);
    file_row->addWidget(browse);
    theme_ = new QComboBox(this);
    theme_->addItem(tr("Light"), int(ThemeKind::Light));
    theme_->addItem(tr("Dark"), int(ThemeKind::Dark));
    theme_->addItem(tr("Print (black on white, no background)"), int(ThemeKind::Print));
    theme_->addItem(tr("High contrast"), int(ThemeKind::HighContrast));
    theme_->setCurrentIndex(theme_->findData(int(theme)));
    scale_ = new QDoubleSpinBox(this);
    scale_->setRange(0.25, 8);
    scale_->setSingleStep(0.5);
    scale_->setValue(2.0);
    scale_->setSuffix(tr(" ×"));
    scale_->setToolTip(tr("PNG pixels per diagram pixel"));
    legend_ = new QCheckBox(tr("The legend of lines and marks under the diagram"), this);
    now_ = new QRadioButton(tr("As it stands now"), this);
    whole_ = new QRadioButton(tr("The whole run, to its end"), this);
    (whole_run ? whole_ : now_)->setChecked(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("File"), file_row);
    form->addRow(tr("Theme"), theme_);
    form->addRow(tr("PNG scale"), scale_);
    form->addRow(QString(), legend_);
    form->addRow(tr("Diagram"), now_);
    form->addRow(QString(), whole_);
    form->addRow(buttons);
    // The scale is a PNG's only, the legend an image's: hidden for the other formats.
    const auto show_png_rows = [this, form] {
        const QString path = path_->text().trimmed();
        form->setRowVisible(scale_, path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive));
        form->setRowVisible(legend_, image_format_for(path).has_value());
    };
    connect(path_, &QLineEdit::textChanged, this, show_png_rows);
    show_png_rows();
}

void ExportDialog::set_path(const QString& path)
{
    path_->setText(path);
}

ExportChoice ExportDialog::choice() const
{
    ExportChoice c;
    c.path = path_->text().trimmed();
    c.theme = ThemeKind(theme_->currentData().toInt());
    c.scale = scale_->value();
    c.whole_run = whole_->isChecked();
    c.legend = legend_->isChecked() && image_format_for(c.path).has_value();
    return c;
}

} // namespace tcpviz
